// Short names of companies listed on the US exchanges (data/companies.json.gz, built by scripts/build-companies.ts from
// Nasdaq Trader's symbol directories, ODC-PDDL-1.0): what tells "Teradyne" or "Zscaler" is a company when the text gives
// no cue and the words read like a person's or a place's name.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

let names: Set<string> | undefined;

/** True when a listed company has this short name ("Teradyne", "Ciena", "Okta") by its key (places.ts placeKey). */
export function isListedCompanyKey(key: string): boolean {
  if (!names) {
    const raw = JSON.parse(gunzipSync(readFileSync(new URL('../../data/companies.json.gz', import.meta.url))).toString()) as { names: string[] };
    names = new Set(raw.names);
  }
  return names.has(key);
}
