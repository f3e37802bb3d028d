// Article → duplicate evidence (hash, signature, band keys), and the verdict on candidate originals.
import type { Article, DuplicateLink, Origin } from '../model/article.js';
import type { DuplicateCandidate, DuplicateEvidence } from '../model/duplicate.js';
import { hashTokens, normalizedTokens, shingleHashes } from './fingerprint.js';
import { bandKeys, estimateSimilarity, minhashSignature } from './minhash.js';

export { contentHash } from './fingerprint.js';
export { bandKeys, LSH_BANDS, SIGNATURE_SIZE } from './minhash.js';
export type { DuplicateCandidate, DuplicateEvidence } from '../model/duplicate.js';

/**
 * Estimated Jaccard similarity of five-word shingles at or above which two texts are copies of
 * one article. Republished copies that differ by a trimmed paragraph or an added footer score
 * 0.8–0.95 in our fixtures; two outlets' own reports of one event score below 0.2.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/** Computes what the store indexes for duplicate search. */
export function duplicateEvidence(text: string): DuplicateEvidence {
  const tokens = normalizedTokens(text);
  const signature = minhashSignature(shingleHashes(tokens));
  return { contentHash: hashTokens(tokens), signature, bandKeys: bandKeys(signature) };
}

const sameOutlet = (a?: string, b?: string) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** True when a copy's recovered origin names the given article (by URL prefix, outlet, or outlet in its URL). */
function credits(o: Origin | undefined, candidate: { outlet?: string; url?: string }): boolean {
  if (!o) return false;
  if (o.url && candidate.url && candidate.url.startsWith(o.url)) return true;
  return sameOutlet(o.outlet, candidate.outlet) || (!!o.outlet && !!candidate.url && candidate.url.includes(o.outlet));
}

/** Every link is made here, so similarities are rounded the same way wherever they are stored. */
function linkTo(id: string, similarity: number, kind: DuplicateLink['kind']): DuplicateLink {
  return { id, similarity: Math.round(similarity * 1000) / 1000, kind };
}

export interface DuplicateVerdict {
  /** Link for the new article, pointing at its original. */
  link?: DuplicateLink;
  /** Stored articles that turn out to be copies of the new one (the original arrived after them). */
  relink: { id: string; link: DuplicateLink }[];
}

/**
 * Decides which candidate the new article copies. The kind says why it is a copy: syndicated =
 * printed by another outlet, or credits an origin; exact = the same normalised text, same or
 * unknown outlet; near = similar text, same or unknown outlet (a re-post or a revision). Links
 * always point at the root original, never at another copy. If the new article is the original a
 * stored copy credits, that copy is re-pointed at it.
 *
 * @example findDuplicates(article, evidence, candidatesFromStore)
 */
export function findDuplicates(
  article: Pick<Article, 'id' | 'outlet' | 'url' | 'origin'>,
  evidence: DuplicateEvidence,
  candidates: DuplicateCandidate[],
): DuplicateVerdict {
  const scored = candidates
    .filter((c) => c.id !== article.id)
    .map((c) => ({ c, similarity: c.contentHash === evidence.contentHash ? 1 : estimateSimilarity(evidence.signature, c.signature) }))
    .filter((x) => x.similarity >= NEAR_DUPLICATE_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity);
  const relink: DuplicateVerdict['relink'] = [];
  if (scored.length === 0) return { relink };

  // A stored copy that credits the new article's outlet: the new article is its original.
  const creditors = scored.filter((x) => credits({ outlet: x.c.originOutlet, url: x.c.originUrl }, article));
  if (creditors.length > 0 && !article.origin) {
    for (const x of creditors) relink.push({ id: x.c.id, link: linkTo(article.id, x.similarity, 'syndicated') });
    return { relink };
  }
  const best = scored.find((x) => credits(article.origin, x.c)) ?? scored[0]!;
  const rootId = best.c.duplicateOfId ?? best.c.id;
  // The closest stored text is already a copy of this article (it was stored first while this one was being
  // re-read, e.g. by a second worker after a lease ran out): this article stays the original, never its own copy.
  if (rootId === article.id) return { relink };
  const printedElsewhere = !!article.outlet && !!best.c.outlet && !sameOutlet(article.outlet, best.c.outlet);
  const kind = article.origin || printedElsewhere ? 'syndicated' : best.similarity === 1 ? 'exact' : 'near';
  return { link: linkTo(rootId, best.similarity, kind), relink };
}
