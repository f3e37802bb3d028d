// A claim's words with its asides blanked: what news prose adds in passing between commas, dashes or parentheses (a
// non-restrictive relative clause, an appositive after a name, an age) describes a name or a thing and is not what
// the sentence states. Two outlets state one fact and describe its names differently ("The ferry line, which opened
// in 1962, will stop …" / "The ferry line will stop …"): compared without the asides, the fact is found. Offsets are
// kept: each aside becomes spaces of its length.
import { FUNCTION_WORDS, isKnownLemma, lemmasOf, nounClassesOfWord, SPEECH_VERBS } from '../language/index.js';
import { MONTHS, WEEKDAYS } from './rules/statement-words.js';

/** Auxiliaries and modals: a finite verb after them or in their place ("… and has since resigned", "…, is being …"). */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'must', 'can', 'could', 'may', 'might']);

/**
 * A lower-case word that is a verb's inflected form no noun has ("resigned", "took", "accepts"; not "fees", "managing"),
 * or an auxiliary: where a predicate goes on after an aside or after "and".
 */
export function isInflectedVerb(word: string): boolean {
  if (AUXILIARIES.has(word)) return true;
  if (FUNCTION_WORDS.has(word) || /(?:ly|ing)$/.test(word) || nounClassesOfWord(word).length > 0) return false;
  return lemmasOf(word).filter(isKnownLemma).some((l) => l !== word);
}

/**
 * A predicate goes on with this word after an aside: an auxiliary, a speech verb ("said", "told") or another verb's
 * inflected form that no noun has ("resigned"; not "pilots", which may be a list's next noun).
 */
function predicateGoesOn(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (isInflectedVerb(word) || SPEECH_VERBS.has(word));
}

/** Longest aside read, in characters: a longer stretch between two marks is more than a passing description. */
const MAX_ASIDE = 200;

/** Where the sentence's closing punctuation (and closing marks after it) begins, or its end. */
const sentenceEnd = (text: string) => text.search(/[.!?;:]?["”’»)]*\s*$/);

/** Blanks `from`–`to` of `text` (spaces of the same length). */
const blank = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

/** The first lower-case word at `at` or after it, past spaces. */
function wordAt(text: string, at: number): string {
  return /^\s*(\p{Ll}[\p{L}'’]*)/u.exec(text.slice(at))?.[1] ?? '';
}

/** Where an aside opened at `from` closes: its closing comma when a predicate goes on after it, else the sentence end. */
function asideEnd(text: string, from: number, end: number): { to: number; closed: boolean } | undefined {
  const comma = text.indexOf(',', from);
  if (comma >= 0 && comma < end) {
    if (comma - from > MAX_ASIDE || !predicateGoesOn(wordAt(text, comma + 1))) return undefined;
    return { to: comma + 1, closed: true };
  }
  return end - from > MAX_ASIDE ? undefined : { to: end, closed: false };
}

/** A non-restrictive relative clause: a comma, then "which", "who", "whom", "whose" or "where". */
const RELATIVE = /,\s+(?:which|who|whom|whose|where)\b/g;
/** A name's appositive: a capitalised word, a comma, and a determiner ("Ana Lin, a former mayor of Lowford, said"). */
const APPOSITIVE = /(\p{Lu}[\p{L}'’.-]*),\s+(?:a|an|the)\s+/gu;
/**
 * How or where a subject spoke, set between it and its verb: "Ana Lin, in a statement on Sunday, said", "Ben Ortiz,
 * speaking at a rally, said". Read only when a predicate goes on after its closing comma.
 */
const CHANNEL = /(\p{L}[\p{L}'’.-]*),\s+(?:in|at|on|during|speaking|writing)\s+/gu;
/** A person's age after the name: "Ana Lin, 59, said". */
const AGE = /(?<=\p{Lu}[\p{L}'’-]*,)\s+\d{1,3},(?=\s)/gu;
/** Parentheses, and a pair of dashes set apart by spaces, each around at most MAX_ASIDE characters. */
const BRACKETED = new RegExp(`\\s\\([^()]{1,${MAX_ASIDE}}\\)|\\s(?:[—–]|--)\\s[^—–]{1,${MAX_ASIDE}}?\\s(?:[—–]|--)(?=\\s)`, 'g');
/**
 * Words an appositive that runs to the sentence end may not hold: it would be a clause, not a description; or the
 * last items of a list ("… north of Lowford, in the Harbor District, the old town and the islands").
 */
const CLAUSE_WORDS = new Set([...AUXILIARIES, 'do', 'does', 'did', 'said', 'says', 'told', 'that', 'and', 'or']);

/**
 * `text` with its asides blanked. The sentence's closing punctuation stays. An appositive that runs to the end of the
 * sentence is read only after the sentence has said something (five words or more before it, a verb among them) and
 * when it holds none of CLAUSE_WORDS ("… sold the old ferry to Harbor Works, the Lowford shipyard." — not "In
 * Lowford, the council voted …", whose comma only ends an opening phrase).
 */
export function blankAsides(text: string): string {
  let out = text.replace(BRACKETED, (m) => ' '.repeat(m.length)).replace(AGE, (m) => ' '.repeat(m.length));
  const end = sentenceEnd(out);
  for (const m of [...out.matchAll(RELATIVE)]) {
    const close = asideEnd(out, m.index + m[0].length, end);
    // The closing comma stays: it may close an appositive before the clause ("Ana Lin, the mayor, who …, said").
    if (close) out = blank(out, m.index, close.closed ? close.to - 1 : close.to);
  }
  for (const m of [...out.matchAll(APPOSITIVE)]) {
    const name = m[1]!;
    if (MONTHS.has(name.toLowerCase()) || WEEKDAYS.has(name.toLowerCase())) continue;
    const from = m.index + name.length;
    const close = asideEnd(out, m.index + m[0].length, end);
    if (!close) continue;
    if (!close.closed) {
      const before = out.slice(0, m.index).split(/\s+/).filter((w) => /\p{L}/u.test(w));
      const words = out.slice(from, close.to).toLowerCase().split(/[^\p{L}'’]+/u);
      if (before.length < 5 || !before.some((w) => predicateGoesOn(w)) || words.some((w) => CLAUSE_WORDS.has(w))) continue;
    }
    out = blank(out, from, close.to);
  }
  return out;
}

/**
 * `text` with what says how or where its subject spoke blanked ("Ana Lin, in a written note on Sunday, said she would
 * not resign" → "Ana Lin said she would not resign", in spaces of the same length): the channel is whom the
 * claim rests on (primary sources), not what it states, and two outlets that name the statement and the interview
 * differently, or one that names it, state one fact; nor does an outlet that reports only that a statement was
 * released state what the statement said.
 */
export function blankChannels(text: string): string {
  let out = text;
  const end = sentenceEnd(out);
  for (const m of [...out.matchAll(CHANNEL)]) {
    const close = asideEnd(out, m.index + m[0].length, end);
    if (close?.closed) out = blank(out, m.index + m[1]!.length, close.to);
  }
  return out;
}

/**
 * Blanked words read as a sentence: each run of spaces one space, and a comma left alone before what follows an aside
 * dropped ("Ana Lin          , said" → "Ana Lin said").
 */
export function closeUp(text: string): string {
  return text.replace(/\s+,(?=\s)/g, '').replace(/\s{2,}/g, ' ');
}
