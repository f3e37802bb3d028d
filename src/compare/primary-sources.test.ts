// Primary sources: what each article names as the source of its claims, grouped across the story.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const article = analysedArticle;

describe('primary sources', () => {
  it('makes one statement source of a person however each article names them', () => {
    const story = compareStory('s_1', [
      article(1, 'Port director Edda Morn said in a statement that the authority had asked the mediation office to help end the dispute at the harbour.'),
      article(2, 'The port authority’s director, Edda Morn, said the demand would cost the harbour millions a year. "The door is open," Morn said in a statement on Friday.'),
    ]);
    const statements = story.primarySources.filter((s) => s.kind === 'statement');
    expect(statements.map((s) => s.name)).toEqual(['Edda Morn']);
    expect(statements[0]!.articleIds).toHaveLength(2);
  });

  it('makes a spokesperson’s statement their body’s, named before the role or after the name between commas', () => {
    const story = compareStory('s_1', [
      article(1, 'Quillsoft spokeswoman Ida Hale said in a statement that the plant in Tarrow would close in March.'),
      article(2, 'Quillsoft said in a statement on Monday that the plant in Tarrow would close in March.'),
      article(3, 'Ida Hale, a spokeswoman for Quillsoft, said in a statement that the plant in Tarrow would close.'),
      article(4, 'Ben Ortiz, the chief executive of Harbor Works, said in a statement that the yard in Tarrow would stay open.'),
    ]);
    expect(story.primarySources.map((s) => [s.name, s.kind, s.subject, s.articleIds.length])).toEqual([
      ['Quillsoft', 'statement', 'Ida Hale', 3],
      // A chief's statement stays the person's.
      ['Ben Ortiz', 'statement', 'Ben Ortiz', 1],
    ]);
  });

  it.each([
    ["a body's officials", 'The ferry deal will let Harbor Works run the night crossings to Velmar, according to', 'Tide Systems officials', 'Tide Systems', 'Harbor News'],
    ['an institution', 'The ferry to Velmar will run at night from May, according to', 'the Velmar Ministry of Transport', 'Velmar Ministry of Transport', 'the Velmar Times'],
    ['a public survey or board', 'The tremor struck 40 kilometres west of Lowford at a depth of 12 kilometres, according to', 'the Norvania Geological Survey', 'Norvania Geological Survey', 'the Lowford Herald'],
  ])('reads "according to" %s as the body\'s statement, not another outlet', (_case, claim, body, name, outlet) => {
    const story = compareStory('s_1', [article(1, `${claim} ${body}.`), article(2, `${claim} ${outlet}.`)]);
    expect(story.primarySources.map((s) => [s.name, s.kind]).sort()).toEqual([
      [name, 'statement'],
      [outlet.replace(/^the /, ''), 'outlet'],
    ].sort());
  });

  it('reads "according to" a body the article calls a firm, or a body\'s officer, as the body\'s statement; a news agency or an outlet\'s reporter as the outlet', () => {
    const story = compareStory('s_1', [
      article(1, 'Lock maker Tide Systems found the flaw last week. Nearly 4,000 doors in Lowford use the faulty lock, according to Tide Systems.'),
      article(2, 'The flaw lets a thief open the door with a magnet, according to Quillsoft Safety Group director Ana Lin.'),
      article(3, 'Nearly 4,000 doors in Lowford use the faulty lock, according to Kessenvo News. Kessenvo News, a news agency, printed the figure first.'),
      article(4, 'The recall began on Monday, according to Harbor Post reporter Ben Ortiz.'),
    ]);
    expect(story.primarySources.map((s) => [s.name, s.kind]).sort()).toEqual([
      ['Harbor Post', 'outlet'],
      ['Kessenvo News', 'outlet'],
      ['Quillsoft Safety Group', 'statement'],
      ['Tide Systems', 'statement'],
    ]);
  });

  it('takes a source name only from the sentence of its cue', () => {
    const story = compareStory('s_1', [
      article(1, 'The ferry to Velmar will run at night from May, according to Harbor Post. Her lawyer said the contract had been signed on Friday.'),
      article(2, '"We will run the ferry at night from May," Ana Lin told Harbor Radio. Ana Lin and Ben Ortiz signed the contract on Friday.'),
    ]);
    expect(story.primarySources.map((s) => [s.name, s.kind]).sort()).toEqual([
      ['Harbor Post', 'outlet'],
      ['Harbor Radio', 'interview'],
    ]);
  });

  it('reads words told to a named outlet as an interview', () => {
    const told = compareStory('s_1', [article(1, 'Ana Lin told Radio Valmora of the ferry plan on Monday, and the harbour board backed it the same day.')]);
    expect(told.primarySources.map((s) => [s.name, s.kind])).toEqual([['Radio Valmora', 'interview']]);
  });

  it('keeps interviews given to one outlet by different people apart, a role among them', () => {
    const story = compareStory('s_1', [
      article(1, 'The ferry to Velmar sank on Monday night, a harbour pilot told Radio Valmora.'),
      article(2, 'Ana Lin told Radio Valmora that the ferry had been overloaded when it left Lowford.'),
      article(3, 'The ferry to Velmar sank on Monday night, Ana Lin told Radio Valmora.'),
    ]);
    expect(story.primarySources.map((s) => [s.name, s.subject, s.articleIds.length])).toEqual([
      ['Radio Valmora', 'Ana Lin', 2],
      ['Radio Valmora', 'a harbour pilot', 1],
    ]);
    // A preposition's object is nobody's role.
    const ground = compareStory('s_1', [article(1, 'Sources close to the minister told Radio Valmora that the ferry had sunk overnight.')]);
    expect(ground.primarySources.map((s) => s.subject)).toEqual([undefined]);
  });

  it('reads no interview in words told to a parliament, a court or a committee', () => {
    for (const body of ['Parliament', 'the Velmar Senate', 'the harbour committee of the Lowford Council', 'the Lowford District Court']) {
      const story = compareStory('s_1', [article(1, `Ana Lin told ${body} of the ferry plan on Monday, and the harbour board backed it the same day.`)]);
      expect(story.primarySources.filter((s) => s.kind === 'interview')).toEqual([]);
    }
  });

  it('names a statement\'s person without the courtesy title the article gives them', () => {
    const story = compareStory('s_1', [article(1, 'Harbour Board Secretary-General Tam Ki-su spoke on Monday. The crews have no other place to go, Mr. Tam said in a statement.')]);
    expect(story.primarySources.map((s) => [s.name, s.kind])).toEqual([['Tam Ki-su', 'statement']]);
  });

  it('takes the agency a dateline credits as the source of every claim of the article', () => {
    const story = compareStory('s_1', [
      article(1, 'QUILLON, March 3 (Valley Wire) - The ferry to Quillon sank on Monday, the coast guard said.'),
      article(2, 'The ferry to Quillon sank on Monday, according to Valley Wire.'),
      article(3, 'QUILLON (Harbour Press Agency) - The ferry to Quillon sank on Monday, the coast guard said.'),
    ]);
    expect(story.primarySources.map((s) => [s.name, s.kind, s.articleIds.length])).toEqual([
      ['Valley Wire', 'agency', 2],
      ['Harbour Press Agency', 'agency', 1],
    ]);
    expect(story.facts[0]!.independentSources).toBe(2);
  });

  it('finds a post on a social network however it is introduced, a one-letter platform too', () => {
    const story = compareStory('s_1', [
      article(1, 'Mayor Edda Morn wrote on X that the harbour would reopen on Monday.'),
      article(2, 'In a post on X, Mayor Edda Morn said the harbour would reopen on Monday.'),
      article(3, 'Mayor Edda Morn said on her Telegram channel that the harbour would reopen on Monday.'),
      article(4, 'Mayor Edda Morn reopened the harbour on Monday. "I thank my deputy Ana Lin and the crews," the mayor added on X.'),
      // The poster is the quote's speaker, not a name inside the words posted.
      article(5, 'Mayor Edda Morn reopened the harbour. She wrote on X: "I thank Ana Lin and the crews."'),
    ]);
    const posts = story.primarySources.filter((s) => s.kind === 'social');
    expect(posts.map((s) => [s.name, s.articleIds.length])).toEqual([
      ['Edda Morn on X', 4],
      ['Edda Morn on Telegram', 1],
    ]);
  });
});
