// Sentences outside quotes → facts grouped across articles by meaning, and the discrepancies inside each group.
import type { Article } from '../model/article.js';
import type { ArticleSpan, Discrepancy, Fact } from '../model/report.js';
import { containment, groupTransitively, jaccard, sharedCount, stemSet } from './similarity.js';

/** Two sentences state one fact when their content words overlap this much (Jaccard) … */
export const FACT_SAME_JACCARD = 0.4;
/** … or when the shorter's content words are mostly in the longer, with at least FACT_MIN_SHARED of them. */
export const FACT_SAME_CONTAINMENT = 0.6;
export const FACT_MIN_SHARED = 4;
/** "BRENMOOR, June 11 (Valley Wire) - ", "VALMORA, March 14 — ": a dateline opening a lede. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^-–—\n]{0,40}?\s[-–—]\s/u;
/** Sentences shorter than this (in words, outside quotes) are headlines, datelines or fragments, not facts. */
const MIN_FACT_WORDS = 6;

export interface FactItem {
  articleId: string;
  span: ArticleSpan;
  stems: Set<string>;
  /** Stems of the lower-case words only: what is said, without who and where. */
  plain: Set<string>;
}

/**
 * Two sentences naming the same people state one fact only if they also share this many ordinary (lower-case) words,
 * and that share of the shorter one's: names and titles alone ("fire chief Ana Lin said") do not make one fact.
 */
export const FACT_MIN_SHARED_PLAIN = 3;
export const FACT_PLAIN_CONTAINMENT = 0.5;

export interface FactGroup {
  items: FactItem[];
  representative: FactItem;
}

/** The claims of each article: sentences mostly outside quotation marks. */
export function factItems(articles: Article[]): FactItem[] {
  const items: FactItem[] = [];
  for (const a of articles) {
    for (const s of a.sentences ?? []) {
      // A dateline ("BRENMOOR, June 11 (Valley Wire) - ") is not part of the claim.
      const dateline = DATELINE.exec(a.text.slice(s.start, s.end));
      const start = s.start + (dateline ? dateline[0].length : 0);
      const text = a.text.slice(start, s.end);
      // The writer's own words: quotations are statements (grouped as quotes), not the outlet's claims.
      let own = text;
      for (const q of a.quotes ?? []) {
        if (q.kind === 'statement' && q.start >= start && q.end <= s.end) own = own.slice(0, q.start - start) + ' '.repeat(q.end - q.start) + own.slice(q.end - start);
      }
      if (own.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_FACT_WORDS) continue;
      const lower = own.replace(/\p{Lu}[\p{L}'’-]*/gu, ' ');
      items.push({ articleId: a.id, span: { articleId: a.id, text, start, end: s.end }, stems: stemSet(own), plain: stemSet(lower) });
    }
  }
  return items;
}

const sameFact = (x: FactItem, y: FactItem) =>
  x.articleId !== y.articleId &&
  sharedCount(x.plain, y.plain) >= FACT_MIN_SHARED_PLAIN &&
  containment(x.plain, y.plain) >= FACT_PLAIN_CONTAINMENT &&
  (jaccard(x.stems, y.stems) >= FACT_SAME_JACCARD || (containment(x.stems, y.stems) >= FACT_SAME_CONTAINMENT && sharedCount(x.stems, y.stems) >= FACT_MIN_SHARED));

/**
 * Groups sentences by meaning. A group keeps only the sentences that state its representative's fact directly (a chain
 * A~B~C where A and C differ is split), so every article a fact cites really carries it.
 */
export function groupFacts(items: FactItem[]): FactGroup[] {
  const out: FactGroup[] = [];
  for (const chain of groupTransitively(items, sameFact, (x) => [...x.stems].sort().join(' '))) {
    let rest = chain;
    while (rest.length > 0) {
      const representative = central(rest);
      const direct = rest.filter((x) => x === representative || sameFact(x, representative));
      out.push({ items: direct, representative });
      rest = rest.filter((x) => !direct.includes(x));
      if (rest.length > 1) {
        out.push(...groupFacts(rest));
        break;
      }
      if (rest.length === 1) {
        out.push({ items: rest, representative: rest[0]! });
        break;
      }
    }
  }
  return out;
}

export function toFacts(groups: FactGroup[]): Fact[] {
  return groups
    .map((g) => ({ text: g.representative.span.text, articleIds: [...new Set(g.items.map((i) => i.articleId))], mentions: g.items.map((i) => i.span) }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length);
}

/** Wordings compared when choosing a group's representative. */
const CENTRAL_SAMPLE = 40;

/** The member most similar to the others (ties: the shorter sentence). */
function central(g: FactItem[]): FactItem {
  let best = g[0]!;
  let bestScore = -1;
  // Distinct wordings only (copies of one sentence score alike), at most CENTRAL_SAMPLE of them.
  const distinct = [...new Map(g.map((x) => [x.span.text, x])).values()].slice(0, CENTRAL_SAMPLE);
  for (const x of distinct) {
    const score = distinct.reduce((s, y) => s + (x === y ? 0 : jaccard(x.stems, y.stems)), 0) - x.span.text.length / 1e6;
    if (score > bestScore) [best, bestScore] = [x, score];
  }
  return best;
}

/** Number words up to the hundreds, for "Forty workers" against "45 workers". */
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** A number (digits or words) with the word after it: "1,200 residents", "6 percent", "Forty workers", "$2.3 billion". */
const NUMBER = new RegExp(
  `(?:[$€£]\\s?)?(?:\\b\\d[\\d,.]*|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[- ](?:${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].join('|')}))?\\b)` +
    `(?:\\s?(?:%|percent|per cent|million|billion|thousand))?\\s+([\\p{L}-]+)`,
  'giu',
);

interface Counted extends ArticleSpan {
  value: number;
  unit: string;
  context: Set<string>;
}

/**
 * The same quantity reported differently: two articles (not copies of each other) give different numbers for the same
 * unit word ("40 workers" / "45 workers") with at least DISCREPANCY_MIN_SHARED ordinary content word in common next to it
 * ("evacuated" / "evacuation"), so an offer of 4 percent and a demand of 7 percent are not a disagreement.
 * Dates disagree when two articles' sentences of one fact each carry one explicit date and the dates differ.
 */
export const DISCREPANCY_MIN_SHARED = 1;
/** Share of the story's sentences above which a word is too common to tell two quantities apart. */
const COMMON_SHARE = 0.2;
/** How far around a number its context words are read, in characters (about five words each side). */
const CONTEXT_CHARS = 40;

export function findDiscrepancies(
  items: FactItem[],
  groups: FactGroup[],
  rootOf: (articleId: string) => string,
  datesOf: (span: ArticleSpan) => (ArticleSpan & { value: string | null })[],
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const counted: Counted[] = [];
  // Words in many of the story's sentences ("port", "union" in a port strike) say nothing about which quantity it is.
  const df = new Map<string, number>();
  for (const it of items) for (const w of new Set([...it.stems].map(stemPrefix))) df.set(w, (df.get(w) ?? 0) + 1);
  const common = (w: string) => (df.get(w) ?? 0) > Math.max(2, items.length * COMMON_SHARE);
  for (const it of items) {
    for (const m of it.span.text.matchAll(NUMBER)) {
      // The unit in the same form as context words (stemmed and keyed), so it can be told apart from them.
      const unit = stemPrefix([...stemSet(m[1]!)][0] ?? m[1]!.toLowerCase());
      const numberText = m[0].slice(0, m[0].length - m[1]!.length).trim();
      const value = parseNumber(numberText);
      if (value === null || /^(?:19|20)\d\d$/.test(numberText)) continue;
      const start = it.span.start + m.index;
      // What the number counts is said next to it: "Forty workers were evacuated" / "the evacuation of 45 workers".
      const near = it.span.text.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index + m[0].length + CONTEXT_CHARS);
      const context = new Set([...stemSet(near.replace(/\p{Lu}[\p{L}'’-]*/gu, ' '))].map(stemPrefix).filter((w) => w !== unit && !common(w)));
      counted.push({ articleId: it.articleId, text: m[0].trim(), start, end: start + m[0].trim().length, value, unit, context });
    }
  }
  const seen = new Set<Counted>();
  for (const x of counted) {
    if (seen.has(x)) continue;
    const clash = counted.filter(
      (y) => y.unit === x.unit && rootOf(y.articleId) !== rootOf(x.articleId) && y.value !== x.value && sharedCount(x.context, y.context) >= DISCREPANCY_MIN_SHARED,
    );
    if (clash.length === 0) continue;
    const values = [x, ...counted.filter((y) => y !== x && y.unit === x.unit && sharedCount(x.context, y.context) >= DISCREPANCY_MIN_SHARED)];
    for (const v of values) seen.add(v);
    const about = items.find((i) => i.articleId === x.articleId && i.span.start <= x.start && x.end <= i.span.end)?.span.text ?? x.text;
    out.push({ about, kind: 'number', values: values.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
  }
  for (const g of groups) {
    const perArticle = new Map<string, (ArticleSpan & { value: string | null })[]>();
    for (const it of g.items) perArticle.set(it.articleId, datesOf(it.span).filter((d) => d.value && /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(d.text)));
    const single = [...perArticle.values()].filter((d) => d.length === 1).map((d) => d[0]!);
    const byRoot = new Map(single.map((d) => [rootOf(d.articleId), d]));
    if (byRoot.size > 1 && new Set([...byRoot.values()].map((d) => d.value)).size > 1) {
      out.push({ about: g.representative.span.text, kind: 'date', values: [...byRoot.values()].map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
    }
  }
  return out;
}

/** First six letters: "evacuated" and "evacuation" meet. */
function stemPrefix(w: string): string {
  return w.replace(/s$/, '').slice(0, 6);
}


/** "1,200" → 1200, "2.5 million" → 2500000, "forty-five" → 45, "6 percent" → 6. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/[$€£]/g, '').trim();
  const scale = /million/.test(t) ? 1e6 : /billion/.test(t) ? 1e9 : /thousand/.test(t) ? 1e3 : 1;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(t);
  if (digits) return Number(digits[0].replace(/,/g, '')) * scale;
  const parts = t.split(/[- ]/).map((w) => NUMBER_WORDS[w] ?? ({ one: 1 } as Record<string, number>)[w]);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return null;
  return (parts as number[]).reduce((a, b) => a + b, 0) * scale;
}
