// Builds data/wordnet.json.gz, the lexicon behind lemmas and word similarity (src/language/lexicon.ts), from WordNet 3.0
// as Debian packages it: `apt-get install wordnet-base`, then `npx tsx scripts/build-wordnet.ts [/usr/share/wordnet]`.
// WordNet 3.0 © 2006 Princeton University, under the WordNet licence (data/WORDNET-LICENSE, copied here with the data).
//
// What is kept, for each POS (noun, verb, adjective, adverb):
// - every lemma of one word, names of up to three words ("united_kingdom") and verbs of up to three ("step_down"),
//   with its first SENSES senses in WordNet's order (most frequent first): word → concept ids;
// - each kept concept's direct hypernyms (and instance hypernyms), one hop: concept → concept ids;
// - lemma-level derivation and pertainym pointers ("disagree" ↔ "disagreement", "Russian" → "Russia");
// - antonyms between lemmas ("likely" ↔ "unlikely"), for polarity;
// - which lemmas name something (an instance sense: "britain", "einstein"; a kind written with every word capitalised:
//   "united_mine_workers"; or derived from one: "french"), and what
//   kind of thing a name names (person, place, organisation) by its hypernym chain;
// - which common nouns name a kind of person by their first sense ("patient", "superintendent");
// - each common noun's class: the lexicographer file of its first sense that is not a name (WordNet's 25 noun
//   "supersenses": "hill" an object, "council" a group, "area" a location), artifacts split into structures
//   (buildings, facilities, roads: "museum", "street"), devices and commodities ("watch"), creations and the rest;
// - the exception lists (irregular forms: "went" → "go", "children" → "child");
// - the lemmas of one word that WordNet has as verbs ("fall", "face", "police"): whether a text has a word that can be
//   its verb;
// - the words used mostly as adjectives: tagged as adjectives in WordNet's sense-tagged texts (SemCor, cntlist.rev) at
//   least three times as often as nouns ("young", "grand", "black"; not "north" or "gold").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inputArgs, outputPath } from './output.js';

const DIR = inputArgs()[0] ?? '/usr/share/wordnet';
/** Senses kept per word and POS: the rarer senses mostly add false synonyms ("trip" as a hallucination). */
const SENSES = 3;
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Pos = keyof typeof POS;

interface Synset {
  words: string[];
  /** The lexicographer file's number (WordNet's supersense: 06 noun.artifact, 14 noun.group, 15 noun.location …). */
  lexfile: number;
  hypernyms: string[];
  /** An instance of its hypernym: a proper name (a place, a person, an organisation). */
  instance: boolean;
  /** Its lemmas of several words that WordNet writes with every word capitalised ("United_Mine_Workers"): names too. */
  capitalNames: string[];
  /** [source word index (1-based, 0 = the synset), pointer symbol, target synset key, target word index]. */
  lexical: [number, string, string, number][];
}

const key = (pos: string, offset: string) => `${pos === 's' ? 'a' : pos}${offset}`;
const synsets = new Map<string, Synset>();
const index = new Map<string, Map<Pos, string[]>>();

for (const [pos, name] of Object.entries(POS) as [Pos, string][]) {
  for (const line of readFileSync(join(DIR, `data.${name}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' | ')[0]!.trim().split(/\s+/);
    const count = parseInt(f[3]!, 16);
    const written = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    const words = written.map((w) => w.toLowerCase());
    const capitalNames = written.filter((w) => w.includes('_') && w.split('_').every((part) => /^[A-Z]/.test(part))).map((w) => w.toLowerCase());
    const k = 4 + 2 * count;
    const pointers = Number(f[k]);
    const s: Synset = { words, lexfile: Number(f[1]), hypernyms: [], instance: false, capitalNames, lexical: [] };
    for (let i = 0; i < pointers; i++) {
      const [symbol, offset, p, st] = f.slice(k + 1 + 4 * i, k + 5 + 4 * i) as [string, string, string, string];
      const target = key(p, offset);
      if (symbol === '@' || symbol === '@i') s.hypernyms.push(target);
      if (symbol === '@i') s.instance = true;
      else if (symbol === '+' || symbol === '\\' || symbol === '!') s.lexical.push([parseInt(st.slice(0, 2), 16), symbol, target, parseInt(st.slice(2), 16)]);
    }
    synsets.set(key(pos, f[0]!), s);
  }
  for (const line of readFileSync(join(DIR, `index.${name}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0]!;
    const words = lemma.split('_').length;
    if (words > (pos === 'n' || pos === 'v' ? 3 : 1)) continue;
    const senses = Number(f[2]);
    const pointerTypes = Number(f[3]);
    const offsets = f.slice(4 + pointerTypes + 2, 4 + pointerTypes + 2 + senses);
    if (!index.has(lemma)) index.set(lemma, new Map());
    index.get(lemma)!.set(pos, offsets.map((o) => key(pos, o)));
  }
}

// Concepts: every kept sense and its direct hypernyms, numbered in first-seen order.
const ids = new Map<string, number>();
const id = (k: string) => {
  let n = ids.get(k);
  if (n === undefined) ids.set(k, (n = ids.size));
  return n;
};
// Maps, not objects: "constructor" and "toString" are English words too.
const words = new Map<string, number[]>();
/** Lemmas that name something (a sense is an instance: a place, a person) or derive from such a name ("russian"). */
const proper = new Set<string>();
const derived = new Map<string, string[]>();
const antonyms = new Map<string, string[]>();
const addLink = (table: Map<string, string[]>, a: string, b: string) => {
  if (a === b) return;
  const list = table.get(a) ?? [];
  if (!list.includes(b)) table.set(a, [...list, b]);
};
// The kind of thing a name names, from its senses' hypernym chains: a person, a place or an organisation.
// A political movement (and so a terrorist organisation, one of its kinds) is a body that acts and speaks as news
// reports it, though WordNet files it under social groups rather than organisations.
const CATEGORIES: [string, string][] = [['n00007846', 'person'], ['n00027167', 'place'], ['n08008335', 'organization'], ['n08472335', 'organization']];
const ancestors = (k: string, seen = new Set<string>()): Set<string> => {
  for (const h of synsets.get(k)?.hypernyms ?? []) {
    if (seen.has(h)) continue;
    seen.add(h);
    ancestors(h, seen);
  }
  return seen;
};
/** The kind of thing a sense is by its hypernym chain: a person, a place, an organisation, or none of them. */
const kindOf = (k: string) => CATEGORIES.find(([c]) => ancestors(k).has(c))?.[1];
/** WordNet's lexicographer files of groups and of locations (noun.group, noun.location). */
const GROUP_OR_LOCATION_FILES = new Set([14, 15]);
/**
 * A sense in which the lemma is a name: an instance ("britain"), or a body or a region WordNet files as a kind (among
 * groups or locations) but writes with every word capitalised ("United_Mine_Workers", "Statistical_Commission",
 * "European_Union"). Kinds of people so written are descriptions, not names ("Attorney_General", "Asian_American"),
 * and an artifact is a thing ("PO_Box").
 */
const names = (k: string, lemma: string) => {
  const s = synsets.get(k);
  if (!s) return false;
  return s.instance || (s.capitalNames.includes(lemma) && GROUP_OR_LOCATION_FILES.has(s.lexfile) && ['organization', 'place'].includes(kindOf(k) ?? ''));
};
for (const [lemma, byPos] of [...index].sort(([a], [b]) => (a < b ? -1 : 1))) {
  // Names of several words are kept ("united_kingdom", "white_house"), and verbs of several words ("step_down",
  // "call_for", "carry_out": the particle makes another verb, a synonym of "resign", "demand", "perform"); other
  // compounds are matched word by word.
  if (lemma.includes('_') && !(byPos.get('n') ?? []).slice(0, SENSES).some((k) => names(k, lemma)) && !(byPos.has('v') && /^[a-z_]+$/.test(lemma))) continue;
  const concepts: number[] = [];
  for (const pos of Object.keys(POS) as Pos[]) {
    for (const k of (byPos.get(pos) ?? []).slice(0, SENSES)) {
      concepts.push(id(k));
      const s = synsets.get(k)!;
      const at = s.words.indexOf(lemma) + 1;
      for (const [source, symbol, target, targetWord] of s.lexical) {
        if (source !== at && source !== 0) continue;
        const t = synsets.get(target);
        if (!t) continue;
        const others = targetWord === 0 ? t.words : [t.words[targetWord - 1]!];
        for (const other of others) {
          if (other.includes('_')) continue;
          if (symbol === '!') {
            addLink(antonyms, lemma, other);
            addLink(antonyms, other, lemma);
          } else {
            addLink(derived, lemma, other);
            addLink(derived, other, lemma);
          }
        }
      }
    }
  }
  words.set(lemma, concepts);
  if ((byPos.get('n') ?? []).slice(0, SENSES).some((k) => names(k, lemma))) proper.add(lemma);
}
const nameTypes = new Map<string, string>();
for (const lemma of proper) {
  for (const k of (index.get(lemma)?.get('n') ?? []).slice(0, SENSES)) {
    const kind = names(k, lemma) ? kindOf(k) : undefined;
    if (kind) {
      nameTypes.set(lemma, kind);
      break;
    }
  }
}
// Common nouns whose first (most frequent) sense is a kind of person ("patient", "superintendent", "neighbour"): the
// heads of descriptions that stand for a speaker ("the patient said"). Names ("Einstein") are not kept here.
const persons = new Set<string>();
for (const [lemma, byPos] of index) {
  const first = byPos.get('n')?.[0];
  if (!first || lemma.includes('_') || synsets.get(first)?.instance || !ancestors(first).has(CATEGORIES[0]![0])) continue;
  persons.add(lemma);
}
// The class of a common noun's first sense that is not an instance (a name), by lexicographer file: which kind of thing a
// name ending in it ("Pine Hill", "Harbor Avenue", "Velmar Council") or made of it alone names.
const NOUN_FILES = ['tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication', 'event', 'feeling', 'food', 'group', 'location', 'motive', 'object', 'person', 'phenomenon', 'plant', 'possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time'];
const ARTIFACT_KINDS: [string, string][] = [
  ['n04341686', 'structure'], ['n03315023', 'structure'], ['n04564698', 'structure'], // structure, facility, way
  ['n03575240', 'device'], ['n03076708', 'device'], // instrumentality, commodity
  ['n03129123', 'creation'],
];
const nounClasses = new Map<string, string[]>();
for (const [lemma, byPos] of [...index].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (lemma.includes('_')) continue;
  const first = (byPos.get('n') ?? []).find((k) => synsets.get(k)?.instance === false);
  let file = first ? NOUN_FILES[synsets.get(first)!.lexfile - 3] : undefined;
  if (!file) continue;
  // Artifacts, split by what a name ending in one names: a building, facility or road ("Harbor Museum", "Kessel
  // Street") is a place, a device or a product ("Tide Watch") is not.
  if (file === 'artifact') {
    const up = ancestors(first!);
    file = ARTIFACT_KINDS.find(([c]) => up.has(c))?.[1] ?? 'artifact';
  }
  if (!nounClasses.has(file)) nounClasses.set(file, []);
  nounClasses.get(file)!.push(lemma);
}
// Words mostly used as adjectives, by SemCor's sense tags (cntlist.rev: "young%3:00:00:: 1 107", the sense key's
// first digit the part of speech: 1 noun, 3 adjective, 5 adjective satellite): a capitalised one opening a name
// ("Young …", "Grand …", "Black …") describes it; its noun sense (a young animal, a thousand dollars) is no kind of it.
const ADJECTIVE_RATIO = 3;
const ADJECTIVE_MIN_TAGS = 5;
const tagged = new Map<string, { noun: number; adj: number }>();
for (const line of readFileSync(join(DIR, 'cntlist.rev'), 'latin1').split('\n')) {
  const [senseKey, , count] = line.trim().split(/\s+/);
  const m = /^([^%]+)%(\d)/.exec(senseKey ?? '');
  if (!m || m[1]!.includes('_')) continue;
  const t = tagged.get(m[1]!) ?? { noun: 0, adj: 0 };
  if (m[2] === '1') t.noun += Number(count);
  else if (m[2] === '3' || m[2] === '5') t.adj += Number(count);
  tagged.set(m[1]!, t);
}
const mostlyAdjectives = [...tagged]
  .filter(([, t]) => t.adj >= ADJECTIVE_MIN_TAGS && t.adj >= ADJECTIVE_RATIO * Math.max(t.noun, 1))
  .map(([lemma]) => lemma)
  .sort();
// Demonyms and other words derived from names ("Russian" from "Russia").
for (const [lemma, others] of derived) if (others.some((o) => proper.has(o)) && /^[a-z]/.test(lemma)) proper.add(lemma);
// Words that are only names: every sense, of every part of speech, is an instance ("tasmania", "lyon"; not "turkey",
// "south" or "china", which are ordinary words too). A sentence's first word among them is a name.
const onlyNames = [...index]
  .filter(([lemma, byPos]) => !lemma.includes('_') && [...byPos.values()].every((keys) => keys.every((k) => synsets.get(k)?.instance)))
  .map(([lemma]) => lemma)
  .sort();
const keys = [...ids.keys()];
const up = keys.map((k) => (synsets.get(k)?.hypernyms ?? []).map(id));
// Hypernyms numbered after the loop above have no hypernym list of their own: one hop is all that is kept.
while (up.length < ids.size) up.push([]);

const exceptions = new Map<string, string[]>();
for (const name of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(DIR, `${name}.exc`), 'latin1').split('\n')) {
    const [form, ...bases] = line.trim().split(/\s+/);
    if (!form || bases.length === 0 || form.includes('_')) continue;
    for (const b of bases) addLink(exceptions, form, b);
  }
}

// Lemmas of one word with a verb sense, any of them (a noun's verb reading counts: "police", "face").
const verbs = [...index]
  .filter(([lemma, byPos]) => /^[a-z]+$/.test(lemma) && byPos.has('v'))
  .map(([lemma]) => lemma)
  .sort();

const entries = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
const lexicon = {
  source: 'WordNet 3.0, Princeton University (Debian wordnet-base); see data/WORDNET-LICENSE',
  senses: SENSES,
  words: entries(words),
  proper: [...proper].sort(),
  nameTypes: entries(nameTypes),
  onlyNames,
  persons: [...persons].sort(),
  nounClasses: entries(nounClasses),
  mostlyAdjectives,
  verbs,
  up,
  derived: entries(derived),
  antonyms: entries(antonyms),
  exceptions: entries(exceptions),
};
const json = JSON.stringify(lexicon);
writeFileSync(outputPath('wordnet.json.gz'), gzipSync(json, { level: 9 }));
const licence = readFileSync(join(DIR, '..', 'doc', 'wordnet-base', 'copyright'), 'utf8');
writeFileSync(outputPath('WORDNET-LICENSE'), licence);
console.log(`${words.size} words, ${onlyNames.length} only names, ${persons.size} person nouns, ${mostlyAdjectives.length} mostly adjectives, ${verbs.length} verbs, ${ids.size} concepts, ${derived.size} derived, ${antonyms.size} antonyms, ${exceptions.size} exceptions; ${(json.length / 1e6).toFixed(1)} MB JSON`);
