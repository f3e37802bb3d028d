// Quotations across articles → the same words attributed to different people: outlets disagreeing about who said it.
import { nameKey, SPEECH_VERBS } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { ArticleSpan, Discrepancy } from '../model/report.js';
import { quoteSentences } from './quote-groups.js';
import { wordingKey } from './word-diff.js';

/**
 * Fewest words of a quoted sentence printed alike for a disagreement about its speaker: a short phrase ("a great day",
 * "no comment at this time") is said by many people, a sentence of this length rarely by two.
 */
export const MIN_SHARED_QUOTE_WORDS = 6;

interface Attributed {
  articleId: string;
  speaker: string;
  /** Where the article prints the speaker's name as the quote's direct attribution. */
  name: ArticleSpan;
  sentence: string;
}

/**
 * Sentences quoted in the same words by two or more articles, each naming the speaker in the quote's own sentences,
 * where the names are of different people: one `speaker` discrepancy per such set, a value for each name (its first
 * article). Names are one person when one holds the other's words or they share a surname ("A. Lin" / "Ana Lin"), so a
 * spelling is no disagreement; a speaker found only by a pronoun or a sentence before is not compared, as whom the
 * article names is then not printed with the words. `speakerOf` maps a name to the story's canonical name.
 */
export function speakerDiscrepancies(articles: Article[], speakerOf: (name: string) => string): Discrepancy[] {
  const bySentence = new Map<string, Attributed[]>();
  for (const a of articles) {
    for (const q of a.quotes ?? []) {
      if (q.kind !== 'statement' || !q.speaker) continue;
      const name = printedName(a, q.speaker, q.start, q.end);
      if (!name) continue;
      for (const sentence of quoteSentences(q.text).map((s) => s.trim())) {
        const key = wordingKey(sentence);
        if (key.split(' ').length < MIN_SHARED_QUOTE_WORDS) continue;
        let list = bySentence.get(key);
        if (!list) bySentence.set(key, (list = []));
        if (!list.some((x) => x.articleId === a.id)) list.push({ articleId: a.id, speaker: speakerOf(q.speaker), name, sentence });
      }
    }
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const list of bySentence.values()) {
    const people: Attributed[] = [];
    for (const x of list) if (!people.some((p) => samePerson(p.speaker, x.speaker))) people.push(x);
    if (people.length < 2) continue;
    // One disagreement per set of articles and names, however many sentences of the quote they share.
    const key = [...new Set(list.map((x) => `${x.articleId}:${nameKey(x.speaker)}`))].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ about: list[0]!.sentence, kind: 'speaker', values: people.map((p) => p.name) });
  }
  return out;
}

/** Two names of one person: one holds every word of the other, or they end in the same surname. */
function samePerson(a: string, b: string): boolean {
  const wa = nameKey(a).split(' ');
  const wb = nameKey(b).split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w)) || wa.at(-1) === wb.at(-1);
}

/**
 * The speaker's name where it attributes the quote directly, as printed: right after the quote, a speech verb next to
 * the name (`"…," Ana Lin said`, `"…," said the port's chief Ana Lin`), or right before it, the name the subject of a
 * speech verb that leads into it (`Ana Lin, the port's chief, said: "…"`). Undefined otherwise: a speaker the language
 * stage found by a pronoun, a sentence before or a name further off is its reading, not what the article prints, and
 * a name joined to another ("Lin and Ortiz said") is one of several speakers.
 */
function printedName(a: Article, speaker: string, start: number, end: number): ArticleSpan | undefined {
  const entity = (a.entities ?? []).find((e) => e.name === speaker);
  // A name as printed, not a description of the person ("the team's manager").
  const surname = nameKey(speaker).split(' ').at(-1)!;
  for (const m of entity?.mentions ?? []) {
    if (!nameKey(m.text).split(' ').includes(surname) || joined(a.text, m.start, m.end)) continue;
    const after = m.start >= end && directAfter(a.text.slice(end, m.start), a.text.slice(m.end, m.end + 40));
    const before = m.end <= start && directBefore(a.text.slice(m.end, start));
    if (after || before) return { articleId: a.id, text: m.text, start: m.start, end: m.end };
  }
  return undefined;
}

/** An appositive between commas right after a name (", the port's chief,"). */
const APPOSITIVE = /^,[^,]{0,60},/;

/** Words of a speech verb ("said", "told", "adds"). */
const isSpeech = (word: string) => SPEECH_VERBS.has(word.toLowerCase());
const wordsOf = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/**
 * Between a quote's end and the name: its closing punctuation, then at most a speech verb and a few words of the
 * speaker's role ("said team chief", "the port's chief"), no clause of its own; the verb there or right after the name
 * (past an appositive between commas).
 */
function directAfter(between: string, rest: string): boolean {
  const words = wordsOf(between);
  if (between.length > 60 || /[.;!?]/.test(between.replace(/^[\s"”’'`,.!?]+/u, '')) || words.length > 6 || words.some((w) => CONJUNCTIONS.has(w.toLowerCase()))) return false;
  return words.some(isSpeech) || isSpeech(wordsOf(rest.replace(APPOSITIVE, ''))[0] ?? '');
}

/** Between the name and the quote: an appositive between commas at most, then a speech verb (and a word or two) into it. */
function directBefore(between: string): boolean {
  const lead = between.replace(APPOSITIVE, '');
  const words = wordsOf(lead);
  return lead.length <= 40 && !/[.!?]\s/.test(lead) && words.length <= 4 && words.slice(0, 3).some(isSpeech);
}

/** Conjunctions that open a clause of its own between a quote and a name ("…” while Ana Lin …). */
const CONJUNCTIONS = new Set(['while', 'whereas', 'and', 'but', 'as', 'when', 'after', 'before', 'although', 'though', 'because']);

/** A name joined to another by "and" or "&" ("Lin and Ortiz said"): one of several speakers. */
function joined(text: string, start: number, end: number): boolean {
  return /^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(end, end + 8)) || /\p{Lu}[\p{L}.'’-]*,?\s+(?:and|&)\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}
