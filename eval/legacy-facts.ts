// The fact test Triangulate used before claims were aligned by meaning (content stems shared, with lower-case words
// required), kept here only as the reference the alignment scorer reports beside the current method.
import { containment, jaccard, sharedCount, stemSet } from '../src/compare/similarity.js';

const FACT_SAME_JACCARD = 0.4;
const FACT_SAME_CONTAINMENT = 0.6;
const FACT_MIN_SHARED = 4;
const FACT_MIN_SHARED_PLAIN = 3;
const FACT_PLAIN_CONTAINMENT = 0.5;

/** The old decision, and Jaccard of content stems as its score (for ranking). */
export function sameFactLegacy(a: string, b: string): { score: number; same: boolean } {
  const stems = (t: string) => stemSet(t);
  const plain = (t: string) => stemSet(t.replace(/\p{Lu}[\p{L}'’-]*/gu, ' '));
  const [xa, xb, pa, pb] = [stems(a), stems(b), plain(a), plain(b)];
  const same =
    sharedCount(pa, pb) >= FACT_MIN_SHARED_PLAIN &&
    containment(pa, pb) >= FACT_PLAIN_CONTAINMENT &&
    (jaccard(xa, xb) >= FACT_SAME_JACCARD || (containment(xa, xb) >= FACT_SAME_CONTAINMENT && sharedCount(xa, xb) >= FACT_MIN_SHARED));
  return { score: jaccard(xa, xb), same };
}
