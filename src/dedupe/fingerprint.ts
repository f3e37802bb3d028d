// Article text → normalised word tokens, content hash and word shingles (the inputs of duplicate detection).
import { createHash } from 'node:crypto';

/** Words per shingle. Five-word shingles are the usual choice for near-duplicate news copies. */
export const SHINGLE_WORDS = 5;

/** Lower-cased letter/digit runs; punctuation, quotes and spacing differences vanish. */
export function normalizedTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** SHA-256 of the normalised token stream: equal for copies that differ only in spacing, case or punctuation. */
export function contentHash(text: string): string {
  return hashTokens(normalizedTokens(text));
}

/** The content hash of already normalised tokens. */
export function hashTokens(tokens: string[]): string {
  return createHash('sha256').update(tokens.join(' ')).digest('hex');
}

/** FNV-1a, 32-bit. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Distinct 32-bit hashes of the word shingles of normalised tokens. Each token is hashed once and a shingle's
 * hash combines its tokens' hashes in order (no string is built per shingle).
 */
export function shingleHashes(words: string[], size = SHINGLE_WORDS): Uint32Array {
  const tokens = words.map(hash32);
  const out = new Set<number>();
  const combine = (from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ tokens[i]!, 0x01000193) ^ (h >>> 15);
    return h >>> 0;
  };
  if (tokens.length > 0 && tokens.length < size) out.add(combine(0, tokens.length));
  for (let i = 0; i + size <= tokens.length; i++) out.add(combine(i, i + size));
  return Uint32Array.from(out);
}
