// Type cues for a name mention as data: each says what it looks at, which type it suggests and why. Applied in order;
// a rule in a `group` is skipped once an earlier rule of the same group matched (the cues that read the name's own
// words exclude each other: the first that fits says what the name looks like). The hints are evidence, not the
// answer: language/entities.ts weighs them against the trained name-type model.
import { genderOfNoun, isFirstName } from '../first-names.js';
import { isCommonWord, isPersonNoun, lemmasOf, nameTypeOf, nounClassesOfWord } from '../lexicon.js';
import { isGazetteerPlace } from '../places.js';
import type { Token } from '../tokens.js';
import { ORGANIZATION_CUES, ORGANIZATION_WORDS, PERSON_PARTICLES, WIRE_SERVICES } from './organizations.js';
import { DEMONYMS, NAMED_PLACE_ENDINGS, PLACE_CUES, PLACE_NAMES, PLACE_OF, PLACE_WORDS, US_STATE_ABBREVIATIONS, US_STATE_NAMES } from './places.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import { FUNCTION_WORDS } from './function-words.js';
import { CORPORATE_TITLES, HONORIFICS, ROLE_HEADS, roleClassOf } from './roles.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/**
 * Head nouns of the names of events ("the Velmar Revolution", "the Lowford Games", "the Second Harbour War"): a name
 * ending in one, perhaps before a number ("the Tarrow War II"), names what happened, not a body, a place or a person.
 */
export const EVENT_HEADS = new Set([
  'war', 'wars', 'revolution', 'uprising', 'rebellion', 'revolt', 'insurrection', 'massacre', 'battle', 'siege', 'blitz', 'riots', 'crisis',
  'games', 'olympics', 'paralympics', 'olympiad', 'championship', 'championships', 'series', 'festival', 'expo',
]);

/** Words that end the name of a law, a treaty or a charter (lower case). */
export const LAW_WORDS = new Set(['act', 'bill', 'treaty', 'accord', 'accords', 'amendment', 'protocol', 'charter', 'directive', 'constitution', 'doctrine']);

/** Words for a numbered part of a law or a charter, before its number ("Article VII", "Title IX", "Section 230"). */
const DOCUMENT_PARTS = new Set(['article', 'title', 'section', 'chapter', 'clause', 'paragraph', 'schedule', 'annex', 'part']);
/** Words before the given name of a storm ("Hurricane Velma", "Typhoon Harlo", "Cyclone Pemba"), lower case. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);
/** Words before "storm" that make it a storm's naming word ("Tropical Storm Iselda"), lower case. */
const STORM_KINDS = new Set(['tropical', 'subtropical', 'winter']);

/**
 * "Article VII", "Title IX", "Section 230": a word for a numbered part of a document, then its number (Roman or not).
 * The Roman numeral is what makes such a name look like a monarch's ("Henry VIII").
 */
export function isDocumentPart(words: readonly string[]): boolean {
  return words.length === 2 && DOCUMENT_PARTS.has(words[0]!.toLowerCase()) && /^(?:[IVXLC]+|\d+[A-Za-z]?)$/.test(words[1]!);
}

/**
 * Words (as printed) that end in a storm's name: a storm word ("Hurricane", "Typhoon", "Cyclone", "Tropical Storm")
 * right before the last word, which is a first name or no common word ("Velma"; not "Hurricane Center").
 */
export function isStormName(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const k = lower.length - 2;
  if (k < 0) return false;
  const given = lower[k + 1]!;
  const stormWord = STORM_WORDS.has(lower[k]!) || (lower[k] === 'storm' && STORM_KINDS.has(lower[k - 1] ?? ''));
  return stormWord && /^\p{Lu}/u.test(words[k + 1]!) && (isFirstName(given) || !lemmasOf(given).some(isCommonWord));
}

/**
 * Lower-case words of a name ending in the plural of a word for people or animals ("harbor herons", "lowford pilots"):
 * a team's, a band's or a body's; not a people ("norvanians") nor a group of one ("young norvanians", "norvanian mps").
 */
function isTeamName(lower: readonly string[]): boolean {
  const last = lower.at(-1)!;
  // A plural ("herons", not "heron"): the word less its ending is a lemma of its own.
  const regular = (l: string) => last === `${l}s` || (/(?:s|x|z|ch|sh)$/.test(l) && last === `${l}es`) || (/[^aeiou]y$/.test(l) && last === `${l.slice(0, -1)}ies`);
  const plural = lower.length >= 2 && lemmasOf(last).some((l) => l !== last && regular(l));
  const people = [last, ...lemmasOf(last)].some((w) => DEMONYMS.has(w)) || lower.some((w) => DEMONYMS.has(w));
  return plural && !people && nounClassesOfWord(last).some((k) => k === 'person' || k === 'animal');
}

/** How far before a name a list's joint makes it the last of two subjects ("A and the diver Bill Ortiz were"). */
const CONJUNCT_REACH = 6;

/** Whether "and" or "or" stands a few words before the name, within its clause: the plural verb after it is the pair's. */
function lastConjunct(c: CueContext): boolean {
  for (let k = c.from - 1; k >= 0 && k >= c.from - CONJUNCT_REACH; k--) {
    const w = c.tokens[k]!.text;
    if (LIST_JOINERS.has(w) || w === '&') return true;
    if (/^[,;:.!?()"“”]$/.test(w)) return false;
  }
  return false;
}

/** Verb forms that only a plural subject takes. */
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
/**
 * Words before a name that make it not the subject of the verb after it: a list's joints, prepositions (the name ends a
 * phrase), auxiliaries of a question's inversion ("Would Ana Lin have …").
 */
const NOT_SUBJECT_AFTER = new Set(
  ('and & , or nor of from in at for with by to on against about over between among behind toward towards without within upon ' +
    'into onto via versus vs beside near despite during including involving regarding concerning amid than ' +
    'would could should will can might must may did do does had has').split(' '),
);

/**
 * `team`: an organisation by its name's form ("the Harbor Herons"), whose last word alone names it later.
 * `speaker`: the subject of a speech verb — a person unless anything else says otherwise. `title`: a work's title by
 * its context ("the film …"), surer than `work`, which reads the name's own words.
 */
export type TypeHint = 'person' | 'organization' | 'place' | 'work' | 'title' | 'speaker' | 'language' | 'storm' | 'team';

/** What a cue can see: the name, its lower-cased words, and the tokens around it. */
export interface CueContext {
  /** The name as printed. */
  text: string;
  /** Its words, lower-cased, without dots. */
  lower: string[];
  tokens: Token[];
  /** Token index of the name's first word, and one past its last. */
  from: number;
  to: number;
  /** The hints found so far. */
  hints: ReadonlySet<TypeHint>;
}

export interface NameCue {
  id: string;
  hint: TypeHint;
  group?: 'form';
  when: (c: CueContext) => boolean;
  reason: string;
}

/** Words ending the name of a street or a square: a place, whatever organisation word comes before ("Bank Street"). */
/** Words for a street that open its name: "Avenue Velarde", "Rue Velard", "Calle Mayor", "Piazza Nuova". */
const STREET_OPENERS = new Set(['avenue', 'boulevard', 'rue', 'calle', 'piazza', 'avenida', 'via']);
const STREET_WORDS = new Set(['street', 'avenue', 'road', 'square', 'boulevard', 'lane', 'drive', 'highway', 'bridge', 'plaza']);

/** What joins the parties of a court case's name ("Lynford v. Ostrander", "Marlow versus Tidewell"). */
const CASE_PARTY_JOINERS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** Prepositions after which an unknown name is a place ("in Harlow", "near Valmora"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'throughout', 'inside']);

/** Words for the people of a place ("residents of Eastmere"). */
const INHABITANTS = new Set(['residents', 'inhabitants', 'citizens', 'villagers', 'townspeople', 'natives', 'people', 'population']);
/** Nouns for a work that its title follows ("the film …", "her memoir …"), lower case as printed. */
const WORK_NOUNS = new Set(['film', 'movie', 'documentary', 'biopic', 'book', 'novel', 'memoir', 'biography', 'autobiography', 'album', 'song', 'single', 'play', 'musical', 'opera', 'sitcom', 'poem', 'painting', 'sculpture', 'exhibition', 'essay', 'ballad']);
/** Capitalised words of a title that may stand between a work's noun and the name found in the title. */
const MAX_TITLE_WORDS_BEFORE = 3;
/** What stands before a work's noun ("the film", "her memoir", "Lin's album"). */
const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Words between that and the noun ("her new album", "the hit song"). */
const WORK_ADJECTIVES = new Set(['new', 'latest', 'upcoming', 'hit', 'debut', 'first', 'last', 'recent', 'acclaimed', 'forthcoming', 'final']);
/** Words after a language's name ("the Kessa language", "Kessa speakers"). */
const LANGUAGE_AFTER = new Set(['language', 'languages', 'speakers', 'speaking', 'dialect', 'dialects']);
/** What joins the names of a list. */
const LIST_JOINERS = new Set(['and', 'or']);
/**
 * Nouns for the place someone comes from or a part of a town, before "of" and its name ("her hometown of Eastmere", "the
 * outskirts of Brill"); not the lexicon's locations at large, whose "of" names what is there ("a centre of learning", "the
 * site of a battle", "the place of a meeting").
 */
const LOCATION_OF = new Set(['hometown', 'birthplace', 'outskirts', 'suburbs', 'vicinity', 'environs', 'neighbourhood', 'neighborhood']);

const before = (c: CueContext) => c.tokens[c.from - 1];
/** "of the …" or "of" then a capitalised word: where someone is from, not what they did ("of trying"). */
const affiliationAfterOf = (c: CueContext) => {
  const next = c.tokens[c.to + 1];
  return next !== undefined && (next.text.toLowerCase() === 'the' || /^\p{Lu}/u.test(next.text));
};
const after = (c: CueContext) => c.tokens[c.to];

/**
 * "Kessel Fjord", "Harlow Ridge", "Pine Hill": a name of two words or more ending in a noun whose first sense is a
 * natural object (WordNet's noun.object: landforms and bodies of water, "fjord", "ridge", "hill", "moor"), not after a
 * first name ("Ana Hill").
 */
function endsInLandform(c: CueContext): boolean {
  if (c.lower.length < 2 || isFirstName(c.lower[0]!)) return false;
  return nounClassesOfWord(c.lower.at(-1)!).includes('object');
}

/**
 * "in New Hampshire and Old Harrow": the name is listed ("and", "or") right after a place the tables, the lexicon or
 * GeoNames know, which follows a preposition of location; not a name opening with a first name ("in Lowford and Ana
 * Lin …" more often joins a person to a clause).
 */
function afterListedPlace(c: CueContext): boolean {
  if (isFirstName(c.lower[0]!) || !LIST_JOINERS.has(before(c)?.text ?? '')) return false;
  let at = c.from - 1;
  const end = at;
  while (at > 0 && /^\p{Lu}/u.test(c.tokens[at - 1]!.text)) at--;
  if (at === end || !PLACE_PREPOSITIONS.has(c.tokens[at - 1]?.text ?? '')) return false;
  return isKnownPlace(c.tokens.slice(at, end).map((t) => t.text));
}

/**
 * "Ana Lin's" in "in Ana Lin's new film": a name of two words or more that opens with a first name and owns what follows.
 * After a preposition of location it is the owner of the thing located, not the place ("in Norway's north" has no
 * first name).
 */
function ownerWithFirstName(c: CueContext): boolean {
  const possessive = /['’]s?$/.test(c.tokens[c.to - 1]?.text ?? '') || /^['’]s?$/.test(after(c)?.text ?? '');
  return possessive && c.lower.length >= 2 && isFirstName(c.lower[0]!);
}

/** Words that make a place the place table, the lexicon or GeoNames knows ("New Hampshire", "Denver"). */
export function isKnownPlace(words: string[]): boolean {
  const lower = words.join(' ').toLowerCase();
  return PLACE_OF.has(lower) || PLACE_NAMES.has(lower) || nameTypeOf(lower.replace(/ /g, '_')) === 'place' || isGazetteerPlace(words.join(' '));
}

/** Words naming a part of a place before its name ("West Denver", "Central Lowford"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'downtown']);

/** "West Denver", "Southern Norvania": a compass word before a place the tables, the lexicon or GeoNames know. */
function partOfPlace(c: CueContext): boolean {
  return c.lower.length >= 2 && COMPASS.has(c.lower[0]!) && isKnownPlace(c.text.split(/\s+/).slice(1));
}

/**
 * A US state as a town's state is printed: its abbreviation with its period ("Colo.", "N.Y."), or its name, right after
 * "<Town>," — the tokens from `at` on.
 */
function townState(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== ',' || !/^\p{Lu}/u.test(tokens[at - 2]?.text ?? '')) return false;
  const word = tokens[at]?.text ?? '';
  if (US_STATE_ABBREVIATIONS.has(word.replace(/\./g, '').toLowerCase()) && (word.endsWith('.') || tokens[at + 1]?.text === '.')) return /^\p{Lu}/u.test(word);
  let end = at;
  while (/^\p{Lu}/u.test(tokens[end]?.text ?? '') && end - at < 2) end++;
  return end > at && US_STATE_NAMES.has(tokens.slice(at, end).map((t) => t.text.toLowerCase()).join(' ')) && !/^\p{Lu}/u.test(tokens[end]?.text ?? '');
}

/** An all-capitals word of three letters or more opening a sentence, then a comma, a dash or a parenthesis: a dateline. */
export function isDateline(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return i === 0 && /^\p{Lu}{3,}$/u.test(t.text) && next !== undefined && /^[,—–(-]$/.test(next.text);
}

export const NAME_CUES: readonly NameCue[] = [
  {
    id: 'dateline',
    hint: 'place',
    group: 'form',
    when: (c) => c.lower.length === 1 && isDateline(c.tokens, c.from),
    reason: '"KYIV, Ukraine (AP) —", "VALMORA, March 3 —": the one word in capitals opening a dateline is the place it was filed from.',
  },
  {
    id: 'particle',
    hint: 'person',
    when: (c) => c.lower.length >= 3 && c.lower.some((w) => PERSON_PARTICLES.has(w)),
    reason: '"Ursula von der Leyen", "Ludwig van Beethoven": name particles between capitalised words belong to personal names.',
  },
  {
    id: 'known-place',
    hint: 'place',
    group: 'form',
    when: (c) => PLACE_OF.has(c.text.toLowerCase()) || PLACE_NAMES.has(c.text.toLowerCase()) || partOfPlace(c),
    reason: 'The name is in the place table (countries, capitals, their abbreviations), or is a part of a known place ("West Denver", "Northern Norvania").',
  },
  {
    id: 'town-state',
    hint: 'place',
    group: 'form',
    when: (c) => c.lower.length === 1 && townState(c.tokens, c.from),
    reason: '"Lowford, Colo.", "Tarrow, N.Y.", "Tarrow, NY": a US state abbreviated as news style does after a town.',
  },
  {
    id: 'lexicon-place',
    hint: 'place',
    group: 'form',
    when: (c) => c.lower.length >= 2 && nameTypeOf(c.lower.join('_')) === 'place' && (!ORGANIZATION_WORDS.has(c.lower.at(-1)!) || c.lower.at(-1) === 'union'),
    reason:
      'A name of two words or more the lexicon knows as a place ("Fort Wayne", "Cedar Rapids"), whatever the model reads in its words; one ending in an ' +
      'organisation word only when it is a union of states: the lexicon files businesses under places too (a stock exchange).',
  },
  {
    id: 'broadcast-title',
    hint: 'title',
    group: 'form',
    when: (c) => broadcastTitle(c.tokens, c.from) && c.lower.some((w) => w === 'the' || w === 'of'),
    reason: '"VTV’s Voices of the Quay", "HBC\'s Harbour at the Gate": a title with small words inside, after a broadcaster\'s or a publisher\'s abbreviation in the possessive, is a programme\'s or a publication\'s.',
  },
  {
    id: 'inner-the',
    hint: 'work',
    group: 'form',
    when: (c) => c.lower.slice(1).includes('the'),
    reason: '"Morning at the Harbour", "Lord of the Tides": an inner "the" marks a title, even one ending in an organisation word.',
  },
  {
    id: 'law-form',
    hint: 'work',
    group: 'form',
    when: (c) => c.lower.length >= 2 && LAW_WORDS.has(c.lower.at(-1)!) && !isFirstName(c.lower[0]!),
    reason: '"the Harbour Safety Act", "the Velmar Accord", "the HARBOR Bill": a law or a treaty is a document, not a person or a body.',
  },
  {
    id: 'document-part',
    hint: 'work',
    group: 'form',
    when: (c) => isDocumentPart(c.text.split(/\s+/)),
    reason: '"Article VII", "Title IX", "Section 230": a numbered part of a law or a charter is a document\'s, not a monarch\'s name, though its numeral reads like one.',
  },
  {
    id: 'organization-form',
    hint: 'organization',
    group: 'form',
    when: (c) => (c.lower.some((w) => ORGANIZATION_WORDS.has(w)) && !STREET_WORDS.has(c.lower.at(-1)!)) || isAcronym(c.text) || WIRE_SERVICES.has(c.lower.join(' ')) || c.lower.includes('&'),
    reason:
      '"Northgate Bank", "NATO", "Reuters": an organisation word, an acronym or a wire service; not a street or a square named after one ("Bank Street", "Herald Square"). ' +
      '"Harrow & Lind", "VX&T": words joined by "&" in one name are a firm\'s (names/ampersandInsideName keeps two authors or two people apart).',
  },
  {
    id: 'place-form',
    hint: 'place',
    group: 'form',
    when: (c) => {
      const a = after(c);
      const last = c.tokens[c.to - 1]!;
      const placeOf = c.lower.length >= 3 && c.lower[1] === 'of' && PLACE_WORDS.has(c.lower[0]!);
      // "Avenue Velarde", "Rue Velard": the street word opening the name, as French and Spanish streets are named.
      const street = c.lower.length >= 2 && STREET_OPENERS.has(c.lower[0]!) && !ORGANIZATION_WORDS.has(c.lower.at(-1)!);
      const placeAfter = a !== undefined && a.start - last.end === 1 && (PLACE_WORDS.has(a.text) || PLACES_AFTER.has(a.text));
      return PLACE_WORDS.has(c.lower.at(-1)!) || NAMED_PLACE_ENDINGS.has(c.lower.at(-1)!) || placeOf || street || endsInLandform(c) || placeAfter;
    },
    reason:
      '"Harlow Bay", "Eastmere County", "Lowford Arena", "Kessel Fjord": a place word or a landform or body of water (the lexicon\'s natural objects) ends the name, or a general place word follows it ("the Donbas region", "the Harlow neighborhood", "Fifth and Harlow streets"); "Bay of Norvia", "Gulf of Velmar": a place word and "of" open it; "Avenue Velarde", "Rue Velard": a street word opens it.',
  },
  {
    id: 'town-of-state',
    hint: 'place',
    group: 'form',
    when: (c) => !c.hints.has('person') && !isFirstName(c.lower[0]!) && after(c)?.text === ',' && townState(c.tokens, c.to + 1),
    reason: '"Lowford, Colo.", "Lowford, Massachusetts": the town before a US state, as news style prints it (not a name opening with a first name).',
  },
  {
    id: 'team-plural',
    hint: 'team',
    group: 'form',
    when: (c) => {
      // After "the": a person's surname may be such a plural ("Ana Fields"), but never follows an article.
      // A first name that is a known town too opens a team's name as its home ("the Tarrow Herons" where a list of
      // first names holds the town's name).
      const given = isFirstName(c.lower[0]!) && !isKnownPlace(c.text.split(/\s+/).slice(0, 1));
      if (c.lower.length < 2 || given || before(c)?.text.toLowerCase() !== 'the') return false;
      return isTeamName(c.lower) && !isKnownPlace(c.text.split(/\s+/));
    },
    reason: '"the Harbor Herons", "the Lowford Pilots", "the Velmar Giants": a name after "the" ending in the plural of a word for people or animals is a team, a band or a body of people (an organisation), not one person.',
  },
  {
    id: 'function-word-inside',
    hint: 'work',
    group: 'form',
    when: (c) => c.lower.some((w) => w === 'the' || w === 'of' || w === 'for' || w === 'on'),
    reason: '"Notes on Exile", "Songs for Winter": lower-case function words inside a capitalised run are title case.',
  },
  {
    id: 'work-noun-before',
    hint: 'title',
    when: (c) => {
      let k = c.from - 1;
      // A title's own first words may be left out of the name ("the film The Notable Ana Lin": "The Notable").
      for (let n = 0; n < MAX_TITLE_WORDS_BEFORE && /^\p{Lu}/u.test(c.tokens[k]?.text ?? ''); n++) k--;
      // "a movie, The Notable Ana Lin, starring …": the title in apposition to the noun, between commas ("In the movie,
      // Ana Lin (…) gives" is a clause's subject).
      if (c.tokens[k]?.text === ',' && c.tokens[c.to]?.text === ',') k--;
      if (!WORK_NOUNS.has(c.tokens[k]?.text ?? '')) return false;
      // The noun after a determiner, a possessive, a year or a word like "new": "to play Ana Lin" is a role, not a title.
      k--;
      if (WORK_ADJECTIVES.has(c.tokens[k]?.text.toLowerCase() ?? '')) k--;
      const d = c.tokens[k]?.text.toLowerCase() ?? '';
      return WORK_DETERMINERS.has(d) || /['’]s$/.test(d) || /^(?:1[89]|20)\d\d$/.test(d);
    },
    reason: '"the 2005 film The Harbor Keeper", "her memoir Salt and Tide", "the album Ana Lin": a name right after a noun for a work (a year between allowed), itself after a determiner or a possessive, is its title, even when it holds a person\'s name.',
  },
  {
    id: 'capital-article-before',
    hint: 'title',
    when: (c) => {
      // "The", then capitalised words of the title (in the run or before it), then a first name and a surname.
      const first = c.lower.findIndex((w) => isFirstName(w));
      if (first < 0 || first !== c.lower.length - 2 || c.hints.has('organization') || c.hints.has('place')) return false;
      let the = c.from;
      while (the > c.from - 1 - MAX_TITLE_WORDS_BEFORE && the >= 0 && c.tokens[the]?.text !== 'The' && /^\p{Lu}/u.test(c.tokens[the]?.text ?? '')) the--;
      const given = c.tokens.findIndex((t, i) => i > the && i < c.to && t.text.toLowerCase() === c.lower[first]);
      // Title words between them (no rank or honorific: "The Rev. Ana Lin" is her), and a "The" that does not open the
      // sentence: a capital there says nothing.
      const between = c.tokens.slice(the + 1, given).map((t) => t.text.toLowerCase().replace(/\.$/, ''));
      // Nor a possessive: "The Harbor Post's Ana Lin" is the paper's reporter.
      if (between.length === 0 || between.some((w) => w === '.' || /['’]s?$/.test(w) || ROLE_HEADS.has(w) || TITLE_ABBREVIATIONS.has(w) || HONORIFICS.has(w))) return false;
      return c.tokens[the]?.text === 'The' && the > 0 && !/^[.!?:;"“”]$/.test(c.tokens[the - 1]!.text);
    },
    reason: '"played by Ida Hale in The Brave Ana Lin": a capital "The" inside a sentence, then capitalised words, then a first name and a surname, is a title holding a person\'s name, not the person.',
  },
  {
    id: 'language',
    hint: 'language',
    when: (c) => {
      const a = after(c)?.text.toLowerCase() ?? '';
      // "speakers of <name>", but not "the languages of <country>"
      if (LANGUAGE_AFTER.has(a) || (before(c)?.text === 'of' && /^speakers$/i.test(c.tokens[c.from - 2]?.text ?? ''))) return true;
      // "<name> is a coastal language", "<name> is an endangered language"
      if (a !== 'is' || !['a', 'an'].includes(c.tokens[c.to + 1]?.text ?? '')) return false;
      for (let k = c.to + 2; k < Math.min(c.tokens.length, c.to + 6); k++) if (/^languages?$/.test(c.tokens[k]!.text)) return true;
      return false;
    },
    reason: '"the Kessa language", "Kessa speakers", "speakers of Kessa", "Kessa is an endangered language": the name of a language, not of the place it is spoken in ("in Kessa").',
  },
  {
    id: 'storm',
    hint: 'storm',
    when: (c) => isStormName(c.tokens.slice(Math.max(0, c.from - 1), c.to).map((t) => t.text)),
    reason: '"Hurricane Velma", "Typhoon Harlo", "Tropical Storm Iselda", "the remnants of hurricane Velma": a storm\'s given name, not a person\'s, though it is a first name.',
  },
  {
    id: 'place-preposition',
    hint: 'place',
    when: (c) =>
      (PLACE_PREPOSITIONS.has(before(c)?.text ?? '') || afterListedPlace(c)) &&
      !c.hints.has('person') &&
      !c.hints.has('organization') &&
      !CASE_PARTY_JOINERS.has(after(c)?.text.toLowerCase() ?? '') &&
      !isDocumentPart(c.text.split(/\s+/)) &&
      !ownerWithFirstName(c),
    reason: '"in Harlow", "near Valmora", "in New Hampshire and Old Harrow": an unknown name after a preposition of location, or listed after a known place that follows one; not a party to a court case ("in Lynford v. Ostrander") nor a part of a law ("in Title IX"), nor a possessive that opens with a first name ("in Ana Lin\'s new film": the preposition governs the film).',
  },
  {
    id: 'place-description',
    hint: 'place',
    when: (c) => !c.hints.has('person') && !c.hints.has('organization') && (directionFrom(c) || describedAsPlace(c)),
    reason:
      '"north of Tarrow", "20 km south-west of Tarrow": a direction from a name; "Tarrow, a neighbourhood …", "Tarrow is a small ' +
      'fishing village": a description ending in a word for a place (the lexicon\'s locations and the place words).',
  },
  {
    id: 'publication-after',
    hint: 'organization',
    when: (c) => !c.hints.has('person') && !c.hints.has('place') && PUBLICATION_NOUNS.has(after(c)?.text ?? '') && !isKnownPlace(c.text.split(/\s+/)) && !DEMONYMS.has(c.lower.join(' ')),
    reason: '"the Velmarske Novine newspaper", "Harbor Weekly magazine": a name before a word for a publication or a broadcaster is that body (not a place\'s name, "a Lowford newspaper", nor a people\'s).',
  },
  {
    id: 'gendered-noun-before',
    hint: 'person',
    when: (c) => {
      let k = c.from - 1;
      if (c.tokens[k]?.text === ',' && after(c)?.text === ',') k--;
      const w = c.tokens[k]?.text ?? '';
      return /^\p{Ll}/u.test(w) && genderOfNoun(w) !== undefined && lemmasOf(w).some(isPersonNoun);
    },
    reason: '"his brother Vitor", "her husband, Tobin,", "the actress Vella": a name right after a noun for a man or a woman (kin, a gendered role), or in apposition to it, is theirs.',
  },
  {
    id: 'organization-cue',
    hint: 'organization',
    when: (c) => !c.hints.has('person') && ORGANIZATION_CUES.has(before(c)?.text ?? ''),
    reason: '"the company Northgate", "the broadcaster Radio Ost": a common noun for a kind of organisation before a name with no personal cue.',
  },
  {
    id: 'plural-verb',
    hint: 'organization',
    when: (c) =>
      !c.hints.has('person') && c.lower.length <= 3 && PLURAL_VERBS.has(after(c)?.text ?? '') && !NOT_SUBJECT_AFTER.has(before(c)?.text.toLowerCase() ?? '') && !lastConjunct(c),
    reason:
      '"Harbor Records have denied it", "Velmar United are top": a name that takes a plural verb is a body or a group, not one person (British usage; a list of names, ' +
      'the last of two subjects — "Capt. Tom Fields and diver Bill Ortiz were" —, a name ending a phrase — "people from the village of Eastmere were" — and a ' +
      'question’s inversion — "Would Ana Lin have …" — aside).',
  },
  {
    id: 'place-cue',
    hint: 'place',
    when: (c) => c.hints.size === 0 && PLACE_CUES.has(before(c)?.text ?? ''),
    reason: '"the village Ferncombe", "the port Eastmere": a common noun for a kind of place before a name with no other cue.',
  },
  {
    id: 'age-or-role-appositive',
    hint: 'person',
    when: (c) => {
      const a = after(c);
      const next = c.tokens[c.to + 1];
      return a?.text === ',' && (next?.kind === 'number' || (['a', 'an', 'the'].includes(next?.text ?? '') && appositiveRole(c.tokens, c.to + 2)));
    },
    reason: '"Grace Whitlow, 71," / "Hanna Berg, an economist at …": an age or a role noun in an appositive describes a person.',
  },
  {
    id: 'age-before',
    hint: 'person',
    // The name ends the phrase the age describes: not a name before a noun ("a 30-year-old Velmar man", "a 30-year-old
    // Tarrow record"), nor an acronym.
    when: (c) => AGE_BEFORE.test(before(c)?.text ?? '') && !contentWordAfter(c) && !/^\p{Lu}{2,}$/u.test(c.tokens[c.from]!.text),
    reason: '"10-year-old Ana Lin", "the six-month-old Tom Fields": an age written before a name describes a person (not a name before a noun: "a 30-year-old Velmar man").',
  },
  {
    id: 'place-after-place-word',
    hint: 'place',
    when: (c) => {
      if (c.hints.size > 0) return false;
      // "of Ferncombe", or a one-word name ending a pair: "of Eastmere and Lowford" (a comma may be an appositive: "of
      // Brill, Ana Lin"; a full name after "and" is more often a person: "the mayor of Brill and Ana Lin").
      let at = c.from - 1;
      while (c.lower.length === 1 && at > 1 && LIST_JOINERS.has(c.tokens[at]!.text) && /^\p{Lu}/u.test(c.tokens[at - 1]!.text)) {
        at -= 2;
        while (at > 0 && /^\p{Lu}/u.test(c.tokens[at]!.text)) at--;
      }
      const word = c.tokens[at - 1]?.text.toLowerCase();
      if (c.tokens[at]?.text !== 'of' || word === undefined) return false;
      const location = LOCATION_OF.has(word) && !isFirstName(c.lower[0]!);
      return [word, ...lemmasOf(word)].some((w) => PLACE_WORDS.has(w)) || location || INHABITANTS.has(word) || roleClassOf(word) === 'local-leader';
    },
    reason:
      '"the villages of Ferncombe and Brill", "her hometown of Eastmere", "residents of Eastmere", "mayor of Eastmere": names after a place word or a noun for a ' +
      'location, a word for the people who live there, or a local leader\'s title.',
  },
  {
    id: 'name-of',
    hint: 'person',
    when: (c) => c.hints.size === 0 && after(c)?.text === 'of' && c.lower.length >= 2 && c.lower.length <= 3 && affiliationAfterOf(c),
    reason:
      '"Lars Ekholm of the Institute …", "Ana Lin of Velmar": a two- or three-word name followed by "of" and a body or a place introduces a person ' +
      '("accusing Harbor Records of trying" is a verb\'s object and its complement).',
  },
  {
    id: 'cited-author',
    hint: 'person',
    when: (c) => !c.hints.has('place') && !c.hints.has('organization') && isCitedAuthor(c.tokens, c.to),
    reason: '"(Lindqvist et al., 2012)", "(Harrow, 2015)", "Okafor & Lindqvist [7]": a name in an author–year or numbered citation is its author.',
  },
  {
    id: 'speech-verb-pronoun',
    hint: 'person',
    when: (c) => {
      const a = after(c);
      if (!a || !SPEECH_VERBS.has(a.text)) return false;
      const k = c.tokens[c.to + 1]?.text.toLowerCase() === 'that' ? c.to + 2 : c.to + 1;
      return /^(?:he|she)$/i.test(c.tokens[k]?.text ?? '');
    },
    reason: '"Dora McCaster said she had pushed through", "Okafor said he would stay": the one who says what "he" or "she" did next is most often that person.',
  },
  {
    id: 'speech-verb',
    hint: 'speaker',
    when: (c) => {
      const a = after(c);
      return c.hints.size === 0 && a !== undefined && !COMPLEMENT_OF.has(before(c)?.text.toLowerCase() ?? '') && (SPEECH_VERBS.has(a.text) || (a.text === ',' && speechAfterAppositive(c.tokens, c.to)));
    },
    reason:
      '"Okafor said", "Jonas Falk, the council\'s president, said": the subject of a speech verb; a person unless other evidence says not. ' +
      'Not a name after a preposition ("a spokeswoman for Quillsoft said", "Ana Lin of Velmar said"): the one before it speaks.',
  },
];

/**
 * Roles whose holder speaks for a company or a body named before them ("Quillsoft spokeswoman", "Harbor Works chief
 * executive"), and the modifiers they take. Not "director" (a film's), "president" (a country's), nor a public
 * service's modifier ("Lowford police spokesman": the police of a town).
 */
const BODY_ROLE_HEADS = new Set([...CORPORATE_TITLES, 'spokesman', 'spokeswoman', 'spokesperson', 'executive']);
const BODY_ROLE_MODIFIERS = new Set(['chief', 'senior', 'deputy', 'vice', 'press', 'managing', 'operating', 'financial']);

/** From `k`: such a role in lower case (its modifiers, then its head), then a capitalised word. */
export function bodyBeforeRole(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 2 && BODY_ROLE_MODIFIERS.has(tokens[j]!.text)) j++;
  return BODY_ROLE_HEADS.has(tokens[j]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
}

/**
 * Places a company runs, named by the company before them ("the Harborlink plant", "a Quillsoft store", "Velmar
 * headquarters"). A town's name stands there too ("the Lowford plant"): the gazetteer tells them apart (entities.ts).
 */
const SITE_NOUNS = new Set(['plant', 'plants', 'factory', 'factories', 'store', 'stores', 'facility', 'facilities', 'headquarters', 'refinery', 'warehouse', 'mill', 'offices', 'dealership', 'branch', 'branches', 'outlet', 'outlets', 'shop', 'shops', 'restaurant', 'restaurants']);

/** From `k`: a noun for a place a company runs, in lower case ("plant", "store"). */
export function siteAfter(tokens: Token[], k: number): boolean {
  return SITE_NOUNS.has(tokens[k]?.text ?? '');
}

/** Nouns for ships and boats, lower case, as news prints them before a vessel's name ("the frigate …", "destroyer …"). */
const VESSEL_NOUNS = new Set([
  'ship', 'warship', 'vessel', 'boat', 'destroyer', 'frigate', 'cruiser', 'corvette', 'submarine', 'tanker', 'freighter', 'ferry', 'yacht', 'trawler',
  'tugboat', 'tug', 'liner', 'schooner', 'steamer', 'dhow', 'gunboat', 'icebreaker', 'supertanker', 'containership', 'cutter', 'minesweeper', 'battleship',
]);
/** Prefixes of ships' names (navies' and merchant ones): "HMS …", "USS …", "MV …". */
const SHIP_PREFIXES = new Set(['HMS', 'USS', 'INS', 'HMAS', 'HMCS', 'HMNZS', 'USNS', 'RFS', 'MV', 'RMS', 'FV', 'NRP', 'PNS', 'ROKS']);

/** A name (its `words`, from token `from`) is a vessel's: a ship prefix opens it, or a noun for a vessel stands right before it. */
export function isVesselName(words: readonly string[], tokens: Token[], from: number): boolean {
  if (words.length >= 2 && SHIP_PREFIXES.has(words[0]!)) return true;
  return VESSEL_NOUNS.has(tokens[from - 1]?.text ?? '');
}

/** Prepositions after which a name completes the noun before it, which is the subject of the verb after the name. */
const COMPLEMENT_OF = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on']);

/** The type hints the cues give a name, in rule order; the ids of the cues that gave them are added to `fired`. */
export function cueHints(context: Omit<CueContext, 'hints'>, hints: Set<TypeHint>, fired: string[] = []): Set<TypeHint> {
  const matchedGroups = new Set<string>();
  const c: CueContext = { ...context, hints };
  for (const cue of NAME_CUES) {
    if (cue.group && matchedGroups.has(cue.group)) continue;
    if (!cue.when(c)) continue;
    hints.add(cue.hint);
    fired.push(cue.id);
    if (cue.group) matchedGroups.add(cue.group);
  }
  return hints;
}

/** The ids of the cues that hint a place. */
const PLACE_CUE_IDS = new Set(NAME_CUES.filter((cue) => cue.hint === 'place').map((cue) => cue.id));

/** Of the cues that fired (`cueHints`), the one that hints a place is the preposition before the name. */
export function placeOnlyByPreposition(fired: readonly string[]): boolean {
  const places = fired.filter((id) => PLACE_CUE_IDS.has(id));
  return places.length === 1 && places[0] === 'place-preposition';
}

/** "NATO", "UNICEF", "FIFA": two to eight capitals (dots and & allowed), not a place abbreviation (those are in the place table). */
export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z.&]{1,7}$/.test(name) && !PLACE_OF.has(name.toLowerCase());
}

/** An ordinary lower-case word right after the name ("Velmar man"; not "has", "was"). */
function contentWordAfter(c: CueContext): boolean {
  const next = after(c)?.text ?? '';
  return /^\p{Ll}+$/u.test(next) && !FUNCTION_WORDS.has(next);
}

/** The last word of an age ("year-old" of "10-year-old", as tokens split it), or one in words ("six-month-old"). */
const AGE_BEFORE = /^(?:\p{L}+-){0,2}(?:year|month|week)-old$/iu;

/** "…, an economist at X," — a role noun within the next few words of an appositive. */
/** Words for a publication or a broadcaster, lower case, after its name ("the Kessel Courant newspaper"). */
const PUBLICATION_NOUNS = new Set(['newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'broadsheet', 'broadcaster', 'newsweekly', 'journal', 'website', 'blog']);

/** Adverbs that may follow the head of an appositive ("a student there", "a nurse here now"). */
const TRAILING_ADVERBS = new Set(['there', 'here', 'now', 'then', 'too', 'also', 'today']);

function appositiveRole(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (ROLE_HEADS.has(tokens[k]!.text.toLowerCase())) return true;
  // Or the phrase's head — its last word before a comma, a relative or a preposition — is a noun whose most frequent
  // sense is a kind of person ("a former harbour special agent", "a 30-year veteran", "a second-year student").
  let k = from;
  while (k < Math.min(tokens.length, from + 6) && tokens[k]!.kind === 'word' && !APPOSITIVE_ENDS.has(tokens[k]!.text.toLowerCase())) k++;
  // "a welding apprentice there who …": an adverb of place or time after the head is not it.
  while (k - 1 > from && TRAILING_ADVERBS.has(tokens[k - 1]!.text.toLowerCase())) k--;
  const head = tokens[k - 1];
  return k > from && head !== undefined && /^\p{Ll}+$/u.test(head.text) && lemmasOf(head.text).some(isPersonNoun);
}

/** Directions from a place ("north of …"), lower case. */
const DIRECTIONS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(' '),
);

/** Words for a part of a town after a name ("the Harlow neighborhood"), and street words in the plural after two names ("Fifth and Harlow streets"). */
const PLACES_AFTER = new Set(['neighborhood', 'neighbourhood', 'suburb', 'borough', 'streets', 'avenues', 'roads']);

/** "north of <name>", "South of <name>", "20 km south-west of <name>". */
function directionFrom(c: CueContext): boolean {
  return before(c)?.text === 'of' && DIRECTIONS.has(c.tokens[c.from - 2]?.text.toLowerCase() ?? '');
}

/**
 * "<name>, a neighbourhood …", "<name> is a small fishing village": an appositive or a predicate noun phrase after the
 * name whose noun is a word for a place — the lexicon's locations ("neighbourhood", "suburb", "district") or the place
 * words — and ends there: punctuation, a relative or a preposition follows (or, after "is", a participle: "a village
 * known for"), not another noun ("Ana Lin, a town councillor").
 */
function describedAsPlace(c: CueContext): boolean {
  return describedAs(c.tokens, c.to, isPlaceNoun);
}

/**
 * "<name>, an advocacy group that …", "<name> is a shipping company based in …": the same description whose noun is
 * one for a kind of organisation (ORGANIZATION_CUES, not "paper", which may be an article), not one that goes on with
 * "of" ("a group of friends", "a team of divers" are people); or such a noun and "the" before the name ("the rights
 * group the Velmar Watch"). A mark, not a cue hint (see NameMention's bodyOfRole).
 */
export function describedAsBody(tokens: Token[], from: number, to: number): boolean {
  const body = (word: string) => word !== 'paper' && ORGANIZATION_CUES.has(word);
  if (tokens[from - 1]?.text === 'the' && body(tokens[from - 2]?.text ?? '')) return true;
  return describedAs(tokens, to, (word, next) => body(word) && next?.text !== 'of', true);
}

/**
 * The phrase after a name at `to` is a description ("…, a …" or "… is a …") whose noun, where it ends, is `what`; after
 * "is", or with `participles`, a participle may end it too ("a company based in …").
 */
function describedAs(tokens: Token[], to: number, what: (word: string, next: Token | undefined) => boolean, participles = false): boolean {
  const a = tokens[to]?.text;
  const copula = a === 'is' || a === 'was';
  // Only "a"/"an" describes: after a comma "the" opens the next clause's subject as often ("According to Lin, the men
  // left …"), and after "is" it names a part ("Lin was the centre of …").
  if ((a !== ',' && !copula) || !['a', 'an'].includes(tokens[to + 1]?.text ?? '')) return false;
  for (let k = to + 2; k < Math.min(tokens.length, to + 7); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || APPOSITIVE_ENDS.has(t.text)) return false;
    const next = tokens[k + 1];
    const over = next === undefined || next.kind !== 'word' || APPOSITIVE_ENDS.has(next.text) || next.text === 'where';
    if ((over || ((copula || participles) && /(?:ed|ing)$/.test(next.text))) && what(t.text, next)) return true;
    if (over) return false;
  }
  return false;
}

/** A word for a place, and no form of another word ("left", of "leave", is no place here). */
function isPlaceNoun(word: string): boolean {
  const lemmas = lemmasOf(word);
  if (lemmas.some((l) => l !== word && !word.startsWith(l))) return false;
  return [word, ...lemmas].some((w) => PLACE_WORDS.has(w)) || nounClassesOfWord(word)[0] === 'location';
}

/** Words after which an appositive's noun phrase has ended: a relative, a preposition, a conjunction. */
const APPOSITIVE_ENDS = new Set(['who', 'whose', 'that', 'which', 'at', 'of', 'in', 'for', 'with', 'from', 'on', 'and', 'or', 'to', 'since', 'until']);

/** "Jonas Falk, the council's president, said": a speech verb right after a closing appositive comma. */
function speechAfterAppositive(tokens: Token[], comma: number): boolean {
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 12); k++) {
    if (tokens[k]!.text === ',') return SPEECH_VERBS.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/**
 * The run from `from` follows a broadcaster's or a publisher's abbreviation in the possessive and opens with no first
 * name ("VTV’s Voices of the Quay"; not "VTV’s Ana Lin of Lowford"): a programme's or a publication's title, whose small
 * words ("the", "of") stay inside it.
 */
export function broadcastTitle(tokens: readonly Token[], from: number): boolean {
  const owner = tokens[from - 1];
  const first = tokens[from];
  if (!owner || !first || owner.end !== first.start - 1 || !/^\p{Lu}{2,6}['’]s$/u.test(owner.text)) return false;
  return !isFirstName(first.text.toLowerCase());
}

/** A year as a citation gives it ("2012", "2012a"). */
const CITATION_YEAR = /^(?:1[6-9]|20)\d\d[a-z]?$/;

/**
 * The tokens from `to` on close an author's name in a citation: "et al.", ", 2012)" or ", 2012;", or "& <Name>" followed
 * by one of these, by "[7]" or by a year ("Okafor & Lindqvist, 2014", "Okafor & Lindqvist [7]", "Okafor & Lindqvist
 * 2014"). Not "(2012)" alone: films, books and teams take it too ("Harbor Nights (2008)").
 */
export function isCitedAuthor(tokens: readonly Token[], to: number, paired = false): boolean {
  const at = (k: number) => tokens[to + k]?.text ?? '';
  if (at(0) === 'et' && /^al\.?$/.test(at(1))) return true;
  if (at(0) === ',' && CITATION_YEAR.test(at(1)) && [')', ';', ','].includes(at(2))) return true;
  // A footnote mark follows any name in an encyclopaedia's text ("Harbor Nights [12]"): only two authors joined by "&"
  // before one are cited.
  if (paired && at(0) === '[' && /^\d{1,3}$/.test(at(1)) && [']', ',', '–', '-'].includes(at(2))) return true;
  // Two names joined by "&" and then a year are authors, whatever follows ("Okafor & Lindqvist 2014;", ", 2014 and").
  if (paired && (CITATION_YEAR.test(at(0)) || (at(0) === ',' && CITATION_YEAR.test(at(1))))) return true;
  return (at(0) === '&' || at(0) === 'and') && /^\p{Lu}\p{Ll}/u.test(at(1)) && isCitedAuthor(tokens, to + 2, at(0) === '&');
}
