// Statements across articles → quote groups: one statement by one speaker, each outlet's wording and span.
import { lemmasOf, nameKey } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { Quote } from '../model/analysis.js';
import type { QuoteGroup } from '../model/report.js';
import { compareStatementTerms } from './compare-statements.js';
import { containment, groupTransitively, sharedCount, stemSet } from './similarity.js';
import { toStatement, type Statement } from './statement.js';
import { termWeight } from './term-weights.js';
import { sameWording, wordDiff, wordingKey } from './word-diff.js';

/**
 * Share of the shorter wording's content words found in the other at or above which two quotes by one speaker are one
 * statement (chosen on the fictional corpus and the seeds: paraphrases keep most content words, different statements
 * by one speaker share few).
 */
export const QUOTE_SAME_CONTAINMENT = 0.6;
/** Fewest shared content words for that test, so two short quotes do not meet on one word. */
export const QUOTE_MIN_SHARED = 2;

/** The looser overlap that suffices for the statement right after a matched pair (translations keep order). */
export const FOLLOW_CONTAINMENT = 0.5;
/**
 * Least share of the longer statement's words that the shorter must share for that: a translation says about as much
 * as the wording it translates, while a short line (two words shared) is not a long passage said next by another outlet.
 */
export const FOLLOW_BALANCE = 0.25;

interface Item {
  articleId: string;
  /** The statement's first part; `parts` has every part (a quote broken by its attribution has two). */
  quote: Quote;
  parts: Quote[];
  /** Position among the article's statements. */
  order: number;
  speaker: string | null;
  stems: Set<string>;
  /** Each sentence of the statement, prepared for comparison by meaning. */
  segments: Statement[];
}

/** Statements shorter than this (in words) are not grouped: one word ("no") says nothing about which statement it is. */
export const MIN_QUOTE_WORDS = 3;
/** How far apart two parts of one interrupted quote may be (the attribution between them), in characters. */
const PART_GAP = 120;

/**
 * The statements of an article: a quote broken by its attribution (`"X," he said. "Y."`) is one statement in two parts
 * (the second part, with no attribution of its own, right after the first, by the same speaker).
 */
function statementsOf(a: Article): Quote[][] {
  const out: Quote[][] = [];
  for (const q of a.quotes ?? []) {
    if (q.kind !== 'statement') continue;
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && !q.verb && q.speaker === prev.speaker && q.start - prev.end < PART_GAP && !/\n/.test(a.text.slice(prev.end, q.start))) last.push(q);
    else out.push([q]);
  }
  return out;
}

/** The sentences of a quotation, as printed. */
export const quoteSentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/** Sentences of a quotation, for matching one outlet's part against another's. */
const segmentsOf = (text: string) => quoteSentences(text).map(toStatement).filter((st) => st.terms.length >= 2);

/**
 * Groups the statements of a story's articles. `speakerOf` maps an article's speaker name to the story's canonical name.
 * Translations share few words, so a second pass follows order: when statements i of two articles are one group, their
 * next statements by the same speaker are one too if both are questions or they overlap by FOLLOW_CONTAINMENT.
 */
export function groupQuotes(articles: Article[], speakerOf: (name: string) => string): QuoteGroup[] {
  const items: Item[] = [];
  for (const a of articles) {
    let order = 0;
    // A statement an article prints twice (a pull quote, then the paragraph that attributes it) is listed once.
    const printed = new Set<string>();
    for (const parts of statementsOf(a)) {
      const text = parts.map((p) => p.text).join(' ');
      if (text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_QUOTE_WORDS) continue;
      const key = `${parts[0]!.speaker ?? ''}\u0000${wordingKey(text)}`;
      if (printed.has(key)) continue;
      printed.add(key);
      const q = parts[0]!;
      items.push({ articleId: a.id, quote: q, parts, order: order++, speaker: q.speaker ? speakerOf(q.speaker) : null, stems: stemSet(text), segments: parts.flatMap((p) => segmentsOf(p.text)) });
    }
  }
  const same = (x: Item, y: Item) =>
    x.articleId !== y.articleId &&
    x.speaker === y.speaker &&
    (sameWording(x.quote.text, y.quote.text) ||
      (containment(x.stems, y.stems) >= QUOTE_SAME_CONTAINMENT && sharedCount(x.stems, y.stems) >= QUOTE_MIN_SHARED) ||
      // A sentence of one outlet's quote said again, maybe in other words or in translation, in the other's.
      x.segments.some((sx) => y.segments.some((sy) => {
        const r = compareStatementTerms(sx, sy);
        return r.same || r.contained;
      })));
  let groups = groupTransitively(items, same, (x) => `${x.speaker ?? ''}|${x.quote.text.toLowerCase()}`);
  groups = followOrder(groups, items);
  return groups
    .map(toGroup)
    .sort((a, b) => new Set(b.mentions.map((m) => m.articleId)).size - new Set(a.mentions.map((m) => m.articleId)).size);
}

function followOrder(groups: Item[][], items: Item[]): Item[][] {
  const groupOf = new Map<Item, number>();
  groups.forEach((g, i) => g.forEach((it) => groupOf.set(it, i)));
  const byPosition = new Map(items.map((x) => [`${x.articleId}#${x.order}`, x]));
  const next = (it: Item) => byPosition.get(`${it.articleId}#${it.order + 1}`);
  const pairs: [Item, Item][] = [];
  for (const g of groups) {
    for (const x of g) {
      for (const y of g) {
        if (x.articleId >= y.articleId) continue;
        const nx = next(x);
        const ny = next(y);
        if (!nx || !ny || nx.speaker === null || nx.speaker !== ny.speaker || groupOf.get(nx) === groupOf.get(ny)) continue;
        const questions = nx.quote.text.trim().endsWith('?') && ny.quote.text.trim().endsWith('?');
        const shared = sharedCount(nx.stems, ny.stems);
        const balanced = shared >= FOLLOW_BALANCE * Math.max(nx.stems.size, ny.stems.size);
        if (questions || (shared >= QUOTE_MIN_SHARED && containment(nx.stems, ny.stems) >= FOLLOW_CONTAINMENT && balanced)) pairs.push([nx, ny]);
      }
    }
  }
  if (pairs.length === 0) return groups;
  const merged = groupTransitively(items, (a, b) => groupOf.get(a) === groupOf.get(b) || pairs.some(([p, q]) => (p === a && q === b) || (p === b && q === a)));
  return merged;
}

/** Share of a wording's words found, in order, in the reference at or above which it is a `variant` with marked words. */
export const VARIANT_SAME_SHARE = 0.5;

function toGroup(g: Item[]): QuoteGroup {
  const sorted = [...g].sort((a, b) => (a.articleId === b.articleId ? a.quote.start - b.quote.start : a.articleId < b.articleId ? -1 : 1));
  // The most printed wording, counted over whole statements (a statement broken by its attribution is one wording).
  const texts = sorted.map((it) => it.parts.map((p) => p.text).join(' '));
  const keys = texts.map(wordingKey);
  const counts = new Map<string, { text: string; n: number }>();
  keys.forEach((k, i) => {
    const known = counts.get(k);
    if (known) known.n++;
    else counts.set(k, { text: texts[i]!, n: 1 });
  });
  const [referenceKey, { text: reference }] = [...counts].sort(([, a], [, b]) => b.n - a.n || b.text.length - a.text.length)[0]!;
  const wordingDiffers = keys.some((k) => k !== referenceKey);
  let referenceMarked = false;
  // With no speaker named: the role or group the articles give most ("a union spokesperson").
  const roles = new Map<string, number>();
  for (const it of sorted) if (it.quote.speakerRole) roles.set(it.quote.speakerRole, (roles.get(it.quote.speakerRole) ?? 0) + 1);
  const role = sorted[0]!.speaker === null ? [...roles].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
  return {
    speaker: sorted[0]!.speaker,
    ...(role ? { speakerRole: role } : {}),
    topic: topicOf(reference),
    wordingDiffers,
    mentions: sorted.flatMap((it, i) => {
      const same = keys[i] === referenceKey;
      const isReference = same && !referenceMarked;
      if (isReference) referenceMarked = true;
      return it.parts.map((part) => {
        const base = { articleId: it.articleId, text: part.text, start: part.start, end: part.end };
        if (!wordingDiffers) return base;
        if (same) return { ...base, wording: isReference ? ('reference' as const) : ('same' as const) };
        // Each part against the whole reference: a part is a piece of it, in order, when it is the same words.
        const diff = wordDiff(reference, part.text);
        const shared = diff.filter((w) => w.op === 'same').length / Math.max(1, diff.length);
        return shared >= VARIANT_SAME_SHARE ? { ...base, wording: 'variant' as const, diff } : { ...base, wording: 'other' as const };
      });
    }),
  };
}

/** Most words a topic shows. */
const TOPIC_WORDS = 4;

/**
 * A statement's key words: the words it is compared on (no function or speech words), the rarest in news first, shown
 * as printed and in their order.
 */
function topicOf(text: string): string[] {
  const weights = new Map<string, number>();
  for (const t of toStatement(text).terms) if (t.kind === 'word' || t.kind === 'name') weights.set(t.key, termWeight(t));
  const found = new Map<string, { word: string; at: number; weight: number }>();
  let at = 0;
  for (const raw of text.split(/\s+/)) {
    at++;
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (word.length < 3 || found.has(lower)) continue;
    const weight = [nameKey(word), ...lemmasOf(lower)].map((k) => weights.get(k)).find((w) => w !== undefined);
    if (weight !== undefined) found.set(lower, { word, at, weight });
  }
  return [...found.values()]
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .slice(0, TOPIC_WORDS)
    .sort((a, b) => a.at - b.at)
    .map((w) => w.word);
}
