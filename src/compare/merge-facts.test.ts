// Two facts of one story that are one fact at two lengths merge, and only when every claim states what the merged
// fact shows.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareClaims, mergeFacts, type ClaimGroup } from './align.js';
import { articleClaims, type Claim } from './claims.js';
import type { StatementComparison } from './compare-statements.js';
import { termWeight } from './term-weights.js';

const claimOf = (n: number, text: string): Claim => articleClaims(analysedArticle(n, text))[0]!;
const groupOf = (claims: Claim[], shown = claims[0]!): ClaimGroup => ({
  claims,
  representative: claims[0]!,
  display: { claim: shown, span: shown.span, statement: shown.statement },
  near: [],
});

/**
 * Runs mergeFacts on `groups` as alignClaims leaves them, every claim its own wording, every pair compared in the first
 * pass; `judge` overrides the comparison of some pairs (a first-pass error).
 */
function merged(groups: ClaimGroup[], judge?: (a: Claim, b: Claim) => StatementComparison | undefined): string[][] {
  const heads = groups.flatMap((g) => g.claims);
  const headOf = new Map(heads.map((c, i) => [c, i]));
  const neighbours = heads.map((_, i) => new Set(heads.map((_, j) => j).filter((j) => j !== i)));
  const compare = (i: number, j: number) => judge?.(heads[i]!, heads[j]!) ?? compareClaims(heads[i]!, heads[j]!, termWeight);
  mergeFacts(groups, { heads: heads.map((c) => [c]), headOf, neighbours, compare, weight: termWeight });
  return groups.map((g) => [g.display.span.text, ...g.claims.map((c) => c.articleId.slice(-1)).sort()]);
}

describe('facts that are one fact at two lengths', () => {
  const chose = claimOf(1, 'The Lowford council chose Ida Hale as the new harbour master.');
  const longer = claimOf(2, 'The Lowford council chose Ida Hale as the new harbour master on Monday after a long debate over the ferry budget.');
  const shortA = claimOf(3, 'Ida Hale was chosen by the Lowford council as its new harbour master.');
  const shortB = claimOf(4, 'Ida Hale was chosen by the Lowford council as its new harbour master.');

  it('merges the smaller fact into the larger when every claim states what the merged fact shows', () => {
    // Shown by the wording every claim states most fully.
    expect(merged([groupOf([chose, longer]), groupOf([shortA, shortB])])).toEqual([['Ida Hale was chosen by the Lowford council as its new harbour master.', '1', '2', '3', '4']]);
  });

  it('does not merge into a fact of one article', () => {
    expect(merged([groupOf([chose]), groupOf([shortA])])).toHaveLength(2);
  });

  it('does not merge when the claims of one fact do not state what the other shows, whatever the first pass judged', () => {
    const hired = groupOf([claimOf(1, 'Ana Lin appointed Ida Hale to the harbour board on Monday.'), claimOf(2, 'On Monday Ana Lin appointed Ida Hale to the harbour board.')]);
    const spoke = groupOf([claimOf(3, 'Ben Ortiz declined to comment on the vote.'), claimOf(4, 'Ben Ortiz declined to comment on the vote on Monday.')]);
    // The first pass judged one pair of them one fact, wrongly.
    const same = { score: 0.6, same: true, opposite: false, coverage: [0.6, 0.6] as [number, number], contained: false, wordMatched: [true, true] as [boolean, boolean], namesApart: [false, false] as [boolean, boolean] };
    expect(merged([hired, spoke], () => same)).toHaveLength(2);
  });
});
