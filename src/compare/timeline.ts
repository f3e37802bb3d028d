// Resolved dates in the outlets' own claims → one timeline entry per date, ordered, each with the articles behind it
// and a claim that states it (never words inside quotation marks).
import type { Article } from '../model/article.js';
import { DAY_MS } from '../model/days.js';
import type { DateMention } from '../model/analysis.js';
import type { TimelineEntry } from '../model/report.js';
import { DETERMINERS, FUNCTION_WORDS, isKnownLemma, isMostlyAdjective, lemmasOf, nounClassesOfWord, openingEnd, standsForToday } from '../language/index.js';
import { ownWordsAround, type Claim } from './claims.js';

/**
 * A year alone before a noun names a thing of that year ("the 2019 flood", "hit by 2019 flood"), not when the
 * sentence's event happened: not a timeline date for that sentence. So does a year between a determiner or a
 * possessive and a name: "the 2007 Harbor Cup", "his 2013 Tarvex" (a model year), and a month or a day with its year
 * between a determiner and a noun ("the June 2030 ferry strike").
 */
function modifiesNoun(text: string, d: { start: number; end: number; text: string }): boolean {
  const before = /(?:^|[^\p{L}])(\p{L}+)(['’]s)?\s+$/u.exec(text.slice(Math.max(0, d.start - 24), d.start));
  const determined = before !== null && (before[2] !== undefined || DETERMINERS.has(before[1]!.toLowerCase()));
  // A month, or a day, with its year between a determiner and a noun: "the March 2031 audit", "his June 4, 2030, arrest".
  if (/\D(?:1[89]|20)\d\d$/.test(d.text.trim())) {
    const word = /^,?\s+(\p{Ll}+)/u.exec(text.slice(d.end, d.end + 30))?.[1];
    return determined && word !== undefined && !FUNCTION_WORDS.has(word);
  }
  if (!/^\d{4}$/.test(d.text.trim())) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(d.end, d.end + 30))?.[1];
  if (next === undefined || FUNCTION_WORDS.has(next.toLowerCase())) return false;
  // A lower-case word after it: a noun or an adjective makes the year a modifier ("2019 flood", "2021 annual report");
  // a word the lexicon reads only as a verb form does not ("the council in 2019 passed the tax"), unless a determiner
  // or a possessive opens the phrase ("the 2019 approved budget").
  if (/^\p{Ll}/u.test(next) && (nounClassesOfWord(next).length > 0 || isMostlyAdjective(next) || !knownWord(next))) return true;
  // A determiner or a possessive just before the year: "the", "his", "Lowford's".
  return determined;
}

/** The lexicon knows the word, as a lemma or as a form of one. */
function knownWord(word: string): boolean {
  return lemmasOf(word).some(isKnownLemma);
}

/** A year-less date lies at most this many days after the story's latest publication date, or it is the year before. */
const YEARLESS_FUTURE_DAYS = 60;

/**
 * A month-day without a year ("--08-15") takes its year from the story: the latest publication date among its articles,
 * or, when none has one, the middle of the full dates that open its articles' texts (a date with a year, which one
 * stray past or future date does not move), leaning to the past as news does. Without any, it stays year-less (a month or a
 * year alone is too loose a reference: "since May 2024" in a report of a later year).
 */
function withStoryYear(value: string, reference: string | undefined): string {
  const m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (!m || !reference) return value;
  const ref = Date.parse(reference.slice(0, 10));
  if (Number.isNaN(ref)) return value;
  const year = Number(reference.slice(0, 4));
  const candidate = Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
  const placed = candidate - ref > YEARLESS_FUTURE_DAYS * DAY_MS ? year - 1 : year;
  return `${placed}-${m[1]}-${m[2]}`;
}

/** For each month-day ("04-19") that the story prints with a year, the years it prints it with. */
function yearsOfDays(values: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of values) {
    const m = /^(\d{4})-(\d{2}-\d{2})$/.exec(v);
    if (m) out.set(m[2]!, (out.get(m[2]!) ?? new Set()).add(m[1]!));
  }
  return out;
}

/**
 * A day still without a year ("--04-19") that the story prints in full elsewhere with one year ("April 19, 2030") is
 * that day: one outlet gives the year another leaves out. With two years printed for it, which one is meant is unknown.
 */
function withPrintedYear(value: string, printed: Map<string, Set<string>>): string {
  if (!value.startsWith('--')) return value;
  const years = printed.get(value.slice(2));
  return years?.size === 1 ? `${[...years][0]}-${value.slice(2)}` : value;
}

export function buildTimeline(articles: Article[], claims: Claim[]): TimelineEntry[] {
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) claimsOf.set(c.articleId, [...(claimsOf.get(c.articleId) ?? []), c]);
  // Resolved dates in the outlets' own claims: not in a headline, a byline or a quotation.
  const placed: { article: Article; date: DateMention & { value: string }; claim: Claim }[] = [];
  for (const a of articles) {
    const quotes = (a.quotes ?? []).filter((q) => q.kind === 'statement');
    for (const d of a.dates ?? []) {
      if (!d.value || quotes.some((q) => d.start >= q.start && d.end <= q.end)) continue;
      const claim = (claimsOf.get(a.id) ?? []).find((c) => c.span.start <= d.start && d.end <= c.span.end);
      if (claim) placed.push({ article: a, date: { ...d, value: d.value }, claim });
    }
  }
  // Without publication dates, the full dates that open articles (a dateline, a lede's "On March 3, 2025"): a date
  // recalled further on ("born on June 2, 1961"), or one the opening tells as another day than its own (standsForToday),
  // is no reference for the story's own time.
  const opening = placed.filter((p) => p.date.start < openingEnd(p.article.sentences ?? []) && standsForToday(p.article.text, p.article.sentences ?? [], p.date.start, p.date.end, p.date.value));
  const reference = articles.map((a) => a.published).filter((p): p is string => Boolean(p)).sort().at(-1) ?? middleDay(opening.map((p) => p.date.value));
  const printedYears = yearsOfDays(placed.map((p) => p.date.value));
  const byDate = new Map<string, TimelineEntry>();
  for (const { article: a, date: d, claim } of placed) {
    const before = a.text.slice(Math.max(0, d.start - 30), d.start);
    if (modifiesNoun(a.text, d) || inRelativeClause(a.text, claim, d) || SINCE.test(before) || BEFORE.test(before) || (/^\d{4}$/.test(d.value) && UNTIL_YEAR.test(before))) continue;
    const value = withPrintedYear(withStoryYear(d.value, reference), printedYears);
    // A claim that quotes someone is shown by its own clause around the date, when it has one.
    const shown = ownWordsAround(claim, d);
    let e = byDate.get(value);
    if (!e) byDate.set(value, (e = { date: value, text: shown, articleIds: [], mentions: [] }));
    if (!e.articleIds.includes(a.id)) e.articleIds.push(a.id);
    e.mentions.push({ articleId: a.id, text: d.text, start: d.start, end: d.end });
    if (shown.length < e.text.length) e.text = shown;
  }
  return [...byDate.values()].sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)) || x.date.localeCompare(y.date));
}

/**
 * "since 1991", "ever since March", "since the floods in 2019", "since its launch on March 2": the start of a period the
 * claim speaks of ("has had no government since 1991", "the lowest tide since 2011", "the longest walkout since the
 * strikes of 2019", "its second catch since its launch on March 2"), not when its event happened.
 */
const SINCE = /\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning)\s+of)\s+|(?:(?:the|a|its|his|her|their)\s+)?(?:\p{Ll}+\s+){1,2}(?:in|of|on)\s+)?$/iu;

/**
 * "Before 2020, …", "prior to 2020", "must decide before March 5": a date the claim's event came or must come before, not its date.
 */
const BEFORE = /\b(?:before|prior to)\s+$/i;

/**
 * "through 2030", "until 2030": a year that ends a period ("the lease runs through 2030", "the ban lasts until
 * 2030"), not when the claim's event happened. A day after "until" is kept: "missing until Aug. 7, when a ferry picked her up"
 * dates the end as an event.
 */
const UNTIL_YEAR = /\b(?:through|thru|until|till)\s+(?:(?:early|late|mid|the\s+end\s+of)\s+)?$/i;

/**
 * A date in a relative clause after the claim's main clause ("… patrol the waters of Norvania, which fell into chaos in
 * 1991") dates what the clause says of a thing, not the claim: the claim is not shown under it.
 */
function inRelativeClause(text: string, claim: Claim, d: { start: number; end: number }): boolean {
  const main = claim.clauses.filter((k) => k.main && k.end <= d.start).at(-1);
  if (!main || claim.clauses.some((k) => k.main && k.start <= d.start && d.end <= k.end)) return false;
  return /^[\s,;—–-]*(?:which|who|whose|whom|where)\b/i.test(text.slice(main.end, d.start));
}

/** The middle of the full dates (year, month and day) among these values. */
function middleDay(values: string[]): string | undefined {
  const days = values.filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).sort();
  return days[Math.floor((days.length - 1) / 2)];
}

/** A sortable day for every value granularity: a year or month sorts at its start, an ISO week at its Monday. */
export function sortKey(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(+week[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (+week[2]! - 1) * 7 * DAY_MS;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  // A year-less day sorts after every dated entry, in its own order.
  if (value.startsWith('--')) return `9999${value.slice(1)}`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}
