import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quote-marks.js';

const quotes = (t: string) => findQuoteMarks(t).map((q) => t.slice(q.start, q.end));

describe('findQuoteMarks', () => {
  const cases: [string, string, string[]][] = [
    ['straight doubles', 'He said "we are ready" and "we will wait."', ['we are ready', 'we will wait.']],
    ['curly doubles, trailing comma dropped', '“No talks are planned,” she said.', ['No talks are planned']],
    ['nested singles stay inside', '"The board says ‘We cannot pay.’ That is all," he said.', ['The board says ‘We cannot pay.’ That is all']],
    ['apostrophes are not quotes', "The mayor's office said “it isn't over” and the union’s chief agreed.", ["it isn't over"]],
    ['single quotes as main marks', "‘We will strike,’ the union said.", ['We will strike']],
    ['straight single quotes', "He called it 'a disgrace' on Monday.", ['a disgrace']],
    ['quote running on to the next paragraph', '“We will return to work.\n“But not yet,” he said.', ['We will return to work.', 'But not yet']],
    ['two quotes split by attribution', '“Nobody came,” Ortiz said. “Nobody.”', ['Nobody came', 'Nobody.']],
    ['plural possessive before a quote', "The workers' leader said “enough” twice.", ['enough']],
    ['unbalanced straight quote at paragraph end runs on', 'She said "we will\nNext line.', ['we will']],
    [
      'a quote left open is closed by a later paragraph that does not open again',
      '“The pier is closed.\nThe ferry waits.\nWe cannot say when,” said a harbour officer. Lin left.',
      ['The pier is closed.\nThe ferry waits.\nWe cannot say when'],
    ],
    [
      'typewriter marks over two paragraphs',
      "`` The crews stayed aboard.\nNone of them was hurt,'' he said.",
      ['The crews stayed aboard.\nNone of them was hurt'],
    ],
    [
      'a paragraph that opens again keeps the news style',
      '“The pier is closed.\n“We cannot say when,” she said.',
      ['The pier is closed.', 'We cannot say when'],
    ],
    [
      'a straight closer printed with a space before it ends a quote left open',
      '"The tents are up.\nAll will sleep inside tonight, " the governor said.',
      ['The tents are up.\nAll will sleep inside tonight'],
    ],
    ['a spaced straight mark opening the next paragraph opens it again', '" The pier is closed.\n" We cannot say when. "', ['The pier is closed.', 'We cannot say when.']],
    [
      'a straight mark that doubled singles answer opens a title, not the close of a quote left open',
      "\" The crews are safe.\nThe yard reopened in May.\nIts owner also built \" Tide Runner,'' a ferry.",
      ['The crews are safe.', 'Tide Runner'],
    ],
    ['an inch mark is no closer of a quote left open', '"We will win\nThe 65" set sold out.', ['We will win']],
    ['doubled marks, typewriter style', "``We will not sign,'' Lin said.", ['We will not sign']],
    [
      'single marks over paragraphs, closed by a later one',
      "Lin left the pier.\n'We saw the lights first.\nI didn't think they were ours.\nThen the boat turned back,' said a deckhand.",
      ["We saw the lights first.\nI didn't think they were ours.\nThen the boat turned back"],
    ],
    ['single marks over paragraphs, opened again', "'We saw the lights first.\n'Then the boat turned back,' he said.", ['We saw the lights first.', 'Then the boat turned back']],
    [
      'single marks opened inside a paragraph, closed by a later one',
      "At the inquiry the skipper recalls 'We lost the radio first.\nThen the lights went,' he told the panel.",
      ['We lost the radio first.\nThen the lights went'],
    ],
    ['a paragraph opening with a single mark that nothing answers is no quote', "'Twas a calm night.\nThe crews' boats stayed in port.", []],
    ['a single mark closed in its own paragraph is not carried on', "'We saw it, ' he said.\nThe boat turned back.'", []],
    ['a straight closer printed like an opener closes', 'Lin spoke. "The ferry is late, "Reyes said. The tide turned. "We wait," she added.', ['The ferry is late', 'We wait']],
    ['low opening marks closed German style', 'Lin nannte es „ein Fehler“ und ging. „Nie wieder“, sagte sie.', ['ein Fehler', 'Nie wieder']],
    ['inch marks after numbers are no quotes', 'The 65" set and the 70"+ sets sold out. Lin said "we ran out" by noon.', ['we ran out']],
    ['doubled curly single marks, and a curly double closed by two singles', '‘‘We stay,’’ Lin said. “We go,’’ Okafor said.', ['We stay', 'We go']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(quotes(text)).toEqual(expected));
});
