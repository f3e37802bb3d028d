// Facts of a story: an article's sentence that states two facts, one in each clause, counts for both.
import { describe, expect, it } from 'vitest';
import { analysedArticle as article } from '../../test/helpers.js';
import { compareStory } from './index.js';

describe('facts carried by one clause of a sentence', () => {
  it('counts a sentence for a second fact by its other clause, shown by that clause', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'The Lowford council approved the new harbour budget on Monday evening after a long debate.'),
      article(2, 'Mayor Ana Lin stepped down from her post on Tuesday, her office said. She gave no reason.'),
      article(3, 'Ana Lin, the mayor of Lowford, resigned from her post on Tuesday.'),
      article(4, 'The Lowford council approved the new harbour budget on Monday evening after a long debate, while Mayor Ana Lin resigned from her post on Tuesday.'),
    ]);
    const resigned = report.facts.find((f) => f.text.startsWith('Mayor Ana Lin stepped down'))!;
    expect(resigned.articleIds.sort()).toEqual(['a_0000000000000002', 'a_0000000000000003', 'a_0000000000000004']);
    expect(resigned.mentions.find((m) => m.articleId === 'a_0000000000000004')!.text).toBe('Mayor Ana Lin resigned from her post on Tuesday.');
    const budget = report.facts.find((f) => f.text.startsWith('The Lowford council approved'))!;
    expect(budget.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000004']);
  });

  it('does not let a sentence of two facts join an article stating one of them to an article stating the other', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'The Lowford council approved the new harbour budget on Monday evening. Tom Reyes chaired the long meeting.'),
      article(2, 'Mayor Ana Lin stepped down from her post on Tuesday, her office said. She gave no reason.'),
      article(3, 'The Lowford council approved the new harbour budget on Monday evening, but Mayor Ana Lin resigned from her post on Tuesday.'),
    ]);
    const facts = report.facts.filter((f) => f.articleIds.length > 1).map((f) => [f.text, f.articleIds.sort()]);
    expect(facts).toEqual([
      ['The Lowford council approved the new harbour budget on Monday evening.', ['a_0000000000000001', 'a_0000000000000003']],
      ['Mayor Ana Lin stepped down from her post on Tuesday, her office said.', ['a_0000000000000002', 'a_0000000000000003']],
    ]);
  });

  it('shows the clause two sentences share as their fact', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'The Lowford council approved the new harbour budget on Monday evening, but the final vote was very close.'),
      article(2, 'Tom Reyes chaired the long and heated meeting, and the Lowford council approved the new harbour budget on Monday evening.'),
    ]);
    expect(report.facts.map((f) => [f.text, f.articleIds.length])).toEqual([['The Lowford council approved the new harbour budget on Monday evening', 2]]);
  });

  it('shows the clause two sentences share when the one shown is not the representative, without its joining "and"', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'Tom Reyes chaired the long and heated meeting at the hall, and the Lowford council approved the new harbour budget on Monday evening.'),
      article(2, 'Ana Lin spoke first to the crowd at the harbour, and the Lowford council approved the new harbour budget on Monday evening.'),
    ]);
    expect(report.facts.map((f) => [f.text, f.articleIds.length])).toEqual([['the Lowford council approved the new harbour budget on Monday evening.', 2]]);
  });

  it('never makes a brief sentence of a clause that joined a fact but is no main clause', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'The Lowford council held a gathering at the harbour hall on Monday with Ana Lin and the dock unions, officials said.'),
      article(2, 'The Lowford council met Ana Lin and the dock unions at the harbour hall on Monday for a long debate.'),
      article(3, 'Following a gathering at the harbour hall on Monday with Ana Lin and the dock unions, the Lowford council approved the new ferry budget.'),
      article(4, 'The Lowford council approved the new ferry budget, a spokesman said on Tuesday.'),
    ]);
    const budget = report.facts.find((f) => f.text.includes('approved the new ferry budget'))!;
    expect(budget.articleIds.sort()).toEqual(['a_0000000000000003', 'a_0000000000000004']);
    expect(report.brief.map((b) => b.text)).not.toContain('the Lowford council approved the new ferry budget.');
    expect(report.brief.every((b) => /^\p{Lu}/u.test(b.text))).toBe(true);
  });
});

describe('reports of one person’s words', () => {
  it('are one fact only when the words reported are, not for sharing the speaker and the role', () => {
    const report = compareStory('s_0000000000000001', [
      article(1, 'Harbour counsel Tom Fields said the tug log showed it had left its berth late.'),
      article(2, 'On the first morning of the inquiry, harbour counsel Tom Fields said the pilot Ben Ortiz had steered the tug into the Tarrow quay but had not ordered full speed.'),
      article(3, 'Harbour counsel Tom Fields said Ben Ortiz, the pilot, steered the tug into the Tarrow quay and never ordered full speed.'),
    ]);
    const carriers = (words: string) => report.facts.find((f) => f.text.includes(words))?.articleIds;
    expect(carriers('berth late')).toEqual(['a_0000000000000001']);
    expect(carriers('full speed')).toEqual(['a_0000000000000002', 'a_0000000000000003']);
  });
});
