// Articles → the primary sources their claims rest on: interviews, statements, agencies, documents, posts and other
// outlets, as the articles name them ("Markovich told Radio Valmora", "according to Northgate Wire"), grouped across the story.
import { FUNCTION_WORDS, HONORIFICS, isRoleWord, nameKey, roleClassOf } from '../language/index.js';
import type { Quote } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { ArticleSpan, PrimarySourceKind } from '../model/report.js';
import { GENERIC_SOURCE_WORDS, INSTITUTION_NAME_WORDS, MEDIA_NAME_WORDS, NAME_STOP, NON_MEDIA_BODY_NOUNS, SOURCE_CUES, SOURCE_NAME_WORDS, WIRE_SERVICES } from './rules/primary-sources.js';

/** One place where an article names a source. */
export interface SourceMention {
  /** The source's key across the story ("valmora" for "Radio Valmora", "Valmora Radio" and "Radio Valmora’s Morning Desk"). */
  key: string;
  name: string;
  kind: PrimarySourceKind;
  /** The person or body that spoke or wrote (the interviewee, the poster), as the article names them. */
  subject?: string;
  span: ArticleSpan;
  /** Every claim of the article rests on it (the agency a dateline credits). */
  wholeArticle?: boolean;
}

/** People of a body right after its name ("Tide Systems officials", "Harbor Works' spokesman"). */
const BODY_PEOPLE = /^[’']?s?\s+(?:representatives?|officials?|spokes(?:man|woman|person|people)|executives?|managers?|lawyers?|staff|employees|officers?|sources)\b/iu;

/**
 * A role of a body's and a name right after the body's name ("Tide Systems research director Ana Lin"): the body's
 * person speaks, so it is the body's statement. Not a journalist's role: "Valmora Post reporter Ana Lin" is the outlet's.
 */
function bodyRoleAfter(after: string): boolean {
  const m = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)\s+\p{Lu}/u.exec(after);
  return !!m && isRoleWord(m[2]!) && roleClassOf(m[2]!) !== 'interviewer';
}

/**
 * The article calls the name a firm or a body that is no news outlet, by a noun right before it ("security firm Tide
 * Systems") or in an apposition after it ("Tide Systems, a software maker,"): a claim "according to" it is its statement.
 */
function calledNonMedia(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The word before the noun tells a media firm ("news agency …", "broadcasting company …"): that is an outlet.
  const nonMedia = (noun: string, modifier = '') => NON_MEDIA_BODY_NOUNS.has(noun) && !MEDIA_NAME_WORDS.test(modifier);
  const before = new RegExp(String.raw`(?:\b(\p{L}+)\s+)?\b(\p{Ll}+)\s+${escaped}\b`, 'gu');
  for (const m of text.matchAll(before)) if (nonMedia(m[2]!, m[1])) return true;
  const appositive = new RegExp(String.raw`\b${escaped},\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(\p{Ll}+)\s+)?(\p{Ll}+)[,.]`, 'gu');
  for (const m of text.matchAll(appositive)) if (nonMedia(m[2]!, m[1])) return true;
  return false;
}

/** How far around a cue its subject is looked for, in characters. */
const SUBJECT_REACH = 140;
/** Most characters between a quote and the cue that attributes it ("," the mayor added on", "on X: “"). */
const QUOTE_TO_CUE = 40;

/** The sources one article names, outside quotation marks. */
export function findSourceMentions(article: Article, speakerOf: (name: string) => string = (n) => n): SourceMention[] {
  const text = article.text;
  const quotes = (article.quotes ?? []).filter((q) => q.kind === 'statement');
  const quoted = (at: number) => quotes.some((q) => at >= q.start && at < q.end);
  const people = (article.entities ?? []).filter((e) => e.type === 'person');
  const out: SourceMention[] = [];
  for (const cue of SOURCE_CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      if (quoted(m.index)) continue;
      // The name within the sentence of the cue's words: "according to Ida Hale. A spokesman said …" names Ida Hale.
      const [raw, nameStart] = withinSentence(article, m[1]!, m.index + m[0].lastIndexOf(m[1]!), m.index, m.index + m[0].length);
      // A platform's name is one of the pattern's own ("X" is one letter); other names are cleaned of what runs on.
      const name = cue.kind === 'social' ? raw : cleanName(raw);
      if (!name) continue;
      const person = people.find((p) => p.name === name || p.aliases.includes(name) || p.name.split(/\s+/).at(-1) === name.split(/\s+/).at(-1));
      // A person's statement is keyed by the person, however the article names them ("Ilse Brandauer" in one
      // article, "Brandauer" in the next): one statement source per person across the story. A spokesperson's is
      // their body's ("Quillsoft spokeswoman Ida Hale said in a statement" / "Quillsoft said in a statement").
      const speaker = cue.kind === 'statement' && person ? speakerOf(person.name) : undefined;
      const body = speaker && person?.affiliation && roleClassOf(person.role ?? '') === 'spokesperson' ? person.affiliation : undefined;
      const key = sourceKey(body ?? speaker ?? name);
      if (!key) continue;
      const wire = WIRE_SERVICES.has(name.toLowerCase()) || WIRE_SERVICES.has(key);
      const organization = (article.entities ?? []).some((e) => e.type === 'organization' && (e.name === name || e.aliases.includes(name)));
      const named = SOURCE_NAME_WORDS.test(name) || /^\p{Lu}{2,6}\b/u.test(name) || wire || organization;
      // "according to Tide Systems officials": what a body's people say is its statement, not another outlet's report.
      // And "according to the Velmar Ministry of Health": an institution that is no news outlet speaks for itself.
      const institution = INSTITUTION_NAME_WORDS.test(name) && !MEDIA_NAME_WORDS.test(name);
      const after = text.slice(nameStart + name.length);
      const bodyStatement = cue.kind === 'outlet' && !wire && !person && (BODY_PEOPLE.test(after) || (named && bodyRoleAfter(after)) || institution || calledNonMedia(text, name));
      // Words told to a parliament, a court or a committee are testimony or a speech, not an interview: an interview is
      // given to an outlet.
      if (cue.kind === 'interview' && institution) continue;
      // A statement may be a person's; an interview, a report or an agency is an organisation's.
      if (!bodyStatement && (cue.kind === 'statement' ? !named && !person : cue.kind !== 'social' && (person || !named))) continue;
      const subject =
        bodyStatement ? name
        : cue.kind === 'statement' ? (speaker ?? speakerOf(name))
        : cue.kind === 'outlet' && !wire ? undefined
        : (subjectNear(article, quotes, m.index, nameStart + name.length, speakerOf) ?? (cue.kind === 'interview' ? roleBefore(text, m.index) : undefined));
      out.push({
        key: cue.kind === 'social' ? `${nameKey(subject ?? '?')}@${key}` : key,
        name: cue.kind === 'social' ? `${subject ?? 'a post'} on ${name}` : (body ?? speaker ?? name),
        kind: bodyStatement ? 'statement' : wire && cue.kind === 'outlet' ? 'agency' : cue.kind,
        ...(subject ? { subject } : {}),
        span: { articleId: article.id, text: text.slice(m.index, nameStart + name.length), start: m.index, end: nameStart + name.length },
        ...(cue.wholeArticle ? { wholeArticle: true } : {}),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A name found at `start` cut to the sentence that holds the cue's own words (the rest of the match, `from`–`to`): a
 * name runs on over a sentence's end when the next sentence opens with a capital ("… Ida Hale. The ferry …").
 */
function withinSentence(article: Article, raw: string, start: number, from: number, to: number): [string, number] {
  const sentences = article.sentences ?? [];
  // The cue's words: before a name that ends the match, after one that opens it.
  const cueAt = start > from ? from : to - 1;
  const sentence = sentences.find((x) => x.start <= cueAt && cueAt < x.end);
  if (!sentence) return [raw, start];
  const lo = Math.max(start, sentence.start);
  const hi = Math.min(start + raw.length, sentence.end);
  if (hi <= lo) return ['', start];
  const cut = article.text.slice(lo, hi);
  const lead = cut.length - cut.trimStart().length;
  return [cut.trim(), lo + lead];
}

/** The name as it stands, without what runs on after it ("Radio Valmora on Friday" → "Radio Valmora"), possessives or quotes. */
function cleanName(raw: string): string | null {
  // "Radio Valmora’s Morning Desk", "Valmora TV’s “Harbour Hour”": what belongs to a source is that source.
  const possessive = /^(.+?)(?:[’']s|(?<=s)[’'])(?=\s)/u.exec(raw);
  let name = (possessive ? possessive[1]! : raw).replace(NAME_STOP, '').replace(/[’'](?:s)?(?=\s|$)/gu, '').replace(/\s+[“"][^”"]*[”"]$/u, '').trim();
  name = name.replace(/[.,;:]+$/, '').replace(/(?:\s+(?:of|the|de|for|and))+$/iu, '').trim();
  // "Mr. Tam said in a statement": the person is named without the courtesy title.
  const title = /^(\p{L}+)\.?\s+(?=\p{Lu})/u.exec(name);
  if (title && HONORIFICS.has(title[1]!.toLowerCase())) name = name.slice(title[0].length);
  if (!/^[\p{Lu}\d]/u.test(name) || name.length < 2) return null;
  return name;
}

/** The key of a source's name: its words keyed, generic words and quoted titles left out. */
export function sourceKey(name: string): string {
  const words = name
    .replace(/[“"][^”"]*[”"]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/[’'](?:s)?$/u, '').toLowerCase())
    .filter((w) => w && !GENERIC_SOURCE_WORDS.has(w));
  return words.map((w) => nameKey(w)).join(' ');
}

/** A role right before a cue, opening with an article or a number ("a harbour pilot told …", "two officials told …"). */
const ROLE_BEFORE = /(?:^|([\p{L}]+)?[\s,;(])((?:an?|the|one|two|three|several)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s+$/u;

/**
 * Who gave an interview when no person is named: the role the words before its cue name ("a senior official"), not a
 * preposition's object ("sources close to the minister told …").
 */
function roleBefore(text: string, at: number): string | undefined {
  const m = ROLE_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  if (!m || (m[1] && FUNCTION_WORDS.has(m[1].toLowerCase()))) return undefined;
  return isRoleWord(m[3]!) ? m[2] : undefined;
}

/**
 * Interviews given to one outlet by different people are different sources ("Ana Lin told Harbor Radio", "a pilot told
 * Harbor Radio"): each is keyed by its subject as well when the story names more than one. A mention whose subject is
 * not known then stays apart, as whose interview it was is not known; with one subject named, it is taken to be that one.
 */
export function splitInterviewsBySubject(all: SourceMention[]): SourceMention[] {
  const subjects = new Map<string, Set<string>>();
  for (const m of all) if (m.kind === 'interview' && m.subject) subjects.set(m.key, (subjects.get(m.key) ?? new Set()).add(nameKey(m.subject)));
  return all.map((m) => {
    const named = subjects.get(m.key);
    if (m.kind !== 'interview' || !named || named.size < 2) return m;
    if (!m.subject) return { ...m, key: `${m.key}|?` };
    // "Ortiz" where the story also names "Ben Ortiz" is that person, when only one such subject has the word.
    const own = nameKey(m.subject);
    const fuller = own.includes(' ') ? [] : [...named].filter((k) => k.split(' ').length > 1 && k.split(' ').includes(own));
    return { ...m, key: `${m.key}|${fuller.length === 1 ? fuller[0] : own}` };
  });
}

/** The person closest to a cue in its sentence (the one who told, posted or issued it), by the article's entities and its statements. */
function subjectNear(article: Article, statements: Quote[], from: number, to: number, speakerOf: (name: string) => string): string | undefined {
  const sentence = (article.sentences ?? []).find((s) => s.start <= from && from < s.end) ?? { start: Math.max(0, from - SUBJECT_REACH), end: Math.min(article.text.length, to + SUBJECT_REACH) };
  // "“…,” the mayor added on X", "She wrote on X: “…”": the words posted are the quote's, and so is the poster.
  const quoted = statements.find((q) => (q.end <= from && from - q.end <= QUOTE_TO_CUE) || (q.start >= to && q.start - to <= QUOTE_TO_CUE));
  if (quoted?.speaker) return speakerOf(quoted.speaker);
  let best: { name: string; distance: number } | undefined;
  for (const e of article.entities ?? []) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.start < sentence.start || m.end > sentence.end || (m.start >= from && m.end <= to)) continue;
      // A name inside someone's quoted words is not who posted them.
      if (statements.some((q) => m.start >= q.start && m.end <= q.end)) continue;
      // Before the cue ("Markovich told Radio Valmora") counts a little nearer than after it ("Speaking to Radio Valmora, Markovich …").
      const distance = m.end <= from ? from - m.end : (m.start - to) * 1.2;
      if (distance < 0 || distance > SUBJECT_REACH) continue;
      if (!best || distance < best.distance) best = { name: speakerOf(e.name), distance };
    }
  }
  return best?.name;
}
