// Names of towns and cities from GeoNames that the lexicon does not know (data/places.json.gz, built by
// scripts/build-places.ts; GeoNames data CC BY 4.0): what tells "Ziguinchor" or "McMinnville" is a place when the text
// gives no cue.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isFirstName } from './first-names.js';
import { withoutAccents } from './tokens.js';
import { CAPITAL_OF, DEMONYMS, PLACE_OF } from './rules/places.js';

let names: Set<string> | undefined;

/** The form a place name is looked up by: lower case, without diacritics, words split on spaces and hyphens. */
export function placeKey(name: string): string {
  return withoutAccents(name)
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .split(/[\s\-‐]+/)
    .filter(Boolean)
    .join(' ');
}

/** True when GeoNames has a town or city of this name that the lexicon does not know ("Ziguinchor", "Kharkiv"). */
export function isGazetteerPlace(name: string): boolean {
  if (!names) {
    const raw = JSON.parse(gunzipSync(readFileSync(new URL('../../data/places.json.gz', import.meta.url))).toString()) as { names: string[] };
    names = new Set(raw.names);
  }
  // Plain lower-case letters and spaces are their own key (most lookups); others are normalised.
  return names.has(/^[a-z]+(?: [a-z]+)*$/.test(name) ? name : placeKey(name));
}

/**
 * The country a name stands for in news, and how: the country by a name or an abbreviation ("Britain", "UK"), by its
 * people's adjective ("Norwegian"), or by its capital, which news uses for the government ("Oslo said" = Norway
 * said). A capital that is also a first name ("Sofia") is left out: it names a person as often. Lower case in.
 */
export function countryOf(lower: string): { country: string; by: 'name' | 'demonym' | 'capital' } | undefined {
  const key = lower.replace(/['’]s$/u, '');
  const country = PLACE_OF.get(key);
  if (country) return { country, by: DEMONYMS.has(key) ? 'demonym' : 'name' };
  const capital = CAPITAL_OF.get(key);
  if (capital && !isFirstName(key)) return { country: capital, by: 'capital' };
  return undefined;
}
