// Builds data/companies.json.gz: the short names of companies listed on the US exchanges (Nasdaq, NYSE and the others
// the Nasdaq Trader files list), so that a company no cue types ("Teradyne said", "shares of Zscaler") is known as an
// organisation though its name reads like a person's or a place's (src/language/companies.ts).
// Sources: the Frictionless Data packages datasets/nasdaq-listings and datasets/nyse-other-listings (github.com/datasets,
// from Nasdaq Trader's symbol directories), licence ODC-PDDL-1.0 (public domain dedication). Pinned to the commits below.
//   npx tsx scripts/build-companies.ts            downloads the three files
//   npx tsx scripts/build-companies.ts <dir>      reads nasdaq-listed.csv, nyse-listed.csv and other-listed.csv from <dir>
// Kept: a listing's company name (not a fund, an exchange-traded product, a warrant, a right, a unit, a note or a
// preferred share), less its legal form ("Inc.", "Corporation", "plc", "(The)"), when that short name is
//  - at least three letters, and not a place the place table, the lexicon or GeoNames knows (a company named after a country or a city),
//  - when it is one word: not a first name, nor a name the lexicon knows as a person's, nor a word of the language
//    unless printed with capitals inside ("HubSpot"; a word such as "Summit" or "Harbor" names other things as
//    often), nor a possessive (a surname's or a first name's "Ortiz's": a person's name first);
//  - when it is two words: not opening with a first name (a founder's name such as "Ana Lin");
//  - not a partnership named after people ("Ortiz & Company").
// A name ending in "US" is kept without it too ("Harborlink US" is "Harborlink" in the press).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCsvRecords } from '../src/ingest/csv.js';
import { isFirstName } from '../src/language/first-names.js';
import { isCommonWord, nameTypeOf } from '../src/language/lexicon.js';
import { isGazetteerPlace, placeKey } from '../src/language/places.js';
import { PLACE_NAMES, PLACE_OF } from '../src/language/rules/places.js';

const SOURCES = [
  { file: 'nasdaq-listed.csv', url: 'https://raw.githubusercontent.com/datasets/nasdaq-listings/31d3809/data/nasdaq-listed.csv' },
  { file: 'nyse-listed.csv', url: 'https://raw.githubusercontent.com/datasets/nyse-other-listings/e08f184/data/nyse-listed.csv' },
  { file: 'other-listed.csv', url: 'https://raw.githubusercontent.com/datasets/nyse-other-listings/e08f184/data/other-listed.csv' },
];

/** Securities that are no company's shares: funds, traded products, warrants, rights, units, debt, preferred shares. */
const NOT_SHARES = /\b(?:ETF|ETN|ETP|Fund|Trust|Warrants?|Rights?|Units?|Notes?|Debentures?|Preferred|Depositary Shares? Each|Bonds?|Portfolio|Index|Shares? of Beneficial Interest)\b|%/i;
/** What follows the company's name in a security's name ("Quillsoft Inc. - Common Stock", "… Class A Ordinary Shares"). */
const SECURITY_PART = /\s+(?:-\s+.*|(?:Class [A-Z]\s+)?(?:Common|Ordinary|Subordinate|Voting|American Depositary|Capital)\b.*)$/i;
/** Legal forms ending a company's name. */
const LEGAL_FORM = /,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Companies|Ltd|Limited|plc|PLC|N\.?V|S\.?A|SE|AG|L\.?P|LLC|Holdings?|Group|\(The\))\.?$/;

/** "Harbor Micro Devices, Inc. - Common Stock" → "Harbor Micro Devices". */
export function shortName(security: string): string {
  let name = security.replace(SECURITY_PART, '').replace(/\s*\([^)]*\)/g, '').trim();
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(LEGAL_FORM, '').trim();
  }
  return name;
}

async function read(dir: string | undefined, source: (typeof SOURCES)[number]): Promise<string> {
  if (dir) return readFileSync(join(resolve(dir), source.file), 'utf8');
  const res = await fetch(source.url);
  if (!res.ok) throw new Error(`${source.url}: HTTP ${res.status}`);
  return res.text();
}

const dir = process.argv[2];
const kept = new Set<string>();
let listed = 0;
for (const source of SOURCES) {
  for (const row of readCsvRecords(await read(dir, source))) {
    // Nasdaq's file names the column "Security Name", the others "Company Name".
    const security = row['company name'] ?? row['security name'] ?? '';
    if (!security || NOT_SHARES.test(security) || row.etf === 'Y') continue;
    listed++;
    const short = shortName(security);
    const key = placeKey(short);
    const words = key.split(' ');
    if (key.replace(/[^a-z]/g, '').length < 3) continue;
    if (PLACE_OF.has(key) || PLACE_NAMES.has(key) || isGazetteerPlace(key) || nameTypeOf(words.join('_')) === 'place') continue;
    if (words.length === 1 && (isFirstName(key) || nameTypeOf(key) === 'person')) continue;
    // One word of the language ("Summit", "Harbor") names other things as often, unless printed with capitals
    // inside it ("HubSpot"); a possessive ("Ortiz's") is a person's name before a firm's.
    if (words.length === 1 && ((isCommonWord(key) && !/^.\p{Ll}*\p{Lu}/u.test(short)) || /['’]s$/.test(short))) continue;
    // "Ana Lin": a first name opening two words is a person's name as often.
    if (words.length === 2 && isFirstName(words[0]!)) continue;
    // "Ortiz & Company" less its legal form: a partnership named after people.
    if (/&$/.test(short)) continue;
    kept.add(key);
    // "Harborlink US": the press leaves the country of the listing out.
    if (/ (?:us|usa)$/.test(key)) kept.add(key.replace(/ (?:us|usa)$/, ''));
  }
}
const out = {
  source:
    'Nasdaq Trader symbol directories as packaged by github.com/datasets/nasdaq-listings (31d3809) and datasets/nyse-other-listings (e08f184), ODC-PDDL-1.0: the short names of listed companies, built by scripts/build-companies.ts',
  names: [...kept].sort(),
};
const path = resolve(import.meta.dirname, '..', 'data', 'companies.json.gz');
writeFileSync(path, gzipSync(JSON.stringify(out)));
console.log(`${listed} company listings, ${kept.size} names → ${path}`);
