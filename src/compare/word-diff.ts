// Word-level diff of two wordings (longest common subsequence over normalised words).
import type { WordDiff } from '../model/report.js';

/**
 * Marks each word of `wording` as `same` (also in `reference`, in order) or `changed`.
 * @example wordDiff('We will not sign', 'We will never sign') // will… 'never' changed
 */
export function wordDiff(reference: string, wording: string): WordDiff[] {
  const a = words(reference);
  const b = words(wording);
  const na = a.map(norm);
  const nb = b.map(norm);
  // LCS table over at most a few hundred words per quote.
  const table: number[][] = Array.from({ length: na.length + 1 }, () => new Array<number>(nb.length + 1).fill(0));
  for (let i = na.length - 1; i >= 0; i--) {
    for (let j = nb.length - 1; j >= 0; j--) {
      table[i]![j] = na[i] === nb[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: WordDiff[] = [];
  let i = 0;
  let j = 0;
  while (j < nb.length) {
    if (i < na.length && na[i] === nb[j]) {
      out.push({ text: b[j]!, op: 'same' });
      i++;
      j++;
    } else if (i < na.length && table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else out.push({ text: b[j++]!, op: 'changed' });
  }
  return out;
}

/** A wording without case, punctuation or spacing: two wordings with one key are the same words. */
export function wordingKey(text: string): string {
  return words(text).map(norm).join(' ');
}

/** Wordings equal after case, punctuation and spacing are ignored. */
export function sameWording(a: string, b: string): boolean {
  return wordingKey(a) === wordingKey(b);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

function norm(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
