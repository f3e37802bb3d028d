// A sentence → what comparing it needs: its content words as lemmas (names keyed so spelling variants meet), its
// quantities and dates in one normal form, and its polarity.
import { conceptsOf, countryOf, FUNCTION_WORDS, hypernymsOf, isCommonWord, isFirstName, isKnownLemma, isPluralNoun, isProperLemma, lemmasOf, memoized, nounClassesOfWord, nameKey, ROLE_MODIFIERS, roleClassOf } from '../language/index.js';
import {
  CLAUSE_BREAKERS,
  EXPECTATION_WORDS,
  MONTHS,
  NEGATED_CONTRACTION,
  NEGATING_PHRASAL_VERBS,
  NEGATING_PREDICATES,
  PARTICLES,
  NEGATION_REACH,
  NEGATORS,
  NOT_ONLY_FOCUS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  RELATIVE_TIMES,
  RELATIVE_UNITS,
  SCALE_NOUNS,
  SCALES,
  STATEMENT_STOPWORDS,
  UNITS,
  WEEKDAYS,
} from './rules/statement-words.js';

/** What a token is: an ordinary word, a name, a quantity (`#20 percent`) or a date (`@07-13`). */
export type TermKind = 'word' | 'name' | 'quantity' | 'date';

export interface Term {
  /** The comparison key: a lemma, a name key, `#<value> <unit>` or `@<date>`. */
  key: string;
  kind: TermKind;
  /** Lemmas a word may stand for (a word may be a noun or a verb form: "meeting" → meeting, meet). */
  lemmas: readonly string[];
  /** Its WordNet concepts (first senses of each lemma), and theirs direct hypernyms. */
  concepts: ReadonlySet<number>;
  broader: ReadonlySet<number>;
  /** For quantities: the value and the unit (or the counted word: "40 workers" → worker). */
  value?: number;
  unit?: string;
  /** For a count of things: the word of the things counted, so "17 sailors" meets "17 seamen". */
  counted?: Term;
  /** Within the reach of a negation ("no planned vote": planned, vote). */
  negated?: boolean;
  /** For quantities, dates and names: where it is in the statement's text, and how long. */
  at?: number;
  length?: number;
  /** A title word before a name ("Mayor" in "Mayor Lin", both words of "Foreign Minister Markov"): it goes with the name. */
  title?: boolean;
  /**
   * For names of a country, its people or its capital: the country, and whether the name is its capital; for a person
   * the article names in a country's government role ("Velmar's foreign minister Ana Lin"), that country (`speaksFor`).
   */
  country?: { name: string; capital: boolean; speaksFor?: boolean };
  /**
   * For a person the article names in a role that speaks for an organisation ("Quillsoft spokeswoman Ida Hale"), the
   * name keys of the organisation's name.
   */
  voiceOf?: readonly string[];
}

export interface Statement {
  text: string;
  terms: Term[];
  /** Every word and number as printed, lower case, function words included: the surface the wording shares. */
  words: ReadonlySet<string>;
  /** True when any of its terms is negated. */
  negated: boolean;
  /** How many denials it makes ("not", "no", "denied", "unlikely" …): one, where one sits differs by wording. */
  denials?: number;
}

/** Units of measure printed onto their number in capitals ("256GB", "3.2GHz", "5MW", "4000mAh"). */
const GLUED_UNIT = /^(?:[KMGTP]B|[KMG]Hz|[KMG]W|[KMG]Wh|mAh|MPH|KPH)$/i;

/** Words, numbers with separators, simple fractions ("1/2"), times of day ("3:17"), acronyms with periods, and the symbols that make units. */
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:['’]t)?|(?<![\d/])[1-9]\/(?:1[0-6]|[2-9])(?![\d/])|\d{1,2}:\d{2}(?![\d:])|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[%$€£]/gu;

interface Raw {
  text: string;
  lower: string;
  index: number;
}

const EMPTY = new Set<number>();

/**
 * Tokens of a statement read at most: news sentences run to 60 words; a "sentence" of thousands (a table, a list, text
 * without punctuation) is compared on its start, so comparing two costs bounded time.
 */
export const MAX_STATEMENT_TOKENS = 300;

/**
 * Statements kept by text: a story repeats its sentences (copies, syndication, the same quote), and reading one
 * (lemmas, concepts, figures) is most of what comparing it costs. Statements are never changed after they are made.
 */
const STATEMENT_CACHE = 20_000;

/** The statement of a text. Pure and cheap (a few microseconds a sentence once the lexicon is loaded). */
export const toStatement: (text: string) => Statement = memoized(readStatement, STATEMENT_CACHE);

function readStatement(text: string): Statement {
  const raw: Raw[] = [];
  const norm = text.normalize('NFKC');
  for (const m of norm.matchAll(TOKEN)) {
    if (raw.length >= MAX_STATEMENT_TOKENS) break;
    // "Markovich-Brandauer", "Valmora-Ostland", "U.K.-Norvania": two names joined by a hyphen are two names.
    const parts = /^\p{Lu}/u.test(m[0]) && m[0].includes('-') ? m[0].split('-') : [m[0]];
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p))) {
      let at = m.index;
      for (const p of parts) {
        raw.push({ text: p, lower: p.toLowerCase(), index: at });
        at += p.length + 1;
      }
    } else raw.push({ text: m[0], lower: m[0].toLowerCase(), index: m.index });
  }
  const terms: Term[] = [];
  // A negation reaches the next few content terms of its clause.
  let reach = 0;
  const push = (...ts: Term[]) => {
    for (const term of ts) {
      if (reach > 0) {
        term.negated = true;
        reach--;
      }
      terms.push(term);
    }
  };
  // Where the last negating predicate stood: "denied that P" denies P, so its "that" does not end the reach.
  let denial = -1;
  let denials = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const lower = t.lower.replace(/[’]/g, "'");
    const end = raw[i]!.index + raw[i]!.text.length;
    // "not only repelled the attack but seized the boat" affirms both.
    if (lower === 'not' && NOT_ONLY_FOCUS.has(raw[i + 1]?.lower ?? '')) i++;
    else if (NEGATORS.has(lower) || NEGATED_CONTRACTION.test(lower)) {
      reach = NEGATION_REACH;
      denials++;
    }
    else if (lower === 'that' && denial === i - 1) continue;
    else if (CLAUSE_BREAKERS.has(lower)) reach = 0;
    else if (lemmasOf(lower).some((l) => NEGATING_PHRASAL_VERBS.get(l)?.has(raw[i + 1]?.lower ?? '') === true)) {
      // "stay out of", "keep away from", "called off": a denial of what follows, like "not join".
      reach = NEGATION_REACH;
      denials++;
      i++;
    }
    else {
      // A number joined by a hyphen to letters is part of a name ("F-16", "G-7", "COVID-19"), not a figure.
      const before = raw[i - 1];
      const designation = /^\d/.test(t.text) && before !== undefined && before.index + before.text.length === t.index - 1 && text[t.index - 1] === '-' && /\p{L}$/u.test(before.text);
      // A number with capitals printed onto it is a model's or a product's name ("7100M", "5300XE"), not a figure; a
      // unit or a scale so printed is not ("5km", "$3bn", "256GB", "3.2GHz").
      const glued = raw[i + 1];
      const model = /^\d+$/.test(t.text) && glued !== undefined && glued.index === t.index + t.text.length && /^\p{Lu}/u.test(glued.text) && !UNITS.has(glued.lower) && !SCALES.has(glued.lower) && !GLUED_UNIT.test(glued.text);
      const clock = /^\d{1,2}:\d{2}$/.test(t.text);
      if (model) {
        push({ ...atom(`=${t.lower}${glued!.lower}`, 'name'), at: t.index, length: glued!.index + glued!.text.length - t.index });
        i++;
        continue;
      }
      if (clock) {
        // A time of day ("3:17 a.m."), with its half of the day when given.
        const half = /^([ap])\.?m\.?$/.exec(raw[i + 1]?.lower ?? '')?.[1];
        const [h, m] = t.text.split(':').map(Number) as [number, number];
        const hour = half === 'p' && h < 12 ? h + 12 : half === 'a' && h === 12 ? 0 : h;
        push({ ...atom(`@T${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`, 'date'), at: t.index, length: (half ? raw[i + 1]!.index + raw[i + 1]!.text.length : t.index + t.text.length) - t.index });
        if (half) i++;
        continue;
      }
      const date = designation ? null : dateAt(raw, i);
      const quantity = date || designation ? null : quantityAt(raw, i);
      const time = quantity ? timeOf(quantity.unit, raw[i + quantity.length + quantity.counted]?.lower) : undefined;
      const extent = (n: number) => ({ at: t.index, length: raw[i + n - 1]!.index + raw[i + n - 1]!.text.length - t.index });
      if (designation) push({ ...atom(`=${t.lower}`, 'name'), ...extent(1) });
      else if (date) {
        push({ ...atom(`@${date.key}`, 'date'), ...extent(date.length) });
        i += date.length - 1;
      } else if (quantity && time) {
        // "eight days ago" is a time, not a count of days: a date relative to the report; so is what a clock shows
        // ("with 12 seconds left", "with 4 minutes remaining").
        const n = quantity.length + quantity.counted + 1;
        push({ ...atom(`@${RELATIVE_PREFIX}${time}-${quantity.value}-${quantity.unit}`, 'date'), ...extent(n) });
        i += n - 1;
      } else if (quantity) {
        // The counted word stays a word of the statement, but the figure as shown includes it ("45 workers").
        // The counted word with all its lemmas ("days": days, day), so "six days" meets "a six-day strike".
        const counted = quantity.lemmas ? { counted: wordTerm(quantity.unit, quantity.lemmas, 'word') } : {};
        push({ ...atom(`#${quantity.value} ${quantity.unit}`, 'quantity'), value: quantity.value, unit: quantity.unit, ...counted, ...extent(quantity.length + quantity.counted) });
        if (quantity.inner) push(wordTerm(quantity.unit, quantity.lemmas!, 'word'));
        i += quantity.length - 1;
      } else if (!/^\d/.test(t.text)) {
        const word = termAt(raw, i, i === 0 || /[.!?:]\s*["“”'‘’]?\s*$/.test(norm.slice(0, t.index)));
        if (word) {
          const only = word.terms.length === 1 ? word.terms[0]! : undefined;
          const expectation = (w: Term) => w.kind === 'word' && w.lemmas.some((l) => EXPECTATION_WORDS.has(l));
          if (only && only.kind === 'word' && (only.lemmas.some((l) => NEGATING_PREDICATES.has(l)) || isNegatingVerbOfSeveralWords(only.key))) {
            // "dismissed the possibility", "unlikely to meet": a denial of what follows ("unlikely" also says "likely").
            if (expectation(only)) push(wordTerm('likely', ['likely'], 'word'));
            reach = NEGATION_REACH;
            denials++;
            denial = i + word.length - 1;
          } else push(...word.terms.map((w) => (expectation(w) ? wordTerm('likely', ['likely'], 'word') : w.kind === 'name' ? { ...w, ...extent(word.length) } : w)));
          i += word.length - 1;
        }
      }
    }
    // A comma or semicolon ends a negation's reach: "no vote is planned, talks go on".
    const after = raw[i]!.index + raw[i]!.text.length;
    if (/^["”’']?[,;]/.test(norm.slice(Math.max(end, after), Math.max(end, after) + 2))) reach = 0;
  }
  markTitles(terms);
  return { text, terms, words: new Set(norm.toLowerCase().match(/[\p{L}\d]+/gu) ?? []), negated: terms.some((x) => x.negated), denials };
}

/** Marks the title words before each name: a role head right before a name or title, a modifier only inside a title. */
function markTitles(terms: Term[]): void {
  for (let i = terms.length - 2; i >= 0; i--) {
    const t = terms[i]!;
    const next = terms[i + 1]!;
    if (t.kind !== 'word' || !(next.kind === 'name' || next.title)) continue;
    if (roleClassOf(t.key) !== undefined || (ROLE_MODIFIERS.has(t.key) && next.kind === 'word')) terms[i] = { ...t, title: true };
  }
}

function atom(key: string, kind: TermKind): Term {
  return { key, kind, lemmas: [key], concepts: EMPTY, broader: EMPTY };
}

const WEEKDAY_KEYS = new Set(WEEKDAYS.values());

/** A month with a day on either side ("July 13", "13 July", "13th of July"), a month alone, or a weekday. */
function dateAt(raw: Raw[], i: number): { key: string; length: number } | null {
  const t = raw[i]!;
  const day = (r?: Raw) => (r && /^\d{1,2}(?:st|nd|rd|th)?$/.test(r.lower) ? Number.parseInt(r.lower, 10) : r ? ORDINAL_WORDS.get(r.lower) : undefined);
  const month = (r?: Raw) => (r && /^\p{Lu}/u.test(r.text) ? MONTHS.get(r.lower.replace(/\.$/, '')) : undefined);
  const pad = (n: number) => String(n).padStart(2, '0');
  const m = month(t);
  if (m !== undefined) {
    const d = day(raw[i + 1]);
    if (d !== undefined && d >= 1 && d <= 31) return { key: `${pad(m)}-${pad(d)}`, length: 2 };
    // "May" alone is a month only after a preposition of time; any other month name alone is one.
    if (t.lower !== 'may' || /^(?:in|since|until|by|early|late|mid|last|next|this|of)$/.test(raw[i - 1]?.lower ?? '')) return { key: pad(m), length: 1 };
    return null;
  }
  const d = day(t);
  if (d !== undefined && d >= 1 && d <= 31) {
    if (month(raw[i + 1]) !== undefined) return { key: `${pad(month(raw[i + 1])!)}-${pad(d)}`, length: 2 };
    if (raw[i + 1]?.lower === 'of' && month(raw[i + 2]) !== undefined) return { key: `${pad(month(raw[i + 2])!)}-${pad(d)}`, length: 3 };
  }
  const weekday = WEEKDAYS.get(t.lower);
  if (weekday && WEEKDAY_KEYS.has(weekday) && /^\p{Lu}/u.test(t.text)) return { key: weekday, length: 1 };
  if (/^(?:19|20)\d\d$/.test(t.text)) return { key: t.text, length: 1 };
  // "last week", "next month", "this year": a time relative to the report, past, coming or present.
  if (RELATIVE_TIMES.has(t.lower) && RELATIVE_UNITS.has(raw[i + 1]?.lower ?? '')) return { key: `${RELATIVE_PREFIX}${t.lower}-${raw[i + 1]!.lower}`, length: 2 };
  return null;
}

/** How the key of a relative time begins ("@rel:next-week"). */
export const RELATIVE_PREFIX = 'rel:';

/**
 * A number with its scale and unit ("20%", "20 percent", "$2.3 billion", "forty workers"): the value normalised and the
 * unit canonical, or the counted word's lemma when there is no unit ("40 workers" → worker).
 */
function quantityAt(raw: Raw[], i: number): { value: number; unit: string; length: number; counted: number; inner?: string; lemmas?: string[] } | null {
  let k = i;
  let currency: string | undefined;
  if (['$', '€', '£'].includes(raw[k]!.text)) currency = UNITS.get(raw[k++]!.text);
  const t = raw[k];
  if (!t) return null;
  let value: number | undefined;
  const fraction = /^(\d+)\/(\d+)$/.exec(t.text);
  if (fraction) value = Number(fraction[1]) < Number(fraction[2]) ? Number(fraction[1]) / Number(fraction[2]) : undefined;
  else if (/^\d/.test(t.text) && !/(?:st|nd|rd|th)$/.test(t.lower)) {
    value = Number(t.text.replace(/,/g, ''));
    // A whole number and a fraction: "3 1/2 years", "a 1-1/4 mile walk".
    const next = raw[k + 1];
    const part = next && next.index - (t.index + t.text.length) <= 1 ? /^(\d)\/(\d+)$/.exec(next.text) : null;
    if (part && /^\d+$/.test(t.text)) {
      value += Number(part[1]) / Number(part[2]);
      k++;
    }
  }
  else if (NUMBER_WORDS.has(t.lower)) {
    value = NUMBER_WORDS.get(t.lower)!;
    // "forty-five", "forty five"
    const parts = t.lower.split('-');
    if (parts.length === 2 && NUMBER_WORDS.has(parts[0]!) && NUMBER_WORDS.has(parts[1]!)) value = NUMBER_WORDS.get(parts[0]!)! + NUMBER_WORDS.get(parts[1]!)!;
  } else if (t.lower.includes('-')) {
    const parts = t.lower.split('-');
    if (parts.length === 2 && NUMBER_WORDS.has(parts[0]!) && NUMBER_WORDS.has(parts[1]!)) value = NUMBER_WORDS.get(parts[0]!)! + NUMBER_WORDS.get(parts[1]!)!;
    else if (!currency) return numberCompound(parts);
  }
  if (value === undefined || Number.isNaN(value)) return null;
  // "three and a half weeks", "2 and a half years".
  if (raw[k + 1]?.lower === 'and' && raw[k + 2]?.lower === 'a' && raw[k + 3]?.lower === 'half' && Number.isInteger(value)) {
    value += 0.5;
    k += 3;
  }
  // "one" alone is mostly a pronoun or an article ("one of the", "no one"): a count only before a noun it counts.
  k++;
  while (raw[k] && SCALES.has(raw[k]!.lower)) value *= SCALES.get(raw[k++]!.lower)!;
  // A value on a scale named before it ("magnitude 5.4", "Category 4").
  let unit = currency ?? (i > 0 && SCALE_NOUNS.has(raw[i - 1]!.lower) ? raw[i - 1]!.lower : undefined);
  // Words after the figure that the figure as shown takes in: the counted thing and what stands before it.
  let counted = 0;
  let lemmas: string[] | undefined;
  const next = raw[k];
  if (!unit && next) {
    const two = raw[k + 1] ? `${next.lower} ${raw[k + 1]!.lower}` : '';
    if (two === 'per cent') {
      unit = 'percent';
      k += 2;
    } else if (UNITS.has(next.lower)) {
      unit = UNITS.get(next.lower);
      k++;
    } else if (next.lower === 'of' && (unit = partOf(raw, k, value)) !== undefined) {
      // "14 of 22 shots", "9 of her 30 attempts": the part counts what the whole counts.
    } else {
      // The counted thing: "40 workers", "forty workers" → worker (not consumed: it is a content word too); past the
      // names of where they come from ("23 Norvanian sailors", "23 Norvanian and Velmari sailors" → sailor), which one
      // outlet gives and another leaves out; past "of the" ("17 of the seamen" counts seamen, as "17 seamen" does).
      const of = next.lower === 'of' && value !== 1 && COUNTED_OF.has(raw[k + 1]?.lower ?? '') ? 2 : 0;
      const word = raw[k + of];
      if (word && (of > 0 ? /^\p{Ll}/u : /^\p{L}/u).test(word.text) && !FUNCTION_WORDS.has(word.lower)) {
        const at = countedAt(raw, k + of);
        // A number before a capitalised word the lexicon does not know, with no noun it counts after it, names a model
        // ("the 7100 RX"); a street number before "block" is an address ("the 4700 block of Harbor Street").
        if (/^\p{Lu}/u.test(raw[at]!.text) && !isKnownLemma(lemmasOf(raw[at]!.lower)[0]!) && countryOf(raw[at]!.lower.replace(/s$/, ''))?.by !== 'demonym') return null;
        if (raw[at]!.lower === 'block' && value >= 100) return null;
        lemmas = lemmasOf(raw[at]!.lower);
        unit = countedUnit(raw[at]!.lower, lemmas);
        counted = at - k + 1;
        // An age written in words apart ("a 7 year old boy", "30 years old") is the age "7-year-old" writes.
        if (raw[at + 1]?.lower === 'old' && AGE_SPANS.has(unit)) {
          unit = `${unit}-old`;
          counted++;
        }
      }
    }
  }
  if (value === 1 && !currency && unit === undefined) return null;
  return { value: Math.round(value * 1000) / 1000, unit: unit ?? '', length: k - i, counted, ...(lemmas ? { lemmas } : {}) };
}

/**
 * A number word joined by hyphens to the noun it counts, as news writes a figure before a noun ("a six-day strike",
 * "a twenty-five-year sentence", "the ten-year-old boy"): the figure counts that noun, as "six days" counts days. The
 * noun is given as `inner` (the word inside the token): it stays a word of the statement too.
 */
function numberCompound(parts: string[]): { value: number; unit: string; length: number; counted: number; inner: string; lemmas: string[] } | null {
  const two = parts.length >= 3 && NUMBER_WORDS.has(parts[0]!) && NUMBER_WORDS.has(parts[1]!) && NUMBER_WORDS.get(parts[1]!)! < 10;
  const value = two ? NUMBER_WORDS.get(parts[0]!)! + NUMBER_WORDS.get(parts[1]!)! : NUMBER_WORDS.get(parts[0]!);
  const noun = parts[two ? 2 : 1];
  if (value === undefined || !noun || NUMBER_WORDS.has(noun) || FUNCTION_WORDS.has(noun) || nounClassesOfWord(noun).length === 0) return null;
  // The words after the number as one, as a figure in digits counts them ("ten-year-old" as "10-year-old": year-old).
  const rest = parts.slice(two ? 2 : 1).join('-');
  const lemmas = lemmasOf(rest);
  return { value, unit: UNITS.get(rest) ?? countedUnit(rest, lemmas), length: 1, counted: 0, inner: rest, lemmas };
}

/**
 * The unit of a counted word: its singular when the word is a plural of one of its lemmas. The lexicon lists some plurals
 * as nouns of their own ("days", "hours", "years", "minutes"), and a figure counts days whether written "six days" or
 * "a six-day strike".
 */
function countedUnit(word: string, lemmas: string[]): string {
  const singular = lemmas.find((l) => l !== word && (word === `${l}s` || word === `${l}es` || (l.endsWith('y') && word === `${l.slice(0, -1)}ies`)) && nounClassesOfWord(l).length > 0);
  return singular ?? lemmas[0]!;
}

/** Units of time a clock counts down. */
const CLOCK_UNITS = new Set(['second', 'minute', 'hour']);
/** Units that give an age with "old" after them. */
const AGE_SPANS = new Set(['day', 'week', 'month', 'year']);

/** The word after a figure that makes it a time, not a count: "ago" after any unit, "left"/"remaining" after a clock's. */
function timeOf(unit: string, next: string | undefined): string | undefined {
  if (next === 'ago') return 'ago';
  return (next === 'left' || next === 'remaining') && CLOCK_UNITS.has(unit) ? 'left' : undefined;
}

/** Words between a part and the figure of its whole ("9 of her 30 attempts"). */
const PART_OF = new Set(['his', 'her', 'its', 'their', 'our', 'the']);

/**
 * The unit of the whole a figure is part of when "of" at `k` leads to a figure at least as large ("14 of 22 shots" →
 * shot), else undefined.
 */
function partOf(raw: Raw[], k: number, value: number): string | undefined {
  const at = PART_OF.has(raw[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if (!raw[at] || !/^\d/.test(raw[at]!.text)) return undefined;
  const whole = quantityAt(raw, at);
  return whole && whole.unit && whole.value >= value ? whole.unit : undefined;
}

/** Words between "of" and the things a figure counts ("17 of the seamen", "five of its workers"). */
const COUNTED_OF = new Set(['the', 'its', 'their', 'these', 'those']);

/**
 * Where the thing counted after a figure is: the next word, or the first noun after capitalised names of where the
 * things come from, the "and"/"or" between them and words that are no nouns ("Norvanian and Velmari sailors",
 * "heavily armed sailors" → sailors), at most six words on.
 */
function countedAt(raw: Raw[], k: number): number {
  const origin = (t: Raw | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !isCommonWord(lemmasOf(t.lower)[0]!);
  const noun = (t: Raw | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && nounClassesOfWord(t.lower).length > 0;
  // A lower-case word that is no noun and no function word: a modifier ("heavily", "armed").
  const modifier = (t: Raw | undefined) => t !== undefined && /^\p{Ll}+$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !noun(t);
  let j = k;
  while (j < k + 6 && (origin(raw[j]) || modifier(raw[j]))) {
    j++;
    if (['and', 'or'].includes(raw[j]?.lower ?? '') && origin(raw[j + 1])) j++;
  }
  const at = j > k && noun(raw[j]) ? j : k;
  // A noun before a plural noun is its modifier ("two of the fishing skiffs", "three harbour officers"): the plural is
  // what is counted. Not a plural before another word ("five people dead", "23 fishermen today").
  const after = raw[at + 1];
  const lemma = (t: Raw) => lemmasOf(t.lower)[0] ?? t.lower;
  if (noun(raw[at]) && lemma(raw[at]!) === raw[at]!.lower && noun(after) && isPluralNoun(after!.lower)) return at + 1;
  return at;
}

/** The senses of the words that deny what follows ("reject", "cancel"). */
let negatingSenses: Set<number> | undefined;

/** A verb of several words whose first sense is one of a denying word's ("turn_down" is "reject", "call_off" "cancel"). */
function isNegatingVerbOfSeveralWords(lemma: string): boolean {
  const first = lemma.includes('_') ? conceptsOf(lemma)[0] : undefined;
  negatingSenses ??= new Set([...NEGATING_PREDICATES].flatMap((w) => conceptsOf(w)));
  return first !== undefined && negatingSenses.has(first);
}

/**
 * A verb of several words the lexicon knows ("stepped down" → step_down, "called for" → call_for, "took over"): one
 * term, since the particle makes another verb ("step down" is "resign", not "step"). Lower-case words only; the
 * longest first.
 */
function phrasalVerbAt(raw: Raw[], i: number, lemmas: readonly string[]): { lemma: string; lemmas: string[]; length: number } | null {
  for (let n = 3; n >= 2; n--) {
    const rest = raw.slice(i + 1, i + n);
    if (rest.length !== n - 1 || !rest.every((r) => /^\p{Ll}+$/u.test(r.text))) continue;
    for (const l of lemmas) {
      const joined = [l, ...rest.map((r) => r.lower)].join('_');
      if (!isKnownLemma(joined) || isProperLemma(joined)) continue;
      // A preposition before a date, a figure or a name opens a phrase of its own ("close in May", "live in Lowford").
      if (!PARTICLES.has(rest.at(-1)!.lower) && /^[\p{Lu}\d]/u.test(raw[i + n]?.text ?? '')) continue;
      // Its words' own lemmas too: another statement may say "caught fire" or "the fire", "stepped down" or "resigned".
      const parts = rest.filter((r) => !FUNCTION_WORDS.has(r.lower)).flatMap((r) => lemmasOf(r.lower));
      return { lemma: joined, lemmas: [...new Set([joined, ...lemmas, ...parts])], length: n };
    }
  }
  return null;
}

/** Names of several words the lexicon knows as one ("United Kingdom", "Security Council"), at most three words. */
const MAX_NAME_WORDS = 3;
/** Lower-case words that join the parts of one name ("Bank of England", "Osama bin Laden"). */
const NAME_JOINERS = new Set(['of', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/**
 * Titles printed before a name, abbreviated ("Dr.", "Gen.", "Sen.") or not ("Mr", "Mrs", "Dr"): fewer than the language
 * stage's TITLE_ABBREVIATIONS, which also holds abbreviations that open a place's name ("St.", "Mt.", "Ft.") and is
 * read where a name is found, not where its words are compared.
 */
const TITLE_BEFORE_NAME = /^(?:mr|mrs|ms|mx|dr)\.?$|^(?:prof|gen|lt|col|maj|capt|sgt|cpl|adm|gov|sen|rep|rev|supt|insp|det|atty|amb)\.$/;

const isCapital = (r?: Raw) => r !== undefined && /^\p{Lu}/u.test(r.text);
const isAcronym = (r: Raw) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(r.text);

/**
 * The terms of the word at `i`: for a capitalised run ("Valmoran Labour Minister Ivo Dragan") the names in it, each
 * one term keyed by its last word with every word's key as a lemma (so "Ivo Dragan" meets "Dragan"), and the
 * ordinary words in it (title words: "foreign", "minister") as words; for a lower-case word its lemmas.
 */
function termAt(raw: Raw[], i: number, sentenceStart: boolean): { terms: Term[]; length: number } | null {
  const t = raw[i]!;
  if (!isCapital(t)) {
    const lower = t.lower.replace(/['’]s$/, '');
    if (FUNCTION_WORDS.has(lower) || STATEMENT_STOPWORDS.has(lower) || lower.length < 2) return null;
    const lemmas = lemmasOf(lower);
    if (lemmas.every((l) => STATEMENT_STOPWORDS.has(l))) return null;
    const verb = phrasalVerbAt(raw, i, lemmas);
    if (verb) return { terms: [wordTerm(verb.lemma, verb.lemmas, 'word')], length: verb.length };
    return { terms: [wordTerm(lemmas[0]!, lemmas, 'word')], length: 1 };
  }
  let end = i + 1;
  // A date ends the run: "signed Coach Ana Lin Tuesday" names Ana Lin, and Tuesday is a date.
  while (end < raw.length && (isCapital(raw[end]) || (NAME_JOINERS.has(raw[end]!.lower) && isCapital(raw[end + 1]) && end > i)) && dateAt(raw, end) === null) end++;
  const terms: Term[] = [];
  let name: Raw[] = [];
  const flush = () => {
    const words = name.filter((w) => !NAME_JOINERS.has(w.lower));
    // A run of joining words only ("De La" opening a headline) names nothing.
    if (words.length === 0) {
      name = [];
      return;
    }
    const lemmas = words.map((w) => `=${nameKey(w.lower.replace(/['’]s$/, ''))}`);
    for (const w of words) {
      const l = w.lower.replace(/['’]s$/, '');
      if (isProperLemma(l)) lemmas.push(l);
    }
    terms.push(withCountry(wordTerm(lemmas[words.length - 1]!, [...new Set(lemmas)], 'name'), words.map((w) => w.lower).join(' ')));
    name = [];
  };
  for (let k = i; k < end; ) {
    const w = raw[k]!;
    const lower = w.lower.replace(/['’]s$/, '');
    // A multi-word name the lexicon knows ("United Kingdom", "Security Council", "Red Cross").
    let n = Math.min(MAX_NAME_WORDS, end - k);
    for (; n >= 2; n--) {
      const joined = raw.slice(k, k + n).map((r) => r.lower.replace(/['’]s$/, '')).join('_');
      if (isProperLemma(joined)) break;
    }
    if (n >= 2) {
      flush();
      const parts = raw.slice(k, k + n).filter((r) => !NAME_JOINERS.has(r.lower));
      const joined = raw.slice(k, k + n).map((r) => r.lower.replace(/['’]s$/, '')).join('_');
      terms.push(withCountry(wordTerm(joined, [joined, ...parts.map((r) => `=${nameKey(r.lower.replace(/['’]s$/, ''))}`)], 'name'), joined.replace(/_/g, ' ')));
      k += n;
      continue;
    }
    if (isAcronym(w)) {
      // "U.S.", "UK", "NATO": looked up as they are ("US" is the country, "us" the pronoun).
      flush();
      const acronym = w.text.toLowerCase().replace(/['’]s$/, '');
      const bare = acronym.replace(/\./g, '');
      const known = [acronym, bare].filter((a) => isKnownLemma(a));
      terms.push(withCountry(wordTerm(`=${bare}`, [`=${bare}`, ...known], 'name'), acronym, bare));
      k++;
      continue;
    }
    // A word the lexicon knows as a name or a demonym ("British", "Britain", "London") is a term of its own.
    if (isProperLemma(lower) && !(k === i && sentenceStart && FUNCTION_WORDS.has(lower))) {
      flush();
      terms.push(withCountry(wordTerm(lower, [lower, `=${nameKey(lower)}`], 'name'), lower));
      k++;
      continue;
    }
    const start = k === i && sentenceStart;
    if (start && (FUNCTION_WORDS.has(lower) || STATEMENT_STOPWORDS.has(lower))) {
      k++;
      continue;
    }
    // A title before a name ("Dr.", "Mrs", "Gen.") is no part of whom it names: "CNN's Dr. Ana Lin" and "Dr. Ben Ortiz"
    // share a title, not a person; and it ends the name before it ("CNN's").
    if (TITLE_BEFORE_NAME.test(lower) && k + 1 < end) {
      flush();
      k++;
      continue;
    }
    // An ordinary word in a capitalised run before any name word ("Foreign", "Minister", "News"), or a known word
    // starting a sentence. After a name word it is part of the name ("Ana Lin", "Theresa May"); either way its
    // name key is one of its lemmas, so "Mayor Lin" meets "Ana Lin".
    const lemmas = lemmasOf(lower);
    // A first name before a word no lexicon knows ("Ben Ortiz", "Grace Lin") opens a name, though it is a word too.
    const given = isFirstName(lower) && k + 1 < end && !isKnownLemma(raw[k + 1]!.lower.replace(/['’]s$/, ''));
    if (isKnownLemma(lemmas[0]!) && !isProperLemma(lemmas[0]!) && !NAME_JOINERS.has(lower) && name.length === 0 && !given) {
      if (!lemmas.every((l) => STATEMENT_STOPWORDS.has(l) || FUNCTION_WORDS.has(l))) terms.push(wordTerm(lemmas[0]!, [...lemmas, `=${nameKey(lower)}`], 'word'));
      k++;
      continue;
    }
    name.push(w);
    k++;
  }
  flush();
  return { terms, length: end - i };
}

/** A name term with the country it stands for, when one of its lower-case forms stands for one ("u.s.", "us"). */
function withCountry(term: Term, ...forms: string[]): Term {
  for (const form of forms) {
    const found = countryOf(form);
    if (found) return { ...term, country: { name: found.country, capital: found.by === 'capital' } };
  }
  return term;
}

function wordTerm(key: string, lemmas: string[], kind: TermKind): Term {
  const concepts = new Set<number>();
  for (const l of lemmas) for (const c of conceptsOf(l)) concepts.add(c);
  const broader = new Set<number>();
  for (const c of concepts) for (const h of hypernymsOf(c)) broader.add(h);
  return { key, kind, lemmas, concepts, broader };
}
