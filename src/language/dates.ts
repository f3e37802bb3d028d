// Text + publication date → date expressions resolved to ISO values. chrono-node finds and parses expressions; the
// news-specific resolution is ours: past-leaning years, chained offsets ("three days later") from the date they follow,
// weekdays checked against a nearby explicit date, and "earlier this month" as a month, not its first day.
import * as chrono from 'chrono-node';
import type { DateMention, Span } from '../model/analysis.js';
import { addDays, addMonths, dayFromIso, isoDay, isoMonth, isoWeek, ordinal, weekday, type Day } from './calendar.js';

/** A month-day without a year lies at most this many days after the reference date; otherwise it is last year's. */
export const FUTURE_REACH_DAYS = 60;
/** A date this many days or fewer before the reference stays in its year even in the plain future tense. */
const AHEAD_SLACK_DAYS = 31;
/** Same, for sentences in the future tense ("will meet on March 3"). */
export const FUTURE_TENSE_REACH_DAYS = 300;

/** Cues, in the clause before an expression, that it lies ahead: "will meet on Friday", "return to talks by Monday". */
/**
 * The future said plainly ("will", "takes effect", "is due"), not through "would" or "expected to", which also tell of
 * plans that have passed ("said it would resign on July 1").
 */
const PLAIN_FUTURE_WORDS = String.raw`will|shall|takes? effect|go(?:es)? into effect|comes? into force|(?:is|are) due`;
const PLAIN_FUTURE = new RegExp(String.raw`\b(?:${PLAIN_FUTURE_WORDS})\b|['’]ll\b`, 'i');
const FUTURE_TENSE = new RegExp(String.raw`\b(?:${PLAIN_FUTURE_WORDS}|would|upcoming|scheduled|plans? to|is to|are to|set to|due to|expected to)\b|['’]ll\b`, 'i');
const DEADLINE = /\b(?:by|until|before)\s+$/i;
/** "an expected announcement Friday", "a planned vote on Monday", "talks set for Friday": what is named as planned lies ahead. */
const PLANNED_NOUN = /\b(?:expected|planned|scheduled|proposed|anticipated|forthcoming|due|set\s+for)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:on\s+|for\s+)?$/iu;
/**
 * The date ends an infinitive after a verb of expectation or intent: "forecasters expected the wind to ease on Monday",
 * "the union plans to vote on Friday" (the expecting may be past, what is expected lies ahead). "predicted on Monday
 * that …" has no infinitive before the date, so it stays in the past.
 */
const EXPECTED_INFINITIVE = /\b(?:expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|hope(?:s|d)?|plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|promise(?:s|d)?|vow(?:s|ed)?|pledge(?:s|d)?)\b(?:\s+[\p{L}'’-]+){0,5}?\s+to\s+\p{L}+(?:\s+[\p{L}'’-]+){0,4}?\s*(?:on|by|in|at|from)?\s*$/iu;
const CHAINED = /^(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(day|week|month|year)s?\s+(later|afterwards?|earlier)|the\s+(next|following|previous)\s+(day|week|month|year))$/i;
/**
 * "one week after the election", "30 days before deciding": counted from an event the calendar does not know, so not
 * a date; "after eleven weeks of talks": a duration.
 */
const RELATIVE_TO_EVENT = /^(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)\s+(?:day|week|month|year)s?\s+(?:after|before|since|until|prior to)|(?:after|before|since)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:day|week|month|year)s?)$/i;
/** "earlier in the day", "this morning", "tonight": the reference day itself. */
const SAME_DAY = /^(?:(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|tonight)$/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const WEEK = /\b(this|the|last|next|past|previous)\s+week(?:end)?\b/i;
/** Expressions too vague to place on a calendar. */
const VAGUE = /^(?:now|right now|currently|recently|soon|the moment)$/i;
/**
 * "in five years", "in one day" outside the future tense: a span ("its lowest level in five years", "fell 600 points in
 * one day"), not a date; "will open in two weeks" is one. (chrono may run on into a time: "in five years at 8,579".)
 */
const IN_AMOUNT = /^in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:day|week|month|year)s?(?:\s+at\s+\S+)?$/i;
/** "three days later than planned", "a week earlier than expected": a comparison of schedules, not a date. */
const COMPARATIVE = /^\s+than\b/i;
/**
 * "the last months", "the past three years", "in the next 30 days", "the next couple of months", "may last months": a stretch
 * of time in plural units, not a date.
 */
const PLURAL_SPAN = /^(?:the\s+)?(?:last|past|next|coming|previous)\s+(?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+|(?:a\s+)?couple\s+(?:of\s+)?)?(?:days|weeks|months|years|decades)$/i;
/**
 * "the day after falling 250 points", "the week before the vote": counted from an event the text names after it;
 * "rose the day after." is counted from the reference date.
 */
const THE_DAY_AFTER = /^the\s+(?:day|week|month|year)\s+(?:after|before)$/i;
const AFTER_EVENT = /^\s+(?!and\b|but\b|or\b|when\b|as\b)\p{L}/iu;
/** Durations ("within two weeks", "for three days") measure time; they do not name a date. */
const DURATION = /^(?:within|for|over|during)\s/i;

/**
 * Finds and resolves the dates of a text.
 * @example findDates('Talks began Aug. 15. Three days later they ended.', [], '2025-08-24')
 * // values 2025-08-15 and 2025-08-18
 */
export function findDates(text: string, sentences: Span[], published?: string): DateMention[] {
  const ref = dayFromIso(published) ?? inferReference(text, sentences);
  const instant = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : new Date(2000, 0, 1, 12);
  const out: DateMention[] = [];
  let lastDay: Day | null = null;
  let lastDaySentence = -1;
  for (const r of parseCandidates(text, sentences, instant)) {
    const trimmed = trimPhrase(text, r.index, r.index + r.text.length);
    const end = trimmed.end;
    let { start, phrase } = trimmed;
    const here = sentences.findIndex((s) => s.start <= start && start < s.end);
    const sentence = sentences[here] ?? { start, end };
    const tense = tenseOf(text, sentence, start, end);
    const future = tense !== undefined;
    if (PLURAL_SPAN.test(phrase) || (THE_DAY_AFTER.test(phrase) && AFTER_EVENT.test(text.slice(end, end + 12)))) continue;
    if (VAGUE.test(phrase) || RELATIVE_TO_EVENT.test(phrase) || isDuration(text, start, phrase) || (IN_AMOUNT.test(phrase) && !future) || COMPARATIVE.test(text.slice(end, end + 8))) continue;
    if (isModalMay(phrase) || isNamePart(text, start, phrase) || !hasDate(r.start, phrase)) continue;
    if (THE_DAYS.test(phrase) || LONE_WEEKDAY_ABBREVIATION.test(phrase) || isFraction(text, start, end, phrase) || HOLIDAY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "earlier this month", "late last year": the qualifier belongs to the expression.
    const q = /\b(earlier|later|early|late)\s+$/i.exec(text.slice(Math.max(0, start - 9), start));
    if (q) [start, phrase] = [start - q[0].length, text.slice(start - q[0].length, end)];
    // "the next day", "the following week" told in the past: counted from the date before (CHAINED), though chrono
    // leaves "the" out and reads "next day" from the reference day ("prices may rise in the next year" looks ahead).
    const the = !future && /^(?:next|following|previous)\s/i.test(phrase) ? /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 4), start)) : null;
    if (the) [start, phrase] = [start - the[0].length, text.slice(start - the[0].length, end)];
    // Without a reference day a date written out with its year is placed, a month and day keep no year ("--08-15"),
    // and what chains from them chains without one; chrono's dummy instant is never used.
    const ahead = tense === 'ahead';
    // "Three days later" counts from a date told just before; one told further back is not what it follows.
    const far: boolean = lastDay !== null && here >= 0 && here - lastDaySentence > CHAIN_REACH && chainedOffset(phrase) !== undefined;
    let value: Resolved | null = far ? null : ref || /\b(?:1[89]|20)\d\d\b/.test(phrase) ? resolve(r.start, phrase, ref, lastDay, future, explicitDayNear(out, sentence), ahead) : yearless(r.start, phrase, lastDay);
    // "between September and October of 2007": a month joined to a later one takes that one's year.
    const shared = COORDINATED_YEAR.exec(text.slice(end, end + 40));
    if (shared && r.start.isCertain('month') && !r.start.isCertain('year')) value = withYear(r.start, Number(shared[1]));
    // "the 2031 harbour festival (opening December 12)": a month and day take the year the same sentence prints just
    // before them, rather than the one placed from the reference day.
    const dayOnly = !shared && r.start.isCertain('month') && r.start.isCertain('day') && !r.start.isCertain('year');
    // "In November 2029, dockers occupied the pier. … on Nov. 9 the police moved in": a day, told in the past, of the
    // month the sentence before gives with an earlier year than the reference's is of that year (a plan ahead is not:
    // "… service starts in November 2031. The ferry docks on November 4" may be this year's).
    const recalled = dayOnly && !future ? yearOfMonthBefore(out, sentences, here, r.start.get('month')!) : null;
    const nearYear = !dayOnly ? null : (yearJustBefore(text, Math.max(sentence.start, start - YEAR_REACH), start, out) ?? (recalled !== null && (!ref || recalled < ref.year) ? recalled : null));
    if (nearYear !== null) {
      const day = { year: nearYear, month: r.start.get('month')!, day: r.start.get('day')! };
      // A weekday printed with it must be that day's ("Friday, March 4" after "all through 2024" is not 2024's: that day
      // was a Monday).
      const named = r.start.isCertain('weekday') ? r.start.get('weekday')! : weekdayBefore(text, start);
      if (named === undefined || named === weekday(day)) value = at(day);
    }
    out.push({ text: text.slice(start, end), start, end, value: value?.iso ?? null });
    if (value?.day) [lastDay, lastDaySentence] = [value.day, here];
  }
  return [...out, ...bareYears(text, out), ...yearEnds(text, out, ref)].sort((a, b) => a.start - b.start);
}

/**
 * Sentences back a chained date ("three days later", "the next day") may reach for the date it counts from: the one
 * before it, or the one before that with a sentence between. A date told further back is not what it follows (a birth
 * date paragraphs before "a year later"), and the chained one is left unresolved.
 */
const CHAIN_REACH = 2;

/** Words without which a sentence holds no date expression chrono could find: only those sentences are parsed. */
const DATE_WORDS = new RegExp(
  [
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?',
    '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
    '\\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?s?\\b',
    '\\b(?:today|tonight|yesterday|tomorrow|ago|later|earlier|morning|afternoon|evening|noon|midnight)\\b',
    '\\b(?:day|week|weekend|month|year|decade)s?\\b',
    '\\b(?:1[89]|20)\\d\\d\\b',
    '\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b',
  ].join('|'),
  'i',
);

/** chrono results for the sentences that may hold dates, with offsets into the whole text. */
function parseCandidates(text: string, sentences: Span[], instant: Date): { index: number; text: string; start: Components }[] {
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const out: { index: number; text: string; start: Components }[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    if (!DATE_WORDS.test(part)) continue;
    for (const r of chrono.parse(part, instant)) out.push({ index: r.index + s.start, text: r.text, start: r.start });
  }
  return out;
}

/**
 * "in 1998", "In 2004,", "until at least 2014", "mid-2006", "its 1967 debut", "GM's 2008 revenue": a year after a
 * preposition, a word for part of a year, or a determiner or possessive it modifies the noun of; chrono leaves these
 * alone. Not a year: a count of something ("of 2000 workers", "in 1900 stores", "2000 points"), a number run on
 * ("2010-11", "2020.90"), or the first year of a span of years ("from 1987 – 91", "in 1987–1991"), which is a period
 * (so is "from 1984 to 1989": YEAR_PERIOD); nor a decade or a size (DECADE_AFTER, SIZE_BEFORE).
 */
const BARE_YEAR =
  /(?:\b(?:in|since|by|until|till|from|during|before|after|of|for|around|to|through|than|between|and|or|about|circa|least|early|late|fall|spring|summer|winter|autumn|the|its|their|his|her|\p{L}+['’]s)\s+|\bmid-)((?:1[89]|20)\d\d)\b(?![-/.,–—]\d)(?!\s*[-–—]\s*\d)(?!\s+(?:\p{Ll}+s|%|percent|points?|per)\b)/giu;

function bareYears(text: string, found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const periods = [...text.matchAll(YEAR_PERIOD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - 4;
    if (found.some((d) => d.start < start + 4 && start < d.end) || periods.some((p) => p.start <= start && start < p.end)) continue;
    if (DECADE_AFTER.test(text.slice(start + 3, start + 6)) || (/^by\b/i.test(m[0]) && SIZE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    out.push({ text: m[1]!, start, end: start + 4, value: m[1]! });
  }
  return out;
}

/**
 * A period of years, "from 1984 to 1989", "between 1972 and 1975", "in 1966 to 1969": neither year is when what the
 * sentence tells happened (as with "from 1987 – 91", which BARE_YEAR leaves alone). "in 2016 and 2017" names two years.
 */
const YEAR_PERIOD = /\b(?:(?:from|between)\s+(?:1[89]|20)\d\d\s+(?:to|and|until|till|through|thru)|in\s+(?:1[89]|20)\d\d\s+(?:to|until|till|through|thru))\s+(?:1[89]|20)\d\d\b/gi;
/** "the 1870's": a decade (the final 0 and "'s"), not its first year; "1930s" is never read as a year. */
const DECADE_AFTER = /^0['’]s\b/;
/** "4000 pixels by 2000", "12 feet by 1900": the second side of a size, not a year. */
const SIZE_BEFORE = /\d\s*(?:pixels|px|feet|foot|ft|inches|inch|in\.|yards|metres|meters|m|cm|mm|km|miles)\s+$/i;

/** "(by) the end of the year": the reference year, which chrono leaves alone. */
function yearEnds(text: string, found: DateMention[], ref: Day | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/\bthe end of (?:the|this) year\b/gi)) {
    if (found.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: ref ? String(ref.year) : null });
  }
  return out;
}

interface Resolved {
  iso: string;
  day?: Day;
}

/** Amounts that do not say how many ("several days later", "a few years earlier"). */
const VAGUE_AMOUNT = /^(?:several|a few)$/i;

/**
 * How far a chained expression lies from the date before it ("three days later" → +3 days, "the previous week" → -1
 * week); null when it does not say how far ("a few years later"), undefined when the phrase is not chained.
 */
function chainedOffset(phrase: string): { steps: number; unit: string } | null | undefined {
  const chained = CHAINED.exec(phrase);
  if (!chained) return undefined;
  if (VAGUE_AMOUNT.test(chained[1] ?? '')) return null;
  const n = chained[1] ? (NUMBER_WORDS[chained[1].toLowerCase()] ?? (Number(chained[1]) || 1)) : 1;
  const sign = /earlier|previous/i.test(chained[3] ?? chained[4] ?? '') ? -1 : 1;
  return { steps: sign * n, unit: (chained[2] ?? chained[5])!.toLowerCase() };
}

/** A leap year for arithmetic on dates whose year is unknown (so that Feb 29 exists). */
const YEARLESS = 2000;

/** Without a reference day: a month and day as ISO 8601's year-less "--MM-DD", and offsets chained from one. */
function yearless(c: Components, phrase: string, lastDay: Day | null): Resolved | null {
  const offset = chainedOffset(phrase);
  if (offset === null) return null;
  // "the next day" after "March 3, 2031": counted from the date it follows, which has its year.
  if (offset && lastDay && lastDay.year !== YEARLESS) return shift(lastDay, offset.steps, offset.unit);
  if (offset && lastDay && lastDay.year === YEARLESS) {
    if (offset.unit !== 'day' && offset.unit !== 'week') return null;
    const day = addDays(lastDay, offset.steps * (offset.unit === 'week' ? 7 : 1));
    return { iso: `--${isoDay(day).slice(5)}`, day };
  }
  if (c.isCertain('month') && c.isCertain('day') && !c.isCertain('year')) {
    const day = { year: YEARLESS, month: c.get('month')!, day: c.get('day')! };
    return { iso: `--${isoDay(day).slice(5)}`, day };
  }
  return null;
}

type Components = chrono.ParsedComponents;

function resolve(c: Components, phrase: string, ref: Day | null, lastDay: Day | null, future: boolean, nearby: Day | null, ahead = false): Resolved | null {
  if (SAME_DAY.test(phrase)) return ref ? at(ref) : null;
  // "a few years later", "several days earlier": how far is not said, so neither is the date.
  const offset = chainedOffset(phrase);
  if (offset === null) return null;
  if (offset) {
    if (lastDay?.year === YEARLESS) return yearless(c, phrase, lastDay);
    const anchor = lastDay ?? ref;
    return anchor ? shift(anchor, offset.steps, offset.unit) : null;
  }
  const week = WEEK.exec(phrase);
  if (week && ref) {
    const offset = /this|the/i.test(week[1]!) ? 0 : /next/i.test(week[1]!) ? 7 : -7;
    return { iso: isoWeek(addDays(ref, offset)) };
  }
  const known = (k: chrono.Component) => c.isCertain(k);
  const year = known('year') ? c.get('year')! : undefined;
  const month = c.get('month')!;
  const day = c.get('day')!;
  if (/\bend of (?:the|this) month\b/i.test(phrase) && ref) return { iso: isoMonth(ref.year, ref.month) };
  const relativeMonth = /\b(?:this|last|next|past)\s+month\b/i.test(phrase);
  const relativeYear = /\b(?:this|last|next|past)\s+year\b/i.test(phrase);
  if (relativeYear) return ref ? { iso: String(c.get('year')) } : null;
  if (relativeMonth) return ref ? { iso: isoMonth(c.get('year')!, month) } : null;
  if (known('day')) {
    if (year !== undefined) return at({ year, month, day });
    if (!ref) return null;
    const placed = placeYear({ year: ref.year, month, day }, ref, future, ahead);
    // "Tuesday, Dec. 16" on a day that is no Tuesday in the year the reference gives: that year is wrong (a reference
    // read from a recalled date, an article dated long after), and no other is known — the day keeps no year.
    if (known('weekday') && weekday(placed) !== c.get('weekday')) return { iso: `--${isoDay(placed).slice(5)}`, day: { ...placed, year: YEARLESS } };
    return at(placed);
  }
  if (known('weekday') && !known('day')) {
    if (!ref) return null;
    const wd = c.get('weekday')!;
    if (nearby && weekday(nearby) === wd) return at(nearby);
    let delta = future ? (wd - weekday(ref) + 7) % 7 : -((weekday(ref) - wd + 7) % 7);
    // "last Friday" written on a Friday is a week back; "next Friday" a week ahead.
    if (delta === 0 && /^last\s/i.test(phrase)) delta = -7;
    if (delta === 0 && /^next\s/i.test(phrase)) delta = 7;
    if (/^next\s/i.test(phrase) && delta < 0) delta += 7;
    return at(addDays(ref, delta));
  }
  if (known('month')) {
    if (year !== undefined) return { iso: isoMonth(year, month) };
    if (!ref) return null;
    const placed = placeYear({ year: ref.year, month, day: 1 }, ref, future, ahead && month < ref.month);
    return { iso: isoMonth(placed.year, month) };
  }
  if (year !== undefined) return { iso: String(year) };
  // "today", "yesterday", "tomorrow": chrono resolves them from the reference day.
  return ref ? at({ year: c.get('year')!, month, day }) : null;
}

/** Characters before a month and day within which a year printed in the same sentence gives it its year. */
const YEAR_REACH = 60;
/** A year printed alone (not a decade, "1990s", nor the start of a range, "2019-20"). */
const PRINTED_YEAR = /\b((?:1[89]|20)\d\d)\b(?!s\b|[-–]\d)/g;

/**
 * The last year printed alone between `from` and `to`: not the year of a date found already ("born on May 3, 1950,
 * retired on October 9" — that year is the other date's).
 */
function yearJustBefore(text: string, from: number, to: number, found: DateMention[]): number | null {
  let year: number | null = null;
  for (const m of text.slice(from, to).matchAll(PRINTED_YEAR)) {
    const at = from + m.index;
    if (!found.some((d) => d.start <= at && at < d.end && d.value !== null && d.value.length > 4)) year = Number(m[1]);
  }
  return year;
}

/**
 * The year of the latest month given with its year ("November 2029", "Nov. 3, 2029") in the sentence before the one at
 * `here`, when that month is `month`; null otherwise.
 */
function yearOfMonthBefore(found: DateMention[], sentences: Span[], here: number, month: number): number | null {
  const prev = sentences[here - 1];
  if (!prev) return null;
  const m = found.filter((d) => d.start >= prev.start && d.end <= prev.end && d.value && /^\d{4}-\d{2}/.test(d.value) && /\b(?:1[89]|20)\d\d\b/.test(d.text)).at(-1);
  return m && Number(m.value!.slice(5, 7)) === month ? Number(m.value!.slice(0, 4)) : null;
}

/** What weekday names open with, Sunday first (the calendar's weekday numbers). */
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** The weekday printed just before a date ("Friday, March 4", "on Friday (March 4)"), 0 = Sunday. */
function weekdayBefore(text: string, start: number): number | undefined {
  const m = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\W{1,4}$/i.exec(text.slice(Math.max(0, start - 16), start));
  return m ? WEEKDAY_STEMS.indexOf(m[1]!.toLowerCase()) : undefined;
}

/** What follows a month that shares the year of the next one: "and October of 2007", "– March 2024". */
const COORDINATED_YEAR = /^\s*(?:and|or|to|through|until|[-–—])\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?\s+(?:of\s+)?((?:1[89]|20)\d\d)\b/i;

/** The month (and day, if known) of a parsed expression in a given year. */
function withYear(c: Components, year: number): Resolved {
  if (c.isCertain('day')) return at({ year, month: c.get('month')!, day: c.get('day')! });
  return { iso: isoMonth(year, c.get('month')!) };
}

function at(day: Day): Resolved {
  return { iso: isoDay(day), day };
}

function shift(anchor: Day, n: number, unit: string): Resolved {
  if (unit === 'day') return at(addDays(anchor, n));
  if (unit === 'week') return at(addDays(anchor, 7 * n));
  if (unit === 'month') return { iso: isoMonth(addMonths(anchor, n).year, addMonths(anchor, n).month) };
  return { iso: String(anchor.year + n) };
}

/** News reports the past: a date without a year is the latest one not too far after the reference day. */
function placeYear(d: Day, ref: Day, future: boolean, ahead = false): Day {
  // What "will" happen or "takes effect" on a day long past this year happens next year (a few days back is more
  // likely an article dated after it was written).
  if (ahead && ordinal(ref) - ordinal(d) > AHEAD_SLACK_DAYS) return { ...d, year: d.year + 1 };
  const reach = future ? FUTURE_TENSE_REACH_DAYS : FUTURE_REACH_DAYS;
  if (ordinal(d) - ordinal(ref) > reach) return { ...d, year: d.year - 1 };
  if (ordinal(ref) - ordinal(d) > 365 - reach) return { ...d, year: d.year + 1 };
  return d;
}

/**
 * Whether the clause before the expression (since the last comma, semicolon or the sentence start) speaks of the
 * future: `ahead` when it says so plainly (no "would"), `future` when by any cue, else undefined.
 */
function tenseOf(text: string, sentence: Span, start: number, end: number): 'ahead' | 'future' | undefined {
  const before = text.slice(sentence.start, start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (FUTURE_TENSE.test(clause) || DEADLINE.test(before) || EXPECTED_INFINITIVE.test(clause)) return PLAIN_FUTURE.test(clause) && !/\bwould\b/i.test(clause) ? 'ahead' : 'future';
  // "A planned vote on Monday was cancelled" tells of it in the past: only a plan still ahead is placed ahead.
  return PLANNED_NOUN.test(clause) && !PAST_AFTER.test(text.slice(end, Math.min(sentence.end, end + 40))) ? 'future' : undefined;
}

/** A past-tense verb among the first words after a date. */
const PAST_AFTER = /^(?:\s*[,]?\s*\S+){0,3}?\s+(?:was|were|had|did|\p{Ll}+ed)\b/u;

/** An explicit day-level date already found in the same sentence: a weekday next to it must agree with it. */
function explicitDayNear(found: DateMention[], sentence: Span): Day | null {
  const inSentence = found.filter((d) => d.start >= sentence.start && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  return dayFromIso(inSentence.at(-1)?.value ?? undefined);
}

/**
 * How much of an article's opening may hold the date it stands at when no publication date is given: its first two
 * sentences (a dateline, a lede "On March 3, 2025, …"). A full date further on is a past event the article recalls
 * ("the flood of June 2019"), not the article's own time.
 */
const OPENING_SENTENCES = 2;
/** The same, in characters, when the text has no sentences. */
const OPENING_CHARS = 400;

/** Where an article's opening ends (see OPENING_SENTENCES): a date before it may stand for the article's own time. */
export function openingEnd(sentences: Span[]): number {
  return sentences.length > 0 ? sentences[Math.min(OPENING_SENTENCES, sentences.length) - 1]!.end : OPENING_CHARS;
}

/**
 * Without a publication date: the first full explicit date in the article's opening (a dateline, most often) that may
 * stand for the article's own day (standsForToday).
 */
function inferReference(text: string, sentences: Span[]): Day | null {
  const opening = text.slice(0, openingEnd(sentences));
  for (const r of chrono.parse(opening, new Date(2000, 0, 1, 12))) {
    // Only a date written out with its year: chrono marks relative expressions ("a day after") certain too.
    // A range ("June 9, 1931 – March 2, 2019": a life) is a past the article recalls.
    if (r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && /\b(?:1[89]|20)\d\d\b/.test(r.text) && !r.end) {
      const day: Day = { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! };
      if (dayMayBeToday(text, sentences, r.index, r.index + r.text.length, day)) return day;
    }
  }
  return null;
}

/**
 * A full date in an article's opening may be the day the article stands at, unless the text says it is another: a
 * birth date, a date still ahead ("a vote planned for June 3, 2031"), a date naming a thing of that day, or one in a
 * sentence that names its own day apart from it.
 */
export function standsForToday(text: string, sentences: Span[], start: number, end: number, iso: string): boolean {
  const day = dayFromIso(iso);
  return day !== null && dayMayBeToday(text, sentences, start, end, day);
}

/** `standsForToday` of a day already read. */
function dayMayBeToday(text: string, sentences: Span[], start: number, end: number, day: Day): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (BORN_BEFORE.test(before) || ATTRIBUTIVE_BEFORE.test(before)) return false;
  const sentence = sentences.find((x) => x.start <= start && start < x.end) ?? { start: 0, end: text.length };
  return tenseOf(text, sentence, start, end) === undefined && !otherDayNamed(text, sentence, start, end, day);
}

/**
 * A determiner before a full date makes it name a thing of that day ("for the March 3, 2031, collapse", "its June 2,
 * 2030 vote"): an event the article recalls, not the day it stands at.
 */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|his|her|their|this|that)\s+$/i;

/** What may stand before a dateline's date in its sentence: a label of a word or two ("Posted", "Last updated:"). */
const DATELINE_HEAD = /^\W*(?:\p{L}+\W+){0,2}$/u;

/** Days a sentence may name besides a date: a weekday, or a day counted from the article's own. */
const DAY_WORD = /\b(?:(sun|mon|tues|wednes|thurs|fri|satur)day|today|tonight|yesterday|tomorrow)\b/gi;

/**
 * The sentence of a full date names another day too, one the date is not: "was sentenced on Saturday for the killings
 * of March 4, 2031" (that day was a Tuesday), "the board said today that the gala, on Sunday, June 1, 2031, …". The
 * sentence tells of its own day, and the date is one it recalls or looks ahead to, so the article's day is not it.
 */
function otherDayNamed(text: string, sentence: Span, start: number, end: number, day: Day): boolean {
  // A date heading its sentence is a dateline run into the lede ("Updated Thursday, June 4, 2031 On Tuesday, …").
  if (DATELINE_HEAD.test(text.slice(sentence.start, start))) return false;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(DAY_WORD)) {
    const at = sentence.start + m.index;
    if (at >= start && at < end) continue;
    const named = m[1] ? WEEKDAY_STEMS.indexOf(m[1].toLowerCase()) : -1;
    if (named !== weekday(day)) return true;
  }
  return false;
}

/** "born on", "born", "b." before a date: an obituary's or a profile's opening recalls a birth, not the article's day. */
const BORN_BEFORE = /\b(?:born|b\.)\s+(?:on\s+)?$/i;

/** Times of day alone ("at 3 p.m.") are not dates; relative expressions ("this week") name their unit. */
function hasDate(c: Components, phrase: string): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).some((k) => c.isCertain(k)) || /\b(?:day|week|month|year)s?\b/i.test(phrase);
}

/** "within two weeks", "over the next four years", "two years late": spans of time, not dates. */
function isDuration(text: string, start: number, phrase: string): boolean {
  if (DURATION.test(phrase) || /^[-–—]/.test(phrase) || BARE_AMOUNT.test(phrase) || /^\d+\s*(?:m|h|min|mins|hrs?|minutes?|hours?|seconds?)\b/i.test(phrase)) return true;
  return /\b(?:over|for|within|during|throughout)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 16), start)) && /\b(?:next|past|last|coming)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i.test(phrase);
}

/** "two years", "18 months" with no "ago" or "later": an amount of time. */
const BARE_AMOUNT = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:day|week|month|year)s?$/i;

/**
 * A month alone that is part of a name: "Theresa May", "May said", "Prime Minister May" (a capitalised word before it,
 * or a speech verb after it), and no day or year with it.
 */
function isNamePart(text: string, start: number, phrase: string): boolean {
  if (!/^(?:may|june|april|august)$/i.test(phrase)) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const after = /^\s+(\S+)/.exec(text.slice(start + phrase.length, start + phrase.length + 30))?.[1] ?? '';
  return (/^\p{Lu}\p{Ll}+$/u.test(before) && !/^(?:In|On|By|Since|Until|From|Last|Next|This|Early|Late|Mid)$/.test(before)) || /^(?:said|says|told|added|argued|announced|wrote|'s|’s)$/.test(after);
}

/** "in the days that followed", "back in the days": a stretch of time, not a day. */
const THE_DAYS = /^(?:(?:back\s+)?in\s+)?the\s+(?:days|weeks|months|years)$/i;

/**
 * "Sun", "Sat", "Wed" alone: prose writes weekdays out, and these words are names ("Sun shares rose", "The Sun
 * reported") or verbs ("Sat beside her"); an abbreviation stands for a weekday only beside a date ("Sun, Nov. 11"),
 * which chrono reads as one phrase with it.
 */
const LONE_WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/i;

/** A holiday or an event named with a weekday ("Black Friday", "Super Tuesday", "Good Friday"): a name, not that weekday. */
const HOLIDAY_BEFORE = /\b(?:Black|Good|Cyber|Super|Ash|Holy|Maundy|Shrove|Easter|Palm|Giving|Blue|Bloody)\s+$/;

/**
 * "1-1/2 years", "2 1/2 cups", "3/4 mile": a fraction after a whole number or before a unit, not a month and day.
 */
function isFraction(text: string, start: number, end: number, phrase: string): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/.test(phrase)) return false;
  return /\d[-\s]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[-\s]?(?:years?|months?|weeks?|days?|hours?|miles?|inch(?:es)?|feet|foot|cups?|pounds?|percent|points?|tablespoons?|teaspoons?)\b/i.test(text.slice(end, end + 14));
}

/** "may" in lower case is the modal verb, not the month. */
function isModalMay(phrase: string): boolean {
  return /^(?:may|march)$/.test(phrase);
}

function trimPhrase(text: string, start: number, end: number): { start: number; end: number; phrase: string } {
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  // "September of" (chrono keeps a dangling "of" when no year follows).
  if (/\s+of$/i.test(text.slice(start, end))) end = start + text.slice(start, end).replace(/\s+of$/i, '').length;
  return { start, end, phrase: text.slice(start, end) };
}
