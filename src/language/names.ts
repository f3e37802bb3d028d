// Sentence tokens → candidate name mentions: capitalised runs with titles and roles split off, and type hints.
import type { Span } from '../model/analysis.js';
import { isKnownLemma, isProperLemma } from './lexicon.js';
import { FUNCTION_WORDS, CALENDAR_WORDS } from './rules/function-words.js';
import { NAME_CONNECTORS, ORGANIZATION_CUES, ORGANIZATION_WORDS, PERSON_PARTICLES, WIRE_SERVICES } from './rules/organizations.js';
import { DEMONYMS, PLACE_CUES, PLACE_NAMES, PLACE_OF, PLACE_WORDS } from './rules/places.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, roleClassOf, type RoleClass } from './rules/roles.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import { nameKey } from './canonical-names.js';
import { TITLE_ABBREVIATIONS } from './rules/abbreviations.js';
import { bare, isCapitalized, stripPossessive, type SpanTokens, type Token } from './tokens.js';

/** `speaker`: the subject of a speech verb — a person unless anything else says otherwise. */
export type TypeHint = 'person' | 'organization' | 'place' | 'work' | 'speaker';

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
  /** Index of the sentence it stands in. */
  sentence: number;
}

/** Prepositions after which an unknown name is a place ("in Harlow", "near Valmora"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'throughout', 'inside']);

/** Words capitalised in mid-sentence somewhere in the text: a sentence-initial word among them is a name. */
export function midSentenceCapitals(sentences: Span[], tokensOf: SpanTokens): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    const tokens = tokensOf(s);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && isCapitalized(t.text) && !isOpening(tokens[i - 1]!)) seen.add(bare(t.text));
      // Both words of a capitalised pair ("Ruth Okafor" opening a sentence) are names wherever they stand.
      const prev = tokens[i - 1]!;
      if (t.kind === 'word' && prev.kind === 'word' && isCapitalized(t.text) && isCapitalized(prev.text)) seen.add(bare(prev.text)).add(bare(t.text));
    }
  }
  return seen;
}

/** Finds the name mentions of one sentence. */
export function findNames(text: string, sentence: Span, index: number, known: Set<string>, tokensOf: SpanTokens): NameMention[] {
  const tokens = splitHyphenated(tokensOf(sentence), known);
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t) || !startsName(tokens, i, known)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!t.hyphenPart) {
      while (j < tokens.length) {
        const n = tokens[j]!;
        // "St. Columba's Hospital": a title abbreviation's period stays inside the name; so does an initial's ("Donald J.
        // Trump", "Steven M. Smith"), which must not cut the name short.
        const initial = /^\p{Lu}$/u.test(tokens[j - 1]!.text);
        if (n.text === '.' && n.start === tokens[j - 1]!.end && (TITLE_ABBREVIATIONS.has(bare(tokens[j - 1]!.text)) || initial) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) {
          j += 2;
          continue;
        }
        const possessivePlural = /^['’]$/.test(n.text) && n.start === tokens[j - 1]!.end;
        if ((!possessivePlural && !adjacent(text, tokens[j - 1]!, n)) || n.hyphenPart) break;
        if (/['’]s$/u.test(tokens[j - 1]!.text) && !possessiveInsideName(tokens, j)) break;
        if (isNameWord(n)) j++;
        else if (!joins(tokens, i, j)) break;
        else if (NAME_CONNECTORS.has(n.text) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!) && adjacent(text, n, tokens[j + 1]!)) j += 2;
        // Two connectors: "Bank of the West", "Gulf of the Lions".
        else if (NAME_CONNECTORS.has(n.text) && NAME_CONNECTORS.has(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && isNameWord(tokens[j + 2]!)) j += 3;
        // Plural possessive inside an organisation name: "Selvin Dockers' Union".
        else if (/^['’]$/.test(n.text) && /s$/.test(tokens[j - 1]!.text) && n.start === tokens[j - 1]!.end && j + 1 < tokens.length && isNameWord(tokens[j + 1]!)) j += 2;
        else break;
      }
    }
    out.push(...parseRun(text, tokens, i, j, index));
    i = j;
  }
  return out;
}

/**
 * A connector ("of", "for", "the") or a plural possessive continues a name only after an organisation, place or role word:
 * "Bank of Aldmark", "Gulf of Tamsin", "Secretary of State" — but "Ana Lin of the Port Authority" is two names.
 */
function joins(tokens: Token[], from: number, to: number): boolean {
  const n = tokens[to]!;
  if (/^['’]$/.test(n.text)) return /s$/.test(tokens[to - 1]!.text);
  if (!NAME_CONNECTORS.has(n.text) || PERSON_PARTICLES.has(n.text)) return true;
  return tokens.slice(from, to).some((t) => {
    const b = bare(t.text);
    return ORGANIZATION_WORDS.has(b) || PLACE_WORDS.has(b) || ROLE_HEADS.has(b);
  });
}

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
    if (parts.length < 2 || !parts.every((p) => isCapitalized(p)) || !standalone) {
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

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isCapitalized(t.text) || /[-‐]\p{Ll}/u.test(t.text)) return false;
  const b = bare(t.text);
  return !CALENDAR_WORDS.has(b) && !CALENDAR_WORDS.has(b.replace(/s$/, '')) && b !== 'i';
}

const isAllCaps = (w: string) => /^\p{Lu}{2,}$/u.test(w);

function isOpening(t: Token): boolean {
  return t.kind === 'punct' && /["“‘'(:—–-]/.test(t.text);
}

/** A capitalised word starts a name unless it stands first in its sentence (or clause) and looks like an ordinary word. */
function startsName(tokens: Token[], i: number, known: Set<string>): boolean {
  const word = bare(tokens[i]!.text);
  const initial = i === 0 || isOpening(tokens[i - 1]!);
  const next = tokens[i + 1];
  // A dateline in capitals ("NEW YORK (Reuters) -", "SAN FRANCISCO —"): a name even when a word of it is a common one.
  if (initial && isAllCaps(tokens[i]!.text) && next && isAllCaps(next.text) && isNameWord(next)) return true;
  if (FUNCTION_WORDS.has(word)) return false;
  if (!initial) return true;
  // "Xinhua reported", "Reuters said": an unknown word opening a sentence before a speech verb is a name.
  if (next && SPEECH_VERBS.has(next.text) && !isKnownLemma(word)) return true;
  if (next && isNameWord(next)) return !/(?:ly|ing|ed)$/.test(word);
  // A lone generic word opening a sentence ("Police said", "Council members") is not a name even if a name contains it.
  if (ORGANIZATION_WORDS.has(word) || PLACE_WORDS.has(word) || ROLE_HEADS.has(word)) return false;
  return known.has(word);
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

/** Splits a capitalised run into affiliation, role and name, and hints the name's type. */
function parseRun(text: string, tokens: Token[], from: number, to: number, sentence: number): NameMention[] {
  const run = tokens.slice(from, to);
  const words = run.map((t) => bare(t.text));
  const whole = words.join(' ');
  const out: NameMention[] = [];
  let nameFrom = 0;
  let role: string | undefined;
  let affiliation: string | undefined;
  let honorific: string | undefined;
  const hints = new Set<TypeHint>();
  // Title and role before the name: "Valmoran Labour Minister Ivo Dragan", "Dr. Ana Lin", "Gen. Okafor".
  const head = lastIndexWhere(words, (w, k) => k < words.length - 1 && (ROLE_HEADS.has(w) || HONORIFICS.has(w)));
  if (head >= 0 && !PLACE_NAMES.has(whole) && !ORGANIZATION_WORDS.has(words.at(-1)!)) {
    let first = head;
    while (first > 0 && ROLE_MODIFIERS.has(words[first - 1]!)) first--;
    nameFrom = head + 1;
    if (words[nameFrom] === 'of' && nameFrom + 2 < words.length) nameFrom += 2;
    if (!HONORIFICS.has(words[head]!)) role = run.slice(first, nameFrom).map((t) => t.text.toLowerCase().replace(/['’]s$/u, '')).join(' ');
    else honorific = words[head];
    hints.add('person');
    if (first > 0) {
      const aff = run.slice(0, first);
      const affText = aff.map((t) => stripPossessive(t.text)).join(' ');
      affiliation = PLACE_OF.get(affText.toLowerCase()) ?? affText;
      // The part before the role is a name of its own when it is one ("Northgate Bank", "UBS", "U.S."), not an adjective.
      const lowerAff = affText.toLowerCase();
      if (!DEMONYMS.has(lowerAff) && (aff.length > 1 || PLACE_OF.has(lowerAff) || PLACE_NAMES.has(lowerAff) || isAcronym(affText) || ORGANIZATION_WORDS.has(lowerAff))) {
        out.push(...parseRun(text, tokens, from, from + first, sentence));
      }
    }
  } else if (words.length === 1 && (DEMONYMS.has(words[0]!) || looksLikeDemonym(words[0]!, tokens[to]))) {
    return [];
  } else if (ROLE_HEADS.has(words.at(-1)!) && !PLACE_NAMES.has(whole)) {
    // A title with no name after it ("the U.S. President") is a description; only its place part is a name.
    let first = words.length - 1;
    while (first > 0 && ROLE_MODIFIERS.has(words[first - 1]!)) first--;
    return first > 0 && !DEMONYMS.has(words.slice(0, first).join(' ')) ? parseRun(text, tokens, from, from + first, sentence) : [];
  }
  const name = run.slice(nameFrom);
  if (name.length === 0) return out;
  // "Donor A", "Witness B": a common noun and a letter designate someone without naming them.
  if (name.length === 2 && /^\p{Lu}$/u.test(name[1]!.text) && isKnownLemma(name[0]!.text.toLowerCase()) && !isProperLemma(name[0]!.text.toLowerCase())) return out;
  const nameWords = name.map((t) => stripPossessive(t.text));
  const start = name[0]!.start;
  const end = name.at(-1)!.start + nameWords.at(-1)!.length;
  const lower = nameWords.map((w) => w.toLowerCase().replace(/\./g, ''));
  const before = tokens[from - 1];
  const after = tokens[to];
  // A lower-case role just before the name: "moderator Ana Lin", "news host Ben Ortiz".
  if (!role && before && ROLE_HEADS.has(before.text.toLowerCase())) {
    let k = from - 1;
    while (k > 0 && ROLE_MODIFIERS.has(tokens[k - 1]!.text.toLowerCase())) k--;
    role = tokens.slice(k, from).map((t) => t.text.toLowerCase()).join(' ');
    hints.add('person');
  }
  if (lower.some((w) => PERSON_PARTICLES.has(w)) && lower.length >= 3) hints.add('person');
  const nameText = text.slice(start, end);
  if (PLACE_OF.has(nameText.toLowerCase()) || PLACE_NAMES.has(nameText.toLowerCase())) hints.add('place');
  // An inner "the" marks a title ("Morning at the Harbour", "Lord of the Tides") even when it ends in an organisation word.
  else if (lower.slice(1).includes('the')) hints.add('work');
  else if (lower.some((w) => ORGANIZATION_WORDS.has(w)) || isAcronym(nameText) || WIRE_SERVICES.has(lower.join(' '))) hints.add('organization');
  else if (PLACE_WORDS.has(lower.at(-1)!) || (after && PLACE_WORDS.has(after.text) && after.start - name.at(-1)!.end === 1)) hints.add('place');
  else if (lower.some((w) => w === 'the' || w === 'of' || w === 'for' || w === 'on')) hints.add('work');
  if (before && PLACE_PREPOSITIONS.has(before.text) && !hints.has('person') && !hints.has('organization')) hints.add('place');
  if (!hints.has('person') && before && ORGANIZATION_CUES.has(before.text)) hints.add('organization');
  if (hints.size === 0 && before && PLACE_CUES.has(before.text)) hints.add('place');
  // Appositives: "Grace Whitlow, 71," / "Its spokeswoman, Grace Whitlow," / "Hanna Berg, an economist at …".
  if (!role && before?.text === ',' && ROLE_HEADS.has(tokens[from - 2]?.text.toLowerCase() ?? '')) {
    role = tokens[from - 2]!.text.toLowerCase();
    hints.add('person');
  }
  if (after?.text === ',' && (tokens[to + 1]?.kind === 'number' || (['a', 'an', 'the'].includes(tokens[to + 1]?.text ?? '') && appositiveRole(tokens, to + 2)))) hints.add('person');
  // "mayor of Eastmere", "the village of Ferncombe": a place after a place word or a local leader's title.
  if (before?.text === 'of' && tokens[from - 2] && (PLACE_WORDS.has(tokens[from - 2]!.text) || roleClassOf(tokens[from - 2]!.text) === 'local-leader') && hints.size === 0) hints.add('place');
  // Country-like endings ("Norvania", "Ostland", "Karzistan") before a role or with a possessive: a place.
  if (hints.size === 0 && name.length === 1 && /(?:ia|land|stan)$/.test(lower[0]!)) hints.add('place');
  // "Okafor said", "Okafor told": a speaker with no other cue is most likely a person.
  // "Lars Ekholm of the Institute …": a two- or three-word name followed by "of" introduces a person.
  if (hints.size === 0 && after?.text === 'of' && name.length >= 2 && name.length <= 3) hints.add('person');
  if (hints.size === 0 && after && (SPEECH_VERBS.has(after.text) || (after.text === ',' && speechAfterAppositive(tokens, to)))) hints.add('speaker');
  const kept = nameWords.filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
  out.push({
    text: nameText,
    start,
    end,
    words: kept,
    keys: kept.map(nameKey),
    hints,
    sentence,
    ...(role ? { role, roleClass: roleClassOf(role) } : {}),
    ...(affiliation ? { affiliation } : {}),
    ...(honorific ? { honorific } : {}),
  });
  return out;
}

/** "St. Columba's Hospital", "Brigid's Well": a possessive inside a name ending in an organisation or place word. */
function possessiveInsideName(tokens: Token[], j: number): boolean {
  const owner = bare(tokens[j - 1]!.text);
  const next = tokens[j];
  if (!next || PLACE_OF.has(owner) || PLACE_NAMES.has(owner)) return false;
  const b = bare(next.text);
  const after = tokens[j + 1];
  return (ORGANIZATION_WORDS.has(b) || PLACE_WORDS.has(b)) && !(after && isNameWord(after) && after.start - next.end === 1);
}

/** "Norvanian minister", "Ostrian troops": an adjective of nationality before a lower-case noun is not a name. */
function looksLikeDemonym(word: string, next: Token | undefined): boolean {
  return /(?:ian|ean|ese|ish)$/.test(word) && next !== undefined && next.kind === 'word' && !isCapitalized(next.text) && !SPEECH_VERBS.has(next.text);
}

/** "…, an economist at X," — a role noun within the next few words of an appositive. */
function appositiveRole(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (ROLE_HEADS.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** "Jonas Falk, the council's president, said": a speech verb right after a closing appositive comma. */
function speechAfterAppositive(tokens: Token[], comma: number): boolean {
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 12); k++) {
    if (tokens[k]!.text === ',') return SPEECH_VERBS.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** "NATO", "UNICEF", "FIFA": all capitals, 2–6 letters, not a place abbreviation (those are in the place table). */
function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z.&]{1,7}$/.test(name) && !PLACE_OF.has(name.toLowerCase());
}

function lastIndexWhere(words: string[], test: (w: string, k: number) => boolean): number {
  for (let k = words.length - 1; k >= 0; k--) if (test(words[k]!, k)) return k;
  return -1;
}
