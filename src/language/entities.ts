// Name mentions → entities: one per referent across spelling variants, partial names and descriptions, typed and named.
import type { Entity, EntityType, Span } from '../model/analysis.js';
import { initialsOpening, nameKey, printedNameKey, sameFullKeys } from './canonical-names.js';
import { genderOfGivenName, genderOfHonorific, isFirstName, type Gender } from './first-names.js';
import { isCommonWord, isKnownLemma, isOnlyName, isPersonNoun, lemmasOf, nameTypeOf, nounClassOf } from './lexicon.js';
import { isListedCompanyKey } from './companies.js';
import { isGazetteerPlace, placeKey } from './places.js';
import { NAME_TYPES, nameFeatures, nameTypeScores } from './name-types.js';
import { findNames, midSentenceCapitals, titleSurnames, type NameMention } from './names.js';
import { EVENT_HEADS, isDocumentPart, isKnownPlace, LAW_WORDS } from './rules/name-cues.js';
import { ORGANIZATION_WORDS, PERSON_PARTICLES } from './rules/organizations.js';
import { DEMONYMS, PLACE_NAMES, PLACE_OF } from './rules/places.js';
import { DESCRIPTION_NOUNS, ROLE_HEADS } from './rules/roles.js';
import { FUNCTION_WORDS, IRREGULAR_PAST } from './rules/function-words.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import { bare, isCapitalized, isWebHost, spanTokens, stripPossessive, type SpanTokens, type Token } from './tokens.js';

/** Where an entity is named or described; `entity` indexes `EntityFindings.entities`. */
export interface EntityMention extends Span {
  entity: number;
  sentence: number;
  kind: 'name' | 'description';
}

export interface EntityFindings {
  entities: Entity[];
  /** Every mention, ordered by `start`. */
  mentions: EntityMention[];
  /** The gender each entity's names mark (honorifics, first names), when they do: for resolving "he" and "she". */
  genders: (Gender | undefined)[];
}

interface Group {
  members: NameMention[];
  /**
   * The members that differ in what typing and matching read (printed form, words, hints), each once in the members'
   * order, with how many members it stands for and the last one's start: a name printed a thousand times is read once,
   * not once for every member that joins after it.
   */
  distinct: Distinct[];
  bySignature: Map<string, Distinct>;
  /** The name-type model's summed scores over the members (document-level: one type for all of them). */
  scores?: number[];
  /** Type from the members' hints, cached until a member joins. */
  kind?: EntityType | undefined;
  place?: string;
  descriptions: { span: Span & { text: string }; sentence: number }[];
}

interface Distinct {
  m: NameMention;
  count: number;
  lastStart: number;
}

function newGroup(place?: string): Group {
  return { members: [], distinct: [], bySignature: new Map(), descriptions: [], ...(place ? { place } : {}) };
}

function addMember(g: Group, m: NameMention): void {
  g.members.push(m);
  const signature = `${m.text}\u0000${m.words.join(' ')}\u0000${[...m.hints].sort().join(' ')}`;
  const d = g.bySignature.get(signature);
  if (d) {
    d.count++;
    d.lastStart = Math.max(d.lastStart, m.start);
  } else {
    const added = { m, count: 1, lastStart: m.start };
    g.bySignature.set(signature, added);
    g.distinct.push(added);
  }
  g.kind = undefined;
}

/** Finds the entities of a text split into `sentences`. */
export function findEntities(text: string, sentences: Span[], tokensOf: SpanTokens = spanTokens(text)): EntityFindings {
  const known = midSentenceCapitals(sentences, tokensOf);
  const found = bodiesJoinedByAnd(text, abbreviationsBeforeSurnames(sentences.flatMap((s, i) => findNames(text, s, i, known, tokensOf)).filter((m) => !figureLabel(text, m))));
  const surnames = titleSurnames(text, found, sentences, tokensOf);
  const names = surnames.length ? [...found, ...surnames].sort((a, b) => a.start - b.start) : found;
  const features = new Map(names.map((m) => [m, nameFeatures(m, tokensOf(sentences[m.sentence]!))]));
  const scored = joinFirstNames(groupNames(names));
  for (const g of scored) {
    g.scores = NAME_TYPES.map(() => 0);
    for (const m of g.members) nameTypeScores(features.get(m)!).forEach((x, k) => (g.scores![k]! += x));
  }
  const groups = joinAbbreviations(scored);
  const entities = groups.map(toEntity);
  wordsOfPeople(groups, entities);
  productsOfOrganizations(groups, entities);
  const terms = spelledOutTerms(text);
  if (terms.size > 0) {
    groups.forEach((g, i) => {
      if (g.distinct.every((d) => terms.has(stripPossessive(d.m.text).replace(/s$/, '')))) entities[i]!.type = 'other';
    });
  }
  resolveDescriptions(sentences, groups, entities, tokensOf);
  const mentions: EntityMention[] = [];
  groups.forEach((g, entity) => {
    for (const m of g.members) mentions.push({ start: m.start, end: m.end, entity, sentence: m.sentence, kind: 'name' });
    for (const d of g.descriptions) mentions.push({ start: d.span.start, end: d.span.end, entity, sentence: d.sentence, kind: 'description' });
  });
  mentions.sort((a, b) => a.start - b.start);
  for (const e of entities) e.mentions = [];
  for (const m of mentions) entities[m.entity]!.mentions.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  return { entities, mentions, genders: groups.map(groupGender) };
}

/**
 * "Speaking on the VBC Lin said …", "says QRT Lin": an abbreviation in capitals run into a surname, where the text
 * names that person in full elsewhere ("Ana Lin"), is not part of the person's name (a comma left out, or a title's
 * abbreviation). The surname is the person's; the abbreviation stays a name of its own where
 * the text also prints it alone ("the VBC"), else it was a title and names no one. The mentions, in order.
 */
function abbreviationsBeforeSurnames(names: NameMention[]): NameMention[] {
  // Full names of two or three words, in ordinary case, whose surname is no function word ("Ida Cup Finals", "Ben
  // Radio News", "Ana Lee In" are not).
  const fullName = (m: NameMention) => m.words.length <= 3 && isFullName(m) && /^\p{Lu}\p{Ll}/u.test(m.words[0]!) && !FUNCTION_WORDS.has(m.words.at(-1)!.toLowerCase());
  const surnamesOfPeople = new Set(names.filter(fullName).map((m) => m.keys.at(-1)!));
  if (surnamesOfPeople.size === 0) return names;
  const alone = new Set(names.filter((m) => m.words.length === 1).map((m) => m.words[0]!));
  return names.flatMap((m) => {
    const [abbreviation, surname] = m.words;
    if (m.words.length !== 2 || !/^\p{Lu}{3,5}$/u.test(abbreviation!) || isFirstName(abbreviation!) || !/^\p{Lu}\p{Ll}/u.test(surname!) || !surnamesOfPeople.has(m.keys[1]!)) return [m];
    const at = m.start + m.text.lastIndexOf(surname!);
    const person: NameMention = { text: surname!, start: at, end: at + surname!.length, words: [surname!], keys: [m.keys[1]!], hints: new Set(['person']), sentence: m.sentence };
    if (!alone.has(abbreviation!)) return [person];
    const body: NameMention = { text: abbreviation!, start: m.start, end: m.start + abbreviation!.length, words: [abbreviation!], keys: [m.keys[0]!], hints: new Set(), sentence: m.sentence };
    return [body, person];
  });
}

/**
 * "Harbour Safety and Ferry Licensing Agency", "Sea and Shore Rescue Service": two runs of ordinary capitalised words
 * joined by "and", the second ending in an organisation's word, are one body's name (the name finder stops at "and").
 * Not when the second name ends in another word ("Harbor Telecom and Federal Office of Ferries": two bodies), nor after
 * a name with its own "of" or before one word ("the House of Delegates and Senate"), nor when either holds a first name
 * or a name no lexicon knows. Done after the name finder, whose mentions the name-type model is trained on. The
 * mentions, in order.
 */
function bodiesJoinedByAnd(text: string, names: NameMention[]): NameMention[] {
  const ordinary = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isFirstName(w) && isOrdinaryWord(w);
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const [a, b] = [names[i]!, names[i + 1]];
    const joined =
      b !== undefined &&
      a.sentence === b.sentence &&
      text.slice(a.end, b.start) === ' and ' &&
      // A country or an abbreviation may open it ("the Norway Sea and Shore Rescue Service", "the VX Tide and Wave Agency").
      a.words.every((w, k) => ordinary(w) || (k === 0 && a.words.length > 1 && (/^(?:\p{Lu}\.?){2,4}$/u.test(w) || PLACE_OF.has(w.toLowerCase())))) &&
      !/\bof\b/.test(a.text) &&
      b.words.length >= 2 &&
      b.words.every(ordinary) &&
      ORGANIZATION_WORDS.has(b.words.at(-1)!.toLowerCase());
    if (!joined) {
      out.push(a);
      continue;
    }
    out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, words: [...a.words, ...b.words], keys: [...a.keys, ...b.keys], hints: new Set([...b.hints].filter((h) => h !== 'person')), sentence: a.sentence });
    i++;
  }
  return out;
}

/** Labels of the numbered figures and tables of a text ("Figure 2", "Table 3", "Fig. 4"). */
const FIGURE_LABELS = new Set(['figure', 'fig', 'table', 'chart', 'graph', 'map', 'plate', 'exhibit', 'appendix', 'equation', 'box']);

/** "Figure 2", "Table 3", "Fig. 4": the label of a figure or a table before its number names nothing. */
function figureLabel(text: string, m: NameMention): boolean {
  return m.words.length === 1 && FIGURE_LABELS.has(m.words[0]!.toLowerCase()) && /^\.?\s?\d+[a-z]?\b/.test(text.slice(m.end, m.end + 8));
}

/** An abbreviation in brackets, of two to seven capitals, perhaps plural ("(GDP)", "(NGOs)"). */
const BRACKETED_ABBREVIATION = /\(([A-Z]{2,7})s?\)/g;

/**
 * Abbreviations the text spells out in lower-case words just before them in brackets ("the sea water index (SWI)",
 * "gross domestic product (GDP)", "non-governmental organisations (NGOs)"): terms of the language, not names, wherever
 * the text uses them. The words' initials spell the letters, with or without the function words between them ("the
 * freedom of information (FOI)"); a name spelled out in capitals ("the Velmar Port Authority (VPA)") is not one.
 */
function spelledOutTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(BRACKETED_ABBREVIATION)) {
    const letters = m[1]!.toLowerCase();
    const before = text.slice(Math.max(0, m.index! - 160), m.index!).split(/[\s\-\u2010\u2011]+/).filter(Boolean);
    const spells = (words: string[]) => {
      const last = words.slice(-letters.length);
      return last.length === letters.length && last.every((w) => /^\p{Ll}+$/u.test(w)) && last.map((w) => w[0]).join('') === letters;
    };
    if (spells(before) || spells(before.filter((w) => !FUNCTION_WORDS.has(w)))) out.add(m[1]!);
  }
  return out;
}

/** A name's abbreviation in capitals, perhaps plural or possessive ("VPA", "NGOs", "VPA's"). */
const ABBREVIATION = /^(\p{Lu}{2,6})(?:s|['’]s)?$/u;

/**
 * The capitals a name of several words is abbreviated to: the initials of its capitalised words, with the words of a
 * closed class between them or without ("Velmar Port Authority" → VPA; "Office of Ports" → OOP or OP). None for a name
 * with a word in capitals or figures ("VX200 Coupe", "QS Sails"): its letters are no initials.
 */
function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w[0]!).join('');
  return all === content ? [all] : [all, content];
}

/**
 * An abbreviation in capitals that spells the initials of one longer name of the text, and of one only, is that name
 * ("the Velmar Port Authority" … "a VPA spokesman"): its mentions join the name's entity, which keeps its own type (the
 * abbreviation's mentions and cues are not read for it: capitals alone look like a body's). Left apart: a person's name
 * ("Ana Lin" / "AL") and a place the tables know; an abbreviation the lexicon has as a common noun ("TVs" is no
 * "Tarrow Vessels"); and one that is a body on its own — the lexicon's ("NATO") or a listed company's — unless the
 * longer name is an organisation too (a valley whose initials spell a known body's abbreviation is not that body).
 */
function joinAbbreviations(groups: Group[]): Group[] {
  const letters = (g: Group) => {
    const forms = new Set(g.distinct.map(({ m }) => (m.words.length === 1 ? ABBREVIATION.exec(m.words[0]!)?.[1] : undefined)));
    return forms.size === 1 ? [...forms][0] : undefined;
  };
  const short = groups.flatMap((g) => {
    const abbreviation = g.place ? undefined : letters(g);
    return abbreviation && !PLACE_OF.has(abbreviation.toLowerCase()) ? [{ g, abbreviation }] : [];
  });
  if (short.length === 0) return groups;
  const byInitials = new Map<string, Set<Group>>();
  for (const g of groups) {
    if (g.place || g.distinct.some(({ m }) => m.words.length > 0 && isFirstName(stripPossessive(m.words[0]!)))) continue;
    for (const { m } of g.distinct) for (const i of initialsOf(m.words.map(stripPossessive))) byInitials.set(i, (byInitials.get(i) ?? new Set()).add(g));
  }
  const gone = new Set<Group>();
  const grown = new Set<Group>();
  for (const { g, abbreviation } of short) {
    const homes = byInitials.get(abbreviation);
    if (homes?.size !== 1) continue;
    const home = [...homes][0]!;
    const lexical = nounClassOf(abbreviation.toLowerCase());
    // Two letters the lexicon has as a substance are a chemical element's symbol ("NA", sodium), no word of news prose.
    const known = abbreviation.length === 2 && lexical === 'substance' ? undefined : lexical;
    if (known !== undefined && known !== 'group') continue;
    if ((known === 'group' || isCompanyGroup(g)) && (home.kind ??= groupKind(home)) !== 'organization') continue;
    grown.add(home);
    for (const m of g.members) {
      // Its cues of type are left behind (capitals alone read as a body's): only where it is printed and its words join.
      addMember(home, { start: m.start, end: m.end, text: m.text, words: m.words, keys: m.keys, sentence: m.sentence, hints: new Set(), abbreviation: true });
    }
    gone.add(g);
  }
  for (const g of grown) g.members.sort((a, b) => a.start - b.start);
  return groups.filter((g) => !gone.has(g));
}

/** Full names first, so that a later surname or variant joins the person it shortens. */
function groupNames(names: NameMention[]): Group[] {
  const groups: Group[] = [];
  const byPlace = new Map<string, Group>();
  // Every way a mention can join a group (`matches`) goes through its last key, which must be a member's last key, or,
  // for a mention of one word, through that key as a member's first or last: the groups are looked up so, not all read
  // for every mention, and taken in the order they were made.
  const byFirst = new Map<string, Set<Group>>();
  const byLast = new Map<string, Set<Group>>();
  const made = new Map<Group, number>();
  const index = (table: Map<string, Set<Group>>, key: string, g: Group) => {
    const set = table.get(key);
    if (set) set.add(g);
    else table.set(key, new Set([g]));
  };
  const join = (g: Group, m: NameMention) => {
    addMember(g, m);
    if (m.keys.length === 0) return;
    index(byFirst, m.keys[0]!, g);
    index(byLast, m.keys.at(-1)!, g);
  };
  const mayMatch = (m: NameMention): Group[] => {
    if (m.keys.length === 0) return groups;
    const last = m.keys.at(-1)!;
    const found = new Set(byLast.get(last));
    if (m.keys.length === 1) for (const g of byFirst.get(last) ?? []) found.add(g);
    return [...found].sort((a, b) => made.get(a)! - made.get(b)!);
  };
  const order = [...names].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of order) {
    const place = PLACE_OF.get(m.text.toLowerCase());
    if (place) {
      let g = byPlace.get(place);
      if (!g) {
        g = newGroup(place);
        byPlace.set(place, g);
        groups.push(g);
      }
      addMember(g, m);
      continue;
    }
    const candidates = compatible(mayMatch(m).filter((g) => !g.place && matches(g, m)), m);
    const g = latestBefore(candidates, m.start);
    if (g) {
      // A shouted surname's abbreviation cue was a misreading: it does not type the person's group.
      if (shoutedSurname(g, m)) m.hints.delete('organization');
      join(g, m);
    } else {
      const added = newGroup();
      made.set(added, groups.length);
      join(added, m);
      groups.push(added);
    }
  }
  // In the text's order from here on, as the readers of a group's first full name expect.
  const sorted = groups.map((g) => {
    const inOrder = newGroup(g.place);
    for (const m of g.members.sort((a, b) => a.start - b.start)) addMember(inOrder, m);
    return inOrder;
  });
  return sorted.sort((a, b) => a.members[0]!.start - b.members[0]!.start);
}

/**
 * "ORTIZ!" in a post or a headline after "Ben Ortiz": a surname in capitals is the person's whom the text names in full
 * (a first name and a surname written in lower case), shouted, not an abbreviation (whose cue typed it an organisation).
 */
function shoutedSurname(g: Group, m: NameMention): boolean {
  const kind = (g.kind ??= groupKind(g));
  return (kind === 'person' || kind === 'other') && m.words.length === 1 && /^\p{Lu}{3,}$/u.test(stripPossessive(m.words[0]!)) && g.distinct.some(({ m: x }) => isFullName(x) && /^\p{Lu}\p{Ll}/u.test(x.words.at(-1)!) && sameFullKeys(x.keys, m.keys));
}

function matches(g: Group, m: NameMention): boolean {
  const kind = (g.kind ??= groupKind(g));
  // A title ("the film The Notable Ana Lin") is not the person it names, even in the same words.
  if (m.hints.has('title') && kind !== 'work') return false;
  // Nor is a person named in the same words later ("… in The Brave Ana Lin. Ana Lin said") that title.
  if (kind === 'work' && !m.hints.has('title') && (m.hints.has('person') || m.hints.has('speaker'))) return false;
  const key = m.keys.join(' ');
  // "Northline" after "Northline Rail", "Ledger" after "Valmora Ledger": an organisation's distinctive first word; not
  // a place's name, which names the place after "Tallinn Transit" ("buses run all over Tallinn"), unless the
  // organisation is a team: sports pages call a team by its town ("Tallinn won 2-1").
  if (kind === 'organization' && m.keys.length === 1 && !m.hints.has('place')) {
    const town = isKnownPlace(m.words);
    if (g.distinct.some(({ m: x }) => x.keys.length > 1 && x.keys[0] === m.keys[0] && (!town || x.hints.has('team')))) return true;
  }
  // "the Herons" after "the Harbor Herons": a team's nickname, its last word.
  if (kind === 'organization' && m.keys.length === 1 && g.distinct.some(({ m: x }) => x.keys.length > 1 && x.keys.at(-1) === m.keys[0] && x.hints.has('team'))) return true;
  if (kind === 'organization' || kind === 'work' || kind === 'place') {
    return g.distinct.some(({ m: x }) => x.keys.join(' ') === key || (m.words.length === 1 && /^[A-Z]{2,}$/.test(m.words[0]!) && x.keys[0] === m.keys[0]));
  }
  if (shoutedSurname(g, m)) return true;
  // "La Paz" after "Coach Tom La Paz": a surname opening with a particle is the person's, though it is also a town's.
  const printed = m.text.split(/\s+/);
  if (kind === 'person' && printed.length >= 2 && PERSON_PARTICLES.has(printed[0]!.toLowerCase()) && g.distinct.some(({ m: x }) => x.text.endsWith(` ${m.text}`))) return true;
  if (m.hints.has('organization') || m.hints.has('place') || m.hints.has('work')) return g.distinct.some(({ m: x }) => x.keys.join(' ') === key);
  return g.distinct.some(({ m: x }) => sameFullKeys(x.keys, m.keys) || familyNameOf(x, m));
}

/**
 * "Ben said" in a text that names one person Ben in full ("Ben Ortiz"), and no one Ben as a surname: that person, as
 * sports pages, features and stories of a family sharing a surname call people. A group of such a first name alone
 * joins the one group whose full name opens with it. Not a first name that is also a place ("Florence"), nor a word of
 * the language ("Will", "Grant") unless it speaks, nor one that two people named in full share.
 */
function joinFirstNames(groups: Group[]): Group[] {
  // The groups that are one first name alone, with no cue but its speaking or a person's.
  const lone = groups.filter((g) => {
    const key = g.members[0]!.keys[0];
    if (key === undefined || !g.members.every((m) => m.keys.length === 1 && m.keys[0] === key && !m.honorific && [...m.hints].every((h) => h === 'speaker' || h === 'person'))) return false;
    const word = stripPossessive(g.members[0]!.words[0]!);
    const person = g.members.some((m) => m.hints.size > 0);
    const known = isKnownLemma(word.toLowerCase());
    return (isFirstName(word) || !known) && !isKnownPlace([word]) && (person || !known);
  });
  if (lone.length === 0) return groups;
  const fullByFirst = new Map<string, Group[]>();
  for (const g of groups) {
    for (const k of new Set(g.distinct.filter(({ m }) => isFullName(m) || opensUnlistedName(m) || cuedUnlistedName(m)).map(({ m }) => m.keys[0]!))) {
      const sharing = fullByFirst.get(k);
      if (sharing) sharing.push(g);
      else fullByFirst.set(k, [g]);
    }
  }
  const joined = new Set<Group>();
  for (const g of lone) {
    const people = fullByFirst.get(g.members[0]!.keys[0]!);
    if (people?.length !== 1) continue;
    const home = people[0]!;
    const kind = (home.kind ??= groupKind(home));
    // A first word no list of first names holds ("Bettie", "Saparmurat") is the person's only when a cue says the full
    // name is one (a role, an honorific, a personal cue), not the model alone (a product's name read as a person's).
    const listed = isFirstName(stripPossessive(g.members[0]!.words[0]!));
    const cued = home.members.some((m) => m.hints.has('person') || m.honorific !== undefined || m.role !== undefined);
    if (listed ? kind !== 'person' && kind !== 'other' : kind !== 'person' || !cued) continue;
    for (const m of g.members) addMember(home, m);
    home.members.sort((a, b) => a.start - b.start);
    joined.add(g);
  }
  return joined.size === 0 ? groups : groups.filter((g) => !joined.has(g)).sort((a, b) => a.members[0]!.start - b.members[0]!.start);
}

/**
 * Two or three words no list of first names opens and no lexicon knows ("Bettie Vell", "Saparmurat Durdy"): the full
 * name of someone a text may call by its first word.
 */
function opensUnlistedName(m: NameMention): boolean {
  return m.keys.length >= 2 && m.words.length <= 3 && !isFirstName(m.words[0]!) && m.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isKnownLemma(stripPossessive(w).toLowerCase()));
}

/** Two or three words, cued as a person's, whose first no list of first names holds and no lexicon knows ("10-year-old Zorvina Baker"). */
function cuedUnlistedName(m: NameMention): boolean {
  return m.hints.has('person') && m.keys.length >= 2 && m.words.length <= 3 && !isFirstName(m.words[0]!) && !isKnownLemma(m.words[0]!.toLowerCase());
}

/** A full name: a first name, then names no word of the language ("Marcus Holdings", "Velmar Awards" are no one's). */
function isFullName(m: NameMention): boolean {
  return m.keys.length >= 2 && isFirstName(m.words[0]!) && !m.words.slice(1).some(isOrdinaryWord);
}

/** A word of a name that is an ordinary word of the language ("Holdings", "Awards"; not "Ortiz"): no surname. */
function isOrdinaryWord(word: string): boolean {
  return lemmasOf(stripPossessive(word).toLowerCase()).some(isCommonWord);
}

/**
 * "Mr. Tam" after "Tam Ki-su": a name written family name first, with a romanised given name joined by a hyphen, is
 * shortened to its first word.
 */
function familyNameOf(full: NameMention, short: NameMention): boolean {
  return short.words.length === 1 && full.words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(full.words[1]!) && full.keys[0] === short.keys[0];
}

/**
 * The gender a name mention marks: its honorific ("Mr."), else its first name, also when a first name stands alone
 * ("Ingrid said"). A group whose members mark different genders has none ("Tomas Rose" … "Rose"), see groupGender.
 */
function mentionGender(m: NameMention): Gender | undefined {
  if (m.honorific) return genderOfHonorific(m.honorific);
  return genderOfGivenName(m.words);
}

/**
 * The gender a group's members mark, when they agree. A lone word marks one only when the group has no full name: in
 * "Ana Omar" … "Omar", "Omar" is a surname, whatever first name it also is.
 */
function groupGender(g: Group): Gender | undefined {
  const full = g.members.some((m) => m.words.length > 1);
  const marked = new Set(g.members.filter((m) => !full || m.words.length > 1 || m.honorific).map(mentionGender).filter((x): x is Gender => x !== undefined));
  return marked.size === 1 ? [...marked][0] : undefined;
}

/**
 * Of the people a surname could mean, those it can: never one of the other gender ("Mr. Lin" is not Ana Lin).
 * A bare surname with no gender cue means the person already named by it or by title and surname ("Mayor Lin",
 * "Lin"), when one is, rather than a relative who shares it and was named in full.
 */
function compatible(candidates: Group[], m: NameMention): Group[] {
  if (candidates.length < 2 || m.words.length > 1) return candidates;
  // A bare surname's gender is its honorific's ("Mr. Lin"); a surname that is also a first name ("Morgan") marks none.
  const gender = m.honorific ? genderOfHonorific(m.honorific) : undefined;
  if (gender) {
    const same = candidates.filter((g) => groupGender(g) === gender);
    const open = candidates.filter((g) => groupGender(g) === undefined);
    const fitting = same.length ? same : open.length ? open : candidates;
    // Of two men of one surname, the one the text already calls "Mr. Lin" ("Mr. Lin" … "his nephew Tom Lin said" …
    // "Mr. Lin" is still the first): a writer names the relative in full again.
    const called = fitting.filter((g) => g.members.some((x) => x.words.length === 1 && x.honorific && x.start < m.start));
    return called.length && fitting.length > 1 ? called : fitting;
  }
  // A title names the one who holds it ("President Lin" after "President Tom Lin" and "his wife Dora Lin").
  const role = m.role?.toLowerCase();
  const holder = role ? candidates.filter((g) => g.members.some((x) => x.role?.toLowerCase() === role && x.start < m.start)) : [];
  if (holder.length) return holder;
  // Only a bare surname names someone for a later bare surname: "Mrs. Lin" does not make "Lin" her.
  const shortForm = candidates.filter((g) => g.members.some((x) => x.words.length === 1 && !x.honorific && x.start < m.start));
  return shortForm.length ? shortForm : candidates;
}

/** Of several people a surname could mean, the one named last before it (else the first). */
function latestBefore(groups: Group[], at: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of groups) {
    const last = Math.max(-1, ...g.members.filter((x) => x.start < at).map((x) => x.start));
    if (last > bestAt) [best, bestAt] = [g, last];
  }
  return best ?? groups[0];
}

/** A name of two or more words whose head, before any number, is an event's ("the Lowford Games", "the Tarrow War II"). */
function namesEvent(m: NameMention): boolean {
  const words = m.words.map((w) => stripPossessive(w).toLowerCase());
  while (words.length > 1 && /^(?:[ivx]+|\d+)$/.test(words.at(-1)!)) words.pop();
  return words.length >= 2 && EVENT_HEADS.has(words.at(-1)!);
}

function groupKind(g: Group): EntityType {
  // Whether some or every member is so: the distinct ones say (an abbreviation joined to the name says nothing of it).
  const members = g.distinct.map((d) => d.m).filter((m) => !m.abbreviation);
  if (g.place) return 'place';
  // A web host name ("Ferrynews.com", "velmar.co.uk") is a site's: an organisation, never a person.
  if (members.some((m) => isWebHost(stripPossessive(m.text)))) return 'organization';
  // A title by its context ("the 2005 film …") names a work, whatever names of people it holds.
  if (members.every((m) => m.hints.has('title'))) return 'work';
  // A cue in the text (a role or title, an organisation word, a known place) decides; the model types what no cue
  // types, and a group of its members (document-level) is typed as one.
  let hinted = hintKind(g);
  // A language's name ("the Tolvanese language") is no place, whatever a preposition before it says ("in Tolvanese").
  if (members.some((m) => m.hints.has('language')) && !members.some((m) => m.hints.has('person') || m.hints.has('organization'))) return 'other';
  // So is a storm's ("Hurricane Velma … Velma weakened"), though its given name is a person's, and a ship's ("the
  // frigate Ana Lin", "HMS Tarrow"), though it is named after a person or a town.
  if (members.some((m) => m.hints.has('storm')) && !members.some((m) => m.hints.has('organization'))) return 'other';
  if (members.some((m) => m.vessel) && !members.some((m) => m.hints.has('person') || m.hints.has('organization'))) return 'other';
  // So is an event's ("the Velmar Revolution", "the Lowford Games", "the Tarrow War II"), whatever the words before its head.
  if (members.some(namesEvent) && !members.some((m) => m.hints.has('person') || m.hints.has('organization'))) return 'other';
  // Being quoted ("Xinhua said") says little of what a name is: only the other cues decide before the model.
  const onlySpoke = members.every((m) => [...m.hints].every((h) => h === 'speaker'));
  const best = g.scores ? NAME_TYPES[g.scores.indexOf(Math.max(...g.scores))]! : undefined;
  // A place whose one cue, in every mention that has it, is "in" before it ("in Quillsoft Writer", "in Ana Lin's
  // garden"): the model, which reads that cue too, decides; but a word alone that the lexicon does not know, or
  // knows as a place's name, stays a place when the model sees nothing in it ("in Tarrow").
  // While names are grouped, before the model has read them, such a name is not yet a place: "Fields" may still join
  // "J. Tom Fields", first met "in J. Tom Fields's office".
  // A person's full name among them ("J. Tom Fields"), not ending in a known place's name ("in Ana Lowford"), makes it a
  // person, whatever the model reads in a surname alone.
  if (hinted === 'place' && members.every((m) => !m.hints.has('place') || m.placeByPreposition)) {
    if (members.some((m) => isPersonLikeName(m) && !isKnownPlace(m.words.slice(-1)))) return 'person';
    if (best !== 'place' && (best === undefined || best !== 'other' || !members.some(unknownOrPlaceWord))) hinted = 'other';
  }
  if (hinted !== 'other' && hinted !== 'work' && !onlySpoke) return hinted;
  // A law or a treaty ("the Harbour Safety Act") is a document whatever the model makes of its words; so is a name its
  // context gives as a title ("the 2005 film …").
  if (hinted === 'work' && members.some((m) => m.hints.has('title') || (m.words.length >= 2 && LAW_WORDS.has(m.words.at(-1)!.toLowerCase())) || isDocumentPart(m.words))) return 'work';
  // A name no cue types that GeoNames knows as a town or city ("towns like Tromsø and Hammerfest"): the gazetteer
  // is surer than the model's guess from the word's shape. A person's surname that is also a town comes with a cue or
  // a full name in news text, which makes `hinted` a person.
  if (hinted === 'other' && members.some((m) => isGazetteerPlace(m.text))) return 'place';
  // A body a company's spokesperson or chief speaks for ("Quillsoft spokeswoman Ida Hale", "Harbor Works chief
  // executive Ben Ortiz"), when no cue but its speaking types it: an organisation, whatever its shape reads as.
  // So is a name described as a kind of organisation ("Velmar Watch, an advocacy group that …").
  if ((hinted === 'other' || onlySpoke) && members.some((m) => m.bodyOfRole || m.describedAsBody)) return 'organization';
  // So is the name before a place it runs ("the Harborlink plant"), when no gazetteer knows it as a town ("the Lowford
  // plant" is the plant in Lowford).
  if ((hinted === 'other' || onlySpoke) && members.some((m) => m.beforeSite) && !members.some((m) => isGazetteerPlace(m.text))) return 'organization';
  // So is a name the lexicon knows as an organisation ("Interpol", a movement or an armed group it lists), when no cue
  // but its speaking types it.
  if ((hinted === 'other' || onlySpoke) && members.some((m) => nameTypeOf(m.words.map((w) => stripPossessive(w).toLowerCase()).join('_')) === 'organization')) return 'organization';
  // A company listed on a US exchange ("Teradyne said", "Zscaler's shares"), every mention its short name: the listing is
  // surer than the model, which reads such names as people's or places' from their shape.
  if ((hinted === 'other' || onlySpoke) && isCompanyGroup(g)) return 'organization';
  // One word the lexicon has only as a place's name (every sense an instance, the first a place), no first name, that no
  // cue types: a place, not a person or nothing, whatever the model reads in its shape (the gazetteer leaves out the
  // places the lexicon knows). The model's organisation stays: a town's name stands for its team in sports news.
  if (hinted === 'other' && best !== 'organization' && members.some(onlyAPlace)) return 'place';
  if (best) {
    // A capitalised common word alone that speaks, that no other cue types and the model does not read as a person's
    // or a place's name ("Pebble said", "Pebble reports"): a body named by a word of the language, a company or a group
    // (people are named with a first name, a title or a role before their surname alone speaks; see wordsOfPeople).
    if (best === 'other' && spokenCommonWord(g)) return 'organization';
    // A capitalised common word alone ("Harriers", "Ledgers", "Tides") is no one's name unless a cue says so.
    if (best === 'person' && members.every(isCommonWordAlone)) return hinted;
    // "Nora Durham … Durham said": a first name before a surname that is also a town, and quoted as a speaker, is a
    // person's name, though the model reads the town in its last word (places named like people are not quoted).
    if (best === 'place' && members.some((m) => isPersonLikeName(m, PLACE_CLASSES)) && members.some((m) => m.hints.has('speaker'))) return 'person';
    if (best !== 'other') return best;
  }
  // A first name standing alone that is no word of the lexicon ("Isabel", "Gloria"; not "Will", "Hope"): a person.
  if (hinted === 'other' && members.every((m) => m.words.length === 1 && isFirstName(m.words[0]!) && !isKnownLemma(m.words[0]!.toLowerCase()))) return 'person';
  // A first name before a surname no lexicon has as a word ("James Okonkwo", "Ana Lin"): a person, whatever the model
  // reads in the words around it ("… or Ana Lin might"), which it learned from few examples.
  if (hinted === 'other' && members.some((m) => isPersonLikeName(m))) return 'person';
  return hinted;
}

/** One word the lexicon does not know, or knows first as a place's name ("tarrow", "anchorage"). */
function unknownOrPlaceWord(m: NameMention): boolean {
  if (m.words.length !== 1) return false;
  const w = stripPossessive(m.words[0]!).toLowerCase();
  return !isKnownLemma(w) || nameTypeOf(w) === 'place';
}

/** One word, no first name, that the lexicon knows only as a name, first as a place's ("tasmania", "kathmandu"). */
function onlyAPlace(m: NameMention): boolean {
  if (m.words.length !== 1) return false;
  const w = stripPossessive(m.words[0]!).toLowerCase();
  return !isFirstName(w) && isOnlyName(w) && nameTypeOf(w) === 'place';
}

/**
 * Every mention of the group is a listed company's short name, or the first words of one that is ("Harbor" after "Harbor
 * Micro Devices").
 */
function isCompanyGroup(g: Group): boolean {
  const keys = g.distinct.map((d) => placeKey(d.m.text));
  const listed = keys.filter(isListedCompanyKey);
  return listed.length > 0 && keys.every((k) => listed.some((l) => l === k || l.startsWith(`${k} `)));
}

/**
 * One word the lexicon knows as a common word, in any of its forms, and neither a first name nor a person's name it
 * knows ("Harriers", "Tides"; not "Lincoln").
 */
function isCommonWordAlone(m: NameMention): boolean {
  if (m.words.length !== 1) return false;
  const w = stripPossessive(m.words[0]!).toLowerCase();
  return !isFirstName(w) && nameTypeOf(w) !== 'person' && [w, ...lemmasOf(w)].some(isCommonWord);
}

/**
 * Two or three words, the first a first name that is no common word ("Roger", not "Grace"), the last capitalised and no
 * noun for a place, a building or a body ("Roger Knight", not "Victoria Station" or "Florence Council"); initials may
 * open it.
 */
function isPersonLikeName(m: NameMention, classes: ReadonlySet<string> = PLACE_OR_BODY_CLASSES): boolean {
  // Initials before the first name are read past ("J. Tom Fields").
  const words = m.words.slice(initialsOpening(m.words));
  if (words.length < 2 || words.length > 3 || !isFirstName(words[0]!) || isCommonWord(words[0]!.toLowerCase())) return false;
  const last = stripPossessive(words.at(-1)!);
  const placeWord = (w: string) => lemmasOf(w.toLowerCase()).some((l) => classes.has(nounClassOf(l) ?? ''));
  // Neither word a noun for such a thing ("Port Moresby", "Victoria Station").
  return /^\p{Lu}\p{Ll}/u.test(last) && !placeWord(last) && !placeWord(words[0]!);
}

/** Noun classes (language/lexicon.ts nounClassOf) of the last words of places, buildings and bodies. */
const PLACE_OR_BODY_CLASSES = new Set(['structure', 'location', 'object', 'group']);
/** Those of places alone ("City", "Valley", "County"): a surname may be a word for a thing or a body ("Hill", "Church"). */
const PLACE_CLASSES = new Set(['location']);

/** The type the cue hints of a group's members give. */
function hintKind(g: Group): EntityType {
  const count = (h: string) => g.distinct.reduce((n, d) => n + (d.m.hints.has(h as never) ? d.count : 0), 0);
  const person = count('person');
  const org = count('organization') + count('team');
  const place = count('place');
  const work = count('work') + count('title');
  if (person > 0 && person >= org && person >= place) return 'person';
  if (org > 0 && org >= place) return 'organization';
  if (place > 0) return 'place';
  if (work > 0) return 'work';
  if (count('speaker') > 0) return 'person';
  // A full name later shortened to its last word ("Ana Lin … Lin") is how news text names people.
  const full = g.distinct.find((d) => d.m.words.length >= 2 && d.m.words.length <= 4)?.m;
  return full && g.distinct.some((d) => d.m.words.length === 1 && !d.m.abbreviation && d.lastStart > full.start) ? 'person' : 'other';
}

/** Every mention a common word alone, no person's noun ("Democrat"), and all the group's cues its speaking. */
function spokenCommonWord(g: Group): boolean {
  const members = g.distinct.map((d) => d.m);
  return (
    members.some((m) => m.hints.has('speaker')) &&
    members.every((m) => [...m.hints].every((h) => h === 'speaker') && isCommonWordAlone(m) && !lemmasOf(stripPossessive(m.words[0]!).toLowerCase()).some(isPersonNoun))
  );
}

/**
 * "Tidewell Vantor", "Harbor Works Cloud": a name that opens with a word the same text uses alone for an organisation is
 * one of its products or divisions, not a person, whatever the name-type model reads in its shape. A cue (a title, an
 * honorific, a role) or a first name after that word ("Harbor Ana Lin", a label glued to a name) still makes a person.
 */
function productsOfOrganizations(groups: Group[], entities: Entity[]): void {
  const organizations = new Set<string>();
  groups.forEach((g, i) => {
    if (entities[i]!.type === 'organization') for (const m of g.members) if (m.keys.length === 1) organizations.add(m.keys[0]!);
  });
  if (organizations.size === 0) return;
  groups.forEach((g, i) => {
    if (entities[i]!.type !== 'person' || g.members.some((m) => m.hints.has('person') || m.honorific || m.role)) return;
    // After the word: a product's name ("Vantor", "Vantor Go"), or a person's ("Ana Lin", "Ida Morrow").
    const personAfter = (m: NameMention) => isFirstName(m.words[1]!) || (m.words.length >= 3 && !lemmasOf(m.words[1]!).some(isCommonWord));
    if (g.members.some((m) => m.keys.length >= 2 && organizations.has(m.keys[0]!) && !personAfter(m))) entities[i]!.type = 'other';
  });
}

/**
 * Words standing alone that are words of a person the text names in full, so that person's:
 * - a first name the model types an organisation, a place or nothing ("at Ben's house", "with Ben's writing"), in a text
 *   that names a person with it ("Ben Ortiz", a surname no word of the language);
 * - a common word alone that speaks (spokenCommonWord, typed an organisation) and is a word of a person's full name
 *   ("Pebble Lin … Pebble said", "Lin Pebble … Pebble explained").
 */
function wordsOfPeople(groups: Group[], entities: Entity[]): void {
  const given = new Set<string>();
  const words = new Set<string>();
  groups.forEach((g, i) => {
    if (entities[i]!.type !== 'person') return;
    for (const m of g.members) {
      if (m.keys.length < 2) continue;
      m.keys.forEach((k) => words.add(k));
      // A surname no word of the language: "Mac Pro", "SIM Card" are a product's name, whatever the model made of it.
      if (isFirstName(m.words[0]!) && !isOrdinaryWord(m.words.at(-1)!)) given.add(m.keys[0]!);
    }
  });
  if (words.size === 0) return;
  groups.forEach((g, i) => {
    const type = entities[i]!.type;
    const alone = g.members.every((m) => m.keys.length === 1);
    if (!alone) return;
    // A place only by the model's reading ("at Ben's house"), not one the text or a gazetteer makes a place.
    const modelPlace = type === 'place' && !g.place && g.members.every((m) => !m.hints.has('place') && !isKnownPlace(m.words));
    const firstName = (type === 'organization' || type === 'other' || modelPlace) && g.members.every((m) => given.has(m.keys[0]!) && isFirstName(m.words[0]!));
    const spoken = type === 'organization' && g.members.every((m) => words.has(m.keys[0]!)) && spokenCommonWord(g);
    if (firstName || spoken) entities[i]!.type = 'person';
  });
}

function toEntity(g: Group): Entity {
  const counts = new Map<string, number>();
  for (const m of g.members) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const forms = [...counts.keys()];
  const words = (f: string) => f.split(/\s+/).length;
  const name = g.place ?? forms.sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)!)[0]!;
  const withRole = g.members.find((m) => m.role);
  const withAffiliation = g.members.find((m) => m.affiliation);
  return {
    name,
    type: groupKind(g),
    aliases: [...counts.keys()].filter((f) => f !== name).sort(),
    ...(withRole?.role ? { role: withRole.role } : {}),
    ...(withAffiliation?.affiliation ? { affiliation: withAffiliation.affiliation } : {}),
    mentions: [],
  };
}

/** Words allowed between "the" and a description noun ("the former German diplomat", "Valmora's top envoy"). */
const DESCRIPTION_ADJECTIVES = new Set(['top', 'former', 'senior', 'veteran', 'chief', 'foreign', 'new', 'current', 'longtime', 'embattled', 'outgoing', 'incoming', 'deputy', 'acting', 'same']);

/** "the German diplomat", "the U.S. president", "the moderator" → the person holding that role in the text. */
function resolveDescriptions(sentences: Span[], groups: Group[], entities: Entity[], tokensOf: SpanTokens): void {
  sentences.forEach((s, sentence) => {
    const tokens = tokensOf(s);
    for (let i = 1; i < tokens.length; i++) {
      const noun = tokens[i]!.text.toLowerCase();
      const want = DESCRIPTION_NOUNS.get(noun);
      if (!want || !endsNounPhrase(tokens[i + 1])) continue;
      let k = i - 1;
      let affiliation: string | undefined;
      while (k >= 0 && i - k <= 4) {
        const w = tokens[k]!;
        const b = bare(w.text);
        if (w.text === 'the' || w.text === 'The' || (/['’]s$/u.test(w.text) && PLACE_OF.has(b))) {
          if (/['’]s$/u.test(w.text)) affiliation = PLACE_OF.get(b);
          break;
        }
        if (DEMONYMS.has(b) || PLACE_OF.has(b)) affiliation = PLACE_OF.get(b);
        else if (isCapitalized(w.text) && w.kind === 'word') affiliation = stripPossessive(w.text);
        else if (!DESCRIPTION_ADJECTIVES.has(b)) {
          k = -1;
          break;
        }
        k--;
      }
      if (k < 0) continue;
      const target = pickHolder(groups, entities, want, affiliation, tokens[k]!.start);
      if (target < 0) continue;
      groups[target]!.descriptions.push({ span: { start: tokens[k]!.start, end: tokens[i]!.end, text: noun }, sentence });
    }
  });
}

/** The word after a description noun must end its noun phrase: punctuation, a verb form, a function word. */
function endsNounPhrase(next: Token | undefined): boolean {
  if (!next || next.kind === 'punct') return true;
  if (isCapitalized(next.text)) return false;
  const w = next.text;
  return SPEECH_VERBS.has(w) || FUNCTION_WORDS.has(w) || IRREGULAR_PAST.has(w) || /(?:ed|s)$/.test(w);
}

function pickHolder(groups: Group[], entities: Entity[], want: { head?: string; roleClass?: string }, affiliation: string | undefined, at: number): number {
  let best = -1;
  let bestScore = -Infinity;
  entities.forEach((e, i) => {
    if (e.type !== 'person' || !e.role) return;
    const head = e.role.split(' ').at(-1)!.replace(/\./g, '');
    const cls = groups[i]!.members.find((m) => m.roleClass)?.roleClass ?? ROLE_HEADS.get(head);
    if (want.head ? head !== want.head : cls !== want.roleClass) return;
    const same = affiliation !== undefined && e.affiliation !== undefined && sameAffiliation(affiliation, e.affiliation);
    if (affiliation && e.affiliation && !same) return;
    const before = groups[i]!.members.filter((m) => m.start < at).map((m) => m.start);
    // Prefer a matching affiliation, then the latest mention before the description, then the first one after it.
    const score = (same ? 1e9 : 0) + (before.length ? Math.max(...before) : -groups[i]!.members[0]!.start);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** "Valmoran" ~ "Valmora", "Norvania" ~ "Norvania": equal, or one the other's adjective (same stem). */
function sameAffiliation(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka === kb || (Math.min(ka.length, kb.length) >= 4 && (ka.startsWith(kb) || kb.startsWith(ka)));
}

/** Points of the compass, which the place table lists as regions ("the West"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Most words of a place's name inside another name ("Bank of the United Kingdom"). */
const NESTED_PLACE_WORDS = 3;

/**
 * A city the lexicon has as a place and as nothing else a word could mean (no common noun's sense, no first name): the
 * city inside "<city> University" or "the <city> Rovers"; not "Union", "Reading" or a state that is also a first name.
 */
function lexiconCity(lower: string): boolean {
  if (lower.includes(' ') || FUNCTION_WORDS.has(lower) || nameTypeOf(lower) !== 'place' || isFirstName(lower[0]!.toUpperCase() + lower.slice(1))) return false;
  // Nor the plural of a common noun ("Tours" in "Harbor Tours").
  return (isOnlyName(lower) || nounClassOf(lower) === undefined) && !lemmasOf(lower).some(isCommonWord);
}

/**
 * Places named inside the name of an organisation or of another named thing ("University of Velmar", "Tarrow Rovers",
 * "the Portugal Ferry Games"): mentions of the place too, as a reader and the annotation of names in real prose have
 * them. Countries, capitals, states and regions of the place table count, and cities the lexicon has as nothing but
 * places; not a town the gazetteer knows, which is too often an ordinary word ("Union", "Centre") or a surname. A place
 * already in the text takes the mention; else it is a place of its own. Names of people are left whole ("Ben Georgia"
 * names no state). Entities and mentions stay ordered by start.
 */
export function withNestedPlaces(entities: Entity[], text: string): Entity[] {
  const added = new Map<string, Entity>();
  const byKey = new Map<string, Entity>();
  let found = false;
  for (const e of entities) if (e.type === 'place') for (const n of [e.name, ...e.aliases]) byKey.set(printedNameKey(n), e);
  for (const holder of entities) {
    if (holder.type !== 'organization' && holder.type !== 'other') continue;
    for (const m of holder.mentions) {
      const words = [...m.text.matchAll(/[\p{L}.'’-]+/gu)];
      if (words.length < 2) continue;
      for (let i = 0; i < words.length; i++) {
        for (let n = Math.min(NESTED_PLACE_WORDS, words.length - i); n >= 1; n--) {
          if (i === 0 && n === words.length) continue;
          const run = words.slice(i, i + n);
          if (!run.every((w) => /^\p{Lu}/u.test(w[0]))) continue;
          const start = m.start + run[0]!.index!;
          const end = m.start + run.at(-1)!.index! + run.at(-1)![0].length;
          const name = stripPossessive(text.slice(start, end));
          const lower = name.toLowerCase();
          // Not a word of the language alone ("Turkey Creek Farms") nor a point of the compass ("Harbor League West"): a
          // thing or a division as often.
          const listed = PLACE_NAMES.has(lower) && !(n === 1 && lemmasOf(lower).some(isCommonWord));
          if (!(listed || lexiconCity(lower)) || DEMONYMS.has(lower) || COMPASS.has(lower)) continue;
          const key = printedNameKey(name);
          let place = byKey.get(key);
          if (!place) {
            place = { name, type: 'place', aliases: [], mentions: [] };
            byKey.set(key, place);
            added.set(key, place);
          }
          place.mentions.push({ text: text.slice(start, start + name.length), start, end: start + name.length });
          found = true;
          i += n - 1;
          break;
        }
      }
    }
  }
  if (!found) return entities;
  for (const e of byKey.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...entities, ...added.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
