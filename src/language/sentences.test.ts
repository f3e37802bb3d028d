import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['question inside quotes continues', '"How can we meet her?" he said. Then he left.', ['"How can we meet her?" he said.', 'Then he left.']],
    ['curly quotes, exclamation', '“Stop!” the officer shouted. Nobody did.', ['“Stop!” the officer shouted.', 'Nobody did.']],
    ['question then capitalised attribution', '“Why now?” asked Mr. Brown. He paid.', ['“Why now?” asked Mr. Brown.', 'He paid.']],
    [
      'question then a name, its appositive and the verb',
      '“Why now?” Ana Lin, a welder at the yard, asked. She left.',
      ['“Why now?” Ana Lin, a welder at the yard, asked.', 'She left.'],
    ],
    ['question then a name and an appositive with no speech verb', '“Why now?” Ana Lin, a welder, then left.', ['“Why now?”', 'Ana Lin, a welder, then left.']],
    ['titles and initials', 'Gen. J. R. Okafor arrived. Dr. Lin met him.', ['Gen. J. R. Okafor arrived.', 'Dr. Lin met him.']],
    ['police and legal ranks', 'Police surrounded the building, Const. Tom Reyes said. Atty. Gen. Ana Lin agreed.', ['Police surrounded the building, Const. Tom Reyes said.', 'Atty. Gen. Ana Lin agreed.']],
    ['month abbreviation before a day', 'The strike began Aug. 15 at the docks. It spread.', ['The strike began Aug. 15 at the docks.', 'It spread.']],
    ['acronym inside a noun phrase', 'The U.S. President spoke. Aides cheered.', ['The U.S. President spoke.', 'Aides cheered.']],
    ['acronym at the end of a sentence', 'Talks moved to the U.S. The delegates agreed.', ['Talks moved to the U.S.', 'The delegates agreed.']],
    ['decimals and times', 'Shares fell 2.5 percent by 3 p.m. local time. Traders left.', ['Shares fell 2.5 percent by 3 p.m. local time.', 'Traders left.']],
    ['saint and street', 'He lives on St. Anne Street. She does not.', ['He lives on St. Anne Street.', 'She does not.']],
    ['quote ending a sentence', 'She said: "We will return." The crowd left.', ['She said: "We will return."', 'The crowd left.']],
    ['two-sentence quote', '"We are ready. The agenda is not," he added.', ['"We are ready.', 'The agenda is not," he added.']],
    ['line breaks end sentences', 'A headline without a period\nThe body starts here.', ['A headline without a period', 'The body starts here.']],
    ['ellipsis without a space', 'They proposed…the guarantors would act. Done.', ['They proposed…the guarantors would act.', 'Done.']],
    ['ellipsis before a capital', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['web address ending a sentence', 'The fares rose, the board told Ferrynews.com. Lin disagreed.', ['The fares rose, the board told Ferrynews.com.', 'Lin disagreed.']],
    ['closing mark printed apart from its period', 'Lin called him a "liar. " "He lied," she said.', ['Lin called him a "liar. "', '"He lied," she said.']],
    ['curly closing mark printed apart', 'Lin said: “We go. ” Reyes left.', ['Lin said: “We go. ”', 'Reyes left.']],
    ['a straight mark apart that opens stays with the next sentence', 'Lin left. " We go," she said.', ['Lin left.', '" We go," she said.']],
    ['web address with a country code', 'It was first reported by velmar-news.co.uk. Lin confirmed it.', ['It was first reported by velmar-news.co.uk.', 'Lin confirmed it.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(split(text)).toEqual(expected));

  it('returns ordered, trimmed, non-empty spans inside the text', () => {
    const text = '  First one.   Second one!  \n\n  Third?  ';
    const spans = splitSentences(text);
    expect(spans.length).toBe(3);
    for (const s of spans) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
  });
});

describe('a parenthesis after an abbreviation', () => {
  it('goes on with its sentence ("Tide Systems Inc. (TSI), one of …")', () => {
    const text = 'Harbor Works said it will buy Tide Systems Inc. (TSI), one of the largest ferry software firms. The deal closes in May.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Harbor Works said it will buy Tide Systems Inc. (TSI), one of the largest ferry software firms.',
      'The deal closes in May.',
    ]);
  });
});
