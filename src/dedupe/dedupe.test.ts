import { describe, expect, it } from 'vitest';
import { duplicateEvidence, findDuplicates, type DuplicateCandidate } from './index.js';
import { contentHash } from './fingerprint.js';
import { estimateSimilarity, LSH_BANDS } from './minhash.js';

const original = [
  'The regional council voted on Tuesday to close the old ferry terminal at the end of the summer season.',
  'Council leader Mira Halvorsen said the building had become too expensive to repair after two winters of storms.',
  'Ferry passengers will use a temporary pontoon until a new terminal opens, which officials expect in about two years.',
  'Local businesses near the terminal said they feared losing trade during the construction period.',
  'The ferry company said timetables would not change and that tickets already sold remain valid.',
].join('\n\n');
const republished = original.replace('about two years', 'roughly two years') + '\n\nThis story first appeared in the Harbour Review.';
const unrelated = [
  'A new exhibition of maritime paintings opened at the city museum on Saturday, drawing long queues.',
  'The curator said most of the works had never been shown in public before and came from private collections.',
].join('\n\n');

const candidate = (id: string, text: string, extra: Partial<DuplicateCandidate> = {}): DuplicateCandidate => {
  const e = duplicateEvidence(text);
  return { id, contentHash: e.contentHash, signature: e.signature, ...extra };
};

describe('fingerprints', () => {
  it('hash ignores case, spacing and punctuation only', () => {
    expect(contentHash('The  Mayor said: "yes".')).toBe(contentHash('the mayor said yes'));
    expect(contentHash('The mayor said yes')).not.toBe(contentHash('The mayor said no'));
  });

  it('signatures are deterministic and estimate similarity', () => {
    const a = duplicateEvidence(original);
    expect(duplicateEvidence(original).signature).toEqual(a.signature);
    expect(a.bandKeys).toHaveLength(LSH_BANDS);
    expect(estimateSimilarity(a.signature, duplicateEvidence(republished).signature)).toBeGreaterThan(0.7);
    expect(estimateSimilarity(a.signature, duplicateEvidence(unrelated).signature)).toBeLessThan(0.2);
  });

  it('a copy shares at least one LSH band with its original', () => {
    const a = new Set(duplicateEvidence(original).bandKeys);
    expect(duplicateEvidence(republished).bandKeys.some((k) => a.has(k))).toBe(true);
  });
});

describe('findDuplicates', () => {
  const article = (text: string, extra: object = {}) => ({ id: 'a_new', ...extra, evidence: duplicateEvidence(text) });

  it.each([
    { name: 'exact copy, same outlet', text: original, meta: { outlet: 'Gazette' }, cand: { outlet: 'Gazette' }, kind: 'exact' },
    { name: 'exact copy, unknown outlets', text: original, meta: {}, cand: {}, kind: 'exact' },
    { name: 'exact copy printed by another outlet', text: original, meta: { outlet: 'Courier' }, cand: { outlet: 'Gazette' }, kind: 'syndicated' },
    { name: 'near copy crediting an origin', text: republished, meta: { origin: { outlet: 'Harbour Review' } }, cand: {}, kind: 'syndicated' },
    { name: 'near copy, same outlet (revision)', text: republished, meta: { outlet: 'Gazette' }, cand: { outlet: 'Gazette' }, kind: 'near' },
  ])('$name → $kind', ({ text, meta, cand, kind }) => {
    const a = article(text, meta);
    const verdict = findDuplicates(a, a.evidence, [candidate('a_old', original, cand)]);
    expect(verdict.link).toMatchObject({ id: 'a_old', kind });
  });

  it('finds nothing for an unrelated article', () => {
    const a = article(unrelated);
    expect(findDuplicates(a, a.evidence, [candidate('a_old', original)]).link).toBeUndefined();
  });

  it('never makes an article a copy of itself when a stored copy already points at it', () => {
    const e = duplicateEvidence(original);
    const verdict = findDuplicates({ id: 'a_orig' }, e, [candidate('a_copy', original, { duplicateOfId: 'a_orig' })]);
    expect(verdict.link).toBeUndefined();
  });

  it('points a copy of a copy at the root original', () => {
    const a = article(original);
    expect(findDuplicates(a, a.evidence, [candidate('a_copy', original, { duplicateOfId: 'a_root' })]).link?.id).toBe('a_root');
  });

  it('re-points a stored copy at an original that arrives later', () => {
    const a = article(original, { outlet: 'Harbour Review' });
    const verdict = findDuplicates(a, a.evidence, [candidate('a_copy', republished, { outlet: 'Mirror', originOutlet: 'Harbour Review' })]);
    expect(verdict.link).toBeUndefined();
    expect(verdict.relink).toEqual([{ id: 'a_copy', link: expect.objectContaining({ id: 'a_new', kind: 'syndicated' }) }]);
  });
});
