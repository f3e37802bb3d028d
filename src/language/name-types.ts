// A name mention in its sentence → what it names (person, place, organisation or other), by a linear model over the
// name's words and shape, its context, the cue hints the rule tables give, and the lexicon's gazetteer of names. The
// weights (data/name-types.json.gz) are trained on GUM's openly licensed genres by scripts/train-name-types.ts.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { initialsOpening } from './canonical-names.js';
import { isFirstName } from './first-names.js';
import { derivedOf, isMostlyAdjective, isProperLemma, nameTypeOf, nounClassesOfWord } from './lexicon.js';
import { isGazetteerPlace } from './places.js';
import type { NameMention } from './names.js';
import { DEMONYMS, PLACE_NAMES, PLACE_OF } from './rules/places.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import type { Token } from './tokens.js';

export const NAME_TYPES = ['person', 'place', 'organization', 'other'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** The features of a name mention: strings, each present or not. */
export function nameFeatures(m: NameMention, tokens: Token[]): string[] {
  const f: string[] = ['bias'];
  const words = (m.words.length ? m.words : m.text.split(/\s+/)).map((w) => w.replace(/['’]s$/u, '')).filter(Boolean);
  if (words.length === 0) words.push(m.text);
  const lower = words.map((w) => w.toLowerCase());
  for (const w of lower) f.push(`w:${w}`);
  f.push(`first:${lower[0]}`, `last:${lower.at(-1)}`, `suffix:${lower.at(-1)!.slice(-3)}`, `words:${Math.min(words.length, 4)}`);
  f.push(`shape:${shape(words.at(-1)!)}`);
  if (words.length === 1) f.push(`one:${shape(words[0]!)}`);
  for (const h of m.hints) f.push(`hint:${h}`);
  if (m.role) f.push('role', `role:${m.role.split(' ').at(-1)}`);
  if (m.affiliation) f.push('affiliated');
  const joined = lower.join('_');
  const gazetteer = nameTypeOf(joined) ?? (words.length > 1 ? undefined : nameTypeOf(lower[0]!));
  if (gazetteer) f.push(`gaz:${gazetteer}`);
  const lastType = nameTypeOf(lower.at(-1)!);
  if (lastType && words.length > 1) f.push(`gaz-last:${lastType}`);
  if (isProperLemma(joined)) f.push('lexicon-name');
  // What kind of thing the name's head (its last word) or its first word is as a common noun ("Pine Hill" an object,
  // "Harbor Museum" an artifact, "Velmar Council" a group): the lexicon's classes reach words no training name had.
  // Not after a first name: a surname that is also a noun ("Ana Knight", "Tom Baker") names no knight or baker. Nor of
  // a word used mostly as an adjective: "Young …" or "Grand …" describes the name, its noun (a young animal) is no kind.
  // Initials opening the name ("J. Tom Fields", "A. B. Lin") are read past: the first word is the one after them (a
  // letter's noun senses, a unit or a grade, say nothing of the name).
  const first = initialsOpening(lower);
  if (first > 0) f.push('initial-first');
  const firstName = isFirstName(lower[first]!);
  if (!firstName) {
    const lastClass = nounClassOfNameWord(lower.at(-1)!);
    if (lastClass) f.push(words.length > 1 ? `class-last:${lastClass}` : `class-one:${lastClass}`);
    // A first word that tells a place of origin ("Norvanian …", "Velmaran …") says where the named thing is from, not
    // what it is: its noun sense (a Norvanian, a person) would make a person of "Velmaran Harbor Guild".
    const several = words.length - first > 1;
    const origin = several && isOriginAdjective(lower[first]!);
    const firstClass = several && !origin ? nounClassOfNameWord(lower[first]!) : undefined;
    if (firstClass) f.push(`class-first:${firstClass}`);
    if (origin) f.push('first-origin');
  }
  if (firstName) f.push(words.length === 1 ? 'first-name-alone' : 'first-name');
  if (isGazetteerPlace(words.join(' '))) f.push('geonames-place');
  if (PLACE_OF.has(lower.join(' ')) || PLACE_NAMES.has(lower.join(' '))) f.push('place-list');
  const at = tokens.findIndex((t) => t.start >= m.start);
  const end = tokens.findIndex((t) => t.start >= m.end);
  const before = at > 0 ? tokens[at - 1] : undefined;
  const before2 = at > 1 ? tokens[at - 2] : undefined;
  const after = end >= 0 ? tokens[end] : undefined;
  const after2 = end >= 0 ? tokens[end + 1] : undefined;
  const word = (t?: Token) => (t ? (t.kind === 'word' ? t.text.toLowerCase() : t.text) : '<none>');
  f.push(`prev:${word(before)}`, `prev2:${word(before2)} ${word(before)}`, `next:${word(after)}`, `next2:${word(after)} ${word(after2)}`);
  if (!before) f.push('sentence-start');
  if (after && SPEECH_VERBS.has(after.text)) f.push('next-speech');
  if (/['’]s$/u.test(m.text) || (after && /^['’]s$/u.test(after.text))) f.push('possessive');
  return f;
}

/** The noun class of a word of a name (lower case), unless the word is used mostly as an adjective. */
function nounClassOfNameWord(word: string): string | undefined {
  return isMostlyAdjective(word) ? undefined : nounClassesOfWord(word)[0];
}

/**
 * A word naming where someone or something is from: a country's demonym, or a word the lexicon derives from a place's
 * name ("parisian" from Paris, "texan" from Texas).
 */
function isOriginAdjective(word: string): boolean {
  return DEMONYMS.has(word) || derivedOf(word).some((d) => nameTypeOf(d) === 'place');
}

/** "Xx", "XX", "X.X.", "Xx-Xx", "x": the letter case pattern of a word, runs collapsed. */
function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1+/g, '$1');
}

interface Model {
  weights: Map<string, number[]>;
}

let model: Model | undefined;

function load(): Model {
  if (model) return model;
  const raw = JSON.parse(gunzipSync(readFileSync(new URL('../../data/name-types.json.gz', import.meta.url))).toString()) as { types: string[]; weights: [string, number[]][] };
  if (raw.types.join() !== NAME_TYPES.join()) throw new Error('data/name-types.json.gz was trained for other types: run scripts/train-name-types.ts');
  model = { weights: new Map(raw.weights) };
  return model;
}

/** The model's score for each type (higher is likelier), from the features. */
export function nameTypeScores(features: string[], weights: Map<string, number[]> = load().weights): number[] {
  const scores = NAME_TYPES.map(() => 0);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return scores;
}
