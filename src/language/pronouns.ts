// Who a sentence's "he" or "she" stands for, when the pronoun is the subject: the person the text was last about.
import type { Entity, Span } from '../model/analysis.js';
import { genderOfGivenName, genderOfHonorific, type Gender } from './first-names.js';
import { lastStartingBy, mentionsOf, type PlacedMention } from './mention-index.js';
import { isPersonNoun, lemmasOf } from './lexicon.js';
import { LEADING_PREPOSITIONS } from './rules/function-words.js';
import { HONORIFICS, ROLE_MODIFIERS } from './rules/roles.js';

/**
 * How many sentences back the person a subject pronoun stands for is looked for. Eight: a biography's run of "He …"
 * sentences with a date or a place before the pronoun ("In 1881 he …") stays one chain.
 */
export const PRONOUN_REACH = 8;

/**
 * Words that open a phrase standing before a sentence's subject ("In 1881, …", "After the vote he …"): the leading
 * prepositions quotes are read with, subordinators and sentence adverbs.
 */
const OPENERS = new Set([
  ...LEADING_PREPOSITIONS,
  ...('when while although though by because once upon over throughout within between until unlike like later then ' +
    'eventually finally however also meanwhile now today yesterday instead still there').split(' '),
]);
/** Opening phrases passed over before a subject, at most. */
const MAX_OPENERS = 3;
/** The longest opening phrase passed over (characters). */
const OPENER_REACH = 100;
/** How far into its clause a name may start and still be the subject ("Former Mayor Ana Lin", "The late Ben Ortiz"). */
const SUBJECT_REACH = 40;

type Subject = { entity: Entity; gender?: Gender } | 'pronoun' | undefined;
/** The pronoun as a word after a space, and opening a text: "In 1881 he …", "he …". */
const PRONOUN_WORD: Record<string, RegExp> = { he: /\s(?:he)\b/i, she: /\s(?:she)\b/i };
const PRONOUN_FIRST: Record<string, RegExp> = { he: /^\s*he\b/i, she: /^\s*she\b/i };

/** A mention starts at `at`. */
function startsMention(mentions: readonly PlacedMention[], at: number): boolean {
  return mentions[lastStartingBy(mentions, at)]?.start === at;
}

/** The mentions lying inside a span, in text order. */
function within(mentions: readonly PlacedMention[], span: Span): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let k = lastStartingBy(mentions, span.start - 1) + 1; k < mentions.length && mentions[k]!.start < span.end; k++) if (mentions[k]!.end <= span.end) out.push(mentions[k]!);
  return out;
}

/**
 * The person a subject "he" or "she" at `at` stands for, by the subject-first reading of discourse (Grosz, Joshi and
 * Weinstein's centering: a pronoun continues the subject of the sentences before): the subject of the pronoun's own
 * sentence when it comes first and fits ("Ana Lin said …, and she added"), else the nearest earlier sentence whose
 * subject is a person of a fitting gender, passing over sentences whose subject is the same pronoun (one chain) or not a
 * fitting person. Undefined when none is found within PRONOUN_REACH sentences: a name last seen as an object ("He shot
 * Ben Ortiz. He fled.") is not a guess worth making. On GUM's sentence-opening "he"/"she" (eval/pronouns.ts) it is
 * right for 0.93 of those it resolves and leaves 0.28 unresolved; the last person named before the pronoun, the reading
 * it replaces, is right for 0.65.
 */
export function subjectPronounReferent(text: string, sentences: readonly Span[], entities: readonly Entity[], at: number): Entity | undefined {
  const pronoun = /^(he|she)\b/i.exec(text.slice(at, at + 4));
  if (!pronoun) return undefined;
  const p = pronoun[1]!.toLowerCase();
  const unfit: Gender = p === 'he' ? 'female' : 'male';
  const fits = (e: Entity) => e.type === 'person' && genderOfGivenName(e.name.split(/\s+/)) !== unfit;
  // A subject named with a courtesy title ("Ms. Hale") has that title's gender.
  const fitting = (s: Subject): s is { entity: Entity; gender?: Gender } => s !== undefined && s !== 'pronoun' && fits(s.entity) && s.gender !== unfit;
  const mentions = mentionsOf(entities);
  const index = lastStartingBy(sentences, at);
  if (index < 0 || at >= sentences[index]!.end) return undefined;
  const own = sentences[index]!;
  if (own.start < at) {
    const subject = subjectOf(text, { start: own.start, end: at }, mentions, p);
    if (fitting(subject)) return subject.entity;
  }
  // Sentences passed over that name a fitting person other than their subject make the reading unsure ("Ana Lin met the
  // board. The board backed Ben Ortiz's plan. He …"): then nothing is guessed. A run of sentences whose subject is the
  // pronoun itself is one chain, whoever else they name.
  const named = new Set<Entity>();
  for (let k = index - 1; k >= 0 && index - k <= PRONOUN_REACH; k--) {
    const sentence = sentences[k]!;
    const subject = subjectOf(text, sentence, mentions, p);
    if (fitting(subject)) return [...named].some((e) => e !== subject.entity) ? undefined : subject.entity;
    // (Not the subject itself when its title says it is of the other gender: "Ms. Hale was the victim".)
    const titledOther = titledWith(subject, unfit);
    if (subject !== 'pronoun') for (const m of within(mentions, sentence)) if (fits(m.entity) && m.entity !== titledOther) named.add(m.entity);
  }
  return undefined;
}

/** The subject's person when a courtesy title gives them `gender`. */
function titledWith(subject: Subject, gender: Gender): Entity | undefined {
  return subject !== undefined && subject !== 'pronoun' && subject.gender === gender ? subject.entity : undefined;
}

/**
 * The subject of a sentence, when it is a name or the pronoun: the first word after an opening phrase ("In 1881 he",
 * "After the vote, Ana Lin"), with at most a determiner or a title's modifier before a name. A sentence opening with a
 * quotation mark has someone's words first, not the writer's subject.
 */
function subjectOf(text: string, sentence: Span, mentions: readonly PlacedMention[], pronoun: string): Subject {
  const words = text.slice(sentence.start, sentence.end);
  if (/^["“‘'«]/u.test(words)) return undefined;
  // Opening phrases, one after another ("Meanwhile, despite the strikes, Ana Lin …"), up to a comma or the pronoun.
  let from = 0;
  for (let n = 0; n < MAX_OPENERS; n++) {
    const first = /^\s*(\p{L}+)/u.exec(words.slice(from));
    const word = first?.[1]!.toLowerCase();
    // A participle opens a phrase too ("Speaking to reporters, Ana Lin …"), unless a name starts there.
    if (!word || !(OPENERS.has(word) || (/(?:ing|ed)$/.test(word) && !startsMention(mentions, sentence.start + from + first![0].length - first![1]!.length)))) break;
    const head = words.slice(from, from + OPENER_REACH);
    const comma = head.search(/[,;]/);
    const bare = PRONOUN_WORD[pronoun]!.exec(head);
    if (bare && (comma < 0 || bare.index < comma)) from += bare.index;
    else if (comma > 0) from += comma + 1;
    else return undefined;
  }
  const rest = words.slice(from);
  if (PRONOUN_FIRST[pronoun]!.test(rest)) return 'pronoun';
  const lead = /^\s*(?:(?:the|a|an|former|late|then)\s+)?/i.exec(rest)![0].length;
  const start = sentence.start + from + lead;
  const found = within(mentions, { start, end: sentence.end }).find((m) => m.start < start + SUBJECT_REACH);
  if (!found) return undefined;
  // "The son of Ana Lin …", "Critics of Ben Ortiz …": a name after a preposition or a comma is not the subject ("Her
  // father Ben Ortiz …" is: the name stands in apposition). A courtesy title's period ("Mr. Ortiz") is no sentence's end.
  const between = text.slice(start, found.start).replace(/\b(\p{L}+)\./gu, (w, word: string) => (HONORIFICS.has(word.toLowerCase()) ? word : w));
  if (/[,;:.!?]|\b(?:of|for|to|with|by|and|from|in|on|at)\b/i.test(between)) return undefined;
  // Before the name only a title ("Judge", "Former Mayor") or words for a person ("veteran actor", "deputy"): "The
  // board fined Ana Lin" has its subject, the board, before her.
  const before = text.slice(start, found.start).split(/\s+/).filter(Boolean);
  if (!before.every((w) => /^\p{Lu}/u.test(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w) || lemmasOf(w).some(isPersonNoun))) return undefined;
  const title = /(\p{L}+)\s*$/u.exec(between)?.[1];
  const gender = title ? genderOfHonorific(title.toLowerCase()) : undefined;
  return gender ? { entity: found.entity, gender } : { entity: found.entity };
}
