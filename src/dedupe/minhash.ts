// Shingle hashes → MinHash signature, LSH band keys, and the similarity two signatures estimate.

/**
 * Signature length. 64 values (256 bytes) estimate Jaccard similarity with a standard error of
 * about 0.06, enough to tell a copy (≥ 0.8) from a related article (< 0.3).
 */
export const SIGNATURE_SIZE = 64;
/**
 * 16 bands of 4 rows: two texts become candidates with probability 1 − (1 − s⁴)¹⁶, which is 0.5
 * at s ≈ 0.5 and 0.996 at s = 0.8. Stored per article: 16 band keys.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_SIZE / LSH_BANDS;

/** Fixed seeds, so signatures are the same in every run and every process. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds[i] = x >>> 0;
  }
  return seeds;
})();

/** murmur3's 32-bit finaliser: a fast, well-mixing permutation of 32-bit values. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature: for each seed, the minimum of mix(shingle ^ seed) over the shingles. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const v = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(v ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band: the band index and its rows hashed together, as a safe integer. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = mix(Math.imul(h ^ sig[b * LSH_ROWS + r]!, 0x01000193));
    // 16 bits of band index above 32 bits of hash stay below 2^53.
    keys.push(b * 0x1_0000_0000 + (h >>> 0));
  }
  return keys;
}
