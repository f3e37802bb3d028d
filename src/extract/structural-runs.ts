// Paragraph runs that are page furniture by their shape: teaser lists for other articles, navigation menus, timestamp lines.
import { CLOCK_AND_MONTH, MIN_MENU_ITEMS, RELATED_LIST_LABEL, TEASER_METADATA_LINE, TIMESTAMP_CUE, TIMESTAMP_WORDS } from './rules/boilerplate.js';

/** Teaser headlines are short: at most this many words. */
export const MAX_TEASER_WORDS = 25;
/** Teaser-plus-metadata pairs needed before a run is taken for a list. */
export const MIN_TEASER_PAIRS = 2;

const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;

/** A line that reads as a headline: short, capitalised, no sentence-ending punctuation. */
export function isHeadlineLike(p: string): boolean {
  const words = p.split(/\s+/).length;
  return words >= 2 && words <= MAX_TEASER_WORDS && p.length <= 180 && !SENTENCE_END.test(p) && /^["'“‘]?[\p{Lu}\p{N}]/u.test(p);
}

/** A teaser under a list label may also be a short question ("Who will win the cup?"). */
const isTeaser = (p: string) => isHeadlineLike(p) || (/\?["'”’]?$/.test(p) && p.split(/\s+/).length <= 15);

/** A kicker above a teaser card: a short line in capitals ("CITY LIFE", "OUR PICKS | SPONSORED"). */
const isKicker = (p: string) => p.length <= 60 && /\p{Lu}{2}/u.test(p) && p === p.toUpperCase() && p.split(/\s+/).length <= 8;

/**
 * Returns the indexes (into `paragraphs`) of teaser lists: runs of teaser + metadata pairs, runs
 * under a list label, and runs of teaser cards (KICKER / Headline / optional one-paragraph
 * summary). An unlabelled run of short lines is not enough: on the Zyte benchmark that rule
 * removed tour-date and deal lists that belong to the article (recall 0.98 → 0.96).
 * `active[i]` false means the paragraph was already removed by another rule and is skipped over.
 */
export function findRelatedLists(paragraphs: string[], active: boolean[]): Set<number> {
  const idx = paragraphs.map((_, i) => i).filter((i) => active[i]);
  const found = new Set<number>();
  const at = (k: number) => paragraphs[idx[k] ?? -1] ?? '';

  for (let k = 0; k < idx.length; k++) {
    // (a) teaser + metadata pairs: "Headline" / "2.3k views 14:05" / "Headline" / "981Yesterday, 18:40" …
    let j = k;
    let pairs = 0;
    while (j + 1 < idx.length && isHeadlineLike(at(j)) && TEASER_METADATA_LINE.test(at(j + 1))) {
      pairs++;
      j += 2;
    }
    if (pairs >= MIN_TEASER_PAIRS) {
      for (let m = k; m < j; m++) found.add(idx[m]!);
      k = j - 1;
      continue;
    }
    // (b) a label ("Related", "Most read") followed by teasers, with or without metadata lines.
    if (RELATED_LIST_LABEL.test(at(k))) {
      let m = k + 1;
      while (m < idx.length && (isTeaser(at(m)) || TEASER_METADATA_LINE.test(at(m)))) m++;
      if (m > k + 1) {
        for (let n = k; n < m; n++) found.add(idx[n]!);
        k = m - 1;
        continue;
      }
    }
    // (c) teaser cards: KICKER, Headline, optional summary; at least MIN_TEASER_PAIRS cards in a row.
    let c = k;
    let cards = 0;
    while (c + 1 < idx.length && isKicker(at(c)) && isTeaser(at(c + 1))) {
      cards++;
      c += 2;
      if (c < idx.length && !isKicker(at(c)) && !isTeaser(at(c))) c++;
    }
    if (cards >= MIN_TEASER_PAIRS) {
      for (let m = k; m < c; m++) found.add(idx[m]!);
      k = c - 1;
    }
  }
  return found;
}

/** A paragraph made only of date, time and "published/updated" words. */
export function isTimestampLine(p: string): boolean {
  return p.length <= 100 && /\d/.test(p) && (TIMESTAMP_CUE.test(p) || CLOCK_AND_MONTH.test(p)) && p.replace(TIMESTAMP_WORDS, '').length === 0;
}

/** A menu label: one to three capitalised words of letters only (no digits, no punctuation but & and -). */
const isMenuItem = (p: string) => /^\p{Lu}[\p{L}&'’ -]*$/u.test(p) && p.split(/\s+/).length <= 3;

/** Indexes of navigation menus: runs of at least MIN_MENU_ITEMS short capitalised link labels. */
export function findMenus(paragraphs: string[], active: boolean[]): Set<number> {
  const found = new Set<number>();
  const idx = paragraphs.map((_, i) => i).filter((i) => active[i]);
  for (let k = 0; k < idx.length; ) {
    let m = k;
    while (m < idx.length && isMenuItem(paragraphs[idx[m]!]!)) m++;
    if (m - k >= MIN_MENU_ITEMS) for (let n = k; n < m; n++) found.add(idx[n]!);
    k = Math.max(m, k + 1);
  }
  return found;
}
