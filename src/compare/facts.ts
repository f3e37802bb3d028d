// Sentences outside quotes → facts grouped across articles by meaning, and the discrepancies inside each group.
import type { Article } from '../model/article.js';
import type { ArticleSpan, Discrepancy, Fact } from '../model/report.js';
import { containment, groupTransitively, jaccard, sharedCount, stemSet } from './similarity.js';

/** Two sentences state one fact when their content words overlap this much (Jaccard) … */
export const FACT_SAME_JACCARD = 0.4;
/** … or when the shorter's content words are mostly in the longer, with at least FACT_MIN_SHARED of them. */
export const FACT_SAME_CONTAINMENT = 0.6;
export const FACT_MIN_SHARED = 4;
/** Sentences shorter than this (in words) are headlines, datelines or fragments, not facts. */
const MIN_FACT_WORDS = 6;

export interface FactItem {
  articleId: string;
  span: ArticleSpan;
  stems: Set<string>;
}

export interface FactGroup {
  items: FactItem[];
  representative: FactItem;
}

/** The claims of each article: sentences mostly outside quotation marks. */
export function factItems(articles: Article[]): FactItem[] {
  const items: FactItem[] = [];
  for (const a of articles) {
    for (const s of a.sentences ?? []) {
      const text = a.text.slice(s.start, s.end);
      if (text.split(/\s+/).length < MIN_FACT_WORDS) continue;
      const quoted = (a.quotes ?? []).reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
      if (quoted > (s.end - s.start) / 2) continue;
      items.push({ articleId: a.id, span: { articleId: a.id, text, start: s.start, end: s.end }, stems: stemSet(text) });
    }
  }
  return items;
}

export function groupFacts(items: FactItem[]): FactGroup[] {
  const same = (x: FactItem, y: FactItem) =>
    x.articleId !== y.articleId &&
    (jaccard(x.stems, y.stems) >= FACT_SAME_JACCARD || (containment(x.stems, y.stems) >= FACT_SAME_CONTAINMENT && sharedCount(x.stems, y.stems) >= FACT_MIN_SHARED));
  return groupTransitively(items, same).map((g) => ({ items: g, representative: central(g) }));
}

export function toFacts(groups: FactGroup[]): Fact[] {
  return groups
    .map((g) => ({ text: g.representative.span.text, articleIds: [...new Set(g.items.map((i) => i.articleId))], mentions: g.items.map((i) => i.span) }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length);
}

/** The member most similar to the others (ties: the shorter sentence). */
function central(g: FactItem[]): FactItem {
  let best = g[0]!;
  let bestScore = -1;
  for (const x of g) {
    const score = g.reduce((s, y) => s + (x === y ? 0 : jaccard(x.stems, y.stems)), 0) - x.span.text.length / 1e6;
    if (score > bestScore) [best, bestScore] = [x, score];
  }
  return best;
}

/** A number with the word after it ("1,200 residents", "6 percent", "$2.3 billion"). */
const NUMBER = /(?:[$€£]\s?)?\b\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|thousand))?(?:\s+([\p{L}-]+))?/gu;

/** Same fact, different numbers for the same thing (the word after the number agrees), across articles. */
export function findDiscrepancies(groups: FactGroup[], datesOf: (span: ArticleSpan) => (ArticleSpan & { value: string | null })[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const g of groups) {
    if (new Set(g.items.map((i) => i.articleId)).size < 2) continue;
    const byUnit = new Map<string, ArticleSpan[]>();
    for (const it of g.items) {
      for (const m of it.span.text.matchAll(NUMBER)) {
        const unit = (m[1] ?? '').toLowerCase().replace(/s$/, '');
        const numberText = m[0].slice(0, m[1] ? m[0].length - m[1].length : m[0].length).trim();
        if (/^(?:19|20)\d\d$/.test(numberText)) continue;
        const start = it.span.start + m.index;
        const span = { articleId: it.articleId, text: m[0].trim(), start, end: start + m[0].trim().length };
        byUnit.set(unit, [...(byUnit.get(unit) ?? []), span]);
      }
    }
    for (const values of byUnit.values()) {
      const numbers = new Set(values.map((v) => normaliseNumber(v.text)));
      const articles = new Set(values.map((v) => v.articleId));
      if (numbers.size > 1 && articles.size > 1) out.push({ about: g.representative.span.text, kind: 'number', values });
    }
    const dated = g.items.flatMap((it) => datesOf(it.span));
    const valued = dated.filter((d) => d.value);
    if (new Set(valued.map((d) => d.value)).size > 1 && new Set(valued.map((d) => d.articleId)).size > 1) {
      out.push({ about: g.representative.span.text, kind: 'date', values: valued.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
    }
  }
  return out;
}

function normaliseNumber(text: string): string {
  return text.toLowerCase().replace(/[$€£,\s]/g, '').replace(/percent/g, '%').replace(/[\p{L}-]+$/u, '');
}
