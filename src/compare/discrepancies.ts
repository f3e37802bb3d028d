// Facts → where outlets disagree about them: different figures for one quantity, different dates for one event, or one
// outlet affirming what another denies. Only claims aligned as one fact (or, for figures, worded closely) are compared,
// never two different things.
import type { Article } from '../model/article.js';
import type { ArticleSpan, Discrepancy } from '../model/report.js';
import { STORY_COMMON_SHARE, type Alignment } from './align.js';
import type { Claim } from './claims.js';
import { compareStatementTerms, MATCH_CREDIT, termMatch } from './compare-statements.js';
import { toStatement, type Statement, type Term } from './statement.js';
import type { BuiltFact } from './facts.js';
import { DETERMINERS } from '../language/index.js';
import { MONTHS } from './rules/statement-words.js';

interface Figure extends ArticleSpan {
  unit: string;
  value: number;
  /** The values the figure allows: "at least 5" → [5, ∞), "about 1,200" → [1,080, 1,320], "3.1" → [3.05, 3.15]. */
  low: number;
  high: number;
  /** The words around the figure in its claim: what it counts or measures ("workers … evacuated"). */
  context: Statement;
  /** The figure as printed, read as a statement: its number, unit and any word between ("1,874 career points"). */
  printed: Statement;
  /** The clause holding the figure ("forced the evacuation of 45 workers"): what happened to what it counts. */
  clause: Statement;
  /** The clause's last word before the figure ("killing" five people, "burned" about 1,200 hectares). */
  lead?: Term;
  /** For an age ("a 52-year-old fisherman", "20-year-old Ben Ortiz"): whom it is the age of, the word or name after it. */
  holder?: Term;
  /** A phrase right after the figure in its clause that says which part of a count it is ("from penalty kicks", "in May"). */
  qualifier?: Statement;
  claim: Claim;
}

/** Content terms on each side of a figure read as what it is about. */
const CONTEXT_TERMS = 4;
/** Units used for many different things in one story (shares, sums): the context must match almost whole. */
const GENERIC_UNITS = new Set(['percent', 'usd', 'eur', 'gbp', '']);
/** Share of each figure's context the other must match when the unit is generic ("25% on steel" ≠ "10% on aluminium"). */
const GENERIC_CONTEXT_SHARE = 0.75;

/**
 * Words before a figure that make it a bound or an estimate, as news writes counts that are still rising ("at least
 * 17 dead") or rounded ("about 1,200 hectares"): a lower bound is at odds only with a smaller value, an upper bound
 * with a larger one, an estimate with one outside APPROXIMATE_SHARE of it.
 */
const LOWER_BOUND_WORDS = ['at least', 'more than', 'over', 'above', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of'];
const UPPER_BOUND_WORDS = ['up to', 'at most', 'less than', 'fewer than', 'under', 'below', 'no more than', 'a maximum of', 'as many as'];
const ESTIMATE_WORDS = ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'close to', 'nearly', 'almost', 'just under', 'just over', 'more or less'];
const ending = (words: string[]) => new RegExp(`\\b(?:${words.join('|')})\\s*$`, 'i');
const LOWER_BOUND = ending(LOWER_BOUND_WORDS);
const UPPER_BOUND = ending(UPPER_BOUND_WORDS);
const ESTIMATE = ending(ESTIMATE_WORDS);
/** Any of them, to leave out of what a figure's clause says. */
const HEDGE = new RegExp(`\\b(?:${[...LOWER_BOUND_WORDS, ...UPPER_BOUND_WORDS, ...ESTIMATE_WORDS].join('|')})\\b`, 'gi');
/**
 * More values than this for one quantity are not outlets disagreeing about one figure but figures of many things (a
 * line each outlet fills in with its own number, a count updated through the day): no disagreement is shown.
 */
const MAX_VALUES = 6;
/** How far from an estimate's figure a value still agrees with it: a rounding reporters commonly make. */
const APPROXIMATE_SHARE = 0.1;

/** The range a figure allows, from the words before it and its decimals ("3.1 miles" agrees with "three miles"). */
function rangeOf(value: number, written: string, before: string): [number, number] {
  if (LOWER_BOUND.test(before)) return [value, Infinity];
  if (UPPER_BOUND.test(before)) return [-Infinity, value];
  if (ESTIMATE.test(before)) return [value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE)];
  // A figure is exact to its last decimal written: half of that either way.
  const decimals = /\d[.,](\d+)\b/.exec(written.replace(/,(?=\d{3}\b)/g, ''))?.[1]?.length ?? 0;
  const half = 0.5 * 10 ** -decimals;
  return [value - half, value + half];
}

/**
 * Words before a count that make it the size of a selection, not a count of what happened ("scored on its first two
 * drives", "in his last three games", "over the past 24 hours"): outlets pick their own window, and two windows do not
 * disagree.
 */
const SELECTION = /\b(?:first|last|next|past|previous|final|opening|initial|top)\s+$/i;
/** A count since a time ("Since March, Ana Lin has 40 points"): a window of the outlet's choosing too. */
const SINCE = /\bsince\b[^,;]*,?[^,;]*$/i;
/** The same words after a preposition, later in a count's clause ("in her last five matches", "over the past week"). */
const WINDOW = /\b(?:in|over|during|across|through)\s+(?:(?:the|his|her|its|their|our)\s+)?(?:first|last|next|past|previous|final|opening|initial)\b/i;
/**
 * A phrase of a preposition and what it governs, right after a figure and its unit, up to the clause's next comma:
 * "(five goals) from penalty kicks", "(12 goals) in the cup".
 */
const QUALIFIER = /^\s+(?:on|in|for|against|during|from|off|at|with|through|over)\s+[^,;:()]+/i;
/** Units of an age: "a 52-year-old fisherman", "a six-month-old boy". */
const AGE_UNIT = /-old$/;

/** Where a clause around a figure ends: punctuation of a clause, or "and"/"but" joining another one. */
const CLAUSE_EDGE = /[,;:()\u2013\u2014]|\s(?:and|but|while|whereas)\s/gi;

/** Where the clause holding offset `at` begins, given the text's clause edges (CLAUSE_EDGE matches). */
const clauseStart = (edges: RegExpMatchArray[], at: number) => Math.max(0, ...edges.filter((e) => e.index! + e[0].length <= at).map((e) => e.index! + e[0].length));
/** Where the clause going on from offset `at` ends: the next edge, or the text's `length`. */
const clauseEnd = (edges: RegExpMatchArray[], at: number, length: number) => Math.min(length, ...edges.filter((e) => e.index! >= at).map((e) => e.index!));

/** A figure as its wording gives it, before it is placed in an article. */
type FigureShape = Omit<Figure, 'articleId' | 'start' | 'end' | 'claim'>;

/** The figures of every claim, with their context (worked out once per wording: copies of a sentence are many). */
function figuresOf(claims: Claim[]): Figure[] {
  const out: Figure[] = [];
  const byWording = new Map<string, { shape: FigureShape; place: number }[]>();
  for (const c of claims) {
    const key = `${c.span.text}\u0000${c.statement.text}`;
    let found = byWording.get(key);
    if (!found) byWording.set(key, (found = wordingFigures(c)));
    for (const { shape, place } of found) out.push({ ...shape, articleId: c.articleId, start: c.span.start + place, end: c.span.start + place + shape.text.length, claim: c });
  }
  return out;
}

/** The figures of one claim's wording, each with where it stands in the printed sentence. */
function wordingFigures(c: Claim): { shape: FigureShape; place: number }[] {
  const out: { shape: FigureShape; place: number }[] = [];
  const terms = c.statement.terms;
  const said = c.statement.text;
  const shown = c.span.text;
  const edges = [...shown.matchAll(CLAUSE_EDGE)];
  terms.forEach((t, i) => {
    if (t.kind !== 'quantity' || t.at === undefined || t.value === undefined) return;
    // The statement may name who "he" or "both leaders" are: the figure's place in the printed sentence is that of
    // its words nearest to where it stands in the statement.
    const written = said.slice(t.at, t.at + t.length!);
    const shift = said.length - shown.length;
    const distance = (k: number) => Math.min(Math.abs(k - t.at!), Math.abs(k - t.at! + shift));
    let place = -1;
    for (let k = shown.indexOf(written); k >= 0; k = shown.indexOf(written, k + 1)) if (place < 0 || distance(k) < distance(place)) place = k;
    if (place < 0) return;
    const [before, after] = [shown.slice(0, place), shown.slice(place + written.length)];
    // A window before the count or later in its sentence ("nine goals and three assists in her last five matches"):
    // the outlet's own selection.
    if (SELECTION.test(before) || SINCE.test(before) || WINDOW.test(after.split(/[;.!?](?:\s|$)/)[0]!)) return;
    const from = clauseStart(edges, place);
    // A bracket right after the clause belongs to it: "three seasons as its scout (2001-2004)" dates what is counted.
    const end = clauseEnd(edges, place + written.length, shown.length);
    const bracket = shown[end] === '(' ? /^\([^()]{1,40}\)/.exec(shown.slice(end)) : null;
    const to = bracket ? end + bracket[0].length : end;
    const [low, high] = rangeOf(t.value, written, before);
    const around = [...terms.slice(Math.max(0, i - CONTEXT_TERMS), i), ...terms.slice(i + 1, i + 1 + CONTEXT_TERMS)].filter((x) => x.kind === 'word' || x.kind === 'name');
    const clause = toStatement(shown.slice(from, to).replace(HEDGE, ' '));
    const lead = lastWord(shown.slice(from, place).replace(HEDGE, ' '));
    // Past the age's own words ("year" of "a 7 year old boy").
    const holder = AGE_UNIT.test(t.unit ?? '') ? terms.slice(i + 1).find((x) => (x.kind === 'word' || x.kind === 'name') && !unitWord(x, t.unit!)) : undefined;
    const qualifier = QUALIFIER.exec(shown.slice(place + written.length, to))?.[0];
    const shape: FigureShape = {
      text: written,
      printed: toStatement(written),
      unit: t.unit ?? '',
      value: t.value,
      low,
      high,
      context: { text: '', terms: around, words: new Set<string>(), negated: false },
      clause: { ...clause, terms: clause.terms.filter((x) => x.kind !== 'quantity' && x.key !== t.unit) },
      ...(lead ? { lead } : {}),
      ...(holder ? { holder } : {}),
      ...(qualifier ? { qualifier: toStatement(qualifier) } : {}),
    };
    out.push({ shape, place });
  });
  return out;
}

/** Every word printed between the figure's number and its unit is in the other figure or its context words. */
function modifiersIn(f: Figure, other: Figure): boolean {
  return f.printed.terms.every((t) => t.kind !== 'word' || unitWord(t, f.unit) || matchedIn(t, other.context) || matchedIn(t, other.printed));
}

/** The word is the unit, or an age's unit written apart ("year" of "a 7 year old boy", unit year-old). */
const unitWord = (t: Term, unit: string) => t.key === unit || t.key === unit.replace(AGE_UNIT, '');

/** The last ordinary word of a clause's words before a figure or a date: what happened to it or then ("killing", "convicted"). */
function lastWord(words: string): Term | undefined {
  return toStatement(words).terms.filter((t) => t.kind === 'word').at(-1);
}

/** The term, or a derivation or synonym of it, is in the statement ("evacuated" in "the evacuation of 45 workers"). */
const matchedIn = (t: Term, other: Statement) => other.terms.some((u) => termMatch(t, u) >= MATCH_CREDIT.derived);

/**
 * One quantity given different values by independent articles. Figures are compared only when their claims are one
 * fact or found close by the alignment (NEAR_SCORE: "Forty workers were evacuated" / "forced the evacuation of 45
 * workers"), never across claims about different things (a storm's wind speed beside an older storm's). They are one
 * quantity when they have the same unit, their clauses name no different places or bodies, and say what they measure
 * alike: a word of the figure's clause besides the unit shared ("evacuated" / "evacuation" of workers; "burned"
 * hectares); for a generic unit (percent, money) nearly all of their context. They are at odds when the values they
 * allow do not meet (see rangeOf). An article giving both values is not at odds with one giving one.
 */
function figureDiscrepancies(facts: BuiltFact[], close: Alignment['close'], rootOf: (articleId: string) => string): Discrepancy[] {
  const factOf = new Map<Claim, BuiltFact>();
  for (const f of facts) for (const c of f.group.claims) factOf.set(c, f);
  const figures = figuresOf([...factOf.keys()]);
  const oneMatter = (x: Claim, y: Claim) => factOf.get(x) === factOf.get(y) || close(x, y);
  const out: Discrepancy[] = [];
  const used = new Set<Figure>();
  const df = new Map<string, number>();
  for (const c of factOf.keys()) for (const k of new Set(c.statement.terms.map((t) => t.key))) df.set(k, (df.get(k) ?? 0) + 1);
  // A word in more of the story's claims than it has articles, and in more than STORY_COMMON_SHARE of them.
  const commonCount = Math.max(new Set([...factOf.keys()].map((c) => c.articleId)).size, STORY_COMMON_SHARE * factOf.size);
  const alike = (x: Figure, y: Figure) => {
    if (x.unit !== y.unit) return false;
    // Names in both clauses and none shared: counts of two places or bodies ("in Eastmere" / "in Lowford").
    const names = (f: Figure) => f.clause.terms.filter((t) => t.kind === 'name');
    if (names(x).length > 0 && names(y).length > 0 && !names(x).some((t) => matchedIn(t, y.clause))) return false;
    // A year in one clause and not the other: another time's count ("the 2015 storm, with winds of 140 km/h").
    const years = (f: Figure) => f.clause.terms.filter((t) => t.kind === 'date' && /^@\d{4}$/.test(t.key)).map((t) => t.key).sort().join(' ');
    if (years(x) !== years(y)) return false;
    // Ages of two people ("a 9-year-old boy" / "20-year-old Ben Ortiz").
    if (x.holder && y.holder && termMatch(x.holder, y.holder) < MATCH_CREDIT.derived) return false;
    if (GENERIC_UNITS.has(x.unit)) return x.unit !== '' && Math.min(...compareStatementTerms(x.context, y.context).coverage) >= GENERIC_CONTEXT_SHARE;
    // What happened to what is counted, in the figure's own clause: "killing four people" is not "injuring 30 people"
    // (each clause's word before the figure is not in the other), "burned about 1,200 hectares" is "the burned area at
    // 1,500 hectares". The story's own subject ("storm" in every report of a storm) says nothing of which quantity it is.
    if (x.lead && y.lead && !matchedIn(x.lead, y.clause) && !matchedIn(y.lead, x.clause)) return false;
    // A word between a figure and its unit says which count it is ("1,874 career points", "45 evacuated workers"): the
    // other figure must have it too, or a word near it, or it counts another thing ("20 points" in one game).
    if (!modifiersIn(x, y) || !modifiersIn(y, x)) return false;
    // A phrase after a figure that says which part of a count it is ("five goals from penalty kicks", "14 from open
    // play"): its words that the story does not use everywhere must be in the other figure's clause.
    const qualifies = (f: Figure, other: Figure) => !f.qualifier || f.qualifier.terms.every((t) => t.kind !== 'word' || (df.get(t.key) ?? 0) > commonCount || matchedIn(t, other.clause));
    if (!qualifies(x, y) || !qualifies(y, x)) return false;
    return x.clause.terms.some((t) => t.kind === 'word' && (df.get(t.key) ?? 0) <= commonCount && matchedIn(t, y.clause));
  };
  // Figures with the same unit and context words (copies, templated lines) are compared once, as one class.
  const signature = (f: Figure) => `${f.unit}|${f.context.terms.map((t) => t.key).join(' ')}|${f.clause.terms.map((t) => t.key).join(' ')}`;
  const classes = new Map<string, Figure[]>();
  for (const f of figures) classes.set(signature(f), [...(classes.get(signature(f)) ?? []), f]);
  const classesOfUnit = new Map<string, string[]>();
  for (const [k, members] of classes) classesOfUnit.set(members[0]!.unit, [...(classesOfUnit.get(members[0]!.unit) ?? []), k]);
  const alikeCache = new Map<string, boolean>();
  const alikeClasses = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let r = alikeCache.get(key);
    if (r === undefined) alikeCache.set(key, (r = alike(classes.get(a)![0]!, classes.get(b)![0]!)));
    return r;
  };
  const order = new Map(figures.map((f, i) => [f, i]));
  const byArticleUnit = new Map<string, Figure[]>();
  for (const f of figures) byArticleUnit.set(`${f.articleId}|${f.unit}`, [...(byArticleUnit.get(`${f.articleId}|${f.unit}`) ?? []), f]);
  const range = (f: Figure) => `${f.low}|${f.high}`;
  // Whether an article gives a figure in the range, for whatever it counts.
  const givesCache = new Map<string, boolean>();
  const gives = (articleId: string, g: Figure) => {
    const key = `${articleId}|${g.unit}|${range(g)}`;
    let r = givesCache.get(key);
    if (r === undefined) givesCache.set(key, (r = (byArticleUnit.get(`${articleId}|${g.unit}`) ?? []).some((f) => !(f.high < g.low || g.high < f.low))));
    return r;
  };
  // A figure of one wording in one fact finds the peers its copies would: each is looked at once.
  const looked = new Set<string>();
  const factIndex = new Map(facts.map((f, i) => [f, i]));
  for (const x of figures) {
    if (used.has(x)) continue;
    const own = signature(x);
    const look = `${own}\u0000${x.claim.statement.text}\u0000${factIndex.get(factOf.get(x.claim)!)}`;
    if (looked.has(look)) continue;
    looked.add(look);
    const peers = classesOfUnit
      .get(x.unit)!
      .filter((k) => alikeClasses(own, k))
      .flatMap((k) => classes.get(k)!)
      .filter((y) => y !== x && !used.has(y) && oneMatter(x.claim, y.claim))
      .sort((a, b) => order.get(a)! - order.get(b)!);
    const all = [x, ...peers];
    const byRoot = new Map<string, Set<number>>();
    for (const f of all) byRoot.set(rootOf(f.articleId), (byRoot.get(rootOf(f.articleId)) ?? new Set()).add(f.value));
    if (byRoot.size < 2 || [...byRoot.values()].some((v) => v.size > 1)) continue;
    // At odds: figures of two sources whose ranges do not meet ("at least 3" and "at least 5" agree; "40" and "45" not).
    // An article that gives the other value too, for whatever it counts, is not at odds with it ("12 km deep, 40 km
    // from the town" / "40 km from the town"). Read range by range: copies give few.
    const byRange = new Map<string, Figure[]>();
    for (const f of all) byRange.set(range(f), [...(byRange.get(range(f)) ?? []), f]);
    const ranges = [...byRange.values()];
    if (ranges.length > MAX_VALUES) {
      all.forEach((f) => used.add(f));
      continue;
    }
    const atOdds = new Set<Figure>();
    ranges.forEach((fs, i) =>
      ranges.slice(i + 1).forEach((gs) => {
        const [f0, g0] = [fs[0]!, gs[0]!];
        if (!(f0.high < g0.low || g0.high < f0.low)) return;
        const left = fs.filter((f) => !gives(f.articleId, g0));
        const right = gs.filter((g) => !gives(g.articleId, f0));
        const f = left.find((l) => right.some((r) => rootOf(r.articleId) !== rootOf(l.articleId)));
        if (!f) return;
        atOdds.add(f);
        atOdds.add(right.find((r) => rootOf(r.articleId) !== rootOf(f.articleId))!);
      }),
    );
    if (atOdds.size === 0) continue;
    all.forEach((f) => used.add(f));
    const one = new Map<number, Figure>();
    for (const f of [...atOdds].sort((a, b) => order.get(a)! - order.get(b)!)) if (!one.has(f.value)) one.set(f.value, f);
    out.push({ about: factOf.get(x.claim)!.fact.text, kind: 'number', values: [...one.values()].map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
  }
  return out;
}

/**
 * The clause of a claim around a date at `from`–`to` of its printed text, the date left out: what it dates. A date in a
 * phrase of its own ("On March 5, the council voted …") dates the clause after it. None when the date is not the
 * clause's: it dates a noun after it, or the clause holds another time too.
 */
function dateClause(claim: Claim, from: number, to: number): { clause: Statement; lead?: Term } | undefined {
  const shown = claim.span.text;
  // "the 2001 marriage", "the March 2024 fire": a date between a determiner and a noun dates that thing, not what the
  // clause tells.
  const before = /(\p{L}+)\s+$/u.exec(shown.slice(0, from))?.[1];
  if (before && DETERMINERS.has(before.toLowerCase()) && /^\s+\p{Ll}/u.test(shown.slice(to))) return undefined;
  const edges = [...shown.matchAll(CLAUSE_EDGE)];
  const start = clauseStart(edges, from);
  const endAt = (at: number) => clauseEnd(edges, at, shown.length);
  const read = (end: number) => {
    const words = `${shown.slice(start, from)} ${shown.slice(to, end)}`;
    // Another time in the clause ("In 2021, he admitted he had hidden a boat in the 1980s"): which event each dates is unclear.
    if (OTHER_TIME.test(words)) return undefined;
    const clause = toStatement(words);
    return { ...clause, terms: clause.terms.filter((t) => t.kind !== 'date') };
  };
  const own = read(endAt(to));
  const clause = own === undefined || own.terms.some((t) => t.kind === 'word') ? own : read(endAt(endAt(to) + 1));
  if (!clause) return undefined;
  // The clause's last word before the date: what happened then ("convicted in May 2019", "went back to prison in …").
  const lead = lastWord(shown.slice(start, from));
  return lead ? { clause, lead } : { clause };
}

/** Most pairs of dated claims of different facts compared for a date disagreement (see findDiscrepancies). */
const MAX_DATE_PAIRS = 200_000;

/** A year, a decade or a month's full name ("May" aside: a verb as often): another time than the date a clause is read for. */
const OTHER_TIME = new RegExp(
  `\\b(?:1[5-9]|20)\\d\\d(?:['’]?s)?\\b|\\b(?:${[...MONTHS.keys()]
    .filter((m) => m.length > 3 && m !== 'sept')
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})\\b`,
);

/**
 * Two dates that neither holds the other, on what both texts state: a year one of them infers (from a publication date,
 * or none: "--03-03") is not set against another ("On 3 March" / "March 3, 2025" agree); a week is not compared
 * with a day or a month.
 */
function datesClash(x: { text: string; value: string }, y: { text: string; value: string }): boolean {
  if (/W/.test(x.value) !== /W/.test(y.value)) return false;
  const bothYears = /\b\d{4}\b/.test(x.text) && /\b\d{4}\b/.test(y.text);
  const stated = (v: string) => (bothYears ? v : v.replace(/^(?:\d{4}|-)(?:-|$)/, ''));
  const [a, b] = [stated(x.value), stated(y.value)];
  return !a.startsWith(b) && !b.startsWith(a);
}

/**
 * The discrepancies of a story: figures for one quantity in claims of one fact or worded closely (see
 * figureDiscrepancies; "20%" and "20 percent" are one value); within each fact, dates when each claim carries one explicit date, neither contains the other ("early
 * March" holds "March 23") and the clauses holding them say one thing; and claims one outlet affirms and another denies (polarity).
 */
export function findDiscrepancies(facts: BuiltFact[], alignment: Pick<Alignment, 'oppositions' | 'close'>, rootOf: (articleId: string) => string, articles: Map<string, Article>): Discrepancy[] {
  const out: Discrepancy[] = [];
  out.push(...figureDiscrepancies(facts, alignment.close, rootOf));
  type Dated = ArticleSpan & { value: string; claim: Claim };
  /** Each claim's one explicit date, or none (no date, or more than one), read once for both passes below. */
  const datedOf = new Map<Claim, Dated | undefined>();
  const dateOf = (c: Claim): Dated | undefined => {
    if (datedOf.has(c)) return datedOf.get(c);
    const dates = (articles.get(c.articleId)!.dates ?? []).filter((d) => d.value && d.start >= c.span.start && d.end <= c.span.end && /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(d.text));
    const dated = dates.length === 1 ? { articleId: c.articleId, text: dates[0]!.text, start: dates[0]!.start, end: dates[0]!.end, value: dates[0]!.value!, claim: c } : undefined;
    datedOf.set(c, dated);
    return dated;
  };
  const clauses = new Map<Dated, ReturnType<typeof dateClause>>();
  const clauseOf = (d: Dated) => {
    if (!clauses.has(d)) clauses.set(d, dateClause(d.claim, d.start - d.claim.span.start, d.end - d.claim.span.start));
    return clauses.get(d);
  };
  // The clauses holding the two dates say one thing: a sentence may date another of its events ("was deputy director
  // in 2015, when …" / "… after which the board stepped down in 2017"). The word before each date, when both have one, is
  // in the other's clause: "convicted in May 2019" and "went back to prison in May 2020" date two events of one
  // sentence's story (as a figure's word before it: figureDiscrepancies).
  const clausesAgree = (x: Dated, y: Dated) => {
    const [a, b] = [clauseOf(x), clauseOf(y)];
    if (!a || !b) return false;
    if (a.lead && b.lead && !matchedIn(a.lead, b.clause) && !matchedIn(b.lead, a.clause)) return false;
    const r = compareStatementTerms(a.clause, b.clause);
    // Each clause names someone or somewhere the other does not ("took charge of the Lowford ferry museum in 2010" /
    // "took charge of the Tarrow harbour museum in 2014"): dates of two events, not two dates of one.
    if (r.namesApart[0] && r.namesApart[1]) return false;
    return r.same || r.contained;
  };
  // "since 1987" starts a span of time; the date of an event ("founded in 1990") is not set against it.
  const since = (d: Dated) => /\bsince\s+$/i.test(articles.get(d.articleId)!.text.slice(Math.max(0, d.start - 7), d.start));
  const clash = (x: Dated, y: Dated) => datesClash(x, y) && since(x) === since(y);
  for (const f of facts) {
    if (new Set(f.group.claims.map((c) => rootOf(c.articleId))).size < 2) continue;
    const dated = new Map<string, Dated>();
    // Whole sentences that state one thing: claims joined by one clause each may date their other clauses ("A hearing is
    // set for May 9 for the man accused of the fire" / "… charged over the March 2024 fire").
    for (const c of f.group.claims) {
      const d = dateOf(c);
      if (d && !dated.has(rootOf(c.articleId))) dated.set(rootOf(c.articleId), d);
    }
    const firsts = [...dated.values()];
    const clashing = firsts.filter((x) => firsts.some((y) => clash(x, y) && compareStatementTerms(x.claim.statement, y.claim.statement).same && clausesAgree(x, y)));
    if (clashing.length > 1) out.push({ about: f.fact.text, kind: 'date', values: clashing.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
  }
  // Claims of two facts worded closely (`close`), each with one date, whose clauses say one thing but for the date: the
  // different dates are why they were not judged one fact ("… sailed from Lowford on Friday" / "… left Lowford by ferry Thursday").
  const shown = new Set(out.flatMap((d) => d.values.map((v) => `${v.articleId}@${v.start}`)));
  const single = facts.flatMap((f) => f.group.claims.map((c) => dateOf(c)).filter((d): d is Dated => d !== undefined).map((d) => ({ d, f, root: rootOf(d.articleId), key: `${d.articleId}@${d.start}` })));
  // Pairs are read cheapest test first (same fact, same source, same value, shown already, close), and at most
  // MAX_DATE_PAIRS of them: a story whose every claim carries a date stays within its time.
  let budget = MAX_DATE_PAIRS;
  for (let i = 0; i < single.length && budget > 0; i++) {
    for (let j = i + 1; j < single.length && budget > 0; j++, budget--) {
      const [x, y] = [single[i]!, single[j]!];
      if (x.f === y.f || x.root === y.root || x.d.value === y.d.value || shown.has(x.key) || shown.has(y.key)) continue;
      if (!alignment.close(x.d.claim, y.d.claim) || !clash(x.d, y.d) || !clausesAgree(x.d, y.d)) continue;
      out.push({ about: x.f.fact.text, kind: 'date', values: [x.d, y.d].map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
      shown.add(x.key).add(y.key);
    }
  }
  for (const o of alignment.oppositions) {
    if (rootOf(o.a.articleId) === rootOf(o.b.articleId)) continue;
    out.push({ about: o.a.span.text, kind: 'polarity', values: [o.a.span, o.b.span] });
  }
  return out;
}
