// English words → lemmas and word relations, from WordNet 3.0 (data/wordnet.json.gz, built by scripts/build-wordnet.ts):
// the morphology of WordNet's own lemmatiser (exception lists, then suffix rules checked against the lexicon), and
// each lemma's concepts, their direct hypernyms, derivations and antonyms.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

interface LexiconData {
  words: Map<string, number[]>;
  proper: Set<string>;
  nameTypes: Map<string, string>;
  persons: Set<string>;
  nounClasses: Map<string, string>;
  mostlyAdjectives: Set<string>;
  verbs: Set<string>;
  onlyNames: Set<string>;
  up: number[][];
  derived: Map<string, string[]>;
  antonyms: Map<string, string[]>;
  exceptions: Map<string, string[]>;
}

let data: LexiconData | undefined;

/** Loaded on first use (about 0.3 s): the language stage does not need it, the comparison does. */
function lexicon(): LexiconData {
  if (data) return data;
  const raw = JSON.parse(gunzipSync(readFileSync(new URL('../../data/wordnet.json.gz', import.meta.url))).toString()) as {
    words: [string, number[]][];
    proper: string[];
    nameTypes: [string, string][];
    persons: string[];
    nounClasses: [string, string[]][];
    mostlyAdjectives: string[];
    verbs: string[];
    onlyNames: string[];
    up: number[][];
    derived: [string, string[]][];
    antonyms: [string, string[]][];
    exceptions: [string, string[]][];
  };
  data = { words: new Map(raw.words), proper: new Set(raw.proper), nameTypes: new Map(raw.nameTypes), persons: new Set(raw.persons), nounClasses: new Map(raw.nounClasses.flatMap(([c, lemmas]) => lemmas.map((l) => [l, c] as const))), mostlyAdjectives: new Set(raw.mostlyAdjectives), verbs: new Set(raw.verbs), onlyNames: new Set(raw.onlyNames), up: raw.up, derived: new Map(raw.derived), antonyms: new Map(raw.antonyms), exceptions: new Map(raw.exceptions) };
  return data;
}

/**
 * WordNet's detachment rules (morphy), for nouns, verbs and adjectives: an inflected form loses the suffix and maybe
 * gains an ending; a result counts only if the lexicon has it.
 */
const DETACH: [string, string][] = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

/** Lemmas already found: news repeats its words, and the same word is looked up for every sentence it is in. */
const lemmaCache = new Map<string, string[]>();
const LEMMA_CACHE_MAX = 200_000;

/**
 * The possible lemmas of a word (lower case), most likely first; the word itself when the lexicon knows no lemma for it.
 * Every part of speech is tried, so "saw" gives both "saw" and "see", and "meeting" both "meeting" and "meet".
 *
 * @example lemmasOf('talks') // ['talk']; lemmasOf('went') // ['go']; lemmasOf('disagreements') // ['disagreement']
 */
export function lemmasOf(word: string): string[] {
  const w = word.toLowerCase();
  const cached = lemmaCache.get(w);
  if (cached) return cached;
  const lx = lexicon();
  const out: string[] = [];
  const add = (l: string) => {
    if (!out.includes(l)) out.push(l);
  };
  if (lx.words.has(w)) add(w);
  for (const base of lx.exceptions.get(w) ?? []) add(base);
  for (const [suffix, ending] of DETACH) {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + ending;
      if (lx.words.has(base)) add(base);
    }
  }
  // Doubled consonants before -ed/-ing/-er/-est: "planned" → "plan", "bigger" → "big".
  const doubled = /^(.*([bdfgklmnprstvz]))\2(?:ed|ing|er|est)$/.exec(w);
  if (doubled && lx.words.has(doubled[1]!)) add(doubled[1]!);
  if (out.length === 0) out.push(w);
  if (lemmaCache.size >= LEMMA_CACHE_MAX) lemmaCache.clear();
  lemmaCache.set(w, out);
  return out;
}

/** The concepts (WordNet senses kept: the first three per part of speech) of a lemma; empty for an unknown word. */
export function conceptsOf(lemma: string): readonly number[] {
  return lexicon().words.get(lemma) ?? [];
}

/** The direct hypernyms of a concept ("visit" as travel → "travel, trip"). */
export function hypernymsOf(concept: number): readonly number[] {
  return lexicon().up[concept] ?? [];
}

/** Lemmas derived from or pertaining to a lemma ("disagree" ↔ "disagreement", "french" → "france"). */
export function derivedOf(lemma: string): readonly string[] {
  return lexicon().derived.get(lemma) ?? [];
}

/** Antonyms of a lemma ("likely" ↔ "unlikely", "win" ↔ "lose"). */
export function antonymsOf(lemma: string): readonly string[] {
  return lexicon().antonyms.get(lemma) ?? [];
}

/** True when the lemma names something (a country, a city, a person, an institution) or derives from a name ("french"). */
export function isProperLemma(lemma: string): boolean {
  return lexicon().proper.has(lemma);
}

/** What a name names according to the lexicon ("paris" → place, "einstein" → person, "nato" → organization), if it knows. */
export function nameTypeOf(lemma: string): 'person' | 'place' | 'organization' | undefined {
  return lexicon().nameTypes.get(lemma) as 'person' | 'place' | 'organization' | undefined;
}

/** True when every sense the lexicon has of the word is a name's ("tasmania", "lyon"; not "turkey" or "south"). */
export function isOnlyName(lemma: string): boolean {
  return lexicon().onlyNames.has(lemma);
}

/** True when the lemma's most frequent sense is a kind of person ("patient", "superintendent", "neighbour"). */
export function isPersonNoun(lemma: string): boolean {
  return lexicon().persons.has(lemma);
}

/**
 * The class of a common noun's first sense that is not a name: WordNet's lexicographer file, without "noun.", artifacts
 * split into structures, devices and creations ("hill" → object, "museum" → structure, "council" → group, "district" →
 * location), if the lemma is a noun.
 */
export function nounClassOf(lemma: string): string | undefined {
  return lexicon().nounClasses.get(lemma);
}

/**
 * The noun classes of a word (lower case) and of its singular ("straits": the word's, then "strait"'s), in that order;
 * no other ending is taken off (a surname in "-er" is no verb's doer).
 */
export function nounClassesOfWord(word: string): string[] {
  const out: string[] = [];
  for (const lemma of lemmasOf(word)) {
    if (lemma !== word && !(word.endsWith('s') && lemma.length < word.length)) continue;
    const c = nounClassOf(lemma);
    if (c) out.push(c);
  }
  return out;
}

/** A plural of a noun (lower case): it ends in "s" and is a form of another lemma, a noun ("skiffs", "officials"; not "days", which the lexicon lists as a noun of its own). */
export function isPluralNoun(word: string): boolean {
  return word.endsWith('s') && nounClassesOfWord(word).length > 0 && !lemmasOf(word).includes(word);
}

/** True when the word is used mostly as an adjective ("young", "grand", "black"; not "north"), by WordNet's sense tags. */
export function isMostlyAdjective(word: string): boolean {
  return lexicon().mostlyAdjectives.has(word);
}

/** True when WordNet has the lemma (one word) as a verb, in any sense ("fall", "face", "police"). */
export function isVerbLemma(lemma: string): boolean {
  return lexicon().verbs.has(lemma);
}

/** True when the lexicon knows the lemma as an ordinary word, not a name ("harbour", not "paris"). */
export function isCommonWord(lemma: string): boolean {
  return isKnownLemma(lemma) && !isProperLemma(lemma);
}

/** True when the lexicon knows the word as a lemma. */
export function isKnownLemma(lemma: string): boolean {
  return lexicon().words.has(lemma);
}

/**
 * An adverb of manner in "-ly" ("Brill allegedly told", "she angrily said"): the word less its ending is an adjective
 * the lexicon knows ("alleged", "angry", "probable", "basic"). Nouns in "-ly" ("family", "ally", "assembly") have none.
 */
export function isAdverb(word: string): boolean {
  if (!/^\p{Ll}{3,}ly$/u.test(word)) return false;
  const base = word.endsWith('ily') ? `${word.slice(0, -3)}y` : /[ai]bly$/.test(word) ? `${word.slice(0, -1)}e` : word.endsWith('ically') ? word.slice(0, -4) : word.slice(0, -2);
  return base.length >= 3 && isKnownLemma(base);
}
