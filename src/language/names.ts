// Sentence tokens → candidate name mentions: capitalised runs with titles and roles split off, and type hints.
import type { Span } from '../model/analysis.js';
import { isAdverb, isCommonWord, isKnownLemma, isOnlyName, nameTypeOf, isPersonNoun, isProperLemma, lemmasOf } from './lexicon.js';
import { FUNCTION_WORDS, CALENDAR_WORDS, INDEFINITE_PRONOUNS, OPENING_PREPOSITIONS, TITLE_CASE_SMALL } from './rules/function-words.js';
import { NAME_CONNECTORS, ORGANIZATION_WORDS, PERSON_PARTICLES } from './rules/organizations.js';
import { DEMONYMS, NAMED_PLACE_ENDINGS, PLACE_NAMES, PLACE_OF, PLACE_WORDS } from './rules/places.js';
import { CORPORATE_TITLES, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, roleClassOf, TITLES_OF_PLACE, type RoleClass } from './rules/roles.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import { bodyBeforeRole, broadcastTitle, cueHints, describedAsBody, isAcronym, isCitedAuthor, isDateline, isKnownPlace, isStormName, isVesselName, placeOnlyByPreposition, siteAfter, type TypeHint } from './rules/name-cues.js';
import { nameKey } from './canonical-names.js';
import { isFirstName } from './first-names.js';
import { isGazetteerPlace } from './places.js';
import { isListedCompanyKey } from './companies.js';
import { TITLE_ABBREVIATIONS } from './rules/abbreviations.js';
import { bare, contraction, isCapitalized, isWebHost, stripPossessive, type SpanTokens, type Token } from './tokens.js';

export type { TypeHint } from './rules/name-cues.js';

/** A name as printed, without its title, role or possessive ending. */
export interface NameMention extends Span {
  text: string;
  /** The name's words (for matching variants). */
  words: string[];
  /** `nameKey` of each word, computed once. */
  keys: string[];
  hints: Set<TypeHint>;
  role?: string;
  roleClass?: RoleClass;
  affiliation?: string;
  /** The honorific before it ("mr", "mrs"), which says the person's gender. */
  honorific?: string;
  /**
   * Printed before a company's role in lower case and a name ("Quillsoft spokeswoman Ida Hale"): the body that person
   * speaks for. Not a cue hint: the name-type model does not read it (entities.ts groupKind does).
   */
  bodyOfRole?: true;
  /**
   * An abbreviation in capitals joined to the longer name of the text whose initials it spells ("VPA" of "the Velmar
   * Port Authority"): that name's mention, which says nothing of its type (entities.ts joinAbbreviations).
   */
  abbreviation?: true;
  /**
   * Printed before a noun for a place a company runs ("the Harborlink plant", "a Quillsoft store"): the company, unless
   * the name is a town's. Not a cue hint, for the reason above.
   */
  beforeSite?: true;
  /**
   * Described as a kind of organisation in an appositive or after "is" ("Velmar Watch, an advocacy group that …"), or
   * by such a noun and "the" before it: a body, when no cue but its speaking types it. Not a cue hint either.
   */
  describedAsBody?: true;
  /**
   * Its one place cue is "in" before it ("in Harlow"): weak, as software, subjects, events and works are "in" too ("in
   * Quillsoft Writer", "a degree in Marine Biology"). The model, which reads the cue as a feature, decides (entities.ts).
   * "near", "outside" and "across" are surer, but for a name in the possessive ("outside Ana Lin's flat"), which is
   * the owner of what the preposition governs.
   */
  placeByPreposition?: true;
  /**
   * A ship's or a boat's name: after a noun for a vessel ("the frigate Velmar Star") or with a ship prefix ("HMS Tarrow").
   * Not a cue hint, so the name-type model does not read it; entities.ts types it as neither a person nor a place.
   */
  vessel?: true;
  /** Index of the sentence it stands in. */
  sentence: number;
}

/** Words capitalised in mid-sentence somewhere in the text: a sentence-initial word among them is a name. */
export function midSentenceCapitals(sentences: Span[], tokensOf: SpanTokens): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    const tokens = tokensOf(s);
    if (isTitleCase(tokens)) continue;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && isCapitalized(t.text) && !isOpening(tokens, i - 1)) seen.add(bare(t.text));
      // Both words of a capitalised pair ("Ruth Okafor" opening a sentence) are names wherever they stand; not a word
      // before a month or a day ("Early November", "Late Monday": a month's name is capitalised, not a name).
      const prev = tokens[i - 1]!;
      if (isPairWord(t) && isPairWord(prev)) seen.add(bare(prev.text)).add(bare(t.text));
    }
  }
  return seen;
}

/** A capitalised word that may be half of a pair of names: not a month's or a day's name. */
function isPairWord(t: Token): boolean {
  return t.kind === 'word' && isCapitalized(t.text) && !CALENDAR_WORDS.has(bare(t.text));
}

/** Marks of an era printed beside a year ("312 BC", "AD 95", "the 3rd century BCE"). */
const ERA_MARKS = new Set(['BC', 'AD', 'BCE', 'CE']);

/** The word at `k` is an era's mark beside a number or a century, never a name. */
function eraMark(tokens: Token[], k: number): boolean {
  if (!ERA_MARKS.has(tokens[k]!.text)) return false;
  const [before, after] = [tokens[k - 1]?.text ?? '', tokens[k + 1]?.text ?? ''];
  return /^\d/.test(before) || /^\d/.test(after) || /^(?:century|centuries|millennium)$/i.test(before);
}

/** Labels that credit a picture or give a source in a caption line ("Image: Tom Fields", "Photo: Harbor Works"). */
const CREDIT_LABELS = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'credit', 'credits', 'source', 'video', 'graphic', 'illustration', 'caption', 'courtesy', 'file']);

/** The word at `k` labels a credit: a credit label right before a colon or before another one ("Photo Credit:"). */
function creditLabel(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (next === undefined || !CREDIT_LABELS.has(bare(t.text))) return false;
  return (next.text === ':' && next.start === t.end) || (next.kind === 'word' && creditLabel(tokens, k + 1));
}

/** Finds the name mentions of one sentence. */
export function findNames(text: string, sentence: Span, index: number, known: Set<string>, tokensOf: SpanTokens): NameMention[] {
  const raw = tokensOf(sentence);
  // In a headline in title case ("Harbour Board Casts Doubt On Lin Plan"), capitals say nothing: only words known as names
  // elsewhere in the text or in the place table keep theirs.
  const plain = isTitleCase(raw)
    ? raw.map((t) => (t.kind === 'word' && isCapitalized(t.text) && !isAllCaps(t.text) && !known.has(bare(t.text)) && !PLACE_OF.has(bare(t.text)) && !PLACE_NAMES.has(bare(t.text)) ? { ...t, text: t.text.toLowerCase() } : t))
    : raw;
  const tokens = splitHyphenated(plain, known);
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!(isNameWord(t) || calendarGivenName(tokens, i)) || !startsName(tokens, i, known) || letterPair(tokens, i) || clockMark(tokens, i) || creditLabel(tokens, i) || eraMark(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!t.hyphenPart) {
      while (j < tokens.length) {
        const n = tokens[j]!;
        // "St. Columba's Hospital": a title abbreviation's period stays inside the name; so does an initial's ("Donald J.
        // Lin", "Steven M. Smith"), which must not cut the name short.
        const initial = /^\p{Lu}$/u.test(tokens[j - 1]!.text);
        if (n.text === '.' && n.start === tokens[j - 1]!.end && (TITLE_ABBREVIATIONS.has(bare(tokens[j - 1]!.text)) || initial) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) {
          j += 2;
          continue;
        }
        if (ampersandInsideName(tokens, j, i)) {
          j += 2;
          continue;
        }
        const possessivePlural = /^['’]$/.test(n.text) && n.start === tokens[j - 1]!.end;
        if ((!possessivePlural && !adjacent(text, tokens[j - 1]!, n)) || n.hyphenPart) break;
        if (/['’]s$/u.test(tokens[j - 1]!.text) && !possessiveInsideName(tokens, j)) break;
        // "Juror No. 7", "Pier No. 4": "No." before a number abbreviates "number", no word of a name.
        if (numberAbbreviationAt(tokens, j) || creditLabel(tokens, j)) break;
        if (isNameWord(n) || hyphenatedGivenName(tokens, j)) j++;
        else if (!joins(tokens, i, j)) break;
        else if (NAME_CONNECTORS.has(n.text) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!) && adjacent(text, n, tokens[j + 1]!)) j += 2;
        // Two connectors: "Bank of the West", "Gulf of the Lions".
        else if (NAME_CONNECTORS.has(n.text) && NAME_CONNECTORS.has(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && isNameWord(tokens[j + 2]!)) j += 3;
        // "Department of Harbours and Coastal Services", "School of Music and Navigation": "and" between ordinary words
        // after an organisation's "of" (not "Bank of Aldmark and Tide Systems": a name before it).
        else if ((n.text === 'and' || n.text === '&') && andInsideName(text, tokens, i, j)) j += 2;
        // Plural possessive inside an organisation name: "Selvin Dockers' Union".
        else if (/^['’]$/.test(n.text) && /s$/.test(tokens[j - 1]!.text) && n.start === tokens[j - 1]!.end && j + 1 < tokens.length && isNameWord(tokens[j + 1]!)) j += 2;
        else break;
      }
    }
    // "the Velmar-Norvania War", "a Lin-Ortiz Summit": a common noun after a hyphenated pair of names is what they
    // name together, not a name of its own.
    const before = tokens[i - 1];
    const head = j === i + 1 && !t.hyphenPart && before?.hyphenPart === true && adjacent(text, before, t) && !isFirstName(bare(t.text)) && lemmasOf(bare(t.text).toLowerCase()).some(isCommonWord);
    // "Juror No. 7": a noun for a person before the number that tells which one is a role, not a name. (Not a number
    // alone after it: "Vikings 24" is a score.)
    const designated = j === i + 1 && numberAbbreviationAt(tokens, j) && lemmasOf(bare(t.text).toLowerCase()).some(isPersonNoun);
    if (!head && !designated && !shouted(tokens.slice(i, j))) out.push(...parseRun(text, tokens, numberedStreet(text, tokens, i) ? i - 1 : i, j, index, known));
    i = j;
  }
  return out;
}

/** Time zones as datelines and timestamps print them after a time of day ("11:05 AM EDT", "6:15 p.m. ET"). */
const TIME_ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT']);

/** The token is "AM"/"PM" or a time zone after a time of day: a timestamp's mark, no name. */
function clockMark(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (!/^[AP]M$/.test(word) && !TIME_ZONES.has(word)) return false;
  // Back past the other marks of the time ("AM", "p. m.", "5:03pm") to its number.
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!.text;
    if (/\d/.test(t)) return true;
    if (!/^(?:[ap]\.?m\.?|[AP]M|[ap]|m|\.)$/i.test(t)) return false;
  }
  return false;
}

/** "No." (or "Nos.") then a number from `tokens[j]` on: the abbreviation of "number". */
function numberAbbreviationAt(tokens: Token[], j: number): boolean {
  return /^nos?$/i.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'number';
}

/** Words for a street that a city numbers ("212th Street", "3rd Avenue"). */
const STREET_WORDS = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'terrace', 'parkway', 'st', 'ave', 'rd', 'blvd']);

/** The name at `i` is a street's word after its number ("212th Street"): the number is part of the name. */
function numberedStreet(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && STREET_WORDS.has(bare(tokens[i]!.text)) && /^\d+(?:st|nd|rd|th)$/i.test(before.text) && adjacent(text, before, tokens[i]!);
}

/**
 * A line in capitals ("WILL THEY CUT THE FARES AGAIN", "MAYOR SAYS THE PORT WILL OPEN"): every word in capitals and
 * two or more of them function words is a shouted sentence or headline, not a name ("BANK OF ALDMARK" has one).
 */
function shouted(run: Token[]): boolean {
  const words = run.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 3 || !words.every((t) => t.text === t.text.toUpperCase())) return false;
  return words.filter((t) => FUNCTION_WORDS.has(t.text.toLowerCase())).length >= 2;
}

/**
 * A connector ("of", "for", "the") or a plural possessive continues a name only after an organisation or place word,
 * or right after a role word: "Bank of Aldmark", "Gulf of Tamsin", "Secretary of State" — but "Ana Lin of the Port
 * Authority" is two names, and so is "President Tom Lin of Velmar" (the role is his, "of Velmar" says where).
 */
function joins(tokens: Token[], from: number, to: number): boolean {
  const n = tokens[to]!;
  if (/^['’]$/.test(n.text)) return /s$/.test(tokens[to - 1]!.text);
  if (!NAME_CONNECTORS.has(n.text) || PERSON_PARTICLES.has(n.text)) return true;
  if (isTitleHead(bare(tokens[to - 1]!.text))) return true;
  if (broadcastTitle(tokens, from)) return true;
  return tokens.slice(from, to).some((t) => {
    const b = bare(t.text);
    return ORGANIZATION_WORDS.has(b) || PLACE_WORDS.has(b);
  });
}

/**
 * "and" at `at` continues an organisation's name: an organisation word, then "of" or "for" and only ordinary words up to the
 * "and", and ordinary capitalised words after it up to the name's end.
 */
function andInsideName(text: string, tokens: Token[], from: number, at: number): boolean {
  const of = tokens.findIndex((t, k) => k >= from && k < at && (t.text === 'of' || t.text === 'for'));
  if (of < 0 || !tokens.slice(from, of).some((t) => ORGANIZATION_WORDS.has(bare(t.text)))) return false;
  const ordinary = (t: Token) => isNameWord(t) && !isFirstName(bare(t.text)) && lemmasOf(bare(t.text).toLowerCase()).some(isCommonWord);
  if (!tokens.slice(of + 1, at).every(ordinary)) return false;
  let k = at + 1;
  while (k < tokens.length && isNameWord(tokens[k]!) && adjacent(text, tokens[k - 1]!, tokens[k]!)) {
    if (!ordinary(tokens[k]!)) return false;
    k++;
  }
  // "the House of Representatives and Senate": a body that is named by its one word is a second name.
  return k > at + 1 && !(k === at + 2 && STANDALONE_BODIES.has(bare(tokens[at + 1]!.text).toLowerCase()));
}

/**
 * The "&" at `at` joins the words on its two sides into one name: printed without spaces between capitals ("VX&T";
 * not two single letters, "R&D", "Q&A", common nouns, unless a name's word stands before them: "Lowford A&M"), or
 * with spaces between two capitalised words ("Harrow & Lind", a firm's name) — unless they are a citation's authors
 * ("Okafor & Lindqvist, 2014", "Okafor & Lindqvist 2014"), two places or streets ("Lowford & Brill"), or a full name
 * stands on either side, a person's ("Ana Lin & Ben Ortiz", "Ana Lin & Quist").
 */
function ampersandInsideName(tokens: Token[], at: number, from = at - 1): boolean {
  const [before, amp, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  // "Ana Lin & the Tides": a full name before it is a person's, and the "&" adds another name.
  if (at - from >= 2 && isFirstName(bare(tokens[from]!.text))) return false;
  if (!before || amp?.text !== '&' || !after || after.kind !== 'word' || !/^\p{Lu}/u.test(before.text) || !/^\p{Lu}/u.test(after.text)) return false;
  // Two single letters inside a longer name are its part ("Lowford A&M University"), not a common noun.
  if (before.end === amp.start && amp.end === after.start) return !letterPair(tokens, at - 1) || at - 1 > from;
  const spaced = (a: Token, b: Token) => b.start - a.end === 1;
  if (!spaced(before, amp) || !spaced(amp, after) || !isNameWord(after) || isCitedAuthor(tokens, at)) return false;
  // Two places ("Oslo & Tallinn") or the streets of a crossing ("Pier St & Harbor") are two names.
  const place = (t: Token) => PLACE_OF.has(bare(t.text)) || PLACE_NAMES.has(bare(t.text)) || PLACE_WORDS.has(bare(t.text)) || isGazetteerPlace(t.text);
  if (place(before) || place(after) || PLACE_ABBREVIATIONS.has(bare(before.text))) return false;
  // A letter ("Pier C & D"), an abbreviation in capitals ("NVA & HRB") or an honorific ("& Mr. Lin") on either side:
  // two names.
  if (before.text.length === 1 || after.text.length === 1 || isAllCaps(before.text) || isAllCaps(after.text) || HONORIFICS.has(bare(after.text)) || TITLE_ABBREVIATIONS.has(bare(after.text))) return false;
  const next = tokens[at + 2];
  return !(isFirstName(bare(after.text)) && next !== undefined && isNameWord(next) && spaced(after, next));
}

/** `tokens[i]` is a letter of two joined by an unspaced "&" ("R&D", "Q&A"): a common noun's, no name. */
function letterPair(tokens: Token[], i: number): boolean {
  const tight = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  const letter = (t: Token | undefined) => t !== undefined && /^\p{Lu}$/u.test(t.text);
  const pairAt = (amp: number) => tokens[amp]?.text === '&' && letter(tokens[amp - 1]) && letter(tokens[amp + 1]) && tight(tokens[amp - 1], tokens[amp]) && tight(tokens[amp], tokens[amp + 1]);
  return letter(tokens[i]) && (pairAt(i + 1) || pairAt(i - 1));
}

/** Bodies named by one word alone ("the Senate", "Parliament"), which "and" does not join to a name before it. */
const STANDALONE_BODIES = new Set(['senate', 'congress', 'parliament', 'cabinet', 'government', 'police', 'army', 'navy', 'council', 'assembly']);

interface SplitToken extends Token {
  hyphenPart?: boolean;
}

/** "Okafor-Lindqvist" → two name tokens; "Valmora-based" stays one (not a name). */
function splitHyphenated(tokens: Token[], known: Set<string>): SplitToken[] {
  const out: SplitToken[] = [];
  for (const t of tokens) {
    const parts = t.kind === 'word' ? t.text.split(/[-‐]/) : [t.text];
    // "Okafor-Lindqvist talks" joins two names used alone elsewhere; "Al-Rashid", "Jean-Luc" are one name.
    const standalone = parts.some((p) => known.has(bare(p)) || PLACE_OF.has(bare(p)));
    // "Mary-Kate", "Anna-Lena": first names joined are one first name; "X-Lines", "Q-Ferries": a letter joined to a
    // word is one name, whatever the word names alone.
    const letter = parts.some((p) => p.length === 1);
    if (parts.length < 2 || !parts.every((p) => isCapitalized(p)) || !standalone || letter || parts.every((p) => isFirstName(bare(p)))) {
      out.push(t);
      continue;
    }
    let at = t.start;
    for (const p of parts) {
      out.push({ text: p, start: at, end: at + p.length, kind: 'word', hyphenPart: true });
      at += p.length + 1;
    }
  }
  return out;
}

/**
 * A romanised given name written with a hyphen after a family name ("Wong Kai-yip", "Lee Kuan-wei"): capitalised, its
 * second syllable a word no lexicon knows, or a short uninflected one after an unknown first ("yip"). "Valmora-based",
 * "Lin-led" are modifiers: their second part is an inflected word.
 */
function hyphenatedGivenName(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!t.text.includes('-') && !t.text.includes('‐')) return false;
  const [first = '', second = '', ...more] = t.text.split(/[-‐]/);
  if (t.kind !== 'word' || more.length > 0 || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Ll}+$/u.test(second) || !isNameWord(tokens[j - 1]!)) return false;
  const known = (w: string) => isKnownLemma(lemmasOf(w.toLowerCase())[0]!);
  if (!known(second)) return true;
  return second.length <= 3 && lemmasOf(second)[0] === second && !FUNCTION_WORDS.has(second) && !known(first);
}

/**
 * A surname joined to its lower-case article or particle by a hyphen or an apostrophe, as Arabic and French names are
 * printed in English ("al-Hadi", "el-Masri", "d'Arcy"): a capitalised name word though it opens in lower case.
 */
const PARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|d)[-‐'’]\p{Lu}\p{Ll}/u;

function isNameWord(t: Token): boolean {
  if (t.kind === 'word' && PARTICLE_JOINED.test(t.text)) return true;
  if (t.kind !== 'word' || !isCapitalized(t.text) || /[-‐]\p{Ll}/u.test(t.text)) return false;
  const b = bare(t.text);
  return !CALENDAR_WORDS.has(b) && !CALENDAR_WORDS.has(b.replace(/s$/, '')) && b !== 'i';
}

/**
 * "Jan Olvar", "Mar Velasco": a month's short form that is a first name too, with no period, right before a capitalised
 * name word, is the first name (a date prints its number after it: "Jan 5", "Jan. 5").
 */
function calendarGivenName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const b = bare(t.text);
  return t.kind === 'word' && /^\p{Lu}\p{Ll}{2}$/u.test(t.text) && CALENDAR_WORDS.has(b) && isFirstName(b) && next !== undefined && isNameWord(next) && next.start - t.end === 1;
}

const isAllCaps = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/**
 * A line in title case: no sentence end, four words or more, nearly every word capitalised, and a short function word
 * capitalised after the first word (a name alone, "Ana Lin", or a sentence is not one).
 */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  const last = tokens.at(-1);
  if (words.length < 4 || (last && /^[.!?"”’]$/.test(last.text))) return false;
  const capitalised = words.filter((t) => isCapitalized(t.text)).length;
  return capitalised / words.length >= 0.8 && words.slice(1).some((t) => isCapitalized(t.text) && TITLE_CASE_SMALL.has(t.text.toLowerCase()));
}

/** Short words written in capitals at a sentence's start that are not acronyms ("OK, …", "WOW"). */
const SHOUTED_WORDS = new Set(['ok', 'okay', 'hi', 'hey', 'wow', 'yes', 'no', 'oh', 'ah', 'yay', 'lol', 'omg']);
/** Bodies whose abbreviation spells a function word: the World Health Organization. */
const FUNCTION_WORD_ACRONYMS = new Set(['who']);

/** An abbreviation written with periods: "U.S.", "U.K.", "U.A.E.". */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

/** Function words that open names when capitalised before another name word ("New Delhi", "Old Bailey", "Third Avenue"). */
const NAME_OPENERS = new Set(['new', 'old', 'first', 'second', 'third']);

/**
 * `tokens[k]` opens a clause: an opening quotation mark, a parenthesis, a colon or a dash. A straight mark attached to
 * the word before and not to the word after, inside a sentence, closes a quote (`"It was late," Sage Reyes said`): what
 * follows goes on with the sentence.
 */
function isOpening(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'punct' || !/["“‘'(:—–-]/.test(t.text)) return false;
  if (t.text !== '"' && t.text !== "'") return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // (A closing mark left at a sentence's start, `'' Police said`, closes the sentence before: the next word opens this one.)
  if (prev === undefined || prev.end !== t.start || (next !== undefined && next.start === t.end)) return true;
  for (let j = 0; j < k; j++) if (!/^["'“”‘’`]+$/.test(tokens[j]!.text)) return false;
  return true;
}

/** A capitalised word starts a name unless it stands first in its sentence (or clause) and looks like an ordinary word. */
function startsName(tokens: Token[], i: number, known: Set<string>): boolean {
  const word = bare(tokens[i]!.text);
  const initial = i === 0 || isOpening(tokens, i - 1);
  const next = tokens[i + 1];
  // "410 BCE", "c. 1200 BC", "220 AD": an era after a year is no name.
  if (ERAS.has(tokens[i]!.text) && tokens[i - 1]?.kind === 'number') return false;
  // "Ana Lin, QC,", "Harbor Works, Inc.": a post-nominal after a name and a comma is part of what it follows.
  if (POST_NOMINALS.has(tokens[i]!.text.replace(/\.$/, '')) && tokens[i - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '')) return false;
  // A dateline in capitals ("NEW YORK (Reuters) -", "SAN FRANCISCO —"): a name even when a word of it is a common one.
  if (initial && isAllCaps(tokens[i]!.text) && next && isAllCaps(next.text) && isNameWord(next)) return true;
  // A one-word dateline ("KYIV, Ukraine (AP) —", "WASHINGTON —", "MOSCOW (Reuters) -"): a place, unless the word is an
  // ordinary one in capitals ("UPDATE -").
  const dateline = isDateline(tokens, i);
  if (dateline && (!isKnownLemma(word) || isProperLemma(word))) return true;
  // "NATO said", "UNICEF officials …": an acronym opening a sentence is a name (a line all in capitals is not prose).
  const acronym = isAcronym(tokens[i]!.text) && tokens[i]!.text.length <= 6 && !FUNCTION_WORDS.has(word) && !SHOUTED_WORDS.has(word);
  if (initial && acronym && !dateline && !(next && isAllCaps(next.text))) return true;
  // "U.S.", "U.K.": an abbreviation written with periods is a name, though its bare letters spell a word ("us"); so is a
  // web host name ("Ferrynews.com is reporting …").
  if (DOTTED.test(tokens[i]!.text) || isWebHost(tokens[i]!.text)) return true;
  // "Mr. Velan", "Mrs Lin", "Gen. Okafor", "St. Columba's": an honorific or an abbreviated title opens the name it
  // stands before (its period stays inside the run), so that the name carries the gender or the role it marks.
  const period = next?.text === '.' && next.start === tokens[i]!.end;
  if (HONORIFICS.has(word) || (period && TITLE_ABBREVIATIONS.has(word))) {
    const after = period ? tokens[i + 2] : next;
    return after !== undefined && isNameWord(after) && !FUNCTION_WORDS.has(bare(after.text));
  }
  // "New Hampshire", "Old Trafford", "Second Avenue": an adjective of the closed class opens the name it is capitalised
  // in, mid-sentence, or at a sentence's start when the words make a known place ("New York is …").
  if (NAME_OPENERS.has(word) && next && isNameWord(next) && next.start - tokens[i]!.end === 1) {
    return !initial || PLACE_NAMES.has(`${word} ${bare(next.text)}`) || isProperLemma(`${word}_${bare(next.text)}`);
  }
  // "the WHO said", "US officials": an abbreviation in capitals that the place table or the list of bodies knows is a
  // name, though its letters spell a function word (not in a line all in capitals).
  if (/^\p{Lu}{2,6}$/u.test(tokens[i]!.text) && (PLACE_OF.has(word) || FUNCTION_WORD_ACRONYMS.has(word)) && !(initial && next && isAllCaps(next.text))) return true;
  // "said Will Hale": a modal that is also a first name, capitalised mid-sentence before a capitalised word, opens a name.
  if (!initial && FIRST_NAME_MODALS.has(word) && next && isNameWord(next) && !FUNCTION_WORDS.has(bare(next.text)) && next.start - tokens[i]!.end === 1) return true;
  // "VX&T", "Harrow & Lind said": a word joined to a name by "&" opens it, though it spells a function word or an
  // ordinary word at the sentence's start.
  if (ampersandInsideName(tokens, i + 1)) return true;
  // "J. Robert Lin said", "Counsel: K. Ana Ortiz, …", "T. S. Hale wrote": an initial opening a clause before a first
  // name or a name of two words opens the name, as it does mid-sentence (its period stays inside the run).
  if (initial && initialBeforeName(tokens, i)) return true;
  if (FUNCTION_WORDS.has(word) || INDEFINITE_PRONOUNS.has(word) || isContraction(word)) return false;
  if (!initial) return true;
  if (OPENING_PREPOSITIONS.has(word)) return false;
  // "(Lindqvist et al., 2012)", "(Harrow, 2015)": an author opening a citation.
  if (isCitedAuthor(tokens, i + 1)) return true;
  // "Tasmania voted", "China said", "Zscaler has": a word opening a sentence that the place table knows, that the
  // lexicon knows only as a name (every sense of it a name's), that GeoNames knows as a town, or that is a listed
  // company's short name (no word of the language), is a name.
  if (PLACE_OF.has(word) || PLACE_NAMES.has(word)) return true;
  if (isOnlyName(word) || isGazetteerPlace(word) || (isListedCompanyKey(word) && !lemmasOf(word).some(isKnownLemma))) return true;
  // "Xinhua reported", "Reuters said": an unknown word opening a sentence before a speech verb is a name; so is one
  // before a company's role in lower case and a name ("Quillsoft spokeswoman Ida Hale said").
  if (next && (SPEECH_VERBS.has(next.text) || bodyBeforeRole(tokens, i + 1)) && !lemmasOf(word).some(isKnownLemma)) return true;
  // ("Reported Harbor News …" opens with a verb, "Finally Lin …" with an adverb; "Ned", "Beverly", "Winifred" end the
  // same way and are first names, as is "Lily", a common noun too but no adverb.)
  if (next && isNameWord(next)) {
    return !/(?:ly|ing|ed)$/.test(word) || (isFirstName(word) && (!isCommonWord(word) || (word.endsWith('ly') && !isAdverb(word)))) || (word.endsWith('ed') && participleOpensName(tokens, i));
  }
  // "Governor of Virginia Bob McDonnell said", "Bank of Aldmark said": a generic word joined to a name by "of" opens it.
  if (next?.text === 'of' && tokens[i + 2] && isNameWord(tokens[i + 2]!) && (ORGANIZATION_WORDS.has(word) || PLACE_WORDS.has(word) || isTitleHead(word))) return true;
  // "Congress approved …", "Parliament voted …": a legislature's or a seat of power's own name, capitalised.
  if (INSTITUTION_NAMES.has(word)) return true;
  // A lone generic word opening a sentence ("Police said", "Council members") is not a name even if a name contains it.
  if (ORGANIZATION_WORDS.has(word) || PLACE_WORDS.has(word) || ROLE_HEADS.has(word)) return false;
  return known.has(word);
}

/** `tokens[i]` is an initial ("J.") before another initial, a first name, or a name of two capitalised words. */
function initialBeforeName(tokens: Token[], i: number): boolean {
  const [letter, period, next, after] = [tokens[i]!, tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!/^\p{Lu}$/u.test(letter.text) || period?.text !== '.' || period.start !== letter.end || !next || !isNameWord(next)) return false;
  if (/^\p{Lu}$/u.test(next.text)) return initialBeforeName(tokens, i + 2);
  return isFirstName(bare(next.text)) || (after !== undefined && isNameWord(after) && after.start - next.end === 1);
}

/**
 * "Allied Harbour Board said …", "Consolidated Pier Holdings sold …": a participle opening a sentence opens a name
 * when its capitalised words are one the lexicon or the company listings know, or end in an organisation word
 * ("Dubbed Harbor Nights, the show …" and "Named Ana Lin's deputy, …" open with a verb).
 */
function participleOpensName(tokens: Token[], i: number): boolean {
  const words: string[] = [];
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !isCapitalized(t.text) || (k > i && t.start - tokens[k - 1]!.end !== 1)) break;
    words.push(bare(t.text));
  }
  for (let n = words.length; n >= 2; n--) {
    const w = words.slice(0, n);
    if (isProperLemma(w.join('_')) || isListedCompanyKey(w.join(' ')) || ORGANIZATION_WORDS.has(w[n - 1]!)) return true;
  }
  return false;
}

/**
 * Words that, capitalised at a sentence's start, are the name of one institution, not a generic noun ("Congress",
 * "Parliament", "the Kremlin"), unlike "Police" or "Council".
 */
const INSTITUTION_NAMES = new Set(['congress', 'parliament', 'senate', 'kremlin', 'pentagon', 'duma', 'knesset', 'bundestag', 'whitehall']);

/** Eras written after a year. */
const ERAS = new Set(['BC', 'BCE', 'AD', 'CE', 'B.C.', 'A.D.']);
/** Letters after a name and a comma: a lawyer's rank, a company's form. */
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'Inc', 'Ltd', 'LLC', 'PLC', 'Jr', 'Sr']);

/** Modal verbs that are first names ("Will"); "May" is a month's name and is read as one. */
const FIRST_NAME_MODALS = new Set(['will']);

/** Abbreviations that open place names, not ranks: "St. Louis", "Mt. Vernon", "Ft. Worth". */
const PLACE_ABBREVIATIONS = new Set(['st', 'mt', 'ft']);

/**
 * Where a person's name starts inside a longer capitalised run: at a first name after the run's first word, with a
 * surname or two after it (which may be a first name too: "Jennifer Quill"), no first name before it, and neither a place or institution word in the run ("Lake Ana
 * Hospital", "St. Louis Rovers", "Bank of Velmar Merrill Ortiz" stay whole) nor a connector right before it
 * ("University of Virginia Press"). -1 when there is none.
 */
function givenNameAt(words: string[]): number {
  if (words.some((w) => isInstitutionOrPlaceWord(w) || NAME_OPENERS.has(w) || PLACE_ABBREVIATIONS.has(w))) return -1;
  // "ambassador to Britain Qiu Renshu", "the jury heard Norvanian Ilko Varesh": a country or its people's adjective, then two
  // words no lexicon or list knows, is the country and a person's name (a team or a company after a place has words of
  // the language: "Boston Red Rovers", "American Harbor Lines").
  if (words.length === 3 && (PLACE_NAMES.has(words[0]!) || DEMONYMS.has(words[0]!)) && words.slice(1).every((w) => !isCommonWord(w) && !isFirstName(w) && /^\p{L}+$/u.test(w))) return 1;
  // (A particle is no first name, though the lists have some: "the Marquis de Velmar" is one name.)
  const given = (w: string) => !NAME_CONNECTORS.has(w) && (isFirstName(w) || isFirstName(w.split('-')[0]!));
  const k = words.findIndex((w, i) => i > 0 && i >= words.length - 3 && i < words.length - 1 && given(w));
  // A period before it belongs to a title or an initial ("Cmdr. Sean", "J. Kurt"), which other rules read.
  if (k < 0 || words.slice(0, k).some((w) => w === '' || isFirstName(w) || NAME_CONNECTORS.has(w) || PERSON_PARTICLES.has(w))) return -1;
  // "San Francisco Beacon": the words up to the "first name" make a place the lexicon or the gazetteer knows.
  for (let from = 0; from < k; from++) if (isProperLemma(words.slice(from, k + 1).join('_')) || isGazetteerPlace(words.slice(from, k + 1).join(' '))) return -1;
  // "Boston Ruby Hawks", "Denver Red Caps": a known town's name, then a first name that is also a word of the language:
  // the name of a team or a body after its town ("Denver Royal Clinic"), not a person named after a place.
  const town = words.slice(0, k).join(' ');
  if (isKnownLemma(words[k]!) && (PLACE_NAMES.has(town) || isGazetteerPlace(town) || nameTypeOf(town.replace(/ /g, '_')) === 'place')) return -1;
  return words.slice(k + 1).every((w) => w !== '' && !FUNCTION_WORDS.has(w)) ? k : -1;
}

/**
 * After "<role> of the", a body's name ending in an institution word, then a first name and a surname or two ("Chief
 * Executive of the Harbor Trust Ana Lin"): where the person's name starts, else -1. givenNameAt keeps such runs whole
 * ("Bank of Velmar Merrill Ortiz" may be one bank's name); after the office's "of" the body is the office's and a person
 * is named after it.
 */
function personAfterBody(words: string[]): number {
  // A first name and a surname, or a first name and two more words.
  for (const size of [2, 3]) {
    const k = words.length - size;
    const rest = words.slice(k + 1);
    if (k >= 1 && ORGANIZATION_WORDS.has(words[k - 1]!) && isFirstName(words[k]!) && rest.every((w) => w !== '' && !FUNCTION_WORDS.has(w) && !isInstitutionOrPlaceWord(w))) return k;
  }
  return -1;
}

/** A word that makes a capitalised run an institution's or a place's name ("Bank", "University", "County"). */
export function isInstitutionOrPlaceWord(word: string): boolean {
  return ORGANIZATION_WORDS.has(word) || PLACE_WORDS.has(word) || NAMED_PLACE_ENDINGS.has(word);
}

/**
 * `Ken Bishop … says Bishop`: a title word standing alone that is the surname of a person named in full before ("Ken
 * Bishop", read as a name by titleAsSurname) names that person, unless an article makes it a title ("the Bishop") or a
 * name follows it ("Bishop Ana Lin"). The mentions of one text, in order of `start`.
 */
export function titleSurnames(text: string, names: NameMention[], sentences: Span[], tokensOf: SpanTokens): NameMention[] {
  const surnames = new Map<string, number>();
  for (const m of names) if (m.words.length === 2 && ROLE_HEADS.has(m.words[1]!.toLowerCase()) && titleAsSurname(m.words)) surnames.set(m.words[1]!, surnames.get(m.words[1]!) ?? m.start);
  if (surnames.size === 0) return [];
  const found: NameMention[] = [];
  sentences.forEach((s, sentence) => {
    const tokens = tokensOf(s);
    tokens.forEach((t, i) => {
      const word = stripPossessive(t.text);
      const first = surnames.get(word);
      if (first === undefined || t.start <= first || names.some((m) => m.start <= t.start && m.end > t.start)) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if ((prev && ['the', 'a', 'an'].includes(prev.text.toLowerCase())) || (next && isNameWord(next) && adjacent(text, t, next))) return;
      found.push({ text: word, start: t.start, end: t.start + word.length, words: [word], keys: [nameKey(word)], hints: new Set(['person']), sentence });
    });
  });
  return found;
}

/** "Tom Doctor", "Lena Judge": after a first name (not a role word, not a place), a title word is a surname. */
function titleAsSurname(words: string[], printed: string[] = words): boolean {
  const first = words[0]!;
  // A first name the lists know, or a word no lexicon or gazetteer knows, written like a name, before a title written
  // like a surname ("Tamsira Bishop": an unlisted given name; not "Quillsoft CEO", nor "SeaLane Chief").
  const unlisted = printed.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !isKnownLemma(first.toLowerCase()) && !isGazetteerPlace(first);
  return words.length === 2 && (isFirstName(first) || unlisted) && !ROLE_MODIFIERS.has(first) && !ROLE_HEADS.has(first) && !PLACE_NAMES.has(first) && !PLACE_OF.has(first);
}

/** An ordinary word of a role before a name ("Administrator", "Superintendent"), not a name ("NVA", "Norvania"). */
function isRoleLike(printed: string): boolean {
  const word = bare(printed);
  return word !== '' && !isAcronym(printed) && isCommonWord(word) && !FUNCTION_WORDS.has(word);
}

/** A function word with a verb or negation contracted onto it ("I’m", "We’re", "They’ll", "Don’t"): never a name. */
function isContraction(word: string): boolean {
  const c = contraction(word);
  return (c !== null && FUNCTION_WORDS.has(c.base)) || /n['’]t$/u.test(word);
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

/**
 * A role in lower case just before a name ("moderator Ana Lin", "news host Ben Ortiz") or as its appositive ("Its
 * spokeswoman, Grace Whitlow, said"); before the role, the name of the body or country it belongs to ("Quillsoft
 * spokeswoman Ida Hale", "Norvanian foreign minister Ana Lin": `affiliation`).
 */
function roleBeforeName(text: string, tokens: Token[], from: number, known: ReadonlySet<string>): { role: string; affiliation?: string } | undefined {
  const before = tokens[from - 1];
  if (before && ROLE_HEADS.has(before.text.toLowerCase())) {
    let k = from - 1;
    while (k > 0 && ROLE_MODIFIERS.has(tokens[k - 1]!.text.toLowerCase())) k--;
    const role = tokens.slice(k, from).map((t) => t.text.toLowerCase()).join(' ');
    const affiliation = nameBeforeRole(text, tokens, k, known);
    return affiliation ? { role, affiliation } : { role };
  }
  // Not a bare role between commas after a name ("Ana Lin, president, Harbor Media Group"): what follows it is her body.
  if (before?.text === ',' && ROLE_HEADS.has(tokens[from - 2]?.text.toLowerCase() ?? '') && tokens[from - 3]?.text !== ',') return { role: tokens[from - 2]!.text.toLowerCase() };
  return undefined;
}

/** Prepositions that join a role to its body or country in an appositive ("a spokeswoman for Quillsoft"). */
const ROLE_OF = new Set(['of', 'for', 'at', 'with']);

/**
 * A role set after a name between commas ("Ida Hale, a spokeswoman for Quillsoft, said", "Ana Lin, the mayor of
 * Lowford, said", "Ben Ortiz, a Quillsoft engineer, said"): a determiner, the role in lower case (modifiers and its
 * head), and the body or country it belongs to, before it or after a preposition; the appositive must close with a
 * comma or end the sentence, so a longer description ("Ana Lin, a friend of the mayor's family") is none.
 */
function roleAfterName(tokens: Token[], to: number): { role: string; affiliation?: string } | undefined {
  if (tokens[to]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[to + 1]?.text ?? '')) return undefined;
  const words = (from: number, end: number) => tokens.slice(from, end).map((t) => stripPossessive(t.text));
  const roleFrom = capitalsFrom(tokens, to + 2);
  let body = words(to + 2, roleFrom);
  let k = roleFrom;
  while (k < tokens.length && ROLE_MODIFIERS.has(tokens[k]!.text)) k++;
  // A modifier that is also a head ends the role ("the chief executive of …").
  if (!ROLE_HEADS.has(tokens[k]?.text ?? '') && k > roleFrom && ROLE_HEADS.has(tokens[k - 1]!.text)) k--;
  if (!ROLE_HEADS.has(tokens[k]?.text ?? '')) return undefined;
  const role = tokens.slice(roleFrom, k + 1).map((t) => t.text).join(' ');
  k++;
  if (ROLE_OF.has(tokens[k]?.text ?? '')) {
    const start = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    k = capitalsFrom(tokens, start);
    if (k === start) return undefined;
    if (body.length === 0) body = words(start, k);
  }
  if (k < tokens.length && tokens[k]!.text !== ',' && !/^[.!?;:]$/.test(tokens[k]!.text)) return undefined;
  const affiliation = roleBody(body);
  return affiliation ? { role, affiliation } : { role };
}

/**
 * The run from `from` may hold the role of an appositive after it: not a place, nor a name after "of", which tells
 * where the name before it is from ("Senator Ana Lin of Velmar, the chairman of …": the chairman is Lin).
 */
function appositiveHolder(tokens: Token[], from: number, words: string[]): boolean {
  return tokens[from - 1]?.text !== 'of' && !isKnownPlace(words);
}

/** Most words of a body's name read before a role. */
const MAX_AFFILIATION_WORDS = 4;

/**
 * The capitalised words printed just before a role at `role` ("Quillsoft", "Harbor Works", "Velmar's", "Norvanian"),
 * as the body or country the role belongs to: a demonym as its country. Not a function or calendar word ("The
 * spokeswoman", "On Monday spokeswoman …"), another title ("Sheriff's deputy"), nor one word of the language opening
 * the sentence, which is capitalised for that alone ("Team spokesman …", "Polygamist leader …"), unless the text
 * capitalises it mid-sentence too (`known`: "Harbor spokeswoman Ida Hale said …" in a text about "the rival Harbor").
 */
function nameBeforeRole(text: string, tokens: Token[], role: number, known: ReadonlySet<string>): string | undefined {
  let k = role;
  while (k > 0 && role - k < MAX_AFFILIATION_WORDS && tokens[k - 1]!.kind === 'word' && isCapitalized(tokens[k - 1]!.text) && adjacent(text, tokens[k - 1]!, tokens[k]!)) k--;
  const words = tokens.slice(k, role).map((t) => stripPossessive(t.text));
  const lower = words.join(' ').toLowerCase();
  if (k === 0 && words.length === 1 && !PLACE_OF.has(lower) && !known.has(bare(tokens[0]!.text)) && lemmasOf(lower).some(isCommonWord)) return undefined;
  return roleBody(words);
}

/**
 * Words read as the body or country a role belongs to: a demonym as its country; none when a function, calendar or
 * title word is among them.
 */
function roleBody(words: string[]): string | undefined {
  if (words.length === 0 || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || CALENDAR_WORDS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase()))) return undefined;
  const name = words.join(' ');
  return PLACE_OF.get(name.toLowerCase()) ?? name;
}

/** Where the capitalised words from `start` on end (at most MAX_AFFILIATION_WORDS of them). */
function capitalsFrom(tokens: Token[], start: number): number {
  let j = start;
  while (j < tokens.length && j - start < MAX_AFFILIATION_WORDS && tokens[j]!.kind === 'word' && isCapitalized(tokens[j]!.text)) j++;
  return j;
}

/** The run's word at `title` is a company's title with one word, the company's name, before it ("Quillsoft CEO"). */
function companyTitleAfterOneWord(words: readonly string[], title: number): boolean {
  return title === 1 && CORPORATE_TITLES.has(words[1]!);
}

/**
 * The body a title belongs to ("Lowford Harbour Safety Director Ana Lin") is an organisation, unless a cue, a place
 * list or the lexicon knows the name (a country or a city before a minister's title).
 */
function hintTitleBody(b: NameMention): void {
  // A name in the place table already has its cue ("known-place"); GeoNames towns and the lexicon's names do not.
  if (b.hints.size > 0 || isGazetteerPlace(b.text) || isProperLemma(b.words.join('_').toLowerCase())) return;
  b.hints.add('organization');
}

/**
 * Where the person's name starts after a title ending at `at` ("Governor", "President"), and the name of its office's
 * place or body, when "of" or "for" follows the title. "Governor of Velmar Ana Lin": the place of the office is a
 * name of its own; "Secretary of State …" has none; "Director of Harbour Safety Ida Hale": the office's words
 * run on to the first name; "High Commissioner for Harbour Safety": an office of ordinary words names no one;
 * "President of the Lowford Rowing Society (Ana Lin)": the office's body is a name of its own.
 */
function officeAfterTitle(words: string[], at: number): { nameFrom: number; name?: [number, number] } {
  if ((words[at] !== 'of' && words[at] !== 'for') || at + 1 >= words.length) return { nameFrom: at };
  // "President of the Republic of Norvania", "Governor of Velmar": the place may follow "the", and may end the run.
  const from = words[at + 1] === 'the' ? at + 2 : at + 1;
  const size = [3, 2, 1].find((n) => from + n <= words.length && PLACE_NAMES.has(words.slice(from, from + n).join(' ')));
  if (size) return { nameFrom: from + size, name: [from, from + size] };
  const office = words.slice(at + 2);
  const later = Math.max(givenNameAt(office), personAfterBody(office));
  const end = later > 0 ? at + 2 + later : words.length;
  const body = words[at + 1] === 'the' && words.slice(at + 2, end).some((w) => ORGANIZATION_WORDS.has(w)) ? { name: [at + 2, end] as [number, number] } : {};
  if (later > 0) return { nameFrom: end, ...body };
  if (office.every((w) => isCommonWord(lemmasOf(w)[0]!) || FUNCTION_WORDS.has(w))) return { nameFrom: words.length };
  if ('name' in body) return { nameFrom: words.length, ...body };
  return { nameFrom: at + 2 };
}

/** Splits a capitalised run into affiliation, role and name, and hints the name's type. */
function parseRun(text: string, tokens: Token[], from: number, to: number, sentence: number, known: ReadonlySet<string>): NameMention[] {
  const run = tokens.slice(from, to);
  const words = run.map((t) => bare(t.text));
  const whole = words.join(' ');
  const out: NameMention[] = [];
  let nameFrom = 0;
  let role: string | undefined;
  let affiliation: string | undefined;
  let honorific: string | undefined;
  const titled = titleOfPlace(words);
  const hints = new Set<TypeHint>(titled ? ['person'] : []);
  // "Harbor FC DL Edvin Brandt", "League MVP Ana Lin": an abbreviation in capitals (a position, an award) inside a run,
  // then two words of no language and no place or body: the abbreviation ends one name and a person's name follows.
  const cut = run.length >= 4 && /^\p{Lu}{2,4}$/u.test(run[run.length - 3]!.text) && !/^\p{Lu}+$/u.test(run[run.length - 2]!.text) ? run.length - 3 : -1;
  if (cut > 0 && !isCommonWord(words[cut + 1]!) && !words.slice(cut + 1).some(isInstitutionOrPlaceWord)) {
    return [...parseRun(text, tokens, from, from + cut + 1, sentence, known), ...parseRun(text, tokens, from + cut + 1, to, sentence, known)];
  }
  // "Developer Quillsoft called …", "Singer Ana Lin said …": a sentence opening with a common noun for a person, capitalised
  // only because it opens the sentence, then a name: the noun is a description, the name is what follows.
  const opensSentence = from === 0 || isOpening(tokens, from - 1) || /^[.!?]$/.test(tokens[from - 1]!.text);
  if (opensSentence && words.length >= 2 && isPersonNoun(words[0]!) && isCommonWord(words[0]!) && !isFirstName(words[0]!) && !ROLE_HEADS.has(words[0]!) && !HONORIFICS.has(words[0]!) && !isProperLemma(words.join('_')) && !words.some(isInstitutionOrPlaceWord)) {
    return parseRun(text, tokens, from + 1, to, sentence, known);
  }
  // Title and role before the name: "Valmoran Labour Minister Ivo Dragan", "Dr. Ana Lin", "Gen. Okafor".
  // An abbreviated rank ("Cmdr.", "Supt.") is a role head too; "St." and "Mt." open places. A title opening the name of
  // a place or a body is part of it ("Queen Street", "Emir Tamsin Mosque").
  const rank = (w: string, k: number) => TITLE_ABBREVIATIONS.has(w) && !PLACE_ABBREVIATIONS.has(w) && run[k + 1]?.text === '.';
  // In a compound title ("Chief Justice", "Chief Executive") the head is the last word: "Mr. Chief Justice" is a name.
  let head = titled ? -1 : lastIndexWhere(words, (w, k) => k < words.length - 1 && ((ROLE_HEADS.has(w) && !(ROLE_MODIFIERS.has(w) && ROLE_HEADS.has(words[k + 1]!))) || HONORIFICS.has(w) || rank(w, k)));
  // "NVA Administrator Ana Velmer", "Superintendent Ana Lin", "Norvania Kurt Brill": a role or a name no list knows
  // stands before a first name and surname; the person's name starts at the first name.
  // A storm's given name ("Tropical Storm Iselda") is no person's, and the words before it no role.
  const given = head < 0 && !titled && !isStormName(run.map((t) => t.text)) ? givenNameAt(words) : -1;
  let roleless = false;
  if (given > 0) {
    head = given - 1;
    // The ordinary words right before the first name are the role ("administrator"); a name before them is its own.
    roleless = !isRoleLike(run[head]!.text);
  }
  // A run ending in a word for a body or a place is that body's or place's name ("Emir Tamsin Mosque"), unless a title
  // opening it is the office of "the" body after "of" ("Chair of the Tarrow Sailing Society").
  const officeOfBody = head >= 0 && words[head + 1] === 'of' && words[head + 2] === 'the' && words.slice(0, head).every((w) => ROLE_MODIFIERS.has(w));
  if (head >= 0 && !PLACE_NAMES.has(whole) && (!isInstitutionOrPlaceWord(words.at(-1)!) || officeOfBody)) {
    let first = roleless ? head + 1 : head;
    while (first > 0 && (given > 0 ? isRoleLike(run[first - 1]!.text) : ROLE_MODIFIERS.has(words[first - 1]!))) first--;
    // "Chief Strategy Officer", "Chief Revenue Officer": the words between "Chief" and the title are the title's.
    const chief = words.lastIndexOf('chief', head - 1);
    if (!roleless && chief >= 0 && chief < first && head - chief <= 3) first = chief;
    nameFrom = head + 1;
    // "Mr. Lin", "Gen. Okafor": the title's period is not part of the name.
    if (run[nameFrom]?.text === '.') nameFrom++;
    const office = officeAfterTitle(words, nameFrom);
    nameFrom = office.nameFrom;
    const officePlace = office.name;
    if (officePlace) out.push(...parseRun(text, tokens, from + officePlace[0], from + officePlace[1], sentence, known));
    if (roleless) role = undefined;
    else if (!HONORIFICS.has(words[head]!)) role = run.slice(first, nameFrom).filter((t) => t.text !== '.').map((t) => t.text.toLowerCase().replace(/['’]s$/u, '')).join(' ');
    else honorific = words[head];
    hints.add('person');
    if (first > 0) {
      const aff = run.slice(0, first);
      const affText = aff.map((t) => stripPossessive(t.text)).join(' ');
      // With no role between ("envoy to Norvania Kurt Brill"), what stands before the first name is a name of its own.
      if (!roleless) affiliation = PLACE_OF.get(affText.toLowerCase()) ?? affText;
      // The part before the role is a name of its own when it is one ("Northgate Bank", "UBS", "U.S."), not an adjective.
      const lowerAff = affText.toLowerCase();
      // So is one word before a company's title ("Quillsoft CEO Ana Lin", "Quillsoft Chairman Ben Ortiz"), though it is a
      // common word too: a portfolio's word stands before a minister's or a secretary's title, not these.
      const company = head === first && companyTitleAfterOneWord(words, head);
      if (!DEMONYMS.has(lowerAff) && (roleless || aff.length > 1 || PLACE_OF.has(lowerAff) || PLACE_NAMES.has(lowerAff) || isAcronym(affText) || ORGANIZATION_WORDS.has(lowerAff) || company)) {
        const body = parseRun(text, tokens, from, from + first, sentence, known);
        if (!roleless || company) body.forEach(hintTitleBody);
        out.push(...body);
      }
    }
  } else if (words.length === 1 && (DEMONYMS.has(words[0]!) || looksLikeDemonym(words[0]!, tokens[to]))) {
    return [];
  } else if (!titled && ROLE_HEADS.has(words.at(-1)!) && !PLACE_NAMES.has(whole) && !titleAsSurname(words, run.map((t) => t.text))) {
    return namesBeforeTitle(text, tokens, from, to, sentence, known);
  }
  const name = run.slice(nameFrom);
  if (name.length === 0) return out;
  if (namesNoOne(name, role)) return out;
  const nameWords = name.map((t) => stripPossessive(t.text));
  const start = name[0]!.start;
  const end = name.at(-1)!.start + nameWords.at(-1)!.length;
  const lower = nameWords.map((w) => w.toLowerCase().replace(/\./g, ''));
  const lowerRole = role ? undefined : (roleBeforeName(text, tokens, from, known) ?? (appositiveHolder(tokens, from, words) ? roleAfterName(tokens, to) : undefined));
  if (lowerRole) [role, affiliation] = [lowerRole.role, affiliation ?? lowerRole.affiliation];
  if (lowerRole) hints.add('person');
  const nameText = text.slice(start, end);
  const placeBefore = hints.has('place');
  const fired: string[] = [];
  cueHints({ text: nameText, lower, tokens, from, to }, hints, fired);
  const kept = nameWords.filter((w) => w !== '.' && !NAME_CONNECTORS.has(w.toLowerCase()));
  out.push({
    text: nameText,
    start,
    end,
    words: kept,
    keys: kept.map(nameKey),
    hints,
    sentence,
    ...placeAndVesselMarks(hints, !placeBefore && placeOnlyByPreposition(fired), kept, tokens, from, to, from + nameFrom),
    ...(role ? { role, roleClass: roleClassOf(role) } : {}),
    ...(affiliation ? { affiliation } : {}),
    ...(honorific ? { honorific } : {}),
    ...companyMarks(hints, nameWords, tokens, from + nameFrom, to),
  });
  return out;
}

/** The words left after a role name no one. */
function namesNoOne(name: Token[], role: string | undefined): boolean {
  // "the Lakewood Sheriff Deputy": a title after a title names no one.
  if (role && name.every((t) => ROLE_HEADS.has(bare(t.text)) || ROLE_MODIFIERS.has(bare(t.text)))) return true;
  // "Donor A", "Witness B": a common noun and a letter designate someone without naming them.
  return name.length === 2 && /^\p{Lu}$/u.test(name[1]!.text) && isKnownLemma(name[0]!.text.toLowerCase()) && !isProperLemma(name[0]!.text.toLowerCase());
}

/**
 * The marks a name's place cue and the noun before it give (see NameMention's placeByPreposition and vessel): the name
 * runs over tokens `from`–`to`, its words (no role before them) from `nameFrom`; `byPreposition` when its one place cue,
 * given by the cues alone, is a preposition before it.
 */
function placeAndVesselMarks(hints: Set<TypeHint>, byPreposition: boolean, words: string[], tokens: Token[], from: number, to: number, nameFrom: number): Pick<NameMention, 'placeByPreposition' | 'vessel'> {
  // "in" before it, or any such preposition before a name in the possessive ("outside Ortiz's flat" is the flat's place).
  const possessive = /['’]s?$/u.test(tokens[to - 1]?.text ?? '') || /^['’]s?$/u.test(tokens[to]?.text ?? '');
  const weak = byPreposition && (tokens[from - 1]?.text.toLowerCase() === 'in' || possessive);
  return { ...(weak ? { placeByPreposition: true as const } : {}), ...(!hints.has('person') && isVesselName(words, tokens, nameFrom) ? { vessel: true as const } : {}) };
}

/** A role's head word ("minister") or a title of rank held of a place ("duke"). */
const isTitleHead = (word: string) => ROLE_HEADS.has(word) || TITLES_OF_PLACE.has(word);

/**
 * "the Duke of Velmar", "the Prince of Tarrow": a title of rank held of a place, and nothing after the place, is the
 * name of the one who holds it ("the Duke of Velmar Award" is an award's: the run ends in a common word that is no place).
 */
function titleOfPlace(words: string[]): boolean {
  if (!TITLES_OF_PLACE.has(words[0]!) || words[1] !== 'of' || words.length < 3) return false;
  const last = words.at(-1)!;
  const endsInPlace = PLACE_NAMES.has(last) || PLACE_OF.has(last) || isGazetteerPlace(last) || !lemmasOf(last).some(isCommonWord);
  return endsInPlace && !words.slice(2).some((w) => w === '' || isFirstName(w) || isInstitutionOrPlaceWord(w));
}

/**
 * What the words around a name (`from`–`to`) no cue types, or only its speaking, say of it as a company's (see
 * NameMention's bodyOfRole, beforeSite and describedAsBody).
 */
function companyMarks(hints: Set<TypeHint>, nameWords: string[], tokens: Token[], from: number, to: number): Pick<NameMention, 'bodyOfRole' | 'beforeSite' | 'describedAsBody'> {
  if ([...hints].some((h) => h !== 'speaker') || isKnownPlace(nameWords)) return {};
  const uncued = hints.size === 0;
  return {
    ...(uncued && bodyBeforeRole(tokens, to) ? { bodyOfRole: true as const } : {}),
    ...(uncued && siteAfter(tokens, to) ? { beforeSite: true as const } : {}),
    ...(describedAsBody(tokens, from, to) ? { describedAsBody: true as const } : {}),
  };
}

/**
 * A title with no name after it ("the U.S. President") is a description; only the words before it are a name. One
 * word before a company's title names the company ("Quillsoft CEO", "Quillsoft Chairman").
 */
function namesBeforeTitle(text: string, tokens: Token[], from: number, to: number, sentence: number, known: ReadonlySet<string>): NameMention[] {
  const words = tokens.slice(from, to).map((t) => bare(t.text));
  let first = words.length - 1;
  while (first > 0 && ROLE_MODIFIERS.has(words[first - 1]!)) first--;
  if (first === 0 || DEMONYMS.has(words.slice(0, first).join(' '))) return [];
  const body = parseRun(text, tokens, from, from + first, sentence, known);
  if (first === words.length - 1 && companyTitleAfterOneWord(words, first)) body.forEach(hintTitleBody);
  return body;
}

/** Plural nouns for people that take "'s" ("Men's", "Women's"): inside a capitalised run, part of a body's name. */
const PEOPLE_PLURALS = new Set(['men', 'women', 'children', 'people']);

/**
 * "St. Columba's Hospital", "Brigid's Well": a possessive inside a name ending in an organisation or place word; any
 * capitalised word after a plural noun for people.
 */
function possessiveInsideName(tokens: Token[], j: number): boolean {
  const owner = bare(tokens[j - 1]!.text);
  const next = tokens[j];
  if (!next || PLACE_OF.has(owner) || PLACE_NAMES.has(owner)) return false;
  // "Men's Harbour Jail", "Children's Harbour Hospital": a plural noun for people owns no one; its name goes on.
  if (PEOPLE_PLURALS.has(owner.toLowerCase())) return isNameWord(next);
  const b = bare(next.text);
  const after = tokens[j + 1];
  return (ORGANIZATION_WORDS.has(b) || PLACE_WORDS.has(b)) && !(after && isNameWord(after) && after.start - next.end === 1);
}

/**
 * "Norvanian minister", "Ostrian troops": an adjective of nationality before a lower-case noun is not a name. Those in
 * "-ese" are a closed class the lexicon holds ("Maltese", "Balinese"); an unknown word in "-ese" is a surname ("when
 * Corvese arrived").
 */
function looksLikeDemonym(word: string, next: Token | undefined): boolean {
  const suffix = /(?:ian|ean|ish)$/.test(word) || (/ese$/.test(word) && isKnownLemma(word.toLowerCase()));
  return suffix && next !== undefined && next.kind === 'word' && !isCapitalized(next.text) && !SPEECH_VERBS.has(next.text);
}

function lastIndexWhere(words: string[], test: (w: string, k: number) => boolean): number {
  for (let k = words.length - 1; k >= 0; k--) if (test(words[k]!, k)) return k;
  return -1;
}
