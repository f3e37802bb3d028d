// A fact cites every article with a claim that states what the fact shows, whole, even when that claim went to
// another fact; and never one whose claim states less.
import { describe, expect, it } from 'vitest';
import { analysedArticle, storyOf } from '../../test/helpers.js';
import { citeStating, compareClaims, type ClaimGroup } from './align.js';
import { compareStory } from './index.js';
import { articleClaims, type Claim } from './claims.js';
import { holdsEveryTerm } from './compare-statements.js';
import { toStatement } from './statement.js';
import { termWeight } from './term-weights.js';

const claimOf = (n: number, text: string): Claim => articleClaims(analysedArticle(n, text))[0]!;
const groupOf = (claims: Claim[]): ClaimGroup => ({
  claims,
  representative: claims[0]!,
  display: { claim: claims[0]!, span: claims[0]!.span, statement: claims[0]!.statement },
  near: [],
});

/** Runs citeStating on `groups` as alignClaims leaves them, every claim its own wording, every pair compared. */
function cited(groups: ClaimGroup[]): number[][] {
  const heads = groups.flatMap((g) => g.claims);
  const headOf = new Map(heads.map((c, i) => [c, i]));
  const neighbours = heads.map((_, i) => new Set(heads.map((_, j) => j).filter((j) => j !== i)));
  citeStating(groups, { heads: heads.map((c) => [c]), headOf, neighbours, compare: (i, j) => compareClaims(heads[i]!, heads[j]!, termWeight), weight: termWeight });
  return groups.map((g) => g.claims.map((c) => Number(c.articleId.slice(-1))).sort());
}

const bought = () => [claimOf(1, 'Harbor Works bought the Lowford ferry line on Monday.'), claimOf(2, 'On Monday Harbor Works bought the Lowford ferry line.')];

describe('the articles a fact cites', () => {
  it('cites an article whose claim in another fact states the fact whole among other things', () => {
    const price = [
      claimOf(3, 'Harbor Works bought the Lowford ferry line on Monday for 40 million euros, its chief said.'),
      claimOf(4, 'Harbor Works paid 40 million euros for the Lowford ferry line, its chief said.'),
    ];
    expect(cited([groupOf(bought()), groupOf(price)])).toEqual([[1, 2, 3], [3, 4]]);
  });

  it('does not cite an article whose claim leaves out a word, a name or a date of the fact', () => {
    const others = [
      claimOf(3, 'Harbor Works agreed on Monday to take over the Lowford ferry line next year.'),
      claimOf(4, 'Harbor Works bought the ferry line on Monday, the Velmar council said.'),
      claimOf(5, 'Harbor Works bought the Lowford ferry line for 40 million euros, its chief said.'),
    ];
    expect(cited([groupOf(bought()), groupOf(others)])[0]).toEqual([1, 2]);
  });

  it('cites no one for what a fact shows when it does not read alone or quotes someone', () => {
    const fragment = [claimOf(1, 'But Harbor Works bought the Lowford ferry line on Monday.'), claimOf(2, 'But on Monday Harbor Works bought the Lowford ferry line.')];
    const quoted = [claimOf(1, 'Harbor Works bought the “Lowford ferry line” on Monday.'), claimOf(2, 'On Monday Harbor Works bought the Lowford ferry line.')];
    const longer = () => [groupOf([claimOf(3, 'Harbor Works bought the Lowford ferry line on Monday for 40 million euros, its chief said.')])];
    expect(cited([groupOf(fragment), ...longer()])[0]).toEqual([1, 2]);
    expect(cited([groupOf(quoted), ...longer()])[0]).toEqual([1, 2]);
  });
});

describe('holdsEveryTerm', () => {
  it('holds when every word, name and figure of what is shown is in the statement, which may say more', () => {
    expect(holdsEveryTerm(toStatement('Ana Lin wrote to the council.'), toStatement('Ana Lin, writing to the council on Sunday, said she would stay.'))).toBe(true);
    // A synonym is a match.
    expect(holdsEveryTerm(toStatement('The ferry line bought 12 new boats.'), toStatement('The ferry line purchased 12 new boats last year.'))).toBe(true);
  });

  it('does not hold when a word, a name or a figure is missing', () => {
    expect(holdsEveryTerm(toStatement('Ana Lin sent a written note to the council on Monday.'), toStatement('Ana Lin sent a written note to the council.'))).toBe(false);
    expect(holdsEveryTerm(toStatement('The ferry line bought 12 new boats.'), toStatement('The ferry line bought new boats.'))).toBe(false);
    expect(holdsEveryTerm(toStatement('Ana Lin and Ben Ortiz released a statement.'), toStatement('Ana Lin released a statement.'))).toBe(false);
    expect(holdsEveryTerm(toStatement('Ana Lin resigned from the council.'), toStatement('Ana Lin spoke to the council.'))).toBe(false);
  });

  it('does not hold for a name alone: it says nothing of what happened', () => {
    expect(holdsEveryTerm(toStatement('Ana Lin.'), toStatement('Ana Lin resigned from the council.'))).toBe(false);
  });
});

describe('a sentence that states two things', () => {
  it('does not make an outlet that states only the other thing cite the fact, by the names and the day they share', () => {
    // Five reports of five sentences: the refusal to resign and the statement are two things, which article 1 states in one sentence.
    const filler = [
      'The harbour council met on Monday to discuss the ferry budget for next year.',
      'Ferry traffic in Lowford has grown by a third since the new terminal opened.',
      'Ana Lin has led the harbour council since her election four years ago.',
      'The fire destroyed two warehouses near the old pier on Saturday night.',
      'Firefighters from three towns fought the blaze for most of the night.',
      'The port authority said the pier would stay closed until inspectors approve it.',
    ];
    const key = [
      'Ana Lin, in a written note to the harbour council, said she would not resign over the fire.',
      'Ana Lin said she would not resign over the fire at the pier.',
      'Ana Lin sent a written note to the harbour council on Sunday.',
      'Late on Sunday, Ana Lin sent a written note to the harbour council.',
      'Ana Lin said on Sunday that she would not resign over the pier fire.',
    ];
    const articles = key.map((k, i) => analysedArticle(i + 1, [filler[i % 6], k, filler[(i + 2) % 6], filler[(i + 4) % 6], filler[(i + 3) % 6]].join(' ')));
    const report = compareStory('s_0000000000000001', articles);
    const resign = report.facts.filter((f) => /resign/.test(f.text));
    expect(resign.length).toBeGreaterThan(0);
    for (const f of resign) expect(f.articleIds.map((a) => Number(a.slice(-1))).sort()).toEqual([1, 2, 5]);
  });
});

describe('a claim that undoes what a fact shows', () => {
  it('neither carries the fact nor lets a short wording of the other act show the fact ("checked into" / "left")', () => {
    const report = storyOf(
      'Ana Lin checked into the Harbor Clinic in Lowford on Thursday night for a three-month stay.',
      'After she left a clinic in Eastmere on Thursday, Ana Lin checked into the Harbor Clinic in Lowford.',
      'Ana Lin has left the Harbor Clinic and is moving to a clinic in Velmar, her spokesman confirmed.',
      'Ana Lin checked into the Harbor Clinic late on Thursday, after hiring the lawyer Ben Ortiz.',
    );
    for (const f of report.facts.filter((x) => /left the Harbor Clinic/.test(x.text))) expect(f.articleIds.map((a) => Number(a.slice(-1))).sort()).toEqual([3]);
    expect(report.facts.some((f) => /checked into/.test(f.text) && f.articleIds.length >= 3)).toBe(true);
  });
});

describe('whom a fact is attributed to', () => {
  const attributed = (...texts: string[]) => storyOf(...texts).facts[0]!.attributedTo;
  const plain = 'The ferry to Lowford will resume service in early May after the repairs.';
  const byPolice = 'The ferry to Lowford will resume service in early May after the repairs, police said.';

  it('is the speaker most of its outlets give, closing attributions included', () => {
    expect(attributed(byPolice, 'The ferry to Lowford will resume service in early May after the repairs, police said on Friday.')).toBe('police');
  });

  it('is none when the words shown are an outlet stating it as its own, however many others attribute it', () => {
    expect(attributed(plain, byPolice, 'The ferry to Lowford will resume service in early May after the repairs, police said on Friday.')).toBeUndefined();
    expect(attributed(plain, 'Police said the ferry to Lowford will resume service in early May after the repairs.', 'Police said on Friday that the ferry to Lowford will resume service in early May after the repairs.')).toBeUndefined();
  });
});

describe('facts stated in part of a sentence', () => {
  it('cites an article for each fact of its sentence: one read without the sentence\'s aside, one in a second predicate', () => {
    const report = storyOf(
      'The port authority has asked Harbor Works to ship its spare engine parts to Lowford.',
      'Harbor Works has been asked to send its spare engine parts to Lowford, the port authority said.',
      'The Lowford shipyard, which Harbor Works bought in 2019, must scrap its two oldest cranes and ship its spare engine parts to Lowford.',
      'The Lowford shipyard must scrap its two oldest cranes, its owners said on Monday.',
    );
    const cited = (start: string) => report.facts.find((f) => f.text.startsWith(start))?.articleIds.map((a) => a.slice(-1)).sort();
    expect(cited('The Lowford shipyard must scrap')).toEqual(['3', '4']);
    expect(cited('The port authority has asked')).toEqual(['1', '2', '3']);
  });
});
