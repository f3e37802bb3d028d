// Quotation spans + entities → quotes with kind, speaker and attribution verb.
import type { Entity, Quote, QuoteKind, Span } from '../model/analysis.js';
import type { EntityMention } from './entities.js';
import { isAdverb, isCommonWord, isKnownLemma, isMostlyAdjective, isPersonNoun, isProperLemma, lemmasOf, nameTypeOf, nounClassesOfWord } from './lexicon.js';
import { genderOfNoun, isFirstName, type Gender } from './first-names.js';
import { subjectPronounReferent } from './pronouns.js';
import type { QuoteSpan } from './quote-marks.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, LEADING_PREPOSITIONS, SPEAKER_PRONOUNS } from './rules/function-words.js';
import { WORK_WORDS } from './rules/organizations.js';
import { TITLE_ABBREVIATIONS } from './rules/abbreviations.js';
import { ROLE_HEADS, SOURCE_POSTMODIFIERS } from './rules/roles.js';
import { NOUN_LIKE_FORMS, SPEECH_VERBS, TERM_CUES, isParticiple } from './rules/speech-verbs.js';
import { countryOf } from './places.js';
import { contraction, isCapitalized, spanTokens, type SpanTokens, type Token } from './tokens.js';
import { QUESTION_ANSWER_ROLES } from './transcripts.js';

/** Words that may stand between a speaker and the verb ("Lin also said", "she later added", "he has said"). */
const BETWEEN_SPEAKER_AND_VERB = new Set(['did', 'does', 'also', 'instead', 'still', 'often', 'even', 'later', 'then', 'further', 'again', 'previously', 'recently', 'once', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'had', 'flatly', 'flat-out', 'outright', 'simply', 'only', 'quickly', 'repeatedly', 'publicly', 'privately', 'firmly', 'reportedly']);
/** Forms of "be" that make a following participle passive ("was told", "has been asked"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Participles of speech verbs that also summon or instruct ("called to testify", "asked to leave", "urged to wait"). */
const SUMMONED = new Set(['called', 'asked', 'urged', 'invited', 'told', 'ordered', 'encouraged']);
/** Pronouns and words of the audience that follow "to" as its object ("told to them", "called to reporters"). */
const TO_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'reporters', 'journalists', 'members', 'supporters', 'police']);

/** Determiners, articles and possessives: before them a speech-verb form is a noun ("the report", "a call"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'my', 'your']);
/** Words before a quoted title that name what it is ("the book", "the show", "titled"). */
const TITLE_CUES = new Set([...WORK_WORDS, 'titled', 'entitled', 'headlined', 'operation']);
/** Who made or fronts a work, before "of" and its title: "co-author of “…”", "the host of “…”". */
const CREATOR_NOUNS = new Set(['author', 'co-author', 'coauthor', 'writer', 'co-writer', 'director', 'producer', 'creator', 'co-creator', 'editor', 'composer', 'host', 'star', 'presenter', 'publisher']);

/**
 * A title cue right before a quotation that opens at `open`, with nothing but spaces between: "the film “…”", "author
 * of “…”" (not "… in an interview, “…”", where a comma ends the cue's phrase).
 */
function titleCued(text: string, open: number): boolean {
  const m = /(?:([\p{L}'’-]+)\s+)?([\p{L}'’-]+)\s*$/u.exec(text.slice(Math.max(0, open - 40), open));
  return cuesTitle(m?.[2]?.toLowerCase() ?? '', m?.[1]?.toLowerCase() ?? '');
}

/** The last word before a quotation, and the one before it, cue a title: "the film", "titled", "author of". */
function cuesTitle(last: string, before: string): boolean {
  return TITLE_CUES.has(last) || (last === 'of' && (TITLE_CUES.has(before) || CREATOR_NOUNS.has(before)));
}
/** Verbs of writing, before "in" and a work's title ("wrote in “…”"). */
const WRITING_VERBS = new Set(['wrote', 'writes', 'write', 'writing', 'written', 'published', 'recounted', 'recounts']);
/** A naming after a quoted phrase: "“dark runs,” she called them", "“the pit,” as the crews call it". */
const CALLED_AFTER = /^['’”"]?[\s,]*(?:as\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:call|calls|called|dubbed|dubs|nicknamed|termed|terms)\s+(?:it|them|this|that|these|those|him|her)\b/u;
/** The longest quoted phrase (in words) read as scare quotes when nothing attributes it. */
const MAX_TERM_WORDS = 4;
/** A sentence's end inside a passage, another sentence after it. */
const SENTENCE_BREAK = /[.!?…]["”’']?\s+["“‘']?\p{Lu}/u;
/** How many sentences back a pronoun may reach for the latest quote's speaker, and for the latest speaking subject. */
const QUOTE_SPEAKER_REACH = 2;
const SUBJECT_REACH = 3;

interface Attribution {
  entity: number | null;
  /** The speech verb; empty for a signature ("“…” — Ana Lin"), which names no way of speaking. */
  verb: string;
}

/** The latest statement read, its sentence and its speaker's entity (null for a role or no one). */
type PreviousQuote = { quote: Quote; sentence: number; entity: number | null };

interface SpeakerState {
  /** Latest statement speakers, and subjects of speech verbs, with their sentence. */
  quoteSpeakers: { entity: number; sentence: number }[];
  subjects: { entity: number; sentence: number }[];
  /** Role or group phrases that were subjects of speech verbs ("the Velmar navy said in a statement"). */
  roles: { text: string; sentence: number }[];
  /** Who answers the text's question-and-answer transcript (null: no one named), read at its first answer. */
  answerer?: number | null;
}

/** Attributes each quotation of the text: kind, speaker (canonical entity name) and verb. */
export function attributeQuotes(
  text: string,
  sentences: Span[],
  marks: QuoteSpan[],
  entities: Entity[],
  mentions: EntityMention[],
  tokensOf: SpanTokens = spanTokens(text),
  genders: (Gender | undefined)[] = [],
): Quote[] {
  const state: SpeakerState = { quoteSpeakers: [], subjects: [], roles: [] };
  // What the names mark, and what resolved pronouns add ("she said" makes its person a woman for a later "he").
  genders = [...genders];
  const quotes: Quote[] = [];
  // Statements whose own sentence names no one: their speaker is read from the sentences around them.
  const alone = new Set<Quote>();
  // Paragraphs of a statement left open, and statements whose speaker was read from around them, not their own words.
  const runOn = new Set<Quote>();
  const inferred = new Set<Quote>();
  let previous: PreviousQuote | null = null;
  let m = 0;
  // A quotation over several sentences is attributed with all of them: `"A. B," she said.` is one unit.
  const units = mergeBridged(sentences, marks);
  const quoted = quotedAt(marks);
  units.forEach((s, si) => {
    const whole = tokensOf(s).filter((t) => !quoted(t.start));
    const here: QuoteSpan[] = [];
    while (m < marks.length && marks[m]!.open < s.end) here.push(marks[m++]!);
    const unit: Ctx = { text, frame: whole, mentions, entities, genders, state, sentence: si, sentences: units, marks, quoted, tokensOf };
    const speaking = speakingSubjects(unit);
    for (const sv of speaking.entities) state.subjects.push({ entity: sv, sentence: si });
    for (const role of speaking.roles) state.roles.push({ text: role, sentence: si });
    let lastInSentence: number | null = null;
    for (const q of here) {
      // A run-on "sentence" of hundreds of tokens (a page with no sentence ends, a list of quotes) is read around each
      // quote only, so its quotes cost time in proportion to their number, not to its length as well.
      const frame = whole.length > MAX_FRAME_TOKENS ? frameAround(whole, q) : whole;
      const ctx = frame === whole ? unit : { ...unit, frame };
      if (q.author) {
        quotes.push(embeddedPost(ctx, q, q.author));
        continue;
      }
      const words = text.slice(q.start, q.end).trim().split(/\s+/);
      // "including “Ana’s Tide” and “Harbor.”": a quote listed right after a title is one too.
      const last = quotes.at(-1);
      const afterTitle = last?.kind === 'title' && LIST_JOINT.test(text.slice(last.end, q.start));
      const attribution = attributionOf(ctx, q);
      // `"…," the yard's statement read, and a welder added …`: the document speaks, not the role of the clause after it.
      const issued = attribution ? null : DOCUMENT_SPEAKS.exec(text.slice(q.end, q.end + 80));
      let role = attribution ? null : (roleAfter(ctx, q) ?? roleBefore(ctx, q) ?? roleAccording(ctx));
      // A role that is not the document itself ("the Velmar statement said" is one) is someone else's.
      if (issued && role && !issued[0].includes(role.text)) role = null;
      const calledBySpeaker = attribution !== null && /^call/.test(attribution.verb) && attribution.entity !== null && entities[attribution.entity]!.type !== 'place';
      // The words of a statement, a letter or a post whose issuer the sentence (or the one before) names: the issuer
      // speaks, not the document ("a statement from Harbor Works said"); however short, they are speech.
      const issuer: Issuer | undefined = !attribution?.entity && !issued && lastInSentence === null ? documentIssuer(ctx, q) : undefined;
      const kind: QuoteKind = calledBySpeaker && words.length >= 3 ? 'statement' : kindOf(text, frame, q, words, attribution !== null || role !== null || introducedBy(frame, q, issuer), afterTitle);
      const quote: Quote = { text: text.slice(q.start, q.end), start: q.start, end: q.end, speaker: null, kind };
      if (issuer?.entity !== undefined && role && role.text.split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w.toLowerCase()))) role = null;
      // "said the 29-year-old" after "Ana Lin, 29,": the one person named with that age.
      const aged: number | undefined = kind === 'statement' && role ? agedPerson(ctx, role.text, q.start) : undefined;
      if (aged !== undefined) {
        quote.verb = role!.verb;
        quote.speaker = entities[aged]!.name;
        state.quoteSpeakers.push({ entity: aged, sentence: si });
        lastInSentence = aged;
        previous = { quote, sentence: si, entity: aged };
      } else if (kind === 'statement' && role) {
        quote.verb = role.verb;
        quote.speakerRole = role.text;
        previous = { quote, sentence: si, entity: null };
      } else if (kind === 'statement') {
        // With no attribution of its own: the next part of the quote before (`"…," he continued. "…"` is his, however
        // often printed), and a quote with no words of its own sentence around it but a short opening.
        const continued = !attribution && previous !== null && si - previous.sentence <= 1 && continuesQuote(ctx, q, s);
        const lone = !attribution && standsAlone(ctx, q);
        if (!issuer && !issued && lastInSentence === null && !continued && lone) alone.add(quote);
        if (!attribution && !issuer && !issued) inferred.add(quote);
        if (q.runsOn) runOn.add(quote);
        let entity: number | null = attribution?.entity ?? null;
        if (issuer) {
          quote.verb = issuer.verb;
          if (issuer.entity !== undefined) entity = issuer.entity;
          else quote.speakerRole = issuer.role;
        } else if (attribution) {
          if (attribution.verb) quote.verb = attribution.verb;
        } else if (issued) {
          quote.verb = issued[1]!;
          entity = issuingSpeaker(ctx, quote, previous);
        } else if (lastInSentence !== null) entity = lastInSentence;
        else if (continued && previous!.entity !== null) entity = previous!.entity;
        // A role that spoke in the sentence before ("…, her coach tells the Courier") speaks before the person it opens with.
        else if (lone) entity = reportedSpeaker(ctx, si) ?? (reportedRole(ctx, si) === undefined ? openingPerson(ctx, si - 1) : null);
        else entity = colonSubject(ctx, q);
        if (entity !== null && isGroupNoun(entities[entity]!.name)) {
          // "Nurses shouted …", "Norvanians say …": a group the sentence opens with, capitalised, is a role, not a name.
          quote.speakerRole = entities[entity]!.name;
          entity = null;
        }
        if (entity !== null && !wellFormedName(entities[entity]!)) entity = null;
        if (entity !== null) {
          quote.speaker = entities[entity]!.name;
          state.quoteSpeakers.push({ entity, sentence: si });
          lastInSentence = entity;
        } else if (!issuer) {
          // (An issuer is a role, set above, or a name not well formed: no one else's words.)
          const role = unnamedRole(ctx, q, previous, { attribution, issued: issued !== null, lone, continued });
          if (role) quote.speakerRole = role;
        }
        previous = { quote, sentence: si, entity };
      }
      quotes.push(quote);
    }
  });
  attributeRepeated(quotes, alone);
  attributeRunOn(text, quotes, runOn, inferred);
  return quotes;
}

/** The role a statement gets when no one is named as its speaker, if the sentences around it give one. */
function unnamedRole(ctx: Ctx, q: QuoteSpan, previous: PreviousQuote | null, f: { attribution: Attribution | null; issued: boolean; lone: boolean; continued: boolean }): string | undefined {
  // `The 41-year-old said: "…" ¶ "…"`: the next paragraph of the quotation goes on in the role's words; so does the
  // second part of a quote its attribution broke (`"…," said one deckhand, "…"`).
  if (!f.attribution && previous?.quote.speakerRole && (ctx.sentence === previous.sentence || f.continued)) return previous.quote.speakerRole;
  // `Lin's spokesman told Harbor News the claim was false. "…"`: the role that spoke in the sentence before.
  if (!f.issued && f.lone) return reportedRole(ctx, ctx.sentence);
  // `She added: "…"` reads as an attribution with no one found for its pronoun: the role may be whom it means.
  if ((!f.attribution || f.attribution.entity === null) && !f.issued) return pronounRole(ctx, q, previous) ?? undefined;
  return undefined;
}

/**
 * News style prints a statement over several paragraphs, each opened again and only the last closed and attributed
 * (`“A. ¶ “B,” said Ana Lin.`): a paragraph left open with no attribution of its own is the words of whoever the part
 * opening the next paragraph is attributed to, not of the person the sentences before it name.
 */
function attributeRunOn(text: string, quotes: Quote[], runOn: ReadonlySet<Quote>, inferred: Set<Quote>): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const [q, next] = [quotes[i]!, quotes[i + 1]!];
    if (!runOn.has(q) || !inferred.has(q) || inferred.has(next) || next.kind !== 'statement') continue;
    if (!/^[\s"“”‘’'«»]*$/u.test(text.slice(q.end, next.start))) continue;
    q.speaker = next.speaker;
    if (next.speakerRole === undefined) delete q.speakerRole;
    else q.speakerRole = next.speakerRole;
    inferred.delete(q);
  }
}

/**
 * A statement printed twice in one article, once standing alone (a pull quote above the paragraph that attributes it)
 * and once in a sentence of its own attribution: the lone copy is whoever that sentence gives, or no one when it names
 * no one the text reads, not the person of the sentences around it.
 */
function attributeRepeated(quotes: Quote[], alone: ReadonlySet<Quote>): void {
  if (alone.size === 0) return;
  const key = (q: Quote) => q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const framed = new Map<string, Quote>();
  for (const q of quotes) if (q.kind === 'statement' && !alone.has(q) && !framed.has(key(q))) framed.set(key(q), q);
  for (const q of alone) {
    const source = framed.get(key(q));
    if (!source) continue;
    q.speaker = source.speaker;
    if (source.speakerRole === undefined) delete q.speakerRole;
    else q.speakerRole = source.speakerRole;
  }
}

/**
 * `"…," the statement said`: the words of whoever issued it, the speaker quoted just before or the latest named person
 * or body that said something (setting the quote's role when that was a role).
 */
function issuingSpeaker(ctx: Ctx, quote: Quote, previous: PreviousQuote | null): number | null {
  const si = ctx.sentence;
  if (previous && si - previous.sentence <= 2) {
    if (previous.entity === null && previous.quote.speakerRole) quote.speakerRole = previous.quote.speakerRole;
    return previous.entity;
  }
  // "…, the Velmar navy said in a statement. "…," the statement said": a body named by a description.
  // (Of the sentences before: one who speaks after the quote in its own sentence said something else.)
  const subject = ctx.state.subjects.findLast((x) => x.sentence < si && si - x.sentence <= 2);
  const role = ctx.state.roles.findLast((x) => x.sentence < si && si - x.sentence <= 2);
  if (role && (!subject || role.sentence > subject.sentence)) {
    quote.speakerRole = role.text;
    return null;
  }
  return subject?.entity ?? null;
}

/**
 * "the 29-year-old" standing for a person named with that age before `before` ("Ana Lin, 29,", "Ana Lin, aged 29",
 * "29-year-old Ana Lin"), when exactly one person was: news names someone with the age, then refers to them by it.
 */
function agedPerson(ctx: Ctx, role: string, before: number): number | undefined {
  const age = /^the (\d{1,3})-year-old$/i.exec(role)?.[1];
  if (!age) return undefined;
  const after = new RegExp(`^,\\s*(?:aged\\s+)?${age}\\b`);
  const ahead = new RegExp(`\\b${age}-year-old\\s+$`);
  const people = new Set(
    ctx.mentions
      .filter((m) => m.end <= before && ctx.entities[m.entity]!.type === 'person')
      .filter((m) => after.test(ctx.text.slice(m.end, m.end + 12)) || ahead.test(ctx.text.slice(Math.max(0, m.start - 16), m.start)))
      .map((m) => m.entity),
  );
  const [only] = people;
  return people.size === 1 && wellFormedName(ctx.entities[only!]!) ? only : undefined;
}

/**
 * The issuer's document introduces the quote: the quote opens its sentence after the one that issued it, or follows a
 * colon, a comma or a speech verb (`… issued this statement: "Repairs start."`). Only then does it make a short quote
 * speech; a term further on in the sentence ("… the statement by Lin. The term is "open repair"") stays a term.
 */
function introducedBy(frame: Token[], q: QuoteSpan, issuer: Issuer | undefined): boolean {
  if (!issuer) return false;
  const last = frame.findLastIndex((t) => t.end <= q.open);
  return last < 0 || [':', ','].includes(frame[last]!.text) || isSpeechVerb(frame, last);
}

/** Who issued a document: a name (its entity) or a role, and the verb to show. */
interface Issuer {
  entity?: number;
  role?: string;
  verb: string;
}

/** Nouns for a document someone issues and that speaks for them ("the statement said", "a letter from Lin"). */
const ISSUED_DOCUMENTS = ['statement', 'letter', 'message', 'note', 'memo', 'tweet', 'post', 'email', 'e-mail'];

/**
 * Nouns for what someone issues whose words a quote may give: the documents above, a response, an update, and the
 * findings a body publishes ("the Velmar Herald's analysis concluded, “…”", "a study by Lowford University found").
 */
const DOCUMENT_NOUNS = new Set([...ISSUED_DOCUMENTS, 'response', 'update', 'announcement', 'report', 'analysis', 'study', 'survey', 'review']);
/** Verbs of issuing a document ("issued a statement", "posted a message", "wrote a letter"). */
const ISSUING_VERBS = new Set(['issue', 'issued', 'issues', 'release', 'released', 'releases', 'send', 'sent', 'sends', 'post', 'posted', 'posts', 'publish', 'published', 'publishes', 'pen', 'penned', 'pens', 'write', 'wrote', 'writes', 'put', 'puts', 'make', 'made', 'makes', 'circulated', 'shared']);
/** Words between an issuing verb and the document ("put out a brief written statement", "made a joint statement"). */
const DOCUMENT_PREMODIFIERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'following', 'brief', 'short', 'written', 'joint', 'new', 'own', 'lengthy', 'formal', 'open', 'out']);
/** The most such words. */
const MAX_DOCUMENT_PREMODIFIERS = 4;
/** Prepositions before a document that make it where something was said ("in a statement", "via a post"). */
const DOCUMENT_PREPOSITIONS = new Set(['in', 'on', 'via', 'through', 'with', 'under']);

/**
 * Who issued the document a quote gives the words of: `Ana Lin issued this statement: "…"`, `a statement
 * from Harbor Works said: "…"`, `Lin's statement added, "…"`, `the Harbor Works letter reads "…"` in the quote's
 * sentence before it; or a sentence before whose subject issued a statement (`Lin released a statement on her site.
 * "…"`) when the quote opens its sentence. A role may be the issuer (`the mayor's office released a statement`).
 */
function documentIssuer(ctx: Ctx, q: QuoteSpan): Issuer | undefined {
  const before = ctx.frame.filter((t) => t.end <= q.open);
  if (before.some((t) => t.kind === 'word')) return issuerIn(ctx, before, true);
  const prev = ctx.sentences[ctx.sentence - 1];
  // The sentence before, when it quotes no one: a quote of its own would have a speaker the next one continues.
  if (!prev || quotesIn(ctx, prev)) return undefined;
  return issuerIn(ctx, ctx.tokensOf(prev).filter((t) => !ctx.quoted(t.start)), false);
}

function issuerIn(ctx: Ctx, frame: Token[], sameSentence: boolean): Issuer | undefined {
  const d = frame.findLastIndex((t) => DOCUMENT_NOUNS.has(t.text.toLowerCase()));
  if (d < 0) return undefined;
  const issuing = (e: number | undefined) => (e !== undefined && speaks(ctx, e) && wellFormedName(ctx.entities[e]!) ? e : undefined);
  // A document after a preposition ("In a Harborchat post she wrote …") is where the subject said it, not who.
  let k = d - 1;
  const modifies = (t: Token) => !DOCUMENT_PREPOSITIONS.has(t.text.toLowerCase()) && (DOCUMENT_PREMODIFIERS.has(t.text.toLowerCase()) || /^(?:\p{Lu}|['’]s?$)/u.test(t.text));
  while (k >= 0 && modifies(frame[k]!)) k--;
  if (k >= 0 && DOCUMENT_PREPOSITIONS.has(frame[k]!.text.toLowerCase())) return undefined;
  // In the sentence before, only a document that speaks ("a Velmar Ministry statement said …") gives its words next.
  if (sameSentence || frame.slice(d + 1).some((t) => SPEECH_VERBS.has(t.text))) {
    // "a statement from Harbor Works", "a statement by Ana Lin, its director"
    const by = ['from', 'by'].includes(frame[d + 1]?.text ?? '') ? frame[frame[d + 2]?.text === 'the' ? d + 3 : d + 2] : undefined;
    const named = issuing(by && ctx.mentions.find((x) => x.start === by.start)?.entity);
    if (named !== undefined) return { entity: named, verb: 'said' };
    // "Lin's statement", "the Harbor Works letter"
    const owner = issuing(d > 0 ? mentionEnding(ctx, frame[d - 1]!.end)?.entity : undefined);
    if (owner !== undefined) return { entity: owner, verb: 'said' };
  }
  // "<subject> issued this statement", "<subject> has released a statement"
  let v = d - 1;
  // Determiners and the like, or any lower-case word that is no function word ("a cheerful response", "a two-page letter").
  const premodifier = (t: Token) => DOCUMENT_PREMODIFIERS.has(t.text.toLowerCase()) || (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.text) && !ISSUING_VERBS.has(t.text));
  while (v >= 0 && d - v <= MAX_DOCUMENT_PREMODIFIERS && premodifier(frame[v]!)) v--;
  const verb = frame[v];
  if (!verb || !ISSUING_VERBS.has(verb.text.toLowerCase()) || v === d - 1) return undefined;
  const subject = speakerBefore(ctx, frame, v, -1);
  if (typeof subject === 'number') return issuing(subject) === undefined ? undefined : { entity: subject, verb: verb.text };
  const role = rolePhrase(ctx, rolePhraseBefore(ctx.text, frame, v), verb.text);
  return role ? { role: role.text, verb: verb.text } : undefined;
}

/** A post embedded from social media, or a transcript's turn: its author is the name its signature line or label prints. */
function embeddedPost(ctx: Ctx, q: QuoteSpan, signature: Span): Quote {
  const quote: Quote = { text: ctx.text.slice(q.start, q.end), start: q.start, end: q.end, speaker: null, kind: 'statement', ...(q.turn ? {} : { verb: 'posted' }) };
  // The name before an introduction's speech verb ("At the pier, Ida Hale told the crews:") speaks only if a person's.
  const fits = (entity: number) => (q.turn === 'introduced' ? ctx.entities[entity]!.type === 'person' : speaks(ctx, entity));
  const author = ctx.mentions.find((x) => x.start >= signature.start && x.end <= signature.end && fits(x.entity));
  if (author && wellFormedName(ctx.entities[author.entity]!)) {
    quote.speaker = ctx.entities[author.entity]!.name;
    ctx.state.quoteSpeakers.push({ entity: author.entity, sentence: ctx.sentence });
  } else if (q.turn === 'label') {
    // "Q:" and "A:" name no one but say who asks and who answers; a role alone ("Interviewer:", "Host:") is the role.
    // The answers are the one person an interview's introduction names, when it names one.
    const label = ctx.text.slice(signature.start, signature.end);
    const role = QUESTION_ANSWER_ROLES[label] ?? (/^\p{Lu}\p{Ll}+$/u.test(label) && isRoleWord(label.toLowerCase()) ? label.toLowerCase() : undefined);
    const answerer = role === QUESTION_ANSWER_ROLES.A ? interviewee(ctx) : undefined;
    if (answerer !== undefined) {
      quote.speaker = ctx.entities[answerer]!.name;
      ctx.state.quoteSpeakers.push({ entity: answerer, sentence: ctx.sentence });
    } else if (role) quote.speakerRole = role;
  }
  return quote;
}

/** Words of an introduction that announce an interview ("in an interview with", "a Q&A with", "we spoke to", "sat down with"). */
const INTERVIEW_CUE = /\b(?:interview(?:s|ed)?|Q\s?&\s?A|spoke|talked|chatted|sat down|caught up)\b/i;

/**
 * The person who answers a question-and-answer transcript: the one person the paragraphs before its first question
 * name, when they announce an interview. A second person named there (the interviewer's byline, someone mentioned) leaves
 * the answers to "the interviewee".
 */
function interviewee(ctx: Ctx): number | undefined {
  // Read once per article: a transcript may hold thousands of answers.
  if (ctx.state.answerer === undefined) ctx.state.answerer = answererOf(ctx);
  return ctx.state.answerer ?? undefined;
}

function answererOf(ctx: Ctx): number | null {
  // Where the transcript's first question is labelled.
  const asks = ctx.marks.find((q) => q.turn === 'label' && q.author && QUESTION_ANSWER_ROLES[ctx.text.slice(q.author.start, q.author.end)] === QUESTION_ANSWER_ROLES.Q)?.author;
  if (!asks || !INTERVIEW_CUE.test(ctx.text.slice(0, asks.start))) return null;
  const people = new Set(ctx.mentions.filter((m) => m.end <= asks.start && ctx.entities[m.entity]!.type === 'person').map((m) => m.entity));
  const [only] = people;
  return people.size === 1 && wellFormedName(ctx.entities[only!]!) ? only! : null;
}

/** `"…," he added` right after a quote, or `She said: "…"` opening its sentence: the pronoun. */
const PRONOUN_AFTER = /^[\s,"”'’]*(he|she|they)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
const PRONOUN_BEFORE = /^(he|she|they)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s*[,:]?$/iu;
/** Nouns for a body of people that take "they" though singular in form ("Police said …. “…,” they added."). */
const PLURAL_BODIES = new Set(['police', 'staff', 'crew', 'personnel', 'clergy', 'military']);

/**
 * `"…," a senior officer said. "…," he added.`: a "he" or "she" speaking that no named person fits stands for the role
 * that spoke last, within QUOTE_SPEAKER_REACH sentences — one person (not "officials", "police officers"), of no other
 * gender; a "they" that no body fits stands for such a role of many ("officials", "two deckhands", "police").
 * Unresolved, the pronoun had left the quote without a speaker.
 */
function pronounRole(ctx: Ctx, q: QuoteSpan, previous: PreviousQuote | null): string | undefined {
  const sentence = ctx.sentences[ctx.sentence]!;
  const m = PRONOUN_AFTER.exec(ctx.text.slice(q.close, q.close + 40)) ?? PRONOUN_BEFORE.exec(ctx.text.slice(sentence.start, q.open).trim());
  if (!m || !SPEECH_VERBS.has(m[2]!)) return undefined;
  return roleOfPronoun(ctx, m[1]!, previous);
}

/** The role a "he", "she" or "they" speaking stands for (see pronounRole), from the latest quote's role or speaking role. */
function roleOfPronoun(ctx: Ctx, pronoun: string, previous: PreviousQuote | null, strict = false): string | undefined {
  const fromQuote = previous && previous.entity === null && ctx.sentence - previous.sentence <= QUOTE_SPEAKER_REACH ? previous : null;
  const spoke = ctx.state.roles.findLast((x) => x.sentence < ctx.sentence && ctx.sentence - x.sentence <= QUOTE_SPEAKER_REACH);
  const quoted = fromQuote?.quote.speakerRole && (!spoke || fromQuote.sentence >= spoke.sentence);
  const role = quoted ? fromQuote.quote.speakerRole : (spoke?.text ?? subjectRoleBefore(ctx));
  if (!role) return undefined;
  const head = role.toLowerCase().split(/\s+/).at(-1)!;
  const plural = /(?:men|people)$/.test(head) || lemmasOf(head).some((l) => l !== head && isPersonNoun(l));
  if (pronoun.toLowerCase() === 'they') {
    // People named after the role ("Ana Lin and Ben Ortiz agreed. … they said") may be whom "they" means.
    const from = ctx.sentences[quoted ? fromQuote.sentence : (spoke?.sentence ?? ctx.sentence - 1)]!.start;
    const namedSince = ctx.mentions.some((m) => m.start >= from && m.start < ctx.sentences[ctx.sentence]!.start && ctx.entities[m.entity]!.type === 'person');
    return (plural || PLURAL_BODIES.has(head)) && !namedSince ? role : undefined;
  }
  const other: Gender = pronoun.toLowerCase() === 'she' ? 'male' : 'female';
  const gender = genderOfNoun(head);
  // Strict: the role's own word has the pronoun's gender ("spokeswoman" for "she"), not just no other.
  return plural || gender === other || (strict && gender === undefined) ? undefined : role;
}

/**
 * The role that opens the sentence before as its subject ("A veteran ferry skipper on the quay had doubts."), when that
 * sentence quotes no one: whom a "he" or "she" speaking next may stand for.
 */
function subjectRoleBefore(ctx: Ctx): string | undefined {
  const prev = ctx.sentences[ctx.sentence - 1];
  if (!prev || quotesIn(ctx, prev)) return undefined;
  return openingRole(ctx, ctx.tokensOf(prev), '')?.text;
}

/** `"…," the statement said`, `"…," the letter read`: a document's words after the quote, and the verb. */
const DOCUMENT_SPEAKS = new RegExp(
  `^\\s*[,.!?]?\\s*(?:''|[”"’'])?\\s*,?\\s*(?:the|a|its|his|her|their)\\s+(?:\\p{Ll}+\\s+)?(?:${[...ISSUED_DOCUMENTS, 'release'].join('|')})\\s+(said|says|read|reads|added|adds|continued|continues|stated)\\b`,
  'iu',
);

/**
 * `Ana Lin said the offer was unfair. "They want us to give up."`: a quote standing alone as its sentence, right after a
 * sentence whose named subject said something, continues that speaker's words (news reports a claim, then quotes it).
 */
function reportedSpeaker(ctx: Pick<Ctx, 'entities' | 'state'>, sentence: number): number | null {
  return ctx.state.subjects.findLast((x) => x.sentence === sentence - 1 && ctx.entities[x.entity]!.type === 'person')?.entity ?? null;
}

/**
 * Whether the quote stands alone in its sentence: no words outside its marks, or only a short opening phrase of no
 * name and no speech verb before it and its comma (`Later that night, “…”`): it goes on from the sentence before.
 */
function standsAlone(ctx: Ctx, q: QuoteSpan): boolean {
  const words = ctx.frame.filter((t) => t.kind === 'word');
  if (words.length === 0) return true;
  const before = ctx.frame.filter((t) => t.end <= q.open);
  if (words.length > MAX_OPENING_PHRASE || words.some((t) => t.start > q.close) || before.at(-1)?.text !== ',') return false;
  return !before.some((t, i) => isSpeechVerb(before, i) || ctx.mentions.some((m) => m.start < t.end && m.end > t.start));
}

/** The role or group phrase that was the subject of a speech verb in the sentence before, when no name was. */
function reportedRole(ctx: Pick<Ctx, 'state'>, sentence: number): string | undefined {
  if (ctx.state.subjects.some((x) => x.sentence === sentence - 1)) return undefined;
  return ctx.state.roles.findLast((x) => x.sentence === sentence - 1)?.text;
}

/**
 * `Ortiz had one complaint about the crew: “…”`, `She was blunt: “…”`: a sentence whose subject is a person (named
 * first, or a pronoun opening it) introduces the quote after its colon, so the quote is the subject's.
 */
function colonSubject(ctx: Ctx, q: QuoteSpan): number | null {
  const before = ctx.frame.filter((t) => t.end <= q.open);
  // A sentence with a speech verb was read by the attribution rules: if they found no speaker ("Lin was told by the
  // board:"), the subject is not it.
  if (before.at(-1)?.text !== ':' || before.some((t) => SPEECH_VERBS.has(t.text.toLowerCase()))) return null;
  const first = before.find((t) => t.kind === 'word');
  if (!first) return null;
  if (first.text === 'He' || first.text === 'She') return resolvePronoun(ctx, first);
  const m = ctx.mentions.find((x) => x.start === first.start && ctx.entities[x.entity]!.type === 'person');
  // The subject only: "Ortiz's band has one rule:" is about the band.
  return m && !/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 2)) ? m.entity : null;
}

/**
 * `Ortiz returned to the ferry question later in the hearing. “Who pays for the ramp?”`: a quote standing alone after a
 * sentence that opens with a person's name, and quotes no one, is that person's.
 */
function openingPerson(ctx: Ctx, sentence: number): number | null {
  const s = ctx.sentences[sentence];
  if (!s || quotesIn(ctx, s)) return null;
  // The name must open a clause: a lower-case word (its verb, mostly) follows it; a name alone on a line is a heading.
  return clauseOpeningPerson(ctx, ctx.tokensOf(s).filter((t) => t.kind === 'word')) ?? null;
}

/** Adverbs of the closed class, never part of a name ("You Will Ever Need"). */
const CLOSED_ADVERBS = new Set(['ever', 'never', 'always', 'just', 'only', 'still', 'even', 'already', 'also', 'not', 'very', 'too']);

/** Function words that may stand inside a name ("Bank of Velmar", "Ursula von der Leyen", "Ana de la Cruz"). */
const NAME_JOINING_WORDS = new Set(['of', 'the', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'and', '&', 'for', 'on', 'in', 'at']);

/** Pronouns that never stand inside the name of a person or an institution after its first word. */
const TITLE_PRONOUNS = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its']);

/**
 * A speaker's name is shown only when it reads as a name: it starts and ends with a letter, has no lone initial at its
 * end ("Steven M"), and is not a single ordinary word nothing marks as a name ("Think"); otherwise the speaker is unknown.
 */
export function wellFormedName(entity: Pick<Entity, 'name' | 'type'>): boolean {
  const name = entity.name;
  if (!/^\p{Lu}[\p{L}\p{M}.'’ -]*\p{L}$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 1 && /^\p{Lu}\.?$/u.test(words.at(-1)!)) return false;
  // "Who" of a show's name after a title word ("Doctor Who"): a function word alone names no one (an acronym spelling
  // one, "WHO", does).
  if (words.length === 1 && FUNCTION_WORDS.has(name.toLowerCase()) && !/^\p{Lu}+$/u.test(name)) return false;
  // "Every Harbour You Will Ever Need": a name with a pronoun or another function word after its first word (name
  // particles and connectors aside) is a title or a slogan, not who speaks.
  if (words.slice(1).some((w) => TITLE_PRONOUNS.has(w.toLowerCase()) || CLOSED_ADVERBS.has(w.toLowerCase()) || (FUNCTION_WORDS.has(w.toLowerCase()) && !NAME_JOINING_WORDS.has(w.toLowerCase())))) return false;
  return words.length > 1 || entity.type !== 'other' || !isKnownLemma(name.toLowerCase()) || isProperLemma(name.toLowerCase());
}

/**
 * One word in the plural of a noun for a kind of person ("Nurses", "Residents") or of a country's people ("Germans",
 * "Greeks": the lexicon has some demonyms as person nouns, not all): a group, not a name.
 */
function isGroupNoun(name: string): boolean {
  if (/\s/.test(name) || !/\p{Ll}s$/u.test(name)) return false;
  const lower = name.toLowerCase();
  return lemmasOf(lower).some((l) => l !== lower && (isPersonNoun(l) || countryOf(l)?.by === 'demonym'));
}

/** Joins consecutive sentences that one quotation spans. */
function mergeBridged(sentences: Span[], marks: QuoteSpan[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && marks.some((q) => q.open < last.end && q.close >= s.start)) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

interface Ctx {
  text: string;
  frame: Token[];
  mentions: EntityMention[];
  entities: Entity[];
  genders: (Gender | undefined)[];
  state: SpeakerState;
  sentence: number;
  sentences: Span[];
  marks: QuoteSpan[];
  /** Whether an offset lies inside a quotation (its marks included). */
  quoted: (at: number) => boolean;
  tokensOf: SpanTokens;
}

/** A quotation opens in the sentence: its words are someone's, whose speaker the quote after it would continue. */
function quotesIn(ctx: Ctx, sentence: Span): boolean {
  return ctx.marks.some((q) => q.open >= sentence.start && q.open < sentence.end);
}

/** Frame tokens past which a sentence is read around each quote only, and how many tokens on each side. */
const MAX_FRAME_TOKENS = 400;
const FRAME_AROUND = 80;

/** The frame tokens within FRAME_AROUND tokens of the quote on either side (the frame is in text order). */
function frameAround(frame: Token[], q: QuoteSpan): Token[] {
  let lo = 0;
  let hi = frame.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frame[mid]!.start < q.open) lo = mid + 1;
    else hi = mid;
  }
  return frame.slice(Math.max(0, lo - FRAME_AROUND), lo + FRAME_AROUND);
}

/**
 * Whether an offset lies within any quotation's marks, answered by a binary search over the quotations' spans merged
 * where they overlap or nest: a text of many quotes asks this of every token and every name.
 */
function quotedAt(marks: QuoteSpan[]): (at: number) => boolean {
  const spans: [number, number][] = [];
  for (const q of [...marks].sort((a, b) => a.open - b.open)) {
    const last = spans.at(-1);
    if (last && q.open <= last[1]) last[1] = Math.max(last[1], q.close);
    else spans.push([q.open, q.close]);
  }
  return (at) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [open, close] = spans[mid]!;
      if (at < open) hi = mid - 1;
      else if (at > close) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function isSpeechVerb(frame: Token[], i: number): boolean {
  const t = frame[i]!;
  // "As Ana Lin put it, …", "as one analyst puts it:": the phrase reports someone's words.
  if ((t.text === 'put' || t.text === 'puts') && frame[i + 1]?.text === 'it' && (frame[i + 2] === undefined || frame[i + 2]!.kind === 'punct' || isAdverb(frame[i + 2]!.text))) return true;
  if (!SPEECH_VERBS.has(t.text)) return false;
  // "Lin was told", "the book is told by its children": a passive's subject hears or is spoken of; it does not speak.
  let b = i - 1;
  while (b >= 0 && isAdverb(frame[b]!.text)) b--;
  if (b >= 0 && PASSIVE_AUXILIARIES.has(frame[b]!.text.toLowerCase()) && !t.text.endsWith('ing') && !t.text.endsWith('s')) return false;
  // "the crews called to testify", "when asked to comment": a participle of summoning before "to" and a verb is no one
  // speaking (not "said to reporters", "told to the board": a noun or a determiner follows "to" there).
  const next = frame[i + 2];
  if (SUMMONED.has(t.text.toLowerCase()) && frame[i + 1]?.text === 'to' && next?.kind === 'word' && /^\p{Ll}+$/u.test(next.text) && !DETERMINERS.has(next.text) && !TO_OBJECTS.has(next.text) && !isRoleWord(next.text)) return false;
  if (attributiveParticiple(frame, i)) return false;
  if (!(NOUN_LIKE_FORMS.has(t.text) || t.text.endsWith('s'))) return true;
  // "the minister says", "a deckhand shouts": a person's noun before a verb's "-s" form is its subject, unless the form
  // is also a plural noun of speech ("the police reports", "the party's claims").
  if (t.text.endsWith('s') && !NOUN_LIKE_FORMS.has(t.text.slice(0, -1)) && i > 0 && frame[i - 1]!.kind === 'word' && isRoleWord(frame[i - 1]!.text)) return true;
  // "the website says", "the records state", "the report notes": a document before the verb is its subject.
  const lemma = SPEECH_VERBS.get(t.text)!;
  if (i > 0 && DOCUMENT_SOURCES.has(frame[i - 1]!.text.toLowerCase()) && (t.text.endsWith('s') || frame[i - 1]!.text.endsWith('s'))) return true;
  // An "-s" form of a verb that is no noun ("says", "adds") is a verb whatever stands before it.
  if (t.text.endsWith('s') && !NOUN_LIKE_FORMS.has(lemma)) return true;
  // A noun after its determiner, with up to two words between ("the report", "his first online post").
  for (let k = i - 1; k >= 0 && i - k <= 3 && frame[k]!.kind === 'word'; k--) if (DETERMINERS.has(frame[k]!.text.toLowerCase())) return false;
  return true;
}

/**
 * An "-ing" form between a determiner (adjectives may stand between) and a lower-case noun describes the noun: "a
 * singing barker", "the shouting match", "a loud whispering voice" (not "a spokesman speaking to …").
 */
function attributiveParticiple(frame: Token[], i: number): boolean {
  const next = frame[i + 1];
  if (!frame[i]!.text.endsWith('ing') || next?.kind !== 'word' || !/^\p{Ll}+$/u.test(next.text) || FUNCTION_WORDS.has(next.text)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3 && frame[k]!.kind === 'word'; k--) {
    if (DETERMINERS.has(frame[k]!.text.toLowerCase())) return true;
    const word = frame[k]!.text.toLowerCase();
    // A modifier: an adjective, or a word the lexicon has as no noun ("flirtatious"); a noun there is a subject.
    if (!isMostlyAdjective(word) && nounClassesOfWord(word).length > 0) return false;
  }
  return false;
}

/** `"…," Okafor said` / `"…," said Dragan` / `"…?" moderator Ana Lin asked`: a verb within a few words after the closing mark. */
/**
 * Who the quotation's own sentence says spoke it: the attribution after it, else the one before. A report that passes
 * on someone's words (`Ana Lin said: “…,” the Lowford Ledger reported`) names the source of the report after the quote:
 * the speaker is the one whose speech verb opens the quote.
 */
function attributionOf(ctx: Ctx, q: QuoteSpan): Attribution | null {
  const after = attributionAfter(ctx, q);
  if (after && after.entity !== null && REPORTED_BY.test(after.verb)) {
    const before = attributionBefore(ctx, q);
    // Its verb right before the quote, past whom it was told to or when ("told reporters that", "said on Monday:").
    const opens = (verb: string) => new RegExp(`\\b${verb}(?:\\s+[\\p{L}\\d]+){0,2}\\s*[:,]?\\s*(?:that\\s+)?$`, 'u').test(ctx.text.slice(Math.max(0, q.open - 80), q.open));
    if (before && before.entity !== null && before.entity !== after.entity && opens(before.verb)) return before;
  }
  return after ?? attributionBefore(ctx, q);
}

/** Dashes that set an aside off inside a sentence. */
const ASIDE_DASHES = new Set(['—', '–']);

/** Verbs of a source passing on what someone said. */
const REPORTED_BY = /^(?:reported|reports|according to)$/;

function attributionAfter(ctx: Ctx, q: QuoteSpan): Attribution | null {
  const window = windowAfter(ctx, q, ATTRIBUTION_WINDOW + LONG_APPOSITIVE_TOKENS);
  const signed = signature(ctx, q);
  if (signed !== undefined) return { entity: signed, verb: '' };
  // `"…," according to Tom Reyes of Harbor News`: the source named right after the quote, in its sentence (a capital
  // "According to …" opens the next one).
  const first = window.findIndex((t) => t.kind === 'word');
  if (first >= 0 && window[first]!.text === 'according' && window[first + 1]?.text === 'to') {
    const entity = speakerAfter(ctx, window[first + 1]!);
    if (entity !== undefined) return { entity, verb: 'according to' };
  }
  for (let i = 0; i < window.length; i++) {
    if (!isSpeechVerb(window, i)) continue;
    // What stands right before the verb, past an auxiliary or an adverb ("…, a senior fellow at the institute, has written").
    let p = i - 1;
    while (p > 0 && beforeVerb(window[p]!)) p--;
    const afterComma = window[p]?.text === ',';
    // How far the verb is, a title's abbreviation and its period not counted ("the Rev. Tom Reyes of … said"), nor the
    // passive's words before a participle ("Ana Lin, the harbour master, was quoted as saying"), nor whom a source quoted
    // ("the Lowford Evening Post quoted deckhand Ben Ortiz as saying": as far as "quoted").
    const passive = PASSIVE_AUXILIARIES.has(window[i - 3]?.text ?? '') && window[i - 2]?.text === 'quoted' && window[i - 1]?.text === 'as' ? 3 : 0;
    const quotedBy = passive ? undefined : quotedAsSaying(window, i);
    // A name of many words counts as one when the words up to the verb open with it and hold no comma: one subject
    // ("Velmar Office of Ports and Coastal Lights chief inspector Ida Hale wrote"), not a clause or an appositive before the verb.
    const named = ctx.mentions.filter((m) => m.end > window[0]!.start && m.start < window[i]!.start);
    const oneSubject = named.some((m) => m.start === window[0]!.start) && !window.slice(0, i).some((t) => t.text === ',');
    const inNames = oneSubject ? window.slice(0, i).filter((t) => named.some((m) => m.start < t.start && t.end <= m.end)).length : 0;
    const reach = (quotedBy ? quotedBy.from - 1 : i - passive) - inNames - 2 * window.slice(0, i).filter((t, k) => TITLE_ABBREVIATIONS.has(t.text.toLowerCase()) && window[k + 1]?.text === '.').length;
    // `"…," Ana Velmer, a tide analyst at the Norvik-based harbour institute told Harbor News`: an
    // appositive whose closing comma the writer left out; the person before it speaks.
    if (reach >= ATTRIBUTION_WINDOW && !afterComma) {
      const open = unclosedAppositive(ctx, window, i);
      if (open !== undefined) return { entity: open, verb: window[i]!.text };
    }
    // Further than a few words only past an appositive: `"…," Leader Ana Lin, D-Valmora, said`.
    if (reach >= ATTRIBUTION_WINDOW && !afterComma) continue;
    const verb = window[i]!;
    const first = window.findIndex((t) => t.kind === 'word') === i;
    // The verb first (`"…," said Dragan`), or after a clause that ends with a comma (`"…," despite being the envoy in
    // Velmar, said another witness, Ida Hale`): the speaker follows it.
    // (An unresolved pronoun before the verb counts as no speaker found, as a name after it may still be one.)
    let entity = speakerBefore(ctx, window, i, q.close) ?? undefined;
    // `"…," Ben Ortiz weighed in, telling Ida Hale`: a participle after the clause of the person named right after the
    // quote has that person for its subject (and the name after it is whom they told).
    if (entity === undefined && isParticiple(verb.text) && window[i - 1]?.text === ',') entity = clauseOpeningPerson(ctx, window);
    if (entity === undefined && (first || window[i - 1]?.text === ',')) entity = speakerAfter(ctx, verb);
    if (entity !== undefined) return { entity, verb: verb.text };
    return null;
  }
  return null;
}

/**
 * A person named first in `tokens` and followed by a lower-case word (the clause's verb), or by an age or a description
 * in apposition ("Tom Fields, 19, a deckhand …", "Ana Lin, a welder at the yard, …"), if any.
 */
function clauseOpeningPerson(ctx: Ctx, tokens: Token[]): number | undefined {
  const m = ctx.mentions.find((x) => x.start === tokens[0]?.start && ctx.entities[x.entity]!.type === 'person');
  return m && /^(?: \p{Ll}|, (?:\d{1,3},|(?:an?|the|who|whose) ))/u.test(ctx.text.slice(m.end, m.end + 8)) ? m.entity : undefined;
}

/**
 * A quote signed with a dash and a person's name (epigraphs, blurbs, readers' reviews: `“…” — Ben Ortiz`): the name
 * right after the dash, ending the sentence or followed by a comma and a description.
 */
function signature(ctx: Ctx, q: QuoteSpan): number | undefined {
  // A hyphen between spaces stands for the dash in plain text ("“…” - Ben Ortiz").
  const dash = /^[ \t]*(?:[—–―]|-(?=[ \t]))[ \t]*/.exec(ctx.text.slice(q.close + 1, q.close + 8));
  if (!dash) return undefined;
  const at = q.close + 1 + dash[0].length;
  const m = ctx.mentions.find((x) => x.start === at && ctx.entities[x.entity]!.type === 'person');
  return m && /^(?:[ \t]*(?:[,.!?\n“"]|$))/.test(ctx.text.slice(m.end, m.end + 2)) ? m.entity : undefined;
}

/**
 * A person named right after the quote, then a comma and an appositive that opens with an article and holds a role
 * word, running to the verb with no comma of its own: the person.
 */
function unclosedAppositive(ctx: Ctx, window: Token[], verbAt: number): number | undefined {
  const m = ctx.mentions.find((x) => x.start === window[0]?.start && ctx.entities[x.entity]!.type === 'person');
  if (!m) return undefined;
  const comma = window.findIndex((t) => t.start >= m.end);
  if (window[comma]?.text !== ',' || !['a', 'an', 'the'].includes(window[comma + 1]?.text.toLowerCase() ?? '')) return undefined;
  const appositive = window.slice(comma + 1, verbAt);
  // Commas inside a name's list ("Institute of Harbour, Sea and Sand") may stand in it; no other punctuation.
  const stops = appositive.filter((t, k) => t.kind === 'punct' && t.text !== '-' && t.text !== '.' && !(t.text === ',' && isCapitalized(appositive[k + 1]?.text ?? '')));
  if (stops.length > 0 || !appositive.some((t) => isRoleWord(t.text))) return undefined;
  return m.entity;
}

/** What may stand before a name that opens its clause: nothing, a sentence's end, a quotation mark or a colon. */
const BEFORE_OPENING_NAME = new Set(['.', '!', '?', ':', ';', '"', '“', '”']);

/**
 * "Tom Fields, chief engineer and site manager says:": an appositive of lower-case words holding a role word, its
 * closing comma left out before the verb ending at `k`; the person named before its comma speaks when that name opens
 * the clause (not "After meeting Ana Lin, union leaders said", where the name ends a clause of its own).
 */
function openAppositivePerson(ctx: Ctx, frame: Token[], k: number, after: number): number | undefined {
  let c = k;
  while (c > 0 && k - c < MAX_APPOSITIVE_TOKENS && frame[c]!.kind === 'word' && /^\p{Ll}/u.test(frame[c]!.text)) c--;
  if (c === k || frame[c]?.text !== ',' || !frame.slice(c + 1, k + 1).some((t) => isRoleWord(t.text))) return undefined;
  return openingPersonEndingAt(ctx, frame, frame[c - 1]?.end ?? -1, after);
}

/**
 * The person named by the mention ending at `end` (after offset `after`), when that name opens its clause in `frame`:
 * nothing, a sentence's end, a quotation mark or a colon before it.
 */
function openingPersonEndingAt(ctx: Ctx, frame: Token[], end: number, after = -1): number | undefined {
  const person = mentionEnding(ctx, end);
  if (!person || person.start <= after || ctx.entities[person.entity]!.type !== 'person') return undefined;
  const first = frame.findIndex((t) => t.start === person.start);
  return first === 0 || BEFORE_OPENING_NAME.has(frame[first - 1]?.text ?? '') ? person.entity : undefined;
}

/** Tokens after a quote within which its speech verb stands (`"…," said Governor Ana Lin of Valmora`). */
const ATTRIBUTION_WINDOW = 10;

/** The frame tokens after a quote, up to `size` and before the next quote: where its attribution follows. */
function windowAfter(ctx: Ctx, q: QuoteSpan, size: number): Token[] {
  const after = ctx.frame.filter((t) => t.start > q.close);
  // The next quotation's words are someone's, and the attribution after them is theirs: the window ends at its mark
  // (whichever mark it is). Not at a name or a title of a few words in marks within the attribution ("…," the Lowford
  // Post's "Harbor Watch" column reported).
  // Nor at a title its words cue (`"…," Ana Lin, co-author of "Harbor Days: A Life," said`).
  const passed = (m: QuoteSpan) => quotedName(ctx.text.slice(m.start, m.end)) || titleCued(ctx.text, m.open);
  const next = ctx.marks.find((m) => m.open > q.close && !passed(m))?.open ?? Infinity;
  const inPassed = (at: number) => ctx.marks.some((m) => m.open > q.close && m.open < next && at >= m.open && at <= m.close);
  const nextQuote = after.findIndex((t) => (/["“”‘]/.test(t.text) && !inPassed(t.start)) || t.start >= next);
  return after.slice(0, Math.min(size, nextQuote === -1 ? after.length : nextQuote));
}

/** Every quotation mark in `text` pairs with another around a name or a title (quotedName). */
function quotesOnlyNames(text: string): boolean {
  const rest = text.replace(/["“]([^"“”]*)["”]/gu, (whole, inner: string) => (quotedName(inner) ? '' : whole));
  return !/["“”]/u.test(rest);
}

/** Most words of a name or a title in quotation marks inside an attribution. */
const MAX_QUOTED_NAME_WORDS = 3;

/** Quoted words that are a name or a title, not speech: a few capitalised words with no punctuation. */
function quotedName(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  return words.length <= MAX_QUOTED_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) && !/[.,;:!?]/.test(inner);
}

/**
 * Words (singular lemmas) for groups and bodies news quotes without naming anyone: "police said", "the ministry said",
 * "the family said in a statement", "people familiar with the plan said" (the lexicon's person nouns are kinds of
 * person, not "person" itself). Not outlets ("…," the newspaper reported): what they report is most often someone
 * else's words. Role words ("a union spokesperson") come from the role list, and people ("officials", "a witness")
 * from the lexicon's person nouns.
 */
const GROUP_SPEAKERS = new Set(
  ('police authority spokespeople source ministry government union company council agency army military department office ' +
    'administration party campaign embassy cabinet parliament committee commission court firm group team club federation ' +
    'association board regulator delegation mission navy person people family management staff leadership prosecution ' +
    'defense defence hospital school university college city county district bank airline carrier studio network league ' +
    'coalition alliance retailer automaker carmaker manufacturer operator ' +
    'organisation organization institute foundation charity museum insurer lender utility crowd audience ' +
    // "Hundreds chanted …", "Thousands lined the quay, singing …": a crowd by its number.
    'dozen hundred thousand').split(' '),
);
/** Most words a role phrase has ("a senior harbour authority official"). */
const MAX_ROLE_WORDS = 6;
/** Most words after a role word's preposition ("for the Valmora Port Authority"). */
const MAX_ROLE_COMPLEMENT = 5;
/** Most words of a participle's phrase after a role word, the participle included ("wearing a dark blue rain jacket"). */
const MAX_PARTICIPLE_WORDS = 8;

/**
 * `"…," a union spokesperson said` / `"…," said a union spokesperson`: no name, but a role or group as the speaker.
 * The phrase must end in a role word ("spokesperson", "minister") or a group word ("police", "officials").
 */
function roleAfter(ctx: Ctx, q: QuoteSpan): { text: string; verb: string } | null {
  const window = windowAfter(ctx, q, 10 + MAX_APPOSITIVE_TOKENS);
  const isWord = (t: Token) => t.kind === 'word';
  const firstWord = window.findIndex(isWord);
  // Each speech verb in turn: one inside an appositive ("a spokesman, who asked not to be named, said") is not it.
  // A role after a comma further on speaks for no quotation that ended its sentence ("… no word on the cause." Repairs
  // will cost $2 million, officials said) nor for a term of a few words in quotation marks (a "harbour-first" policy,
  // …, a spokesman said).
  const words = ctx.text.slice(q.start, q.end).trim();
  const ended = /[.!?]$/.test(words) || words.split(/\s+/).length < MIN_CUT_QUOTE_WORDS;
  for (let verbAt = 0; verbAt < window.length; verbAt++) {
    if (!isSpeechVerb(window, verbAt)) continue;
    const subjectAt = subjectEnd(window, verbAt);
    const quoted = quotedAsSaying(window, verbAt);
    // "… heard the deckhands shouting": a participle describes what someone did; it attributes no quotation.
    // (Not so "… quoted a deckhand as saying", "a deckhand is heard saying": who is quoted or heard speaks.)
    if (window[verbAt]!.text.endsWith('ing') && subjectAt === verbAt && !quoted) continue;
    // "… the pilot told her it was late": the verb has words of its own to report, not the quotation's.
    if (reportsOwnClause(window, verbAt)) return null;
    // The phrase before the verb, or after it when the verb comes first ("said a spokesperson"), from the last comma or
    // semicolon on: what comes before it is another clause ("… until the storm passed, harbour sources said").
    const end = phraseEnd(window, subjectAt);
    const cut = window.slice(firstWord, end).findLastIndex((t) => t.text === ',' || t.text === ';');
    // A speech verb before the cut had its own subject: the quotation was that clause's ("…," a report said, while an
    // official said …), and no role after it speaks for it.
    if (cut >= 0 && window.some((_, k) => k >= firstWord && k < firstWord + cut && isSpeechVerb(window, k))) return null;
    if (cut >= 0 && ended) continue;
    let phrase = quoted ? window.slice(quoted.from, quoted.to) : withDesignation(window.slice(cut < 0 ? firstWord : firstWord + cut + 1, end));
    if (verbAt === firstWord) phrase = phraseAfterVerb(window, verbAt);
    // "the actor previously said": an adverb before the verb is not part of who spoke.
    while (phrase.length > 1 && beforeVerb(phrase.at(-1)!)) phrase = phrase.slice(0, -1);
    const role = rolePhrase(ctx, phrase, window[verbAt]!.text);
    if (role) return role;
  }
  return null;
}

/** The words after a speech verb that come first ("said a harbour spokesperson"), to punctuation or an adjunct. */
function phraseAfterVerb(tokens: Token[], verbAt: number): Token[] {
  // (Read up to where the phrase could end, not the whole sentence: a long one asks this of each of its verbs.)
  const rest = tokens.slice(verbAt + 1, verbAt + 2 + MAX_ROLE_WORDS + MAX_PARTICIPLE_WORDS + MAX_ROLE_COMPLEMENT);
  // "said the 29-year-old": the age's number and hyphen are tokens of their own.
  const age = (k: number) => /^(?:\d{1,3}|-)$/.test(rest[k]!.text) && rest.slice(k + 1, k + 3).some((t) => /^year-old$/i.test(t.text));
  let stop = rest.findIndex((t, k) => (t.kind !== 'word' && !age(k)) || (k > 0 && opensAdjunct(rest, k)));
  // "said Juror No. 4", "said Witness 3": the designation of the role's holder belongs to the phrase.
  const numberAt = stop < 0 ? -1 : [stop, stop + 1].find((k) => rest[k]?.kind === 'number') ?? -1;
  if (numberAt >= 0 && (designationAt(rest, numberAt) ?? Infinity) <= stop) stop = numberAt + 1;
  return rest.slice(0, stop < 0 ? rest.length : stop);
}

/** Words that open a clause of its own right after a speech verb and its hearer ("told her it was", "said that"). */
const OWN_CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'there', 'we', 'i']);
/** Pronouns that may stand between a speech verb and the clause it reports ("told her it was"). */
const HEARERS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters']);

/** The speech verb at `verbAt` goes on to report a clause of its own: "told her it was …", "said that …", "said they …". */
function reportsOwnClause(window: Token[], verbAt: number): boolean {
  let k = verbAt + 1;
  if (HEARERS.has(window[k]?.text.toLowerCase() ?? '')) k++;
  return OWN_CLAUSE_OPENERS.has(window[k]?.text.toLowerCase() ?? '');
}

/** Fewest words of a quotation that a role after a comma further on may speak for (fewer: a term, not a statement). */
const MIN_CUT_QUOTE_WORDS = 5;

/** A word that may stand between who speaks and the verb ("allegedly", "later", "has"). */
function beforeVerb(t: Token): boolean {
  return isAdverb(t.text) || BETWEEN_SPEAKER_AND_VERB.has(t.text.toLowerCase());
}

/**
 * The words before a speech verb that may name who speaks, up to the clause's start or its appositive: words, and what
 * is joined to a word without a space ("The 41-year-old": "41", "-").
 */
function rolePhraseBefore(text: string, tokens: Token[], verbAt: number): Token[] {
  const quoted = quotedAsSaying(tokens, verbAt);
  if (quoted) return tokens.slice(quoted.from, quoted.to);
  verbAt = subjectEnd(tokens, verbAt);
  let end = phraseEnd(tokens, verbAt);
  // "The company flatly denied", "officials later said": adverbs before the verb are not part of who spoke; an
  // appositive may stand before them ("The harbour engineer, speaking after the vote, did admit").
  while (end > 1 && end === verbAt && beforeVerb(tokens[end - 1]!)) {
    end--;
    verbAt--;
    end = phraseEnd(tokens, verbAt);
  }
  let from = end;
  // Back over words, to where quoted words that end a clause were left out of the frame ("After closing with
  // “Harbor Lights,” the singer told …": the title and its comma are not in the frame; "the “Harbor” actor said" is one phrase).
  // Not past another speech verb: "a spokesman said the diver told …" is the diver's telling; but past one that opens a
  // relative clause describing who speaks ("a welder who asked that her name be left out said").
  const otherSpeech = (k: number) => SPEECH_VERBS.has(tokens[k]!.text) && tokens[k - 1]?.text.toLowerCase() !== 'who';
  // "Juror No. 7 said", "Witness 4 told": a number designating one of a role's holders ends the phrase.
  if (from > 1 && tokens[from - 1]!.kind === 'number') from = designationAt(tokens, from - 1) ?? from;
  while (from > 0 && (tokens[from - 1]!.kind === 'word' || tokens[from - 1]!.end === tokens[from]?.start) && !quotedClauseEnd(text, tokens[from - 1]!, tokens[from]) && !otherSpeech(from - 1)) from--;
  return tokens.slice(from, end);
}

/** The words of a phrase, and the designation that ends it ("Juror No. 7" keeps its "No. 7"). */
function withDesignation(tokens: Token[]): Token[] {
  const at = tokens.at(-1)?.kind === 'number' ? designationAt(tokens, tokens.length - 1) : undefined;
  return at === undefined ? tokens.filter((t) => t.kind === 'word') : [...tokens.slice(0, at).filter((t) => t.kind === 'word'), ...tokens.slice(at)];
}

/**
 * Where a designation ending at the number `tokens[k]` begins — "No. 7", "Number 4", "#3", or the number alone ("Juror
 * 7") — when a role word stands before it; undefined when the number designates no role's holder.
 */
function designationAt(tokens: Token[], k: number): number | undefined {
  const [a, b] = [tokens[k - 1], tokens[k - 2]];
  const start = a?.text === '.' && /^no$/i.test(b?.text ?? '') ? k - 2 : a && (/^(?:no|number)$/i.test(a.text) || (a.text === '#' && a.end === tokens[k]!.start)) ? k - 1 : k;
  const role = tokens[start - 1];
  return role?.kind === 'word' && isRoleWord(role.text.toLowerCase()) ? start : undefined;
}

/**
 * Between two frame tokens stand left-out quoted words whose comma ends a clause, or whose period, question or
 * exclamation mark ends a sentence (`… called the ramp "finished at last." The yard's senior welder said`).
 */
function quotedClauseEnd(text: string, a: Token, b: Token | undefined): boolean {
  return b !== undefined && b.start - a.end > 2 && /[,.!?]\s*(?:''|[”"’'])\s*$/u.test(text.slice(a.end, b.start));
}

/** `A union spokesperson said: "…"`: the role phrase opening the clause whose speech verb leads into the quote. */
function roleBefore(ctx: Ctx, q: QuoteSpan): { text: string; verb: string } | null {
  const before = ctx.frame.filter((t) => t.end <= q.open);
  let verbAt = -1;
  // The verb may be followed by where it was said ("said in a statement:", "told reporters on Monday:").
  // Not an infinitive before the verb found ("Asked to comment, a spokeswoman said:"); alone, one is the verb ("went on to say:").
  for (let i = before.length - 1; i >= 0 && before.length - i <= 7; i--) if (isSpeechVerb(before, i) && !(verbAt >= 0 && before[i - 1]?.text === 'to')) verbAt = i;
  // Words quoted inside the clause a verb reports ("The engineer did admit that repairs could start “once the last
  // storm is over.”"): the nearest speech verb before them, however far — for more words than a term has, and not a
  // verb that names a term ("called").
  const inner = ctx.text.slice(q.start, q.end).trim();
  if (verbAt < 0 && /^\p{Ll}/u.test(inner) && inner.split(/\s+/).length > MAX_TERM_WORDS) {
    verbAt = before.findLastIndex((t, i) => isSpeechVerb(before, i) && !TERM_CUES.has(t.text.toLowerCase()));
  }
  // Words that end what someone is said to have said, however far from the verb ("A welder said that the company's
  // account of the night is “simply false.”"): the verb that opens the reported clause. Not words the clause goes on
  // past ("warned that the harbour may turn “critical” by Friday": a term).
  const endsClause = () => /[.!?,;:]$/.test(inner) || /^\s*[.!?,;:]/.test(ctx.text.slice(q.close + 1, q.close + 3));
  if (verbAt < 0 && endsClause()) verbAt = before.findLastIndex((t, i) => before[i + 1]?.text === 'that' && isSpeechVerb(before, i) && !TERM_CUES.has(t.text.toLowerCase()));
  if (verbAt < 0) return null;
  // "A ferry union organiser rejected the timetable, insisting that …": a participle after a comma has the clause's
  // subject.
  if (isParticiple(before[verbAt]!.text) && before[verbAt - 1]?.text === ',') {
    const role = openingRole(ctx, before.slice(0, verbAt - 1), before[verbAt]!.text);
    if (role) return role;
  }
  // "The envoy accused the harbour board of stalling and warned that …": a second verb's subject is the first verb's.
  let subjectVerb = verbAt;
  if (['and', 'but'].includes(before[verbAt - 1]?.text ?? '')) {
    const first = before.findIndex((_, k) => k < verbAt - 1 && isSpeechVerb(before, k));
    if (first >= 0) subjectVerb = first;
  }
  const role = rolePhrase(ctx, rolePhraseBefore(ctx.text, before, subjectVerb), before[subjectVerb]!.text) ?? appositiveRole(ctx, before, subjectVerb);
  return role && { ...role, verb: before[verbAt]!.text };
}

/**
 * "The union's source in the yard, a welder who asked that her name be left out, said": when what stands before the commas names
 * no role, the appositive between them may (a relative clause may make it longer than the appositives skipped before
 * a role).
 */
function appositiveRole(ctx: Ctx, tokens: Token[], verbAt: number): { text: string; verb: string } | null {
  if (tokens[verbAt - 1]?.text !== ',') return null;
  const open = tokens.slice(0, verbAt - 1).findLastIndex((t) => t.text === ',');
  if (open <= 0 || verbAt - open > LONG_APPOSITIVE_TOKENS) return null;
  return rolePhrase(ctx, tokens.slice(open + 1, verbAt - 1), tokens[verbAt]!.text);
}

/** Most tokens of a phrase opening a sentence before its comma ("In the port of Lowford,"). */
const MAX_OPENING_PHRASE = 8;

/**
 * The role phrase that opens a clause as its subject ("A ferry union organiser rejected …", "Still, a veteran ferry
 * skipper on the quay had doubts"): the longest run of words from the start (past an opening word or phrase and its
 * comma) that ends in a role or group word followed by a lower-case word, read by rolePhrase.
 */
function openingRole(ctx: Ctx, tokens: Token[], verb: string): { text: string; verb: string } | null {
  // Past an opening word or short phrase and its comma ("Still,", "On the third morning of the stoppage,").
  const comma = tokens.findIndex((t) => t.text === ',');
  const from = comma > 0 && comma <= MAX_OPENING_PHRASE ? comma + 1 : 0;
  const words = tokens.slice(from);
  const end = words.findIndex((t) => t.kind !== 'word');
  const run = words.slice(0, end < 0 ? words.length : end);
  // (A past form is the clause's verb, not its role word: "Marchers filled the square".)
  const verbLike = (t: Token) => /\p{Ll}ed$/u.test(t.text);
  for (let n = Math.min(run.length - 1, MAX_ROLE_WORDS + MAX_ROLE_COMPLEMENT); n >= 1; n--) {
    const [head, next] = [run[n - 1]!, run[n]!];
    if (!isRoleWord(head.text) || verbLike(head) || (isRoleWord(next.text) && !verbLike(next)) || !/^\p{Ll}/u.test(next.text)) continue;
    const role = rolePhrase(ctx, run.slice(0, n), verb);
    if (role) return role;
  }
  return null;
}

/**
 * `… "going nowhere," according to a senior diplomat`, `in the words of the skipper: "…"`: a role or group after
 * "according to" or "in the words of" in the quote's sentence.
 */
function roleAccording(ctx: Ctx): { text: string; verb: string } | null {
  const words = ctx.frame.findIndex((_, i) => inTheWordsOf(ctx.frame, i));
  if (words >= 0 && !ctx.frame.some((_, i) => isSpeechVerb(ctx.frame, i))) {
    const rest = ctx.frame.slice(words + 4);
    const stop = rest.findIndex((t) => t.kind !== 'word');
    const role = rolePhrase(ctx, rest.slice(0, stop < 0 ? rest.length : stop), 'in the words of');
    if (role) return role;
  }
  const at = ctx.frame.findIndex((t, i) => t.text.toLowerCase() === 'according' && ctx.frame[i + 1]?.text === 'to');
  // "According to police, the man shouted “get out”": a speech verb of its own makes the words someone else's.
  if (at < 0 || ctx.frame.some((_, i) => isSpeechVerb(ctx.frame, i))) return null;
  const rest = ctx.frame.slice(at + 2);
  const stop = rest.findIndex((t) => t.kind !== 'word');
  return rolePhrase(ctx, rest.slice(0, stop < 0 ? rest.length : stop), 'according to');
}

/**
 * Where the subject before a speech verb ends: right before the verb, or before an appositive set off by commas ("a
 * senior official, speaking on condition of anonymity, said").
 */
function phraseEnd(tokens: Token[], verbAt: number): number {
  if (tokens[verbAt - 1]?.text !== ',') return verbAt;
  for (let c = verbAt - 2; c > 0 && verbAt - c <= MAX_APPOSITIVE_TOKENS; c--) if (tokens[c]!.text === ',') return c;
  return verbAt;
}

/** Words opening a subordinate clause before its subject ("While some protesters chanted, …"). */
const SUBORDINATORS = new Set(['while', 'as', 'when', 'although', 'though', 'because', 'if', 'after', 'before', 'since', 'once', 'whereas']);
/** Words opening a clause before its subject: the subordinators, and those joining it to the one before ("but a source …"). */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'but', 'and', 'yet', 'so']);

/** Dashes that set off an appositive ("Ana Lin — the yard's longest-serving welder — wrote"). */
const DASHES = new Set(['—', '–']);
/** Longest appositive skipped between a role phrase and its speech verb, in tokens. */
const MAX_APPOSITIVE_TOKENS = 12;
/** Longest appositive with commas of its own skipped between a person's name and the verb, in tokens. */
const LONG_APPOSITIVE_TOKENS = 32;

/** A role or group phrase as a speaker: a few words, no pronoun, ending in a role word or a group word. */
function rolePhrase(ctx: Ctx, phrase: Token[], verb: string): { text: string; verb: string } | null {
  // "While some protesters chanted", "with one deckhand writing": the clause's opening word, or the preposition that
  // makes a participle's clause an adjunct, is not part of who spoke.
  while (phrase.length > 1 && (CLAUSE_OPENERS.has(phrase[0]!.text.toLowerCase()) || phrase[0]!.text.toLowerCase() === 'with')) phrase = phrase.slice(1);
  // "A clerk shook his head and said": the speech verb is the second of two joined verbs; the subject of the first, up
  // to its role word, speaks.
  if (phrase.length > 2 && /^(?:and|but)$/.test(phrase.at(-1)!.text)) {
    const auxiliary = (t: Token) => PASSIVE_AUXILIARIES.has(t.text) || /^ha(?:ve|s|d)$/.test(t.text);
    const role = (t: Token | undefined) => t !== undefined && !auxiliary(t) && isRoleWord(t.text);
    let head = phrase.findIndex(role);
    while (head >= 0 && head + 2 < phrase.length && role(phrase[head + 1])) head++;
    // Only a noun phrase before the role word: not a clause ("Lin was a proponent …", "arrests have been made …"); else
    // the phrase is read as it stands.
    const capital = (t: Token, k: number) => /^\p{Lu}/u.test(t.text) && !(k === 0 && FUNCTION_WORDS.has(t.text.toLowerCase()));
    const subject = head >= 0 && head < phrase.length - 2 && head < MAX_ROLE_WORDS && !phrase.slice(0, head).some((t, k) => capital(t, k) || auxiliary(t));
    if (subject) phrase = phrase.slice(0, head + 1);
  }
  // "Reporters asked the deckhands about the rota. One answered: …": one of the group named just before.
  if (phrase.length === 1 && ONE_OF.has(phrase[0]!.text.toLowerCase())) {
    const group = groupBefore(ctx, phrase[0]!.start);
    return group ? { text: `${phrase[0]!.text.toLowerCase()} of the ${group}`, verb } : null;
  }
  // "a port official who declined to give her name said": the role ends where the relative clause that describes it begins.
  // Not before a participle, which describes the noun next to it ("Riders who open the app see a banner stating").
  const describedBy = phrase.findIndex((t, i) => i > 0 && t.text.toLowerCase() === 'who' && isRoleWord(phrase[i - 1]!.text));
  if (describedBy > 0 && isParticiple(verb)) return null;
  if (describedBy > 0) phrase = phrase.slice(0, describedBy);
  if (phrase.length === 0 || phrase.some((t) => SPEAKER_PRONOUNS.has(t.text.toLowerCase()))) return null;
  // Quoted words inside are someone's, not who speaks — unless they are a title ("the “Harbor Nights” actor").
  if (!quotesOnlyNames(ctx.text.slice(phrase[0]!.start, phrase.at(-1)!.end))) return null;
  // `… or "the turn," which the pilots say is …`: a relative clause's subject is no speaker of the quote.
  if (phrase.some((t) => t.text !== 'that' && RELATIVES.has(t.text.toLowerCase()))) return null;
  // "a source familiar with the talks", "people with knowledge of the plan": the role word stands before how it knows.
  const known = sourcePostmodifier(phrase);
  if (known) {
    const rest = phrase.length - known.end;
    if (rest < 1 || rest > MAX_ROLE_COMPLEMENT || known.at > MAX_ROLE_WORDS) return null;
    return { text: ctx.text.slice(phrase[0]!.start, phrase.at(-1)!.end), verb };
  }
  // "a deckhand wearing a red coat", "a woman presumed to be the owner": a participle after the role word describes it.
  const described = phrase.findIndex((_, i) => describingParticiple(phrase, i));
  if (described > 0) {
    if (phrase.length - described > MAX_PARTICIPLE_WORDS) return null;
    return { text: ctx.text.slice(phrase[0]!.start, phrase.at(-1)!.end), verb };
  }
  // "a spokeswoman for the Valmora Port Authority", "a spokesman for the harbour unit": the role word stands before its
  // complement (of names, or of any words when the word before the preposition is a role word itself).
  const of = phrase.findIndex((t, i) => i > 0 && ROLE_OF.has(t.text) && i + 1 < phrase.length && (phrase.slice(i + 1).every((x) => x.text === 'the' || isCapitalized(x.text)) || unitComplement(phrase, i)));
  // "Juror No. 7": the role word stands before the designation of which holder spoke.
  const numbered = of < 0 && phrase.at(-1)!.kind === 'number' ? designationAt(phrase, phrase.length - 1) : undefined;
  const last = numbered !== undefined ? numbered - 1 : of > 0 ? of - 1 : phrase.length - 1;
  // (The designation's "No. 7" not counted among the role's words.)
  if ((numbered ?? phrase.length) > (of > 0 ? of + MAX_ROLE_COMPLEMENT : MAX_ROLE_WORDS)) return null;
  const head = phrase[last]!.text;
  // A document speaks for whoever issued it when the phrase names the issuer ("a report from Harbor Securities", "the
  // Harbor Institute study"); "the statement said" alone is left to the statement's issuer (DOCUMENT_SPEAKS). A
  // document whose issuer is not named is no speaker ("the report said": no name, no role).
  const document = DOCUMENT_SOURCES.has(head.toLowerCase()) && phrase.slice(1).some((t) => isCapitalized(t.text));
  if (!isRoleWord(head) && !document) return null;
  // A person followed by the role in apposition ("Ana Lin, a senior fellow at the institute") is who speaks, not a role.
  const from = phrase[0]!.start;
  const to = phrase[last]!.end;
  if (ctx.mentions.some((m) => m.start >= from && m.end < to && ctx.entities[m.entity]!.type === 'person' && ctx.text[m.end] === ',')) return null;
  // "says Doctor": a capitalised role word alone in mid-sentence is someone's surname ("Tom Doctor"), not a role.
  // So is one right after a quotation's closing mark ("“…,” Bishop told reporters"): the sentence went on from the quote.
  const afterQuote = /[”"’']\s*$/u.test(ctx.text.slice(Math.max(0, phrase[0]!.start - 3), phrase[0]!.start));
  if (phrase.length === 1 && isCapitalized(head) && !/s$/.test(head) && (afterQuote || ctx.frame.some((t) => t.end <= phrase[0]!.start && t.kind === 'word'))) return null;
  return { text: ctx.text.slice(phrase[0]!.start, phrase.at(-1)!.end), verb };
}

/** Words that stand for one member of a group named before ("One answered", "says another"). */
const ONE_OF = new Set(['one', 'another']);

/**
 * The plural person or group noun named last before `before`, in the sentence or the one before it ("asked the
 * deckhands", "Two skippers on the quay" → "deckhands", "skippers"), if any.
 */
function groupBefore(ctx: Ctx, before: number): string | undefined {
  const prev = ctx.sentences[ctx.sentence - 1];
  const tokens = [...(prev ? ctx.tokensOf(prev) : []), ...ctx.frame.filter((t) => t.end <= before)];
  const plural = (w: string) => /^\p{Ll}+s$/u.test(w) && lemmasOf(w).some((l) => l !== w && isRoleWord(l));
  return tokens.findLast((t) => t.end <= before && t.kind === 'word' && plural(t.text.toLowerCase()))?.text.toLowerCase();
}

/**
 * Where a source's postmodifier (SOURCE_POSTMODIFIERS) follows a role or group word in the phrase: its first token and
 * the token after it, or undefined.
 */
function sourcePostmodifier(phrase: Token[]): { at: number; end: number } | undefined {
  for (let i = 1; i < phrase.length; i++) {
    if (!isRoleWord(phrase[i - 1]!.text)) continue;
    const words = SOURCE_POSTMODIFIERS.find((p) => postmodifierAt(phrase, i, p));
    if (words) return { at: i, end: i + words.length };
  }
  return undefined;
}

/** The words of one of SOURCE_POSTMODIFIERS stand in `tokens` from `at` on. */
function postmodifierAt(tokens: Token[], at: number, words: readonly string[]): boolean {
  return at >= 0 && words.every((w, k) => tokens[at + k]?.text.toLowerCase() === w);
}

/** Words after a past participle that make it describe the noun before it ("injured in", "presumed to be"). */
const AFTER_DESCRIBING_PARTICIPLE = new Set(['to', 'by', 'in', 'at', 'on', 'as', 'with', 'from', 'near', 'inside', 'outside', 'during', 'after']);

/**
 * `phrase[i]` is a participle describing the role word before it, in a phrase that opens with its determiner and
 * modifiers only: "a deckhand wearing a red coat", "one woman standing nearby", "a worker injured in the blast", "a
 * woman presumed to be the owner". A past form must be followed by a preposition or "to" ("an official criticised
 * the timetable" is a clause of its own), and no function word but a determiner stands before the role word ("on the
 * police boarding of …" is no one's description).
 */
function describingParticiple(phrase: Token[], i: number): boolean {
  const t = phrase[i]!.text;
  if (i < 1 || i > MAX_ROLE_WORDS || !/^\p{Ll}{3,}(?:ing|ed)$/u.test(t) || !isRoleWord(phrase[i - 1]!.text) || isRoleWord(t)) return false;
  if (t.endsWith('ed') && !AFTER_DESCRIBING_PARTICIPLE.has(phrase[i + 1]?.text.toLowerCase() ?? '')) return false;
  const opening = phrase.slice(0, i - 1).map((x) => x.text.toLowerCase());
  return opening.length > 0 && DESCRIBED_OPENERS.has(opening[0]!) && opening.slice(1).every((w) => !FUNCTION_WORDS.has(w));
}

/** Words that open a role phrase a participle describes: a determiner, "one", "another". */
const DESCRIBED_OPENERS = new Set([...DETERMINERS, 'one', 'another']);

/** Prepositions that join a role word to the lower-case unit it serves ("a spokesman for the harbour unit"). */
const UNIT_OF = new Set(['for', 'of', 'at']);
/** Most words before a role word, and after its preposition, in such a phrase. */
const MAX_UNIT_PHRASE_WORDS = 3;

/**
 * `phrase[i]` joins a role word to a lower-case unit: "a spokesman for the harbour unit", "an official at the ministry"
 * — a few words before the role word and after the preposition, no other preposition among them (not "petitions to
 * officials in the …", nor a clause that runs on to a role word).
 */
function unitComplement(phrase: Token[], i: number): boolean {
  if (!UNIT_OF.has(phrase[i]!.text) || !isRoleWord(phrase[i - 1]!.text) || i > MAX_UNIT_PHRASE_WORDS) return false;
  const before = phrase.slice(0, i);
  const after = phrase.slice(i + 1).filter((x) => x.text !== 'the');
  return after.length <= MAX_UNIT_PHRASE_WORDS && [...before, ...after].every((x) => !ROLE_OF.has(x.text.toLowerCase()) && x.text.toLowerCase() !== 'to');
}

/** "in the words of" starting at `tokens[i]`. */
function inTheWordsOf(tokens: Token[], i: number): boolean {
  return i >= 0 && tokens[i]?.text.toLowerCase() === 'in' && tokens[i + 1]?.text.toLowerCase() === 'the' && tokens[i + 2]?.text.toLowerCase() === 'words' && tokens[i + 3]?.text === 'of';
}

/** `Okafor said: "…"`, `Okafor said the talks were "…"`, `according to Okafor, … "…"`, `…, saying: "…"`. */
function attributionBefore(ctx: Ctx, q: QuoteSpan): Attribution | null {
  const before = ctx.frame.filter((t) => t.end <= q.open);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    // An aside between dashes is read past: "Tom Fields told the board — a day after Ortiz said the hull was “sound” —
    // “…”" quotes Fields, not whoever speaks inside the aside.
    if (ASIDE_DASHES.has(t.text)) {
      const opening = before.findLastIndex((x, k) => k < i && ASIDE_DASHES.has(x.text));
      if (opening >= 0) i = opening;
      continue;
    }
    if (t.text.toLowerCase() === 'according' && before[i + 1]?.text === 'to') {
      const entity = speakerAfter(ctx, before[i + 1]!);
      if (entity !== undefined) return { entity, verb: 'according to' };
    }
    // "in the words of Ana Lin: “…”"
    if (inTheWordsOf(before, i - 2)) {
      const entity = speakerAfter(ctx, before[i + 1]!);
      if (entity !== undefined) return { entity, verb: 'in the words of' };
    }
    if (!isSpeechVerb(before, i)) continue;
    let entity = speakerBefore(ctx, before, i, -1);
    // "The Velmar Post quoted Ana Lin as saying: …": the one quoted, or no one (a role is roleBefore's), never the subject.
    if (quotedAsSaying(before, i)) return typeof entity === 'number' ? { entity, verb: t.text } : null;
    // "one user on Harborchat posted:": a role or group before the verb speaks; "according to" further back is the
    // source of the report, not the speaker.
    if (entity === undefined && rolePhrase(ctx, rolePhraseBefore(ctx.text, before, i), t.text)) return null;
    if (entity === undefined && isParticiple(t.text)) {
      // "Ortiz left the hall, telling reporters: …": the subject named before the participle, not a name after it.
      const subject = sentenceSubject(ctx);
      entity = subject !== undefined && ctx.mentions.some((x) => x.entity === subject && x.start < t.start && x.start >= ctx.sentences[ctx.sentence]!.start) ? subject : undefined;
    }
    if (entity === undefined && i > 0 && ['but', 'and'].includes(before[i - 1]!.text)) entity = earlierSubject(ctx, before, i);
    if (entity === undefined && !isParticiple(t.text)) entity = speakerAfter(ctx, t) ?? undefined;
    if (entity !== undefined) return { entity, verb: t.text };
  }
  return null;
}

/** Words between who is heard and "heard" ("is heard", "can be heard", "could clearly be heard"). */
const HEARD_AUXILIARIES = new Set([...PASSIVE_AUXILIARIES, 'can', 'could', 'clearly']);
/** Forms of "go" in "went on to say". */
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * Where the subject of the speech verb at `i` ends (the index after it): right before the verb, or before what joins
 * them — "Ben Ortiz is heard saying", "… can be heard telling" (who is heard speaks), "She went on to say", "the judge
 * goes on to say" (the one who goes on).
 */
function subjectEnd(frame: Token[], i: number): number {
  let k = i - 1;
  if (frame[k]?.text === 'heard' && isParticiple(frame[i]!.text)) for (k--; k >= 0 && HEARD_AUXILIARIES.has(frame[k]!.text.toLowerCase()); ) k--;
  if (frame[k]?.text === 'to' && frame[k - 1]?.text === 'on' && GO_FORMS.has(frame[k - 2]?.text.toLowerCase() ?? '')) k -= 3;
  return k + 1;
}

/** The speaker ending just before `frame[i]` (adverbs and auxiliaries may stand between), if any. */
function speakerBefore(ctx: Ctx, frame: Token[], i: number, after: number): number | null | undefined {
  const quoted = quotedAsSaying(frame, i);
  if (quoted) return quotedSpeaker(ctx, frame, quoted);
  let k = subjectEnd(frame, i) - 1;
  // "Ida Hale was quoted as saying": the one quoted speaks.
  if (frame[k]?.text === 'as' && frame[k - 1]?.text === 'quoted' && PASSIVE_AUXILIARIES.has(frame[k - 2]?.text ?? '')) k -= 3;
  while (k >= 0 && beforeVerb(frame[k]!)) k--;
  // "Ana Lin (@AnaLinOfficial) posted", "Ben Ortiz (D-Ohio) said": a parenthesis after the name is passed over.
  if (frame[k]?.text === ')') {
    const open = frame.slice(0, k).findLastIndex((t) => t.text === '(');
    if (open > 0 && k - open <= MAX_APPOSITIVE_TOKENS) k = open - 1;
  }
  // "Ana Lin — the yard's longest-serving welder — wrote": an appositive between dashes is passed over too.
  if (DASHES.has(frame[k]?.text ?? '')) {
    const open = frame.slice(0, k).findLastIndex((t) => DASHES.has(t.text));
    if (open > 0 && k - open <= MAX_APPOSITIVE_TOKENS) k = open - 1;
  }
  let w = frame[k];
  if (!w || w.start <= after) return undefined;
  // "Ana Lin, the harbour master in Velmar County, Az. said": a place's abbreviation ends the appositive with its
  // period where the comma would stand.
  const abbreviatedPlace = w.text === '.' && frame[k - 2]?.text === ',' && k - 2 > 0 && ctx.entities[mentionEnding(ctx, frame[k - 1]!.end)?.entity ?? -1]?.type === 'place';
  // "Ana Lin, co-author of “Harbor Days: A Life,” said": the appositive's closing comma is inside the title's marks.
  const titleComma = ctx.marks.some((m) => m.open >= w!.end && m.close < (frame[k + 1]?.start ?? w!.end) && /,\s*(?:''|["”’'])$/u.test(ctx.text.slice(m.start, m.close + 1)) && titleCued(ctx.text, m.open));
  if (w.text === ',' || abbreviatedPlace || titleComma) {
    // A long appositive with commas of its own ("Ana Velmer, senior vice president at Norvik Power, Grid, and Storage,
    // said"): the person named before the first of its commas speaks.
    for (let c = Math.max(1, k - LONG_APPOSITIVE_TOKENS); c < k; c++) {
      if (frame[c]!.text !== ',' || frame[c - 1]!.start <= after || inRelativeClause(frame, c - 1)) continue;
      const person = mentionEnding(ctx, frame[c - 1]!.end);
      if (person && ctx.entities[person.entity]!.type === 'person' && !prepositionObject(frame, person.start, after)) return person.entity;
    }
    // An appositive ("Hanna Berg, an economist at Nordvik, said") names the speaker before it; else "Jonas Falk, said".
    const directMention = mentionEnding(ctx, w.start);
    const direct = directMention?.entity;
    let c = k - 1;
    while (c >= 0 && frame[c]!.text !== ',' && k - c <= 12) c--;
    const head = c > 0 ? frame[c - 1] : undefined;
    const appositive = head && head.start > after && !inRelativeClause(frame, c - 1) ? mentionEnding(ctx, head.end) : undefined;
    if (appositive && ctx.entities[appositive.entity]!.type !== 'place' && !prepositionObject(frame, appositive.start, after)) return appositive.entity;
    // A place ending the clause before the verb is not its subject when the verb is a participle ("… roamed the streets
    // of central Lowford, shouting:") or someone is named after it ("… the envoy in Velmar, said another witness, Ida Hale").
    if (direct !== undefined && ctx.entities[direct]!.type === 'place' && frame[i] && (isParticiple(frame[i]!.text) || speakerAfter(ctx, frame[i]!) !== undefined)) return undefined;
    if (directMention && !objectOfClause(frame, c, directMention.start)) return directMention.entity;
    w = head;
    k = c - 1;
    if (!w || w.start <= after) return undefined;
  }
  // "he’d respond", "she’s said": a pronoun with an auxiliary contracted onto it.
  const contracted = contraction(w.text.toLowerCase());
  if (contracted && contracted.suffix !== 'm' && SPEAKER_PRONOUNS.has(contracted.base)) return resolvePronoun(ctx, { ...w, text: contracted.base });
  if (SPEAKER_PRONOUNS.has(w.text.toLowerCase())) return resolvePronoun(ctx, w);
  // '“…,” it says' of a company or a body: the organisation quoted or speaking just before.
  if (w.text.toLowerCase() === 'it') return organizationSpeaking(ctx);
  const foundMention = mentionEnding(ctx, w.end);
  const found = foundMention?.entity;
  if (found === undefined) return openAppositivePerson(ctx, frame, k, after) ?? personOfUnit(ctx, frame, k);
  const located = locatedSpeaker(ctx, frame, foundMention!);
  if (located !== undefined) return located;
  if (roleOfName(ctx, frame, found, k)) return appositivePerson(ctx, frame, foundMention!.start);
  return memberSpeaker(ctx, found, frame, k);
}

/**
 * "Harbor News quoted Ana Lin as saying", "… quoted a deckhand as telling police": the tokens between "quoted" and "as"
 * before the participle at `i`, who is quoted (the one who quotes them reports it). Undefined when the frame has no such
 * object.
 */
function quotedAsSaying(frame: Token[], i: number): { from: number; to: number } | undefined {
  if (!isParticiple(frame[i]!.text) || frame[i - 1]?.text !== 'as') return undefined;
  const verb = frame.slice(0, i - 1).findLastIndex((t) => /^quot(?:ed|es|ing)$/i.test(t.text));
  if (verb < 0 || i - 1 - verb < 2 || i - 1 - verb > MAX_APPOSITIVE_TOKENS) return undefined;
  return { from: verb + 1, to: i - 1 };
}

/** The name or pronoun quoted as saying (quotedAsSaying's tokens), or null: a role there is rolePhrase's. */
function quotedSpeaker(ctx: Ctx, frame: Token[], object: { from: number; to: number }): number | null {
  const last = frame[object.to - 1]!;
  const pronoun = { him: 'he', her: 'she' }[last.text.toLowerCase()];
  if (pronoun && object.to - object.from === 1) return resolvePronoun(ctx, { ...last, text: pronoun });
  const m = mentionEnding(ctx, last.end);
  return m && m.start >= frame[object.from]!.start && speaks(ctx, m.entity) ? m.entity : null;
}

/** Most words of a lower-case unit after a person's name ("of the harbour police unit"). */
const MAX_UNIT_WORDS = 5;

/**
 * `"…," Ida Hale of the harbour unit said`: the person named before "of"/"at"/"from" and a few lower-case words up to
 * the verb (`frame[k]` the last of them). A named body there is memberSpeaker's.
 */
function personOfUnit(ctx: Ctx, frame: Token[], k: number): number | undefined {
  for (let b = k; b >= 1 && k - b <= MAX_UNIT_WORDS; b--) {
    const t = frame[b]!;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return undefined;
    if (!MEMBER_OF.has(t.text) || b === k) continue;
    return personEndingAt(ctx, frame[b - 1]!.end);
  }
  return undefined;
}

/** Words between a person and the body or unit they belong to ("Ben Ortiz of the Dockers' Union", "Ana Lin from Valmora"). */
const MEMBER_OF = new Set(['of', 'at', 'from']);

/** A person's mention that ends at `end`, if any. */
function personEndingAt(ctx: Ctx, end: number): number | undefined {
  const found = mentionEndingAt(ctx, end);
  return found !== undefined && ctx.entities[found]!.type === 'person' ? found : undefined;
}

/**
 * `frame[k]` ends a relative clause that opens its phrase ("The company that runs the Harbor Awards, Tide Productions,
 * denies"): a name there is the clause's object, and the name in apposition after it is the subject.
 */
function inRelativeClause(frame: Token[], k: number): boolean {
  for (let b = k - 1; b >= 0 && frame[b]!.text !== ','; b--) if (RELATIVES.has(frame[b]!.text.toLowerCase()) && b > 0 && frame[b - 1]!.kind === 'word') return true;
  return false;
}

/** Words opening a relative clause set off by commas. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);
/** Prepositions whose object a name is, not a subject ("obtained by Harbor News", "a user on Twitter", "across Lowford"). */
const OBJECT_PREPOSITIONS = new Set([
  'by', 'to', 'from', 'with', 'on', 'in', 'at', 'of', 'for', 'about', 'against', 'across', 'near', 'outside', 'inside',
  'into', 'through', 'throughout', 'around', 'toward', 'towards', 'among', 'within', 'behind', 'beyond', 'over', 'under',
]);

/**
 * The name closing the commas before a verb is not its subject when the commas hold a relative clause ("The statement,
 * which was obtained by Harbor News, claimed") or the name is a preposition's object ("a user on Twitter, …, posted").
 */
function objectOfClause(frame: Token[], comma: number, start: number): boolean {
  if (comma >= 0 && RELATIVES.has(frame[comma + 1]?.text.toLowerCase() ?? '')) return true;
  return prepositionObject(frame, start, frame[comma]?.end ?? -1);
}

/** The name starting at `start` follows a preposition ("by Harbor News", "at the Harbor University") standing after `from`. */
function prepositionObject(frame: Token[], start: number, from: number): boolean {
  let at = frame.findIndex((t) => t.start >= start) - 1;
  if (frame[at]?.text.toLowerCase() === 'the') at--;
  return at >= 0 && frame[at]!.start > from && OBJECT_PREPOSITIONS.has(frame[at]!.text.toLowerCase());
}

/** The organisation quoted or speaking latest within the last QUOTE_SPEAKER_REACH sentences, the subject's if tied. */
function organizationSpeaking(ctx: Ctx): number | null {
  let latest: { entity: number; sentence: number } | undefined;
  for (const x of [...ctx.state.quoteSpeakers, ...ctx.state.subjects]) {
    if (ctx.sentence - x.sentence <= QUOTE_SPEAKER_REACH && ctx.entities[x.entity]!.type === 'organization' && (!latest || x.sentence >= latest.sentence)) latest = x;
  }
  return latest?.entity ?? null;
}

/**
 * Prepositions that join a role to whom it serves or where: "a spokeswoman for Lin", "the mayor of Valmora", "a user
 * on Twitter", "ambassador to Norvania", "an engineer from Harbor Works".
 */
const ROLE_OF = new Set(['for', 'of', 'at', 'in', 'on', 'to', 'from']);

/** Documents quoted in the place of a speaker ("…," said a report from Harbor Securities). */
const DOCUMENT_SOURCES = new Set([
  ...['report', 'study', 'survey', 'statement', 'letter', 'filing', 'memo', 'note', 'paper', 'analysis', 'audit', 'complaint', 'lawsuit', 'ruling'],
  ...['records', 'indictment', 'affidavit', 'transcript', 'policy', 'website', 'blog', 'journal', 'entry', 'excerpt', 'notice', 'leaflet', 'flyer', 'placard'],
]);

/** A role, group or person word (any inflection): "spokeswoman", "officials", "police", "the patient". */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\./g, '');
  // "The 41-year-old said" (the number is a token of its own): an age stands for the person.
  if (/^(?:\d+-)?year-old$/.test(w)) return true;
  // Any noun whose most frequent sense is a kind of person: "the patient", "a neighbour", "the superintendent".
  if ([w, ...lemmasOf(w)].some((x) => GROUP_SPEAKERS.has(x) || ROLE_HEADS.has(x) || isPersonNoun(x))) return true;
  return isAgentNoun(w);
}

/** An age printed with spaces around its hyphens, as tokenised text prints it. */
const SPACED_AGE = /\d{1,3} - years? - old\b/g;

/** The hyphen at `at` is one of a tokenised age's ("43 - year - old"). */
function spacedAgeHyphen(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  for (const m of text.slice(from, at + 12).matchAll(SPACED_AGE)) if (from + m.index <= at && at < from + m.index + m[0].length) return true;
  return false;
}

/** Words that open a phrase of time or circumstance after a role ("said a pilot on Monday", "… in a statement"). */
const ADJUNCT_OPENERS = new Set(['on', 'during', 'after', 'before', 'outside', 'when', 'while', 'as', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'early']);

/**
 * `tokens[k]` opens what is said of the speaking, not who speaks: "said a harbour pilot on Monday", "said a spokeswoman
 * for the Port Authority in a statement", "… Tuesday".
 */
function opensAdjunct(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text.toLowerCase();
  if (ADJUNCT_OPENERS.has(w) || CALENDAR_WORDS.has(w)) return true;
  return w === 'in' && ['a', 'an', 'his', 'her', 'its', 'their'].includes(tokens[k + 1]?.text.toLowerCase() ?? '');
}

/**
 * A doer's noun the lexicon lacks, made of a verb it knows and "-er" ("commenter", "podcaster", "livestreamers"): a
 * person, in the place of a speaker. Words the lexicon knows are left to it ("computer" is a machine there).
 */
function isAgentNoun(word: string): boolean {
  const singular = word.replace(/s$/, '');
  if (!/^\p{Ll}{3,}er$/u.test(singular) || isKnownLemma(singular)) return false;
  const stem = singular.slice(0, -2);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((x) => x.length >= 3 && isKnownLemma(x));
}

/**
 * "Ben Ortiz of Ortiz Group in Lowford said": a place (`place`, the mention before the verb) after "in", "at" or "from"
 * and a body or a person says where they are; they (or the body's member named before it) speak.
 */
function locatedSpeaker(ctx: Ctx, frame: Token[], place: EntityMention): number | undefined {
  if (ctx.entities[place.entity]!.type !== 'place') return undefined;
  const b = frame.findIndex((t) => t.start >= place.start) - 1;
  if (b <= 0 || !['in', 'at', 'from'].includes(frame[b]!.text)) return undefined;
  const inner = mentionEndingAt(ctx, frame[b - 1]!.end);
  if (inner === undefined || ctx.entities[inner]!.type === 'place' || roleOfName(ctx, frame, inner, b - 1)) return undefined;
  return memberSpeaker(ctx, inner, frame, b - 1);
}

/**
 * The name ending at `frame[k]` completes a role phrase ("a spokeswoman for Lin said", "the mayor of Valmora said"):
 * the role holder speaks, not the name.
 */
function roleOfName(ctx: Ctx, frame: Token[], entity: number, k: number): boolean {
  const m = ctx.mentions.find((x) => x.entity === entity && x.end >= frame[k]!.start && x.end <= frame[k]!.end + 2);
  if (!m) return false;
  let b = frame.findIndex((t) => t.start >= m.start) - 1;
  if (frame[b]?.text.toLowerCase() === 'the') b--;
  // "a source close to Ana Lin said", "people familiar with Harbor Works' plans said": the name is what the source knows.
  const known = SOURCE_POSTMODIFIERS.find((p) => postmodifierAt(frame, b - p.length + 1, p));
  if (known && b - known.length >= 0 && isRoleWord(frame[b - known.length]!.text)) return true;
  if (b <= 0 || !ROLE_OF.has(frame[b]!.text.toLowerCase())) return false;
  const noun = frame[b - 1]!;
  // "the wife of Tom Brill said": a description of someone else, whoever it is, is not the name after it.
  const described = noun.kind === 'word' && !isCapitalized(noun.text) && DETERMINERS.has(frame[b - 2]?.text.toLowerCase() ?? '');
  return isRoleWord(noun.text) || described;
}

/**
 * `Ana Lin, chair of Harbor Works, says` with the appositive's closing comma left out: the person named before the
 * comma that opens the role phrase ending in the name at `start` ("chair of"), when only lower-case words stand
 * between that comma and the preposition.
 */
function appositivePerson(ctx: Ctx, frame: Token[], start: number): number | undefined {
  let b = frame.findIndex((t) => t.start >= start) - 1;
  if (frame[b]?.text.toLowerCase() === 'the') b--;
  let c = b - 1;
  while (c >= 0 && b - c <= MAX_ROLE_WORDS && frame[c]!.kind === 'word' && /^\p{Ll}/u.test(frame[c]!.text)) c--;
  if (c === b - 1 || frame[c]?.text !== ',' || c < 1) return undefined;
  return personEndingAt(ctx, frame[c - 1]!.end);
}

/** "Ben Ortiz of the Dockers' Union said", "Ana Lin from Valmora said": the person named before "of (the)" speaks, not what follows. */
function memberSpeaker(ctx: Ctx, org: number, frame: Token[], k: number): number {
  if (ctx.entities[org]!.type === 'work') return org;
  const m = ctx.mentions.find((x) => x.entity === org && x.end === frame[k]!.end);
  if (!m) return org;
  const before = frame.filter((t) => t.end <= m.start);
  let b = before.length - 1;
  if (before[b]?.text === ',') return titledOfficer(ctx, before, b) ?? org;
  if (before[b]?.text === 'the') b--;
  if (!MEMBER_OF.has(before[b]?.text ?? '')) return org;
  return personEndingAt(ctx, before[b - 1]?.end ?? -1) ?? org;
}

/**
 * "Ben Ortiz, Director, Harbor Ferry Services says": a person, a title in capitals and the body between commas,
 * the comma closing the body left out before the verb: the person, when the name opens the clause (`comma` is the
 * comma before the body).
 */
function titledOfficer(ctx: Ctx, before: Token[], comma: number): number | undefined {
  let c = comma - 1;
  while (c >= 0 && comma - c <= MAX_ROLE_WORDS && before[c]!.kind === 'word' && isRoleWord(before[c]!.text.toLowerCase())) c--;
  return c === comma - 1 || before[c]?.text !== ',' ? undefined : openingPersonEndingAt(ctx, before, before[c - 1]?.end ?? -1);
}

/** How far after the verb a chain of roles may put the person who holds them. */
const MAX_ROLE_CHAIN_CHARS = 90;

/** The speaker right after the verb: `said Dragan`, `said Governor Ana Lin`, `according to the Valmoran minister`. */
function speakerAfter(ctx: Ctx, verb: Token): number | undefined {
  // "told Harbor News", "told reporters": who comes after "tell" hears the words; after "alleged that" comes what was said.
  if (SPEECH_VERBS.get(verb.text.toLowerCase()) === 'tell') return undefined;
  const next = ctx.frame.find((t) => t.start >= verb.end);
  if (next && ['that', 'how', 'whether'].includes(next.text.toLowerCase())) return undefined;
  // Punctuation ends the phrase, but not a period (of an abbreviation) or a hyphen inside a word ("43-year-old Ana Lin"),
  // printed with spaces in tokenised text ("43 - year - old Ana Lin").
  const stop = ctx.frame.find((t, i) => t.start > verb.end && t.kind === 'punct' && t.text !== '.' && !(t.text === '-' && (ctx.frame[i - 1]?.end === t.start || spacedAgeHyphen(ctx.text, t.start))));
  const quote = /["“”‘]/.exec(ctx.text.slice(verb.end));
  const limit = Math.min(stop ? stop.start : Infinity, quote ? verb.end + quote.index : Infinity, ctx.frame.at(-1)?.end ?? Infinity);
  // A name before a role word is the role's, not the speaker: "said the Harbor Works chief", "former Harbor Board
  // Velmar adviser Ida Hale", "said Lin's father, Tom Lin".
  const beforeRole = (x: EntityMention) => isRoleWord(/^(?:['’]s)?\s+(\p{L}+)/u.exec(ctx.text.slice(x.end, x.end + 30))?.[1] ?? '');
  // "said a professor at Harbor University": a preposition's object is not who speaks.
  const candidates = ctx.mentions.filter((x) => x.start > verb.start && x.start < limit && speaks(ctx, x.entity) && !prepositionObject(ctx.frame, x.start, verb.start));
  // "said Quillsoft's Ida Hale": a name in the possessive right before another is its owner's, not who speaks.
  const owner = (x: EntityMention) => {
    const m = /^['’]s?\s+/u.exec(ctx.text.slice(x.end, x.end + 4));
    return m !== null && candidates.some((y) => y.start === x.end + m[0].length);
  };
  let near = candidates.filter((x) => x.start - verb.end <= 40 && !beforeRole(x) && !owner(x));
  if (near.length === 0) {
    // "said Quillsoft CEO and new Harbor Works general manager Ana Lin": roles of named bodies, one after the other, then
    // the person who holds them.
    const at = candidates.findIndex((x) => x.start - verb.end <= MAX_ROLE_CHAIN_CHARS && !beforeRole(x));
    if (at > 0 && ctx.entities[candidates[at]!.entity]!.type === 'person') near = [candidates[at]!];
  }
  // "said another witness, former adviser Ida Hale": a description, then the name in apposition to it (not a relative
  // clause's words: "said the second deckhand, who later met Ben Ortiz …").
  const afterStop = stop && ctx.frame.find((t) => t.start > stop.end);
  if (near.length === 0 && stop?.text === ',' && !RELATIVES.has(afterStop?.text.toLowerCase() ?? '')) {
    const end = ctx.frame.find((t) => t.start > stop.end && t.kind === 'punct' && t.text !== '.');
    near = ctx.mentions.filter((x) => x.start > stop.end && x.start < (end?.start ?? limit + 80) && x.start - verb.end <= 90 && ctx.entities[x.entity]!.type === 'person' && !prepositionObject(ctx.frame, x.start, stop.start) && !beforeRole(x));
  }
  // "said Velmar Attorney General Ida Hale", "said Lowford Harbour Safety Director Ana Lin": the place or the body is the
  // office's, the person speaks.
  const type = (x: EntityMention) => ctx.entities[x.entity]!.type;
  return (near.find((x) => type(x) === 'person' && ctx.entities[x.entity]!.role) ?? near.find((x) => type(x) === 'person') ?? near.find((x) => type(x) !== 'place') ?? near[0])?.entity;
}

function mentionEndingAt(ctx: Ctx, end: number): number | undefined {
  return mentionEnding(ctx, end)?.entity;
}

/** The mention of a speaking entity that ends here; a possessive ("Lin’s") or an abbreviation's period ("Harbor Holdings Inc.") may stand between. */
function mentionEnding(ctx: Ctx, end: number): EntityMention | undefined {
  return ctx.mentions.find((x) => (x.end === end || (x.end < end && ctx.text.slice(x.end, end).match(/^(?:['’]s?|\.)$/u))) && speaks(ctx, x.entity));
}

function speaks(ctx: Ctx, entity: number): boolean {
  const type = ctx.entities[entity]!.type;
  return type !== 'work';
}

/**
 * Subjects of speech verbs in the sentence, quotes or not ("Okafor stressed that …"), for later pronouns; and the role or
 * group phrases that are such subjects ("the Velmar navy said in a statement"), for the statements that follow.
 */
function speakingSubjects(ctx: Ctx): { entities: number[]; roles: string[] } {
  const entities: number[] = [];
  const roles: string[] = [];
  // The speech verb of a speaker found last: a verb after it with no punctuation between stands in what it reports ("a
  // port spokesman said the union had agreed"), and a role as its subject spoke only in the first speaker's words.
  let spoken = -1;
  for (let i = 0; i < ctx.frame.length; i++) {
    if (!isSpeechVerb(ctx.frame, i)) continue;
    const reported = spoken >= 0 && !ctx.frame.slice(spoken + 1, i).some((t) => /^[,;:()—–"“”‘’']/u.test(t.text));
    const rolesBefore = roles.length;
    const e = speakerBefore(ctx, ctx.frame, i, -1);
    // "The pier reopens in May, said Ana Lin, its manager": the verb after the clause it reports, its speaker after it
    // (not a verb of issuing, whose object follows it: ", wrote a letter").
    const verb = ctx.frame[i]!;
    const invertible = e === undefined && ctx.frame[i - 1]?.text === ',' && !ISSUING_VERBS.has(verb.text.toLowerCase());
    const inverted = invertible ? speakerAfter(ctx, verb) : undefined;
    if (typeof e === 'number') entities.push(e);
    else if (inverted !== undefined) entities.push(inverted);
    else if (reported) continue;
    else if (e === null) {
      // "…, she said" of no named person: the role that spoke last goes on speaking ("a harbour spokeswoman said ….
      // Both crews were safe, she said.").
      let k = i - 1;
      while (k >= 0 && beforeVerb(ctx.frame[k]!)) k--;
      const pronoun = ctx.frame[k]?.text.toLowerCase();
      // Only a role whose word has the pronoun's gender (or is plural, for "they"): a chain of such sentences carries the
      // role on, and one of no gender may be the wrong person the article's lost name stood for.
      const role = pronoun === 'he' || pronoun === 'she' || pronoun === 'they' ? roleOfPronoun(ctx, pronoun, null, true) : undefined;
      if (role) roles.push(role);
    } else {
      const before = rolePhrase(ctx, rolePhraseBefore(ctx.text, ctx.frame, i), verb.text);
      const role = before ?? (invertible ? rolePhrase(ctx, phraseAfterVerb(ctx.frame, i), verb.text) : null);
      if (role) roles.push(role.text);
    }
    if (typeof e === 'number' || inverted !== undefined || roles.length > rolesBefore) spoken = i;
  }
  return { entities, roles };
}

/** The first person or organisation named in the sentence outside quotes, or a leading pronoun resolved. */
function sentenceSubject(ctx: Ctx, before = Infinity): number | undefined {
  const first = ctx.frame.find((t) => t.kind === 'word');
  if (first && SPEAKER_PRONOUNS.has(first.text.toLowerCase())) return resolvePronoun(ctx, first) ?? undefined;
  // "In his first online post, Ben Ortiz noted …": the subject comes after a leading prepositional phrase.
  const comma = ctx.frame.findIndex((t) => t.text === ',');
  const opener = first && LEADING_PREPOSITIONS.has(first.text.toLowerCase()) && comma > 0 ? comma + 1 : 0;
  // "In May, he was fined for a brawl with Ana Lin …": a pronoun there is the subject, not a name after it.
  const lead = opener > 0 ? ctx.frame.slice(opener).find((t) => t.kind === 'word') : undefined;
  if (lead && lead.start < before && SPEAKER_PRONOUNS.has(lead.text.toLowerCase())) return resolvePronoun(ctx, lead) ?? undefined;
  for (const [k, t] of ctx.frame.entries()) {
    if (k < opener || t.start >= before) continue;
    const m = ctx.mentions.find((x) => x.start === t.start && ['person', 'organization', 'other'].includes(ctx.entities[x.entity]!.type));
    // "In a Harborchat post she said …": a name inside a noun phrase ("a Harborchat post") or a preposition's object is
    // not the subject.
    if (m && !modifierOrObject(ctx, m.start)) return m.entity;
  }
  return undefined;
}

/** The name starting at `start` stands after a determiner ("a Harborchat post") or is a preposition's object. */
function modifierOrObject(ctx: Ctx, start: number): boolean {
  const at = ctx.frame.findIndex((t) => t.start >= start);
  const before = ctx.frame[at - 1]?.text.toLowerCase() ?? '';
  return (['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(before) || prepositionObject(ctx.frame, start, -1));
}


function earlierSubject(ctx: Ctx, frame: Token[], i: number): number | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if (!isSpeechVerb(frame, k)) continue;
    // "the filings, which show that he …": the subject of "which" is a thing, not the one who spoke after "and".
    if (/^(?:which|that)$/i.test(frame[k - 1]?.text ?? '')) continue;
    const e = speakerBefore(ctx, frame, k, -1);
    if (typeof e === 'number') return e;
  }
  // "X accused the harbour board … and warned": the subject stands before the first verb of the clause, not among its objects.
  const firstVerb = frame.find((t, k) => k < i && isSpeechVerb(frame, k));
  return sentenceSubject(ctx, (firstVerb ?? frame[i]!).start);
}

/** Sentences back a pronoun may follow the same pronoun to whom it meant there. */
const PRONOUN_CHAIN_REACH = 3;

/**
 * A pronoun speaker: the latest quote's speaker nearby, else the latest subject of a speech verb, else the subject of the
 * previous sentence, else the last person named. First-person pronouns outside quotes are the writer: no speaker.
 */
function resolvePronoun(ctx: Ctx, pronoun: Token): number | null {
  const found = pronounReferent(ctx, pronoun);
  const p = pronoun.text.toLowerCase();
  if (found !== null && (p === 'he' || p === 'she') && ctx.genders[found] === undefined) ctx.genders[found] = p === 'he' ? 'male' : 'female';
  return found;
}

function pronounReferent(ctx: Ctx, pronoun: Token, depth = 0): number | null {
  const p = pronoun.text.toLowerCase();
  if (p === 'i' || p === 'we') return null;
  const wantsOrg = p === 'they';
  // "he" is never a person named as a woman, "she" never one named as a man (by honorific or first name).
  const excluded = p === 'he' ? 'female' : p === 'she' ? 'male' : undefined;
  const fits = (e: number) =>
    wantsOrg
      ? ctx.entities[e]!.type === 'organization'
      : ['person', 'other'].includes(ctx.entities[e]!.type) &&
        // "he" or "she" is one person, never a people in the plural ("Norwegians").
        (excluded === undefined || (ctx.genders[e] !== excluded && !isGroupNoun(ctx.entities[e]!.name) && readsAsPerson(ctx.entities[e]!) && (!isWordName(ctx.entities[e]!) || ctx.entities[e]!.role !== undefined || ctx.genders[e] !== undefined)));
  // "Ilse Brandauer said the offer, which she called …": the subject of the pronoun's own sentence comes first.
  const ownSubject = leadingPerson(ctx, ctx.sentence, fits);
  if (ownSubject !== undefined && ctx.mentions.some((x) => x.entity === ownSubject && x.end <= pronoun.start && x.start >= ctx.sentences[ctx.sentence]!.start)) return ownSubject;
  // "In Lowford, 40-year-old Ana said she … ¶ "…," she said.": who spoke in the sentence before, rather than the first
  // name of that sentence, which may be a place or a preposition's object.
  const prevSpeaker = ctx.state.subjects.findLast((x) => x.sentence === ctx.sentence - 1 && fits(x.entity));
  if (prevSpeaker) return prevSpeaker.entity;
  // "he" or "she" as a clause's subject continues the subject of the sentences before (centering; see pronouns.ts),
  // when that reading is sure: a person named by the speakers' heuristics below may be one talked about, not the subject.
  if (excluded !== undefined && depth === 0) {
    const centred = subjectPronounReferent(ctx.text, ctx.sentences, ctx.entities, pronoun.start);
    const index = centred ? ctx.entities.indexOf(centred) : -1;
    if (index >= 0 && fits(index) && ctx.entities[index]!.type === 'person') return index;
  }
  const prevSubject = leadingPerson(ctx, ctx.sentence - 1, fits);
  if (prevSubject !== undefined) return prevSubject;
  // The latest who was quoted or said something; a quote's speaker first when both are of one sentence.
  const q = ctx.state.quoteSpeakers.findLast((x) => ctx.sentence - x.sentence <= QUOTE_SPEAKER_REACH && fits(x.entity));
  const s = ctx.state.subjects.findLast((x) => ctx.sentence - x.sentence <= SUBJECT_REACH && fits(x.entity));
  if (q && (!s || q.sentence >= s.sentence)) return q.entity;
  if (s) return s.entity;
  // The weakest guesses, any name in the previous sentence or the last one named, need a sign the name is a person's
  // for "he" and "she": a full name, a role or an honorific, a known gender, or words quoted before. A lone word is too
  // often a thing's or a brand's ("a Harborchat account", "the Moon").
  const person = (e: number) => fits(e) && (excluded === undefined || isEvidentlyPerson(ctx, e));
  const prev = ctx.sentences[ctx.sentence - 1];
  // A name inside someone's quoted words ("…block her Harborflix special," they said) is not who the pronoun means.
  const quoted = ctx.quoted;
  // "They" takes neither guess: a body named in passing is rarely who "they" are (officials, crews, the authors of a
  // study, named by a plural noun). On the Zyte, ECB+ and GUM texts "they" took such a body 52 times, 6 from the
  // sentence before and 46 from further back, nearly all wrongly ("…, they said" given to a journal, a newspaper, a
  // time zone).
  if (wantsOrg) return null;
  // "… the crew of Ben Ortiz. Years on, she praised that work. "…," she said": the same pronoun in the sentence
  // before means whom it meant there, when no name of that sentence comes before it (a name met in passing since is
  // not who the story goes on about).
  const prevTokens = prev && depth < PRONOUN_CHAIN_REACH ? ctx.tokensOf(prev) : [];
  const earlier = prevTokens.find((t) => t.text.toLowerCase() === p && !quoted(t.start));
  const inPrev = prev ? ctx.mentions.find((x) => x.start >= prev.start && x.end <= prev.end && !quoted(x.start) && person(x.entity)) : undefined;
  if (earlier && (!inPrev || earlier.start < inPrev.start)) {
    const found = pronounReferent({ ...ctx, sentence: ctx.sentence - 1, frame: prevTokens }, earlier, depth + 1);
    if (found !== null) return found;
  }
  if (inPrev) return inPrev.entity;
  const last = ctx.mentions.findLast((x) => x.end <= pronoun.start && !quoted(x.start) && person(x.entity));
  return last?.entity ?? null;
}

/**
 * A one-word name that is a word of the lexicon and not a person's there nor a first name ("Moon", "Harbor"): a thing,
 * a team or a body as often as a surname, so "he" and "she" need more to take it.
 */
function isWordName(entity: Entity): boolean {
  const lower = entity.name.toLowerCase();
  // "Tide Passages": every word an ordinary one and none a first name, however the name was typed.
  if (/\s/.test(lower)) return ordinaryWordsOnly(lower);
  return isKnownLemma(lower) && nameTypeOf(lower) !== 'person' && !isFirstName(lower);
}

/** A name shows it is a person's: a full name typed person, a role or an honorific, a known gender, or a quote. */
function isEvidentlyPerson(ctx: Ctx, e: number): boolean {
  const entity = ctx.entities[e]!;
  if (entity.role || ctx.genders[e] !== undefined || (entity.type === 'person' && ctx.state.quoteSpeakers.some((x) => x.entity === e))) return true;
  return entity.type === 'person' && entity.name.split(/\s+/).length >= 2;
}

/**
 * "he" and "she" stand for a name that can be a person's: not one made only of ordinary words ("Harbor Launch Crane
 * Block", "Big Harbour Records"), whatever type the name was given, nor two such words not typed a person ("Black Water").
 */
function readsAsPerson(entity: Entity): boolean {
  const lower = entity.name.toLowerCase();
  // Two ordinary words typed a person may still be a name ("Edda Morn"); three or more are a thing's.
  if (entity.type === 'person' && lower.split(/\s+/).length < 3) return true;
  return !ordinaryWordsOnly(lower);
}

/** Every word of a lower-case name is an ordinary word of the lexicon and none a first name ("harbor launch crane"). */
function ordinaryWordsOnly(lower: string): boolean {
  return lower.split(/\s+/).every((w) => lemmasOf(w).some(isCommonWord) && !isFirstName(w));
}

/** A person named among the first words (outside quotes) of a sentence: its subject, as far as word order tells. */
function leadingPerson(ctx: Ctx, sentence: number, fits: (e: number) => boolean): number | undefined {
  const s = ctx.sentences[sentence];
  if (!s) return undefined;
  const quoted = ctx.quoted;
  // Its first four words outside quotes, read no further: a sentence of many quotes is asked this for each pronoun.
  const words: Token[] = [];
  for (const t of ctx.tokensOf(s)) {
    if (t.kind !== 'word' || quoted(t.start)) continue;
    words.push(t);
    if (words.length === 4) break;
  }
  const limit = words[3]?.end ?? s.end;
  // Only in this sentence's frame can a name be told apart as a modifier or a preposition's object.
  const own = sentence === ctx.sentence;
  const m = ctx.mentions.find((x) => x.start >= s.start && x.start < limit && !quoted(x.start) && fits(x.entity) && !(own && modifierOrObject(ctx, x.start)));
  return m?.entity;
}

/**
 * True when the quote opens its sentence and is not ended by a comma and a speech verb: a continuation of the
 * previous speaker's words, not the words of someone the rules could not read (`"…," a recording from the bridge says`).
 */
function continuesQuote(ctx: Ctx, q: QuoteSpan, s: Span): boolean {
  if (q.open !== s.start && ctx.frame.some((t) => t.kind === 'word' && t.end <= q.open)) return false;
  if (!/,\s*$/.test(ctx.text.slice(q.start, q.close))) return true;
  // Where its attribution would stand (windowAfter), up to the end of that clause.
  const window = windowAfter(ctx, q, ATTRIBUTION_WINDOW);
  const end = window.findIndex((t) => /^[.!?;:]$/.test(t.text));
  return !window.slice(0, end < 0 ? window.length : end).some((_, i) => isSpeechVerb(window, i));
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that open something said by someone: the first and second person. */
const SPOKEN_OPENING = /^(?:i|i['’]m|i['’]ve|i['’]ll|we|we['’]re|we['’]ve|you|you['’]re|my|our|your|let['’]s)\b/iu;
/** Between two quotes of one list: the first's closing mark, a comma or "and"/"or", the second's opening mark. */
const LIST_JOINT = /^[”"’']?\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)[“"‘']$/u;
/** Nouns right before a quote that make it a slogan: the name of a campaign, not someone's statement. */
const SLOGAN_CUES = new Set(['slogan', 'slogans', 'tagline', 'taglines', 'motto', 'mottos', 'catchphrase', 'catchphrases', 'hashtag', 'hashtags', 'jingle', 'jingles']);
/** Words for a campaign, whose name a quote next to them is ("the “Ride with us” campaign", "the campaign “…”"). */
const CAMPAIGN_WORDS = new Set(['campaign', 'campaigns', 'initiative', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'billboard', 'billboards']);
const alternatives = (...sets: Set<string>[]) => sets.flatMap((x) => [...x]).join('|');
/** A slogan word asked about or announced just before a quote standing alone ("The tagline? “…”", "Its motto: “…”"). */
const SLOGAN_ASKED = new RegExp(`\\b(?:${alternatives(SLOGAN_CUES)})\\s*[?:]\\s*[“"‘']?$`, 'iu');
/** A campaign or a slogan named near a quote. */
const CAMPAIGN_NEARBY = new RegExp(`\\b(?:${alternatives(SLOGAN_CUES, CAMPAIGN_WORDS)})\\b`, 'u');
/** After a quote that opens its line: a dash, a source's name and a date with its year, then the line's end. */
const CITED_HEADLINE = /^\s*[—–-]+\s*\p{Lu}[^\n]{0,80}\b(?:1[89]|20)\d\d\s*(?:\n|$)/u;
/** Things whose printed words a quote gives: a sign, a banner, a placard. */
const SIGN_WORDS = new Set(
  'sign signs banner banners placard placards poster posters marker markers plaque plaques sticker stickers graffiti t-shirt t-shirts shirt shirts'.split(' '),
);
/** Verbs that give a sign's words ("placards saying", "the sign declared", "a banner stating"). */
const SIGN_VERBS = new Set('reading read reads saying said says warned warns warning declaring declared declares proclaiming proclaimed proclaims stating stated states bearing'.split(' '));
/** Most words between a sign word and its verb ("the sign nailed to the ramp declared"). */
const MAX_SIGN_WORDS_BEFORE_VERB = 8;

/**
 * `placards saying “…”`, `The sign nailed to the ramp declared, “…”`, `a banner stating “…”`: the words on a sign, a
 * banner or a placard, right after the verb that gives them, are its text, nobody's statement.
 */
function signText(frame: Token[], q: QuoteSpan): boolean {
  const v = frame.findLastIndex((t) => t.end <= q.open && t.kind === 'word');
  const verb = frame[v];
  if (!verb || !SIGN_VERBS.has(verb.text.toLowerCase())) return false;
  // A participle right after the sign ("placards saying"); a finite verb with the sign as its subject: no comma or
  // "and" between them ("Ana Lin, who held a sign, said" and "Lin held a sign and said" are hers).
  if (isParticiple(verb.text)) return SIGN_WORDS.has(frame[v - 1]?.text.toLowerCase() ?? '');
  for (let k = v - 1; k >= 0 && v - k <= MAX_SIGN_WORDS_BEFORE_VERB; k--) {
    const w = frame[k]!.text.toLowerCase();
    if (w === ',' || CLAUSE_OPENERS.has(w)) return false;
    if (SIGN_WORDS.has(w)) return true;
  }
  return false;
}

/** A quotation mark of any kind, or a doubled one. */
const QUOTE_MARK_IN = /["“”„«»]|``|''/;

/** Longest slogan, in words. */
const MAX_SLOGAN_WORDS = 12;

function kindOf(text: string, frame: Token[], q: QuoteSpan, words: string[], attributed: boolean, afterTitle = false): QuoteKind {
  const prior = frame.filter((t) => t.end <= q.open && t.kind === 'word');
  // Words before another quotation are its cue, not this one's ("described the rota as “a step back”: “…”").
  const before = QUOTE_MARK_IN.test(text.slice(prior.at(-1)?.end ?? q.open, q.open)) ? [] : prior.slice(-5).map((t) => t.text.toLowerCase());
  const inner = text.slice(q.start, q.end).trim();
  const terminal = /[.!?…]$/.test(inner);
  const long = words.filter((w) => w.length > 3);
  const capitalized = (w: string) => isCapitalized(w.replace(/^[^\p{L}]+/u, ''));
  // Capitals past the first word, and on every long word: "They see it" is a sentence, "Voices of the Harbour" a title.
  const titleCase = isCapitalized(words[0] ?? '') && long.length > 0 && long.every(capitalized) && words.slice(1).some(capitalized);
  // "a previous episode of “Harbor Nights.”": a title cue before the quote, or before its "of"; a short quote may carry
  // the sentence's period inside its marks, American style.
  const cue = cuesTitle(before.at(-1) ?? '', before.at(-2) ?? '');
  const americanPeriod = /[^.]\.$/.test(inner) && !/[.!?]/.test(inner.slice(0, -1)) && words.length <= 8;
  // A long title too, in title case, when the sentence's period closes it ("his memoir, “A Pilot's Life: The Harbor and
  // the Fight for Lowford.”").
  const longTitle = titleCase && /[^.]\.$/.test(inner) && !SENTENCE_BREAK.test(inner);
  if (cue && (!terminal || longTitle || (americanPeriod && (titleCase || /^\p{Lu}+\.$/u.test(inner))))) return 'title';
  // "wrote in “Harbor Days: The Story of a Ferry”": words in title case where one writes are a book's or a paper's title.
  if (titleCase && !terminal && before.at(-1) === 'in' && WRITING_VERBS.has(before.at(-2) ?? '')) return 'title';
  if (signText(frame, q)) return 'title';
  // "the slogan “Ferries, we run them.”", "its motto “…”", "the campaign “Ride with us.”": a slogan is the name of a
  // campaign, whoever coined it; so is a short quote right after a question or a colon that names a slogan ("The
  // tagline? “…”"), one that modifies a campaign word ("the new “…” ferry campaign") or one that is a sentence's subject
  // ("“Ride with us” is going up on bus shelters").
  if (words.length <= MAX_SLOGAN_WORDS) {
    if (SLOGAN_CUES.has(before.at(-1) ?? '') || CAMPAIGN_WORDS.has(before.at(-1) ?? '')) return 'title';
    if (before.length === 0 && SLOGAN_ASKED.test(text.slice(Math.max(0, q.open - 80), q.open))) return 'title';
    const after = text.slice(q.close + 1, q.close + 40);
    const next = /^(?:\s+\p{Ll}+){1,3}/u.exec(after)?.[0].trim().split(/\s+/) ?? [];
    if (!SPEECH_VERBS.has(next[0] ?? '') && next.some((w) => CAMPAIGN_WORDS.has(w))) return 'title';
    const near = (text.slice(Math.max(0, q.open - 200), q.open) + text.slice(q.close, q.close + 120)).toLowerCase();
    const subject = !frame.some((t) => t.kind === 'word' && t.end <= q.open) && /^\s+(?:is|was|has)\s+(?!\p{Lu})/u.test(after) && !/,\s*$/.test(text.slice(q.end, q.close));
    if (subject && CAMPAIGN_NEARBY.test(near)) return 'title';
  }
  if (!terminal && titleCase && words.length >= 2 && words.length <= 8 && !/[,;:]/.test(inner)) return 'title';
  // A line of sources: "“Ferry pier to close” — Velmar Times, May 3, 2024": a cited headline, not speech.
  if (!terminal && before.length === 0 && CITED_HEADLINE.test(text.slice(q.close + 1, q.close + 120))) return 'title';
  if (afterTitle && !attributed && words.length <= 8 && capitalized(words[0] ?? '') && (!terminal || americanPeriod)) return 'title';
  // "closed with “Rolling Down the Harbour Road.”": a title in title case with the sentence's period inside the marks,
  // American style (speech is not written with every word capitalised).
  if (titleCase && americanPeriod && words.length >= 2 && !/[,;:]/.test(inner) && !attributed) return 'title';
  // "his “tough on Norvania” stance", "the “whistleblower’s” identity": a short quote between a determiner and the noun
  // it modifies is a term, whoever is named nearby.
  const nounAfter = /^ \p{Ll}/u.test(text.slice(q.close + 1));
  if (!terminal && words.length <= MAX_TERM_WORDS && DETERMINERS.has(before.at(-1) ?? '') && nounAfter) return 'term';
  // "called it a “pause”", "described as a “pause”", "what it calls a “pause.”": a term, its period American style; so
  // is a short phrase named after it ("“dark runs,” she called them", "“the pit,” as crews call it"). Not a passage
  // holding a sentence's end: a term is a phrase ("described the plan as “costly and slow. Nobody on the quay wants it.”"
  // is speech, however its opening reads).
  const calledAfter = words.length <= MAX_TERM_WORDS && CALLED_AFTER.test(text.slice(q.close + 1, q.close + 60));
  const cued = calledAfter || before.slice(-3).some((w) => TERM_CUES.has(w)) || before.at(-1) === 'as' || (before.at(-2) === 'as' && ARTICLES.has(before.at(-1)!));
  if (cued && !(attributed && SENTENCE_BREAK.test(inner))) return 'term';
  // '“The talks are over,” it read': a sentence closed by a comma inside its marks, as speech is before its
  // attribution, is speech even when no speaker is named.
  const spoken = /^\p{Lu}/u.test(inner) && words.length >= 3 && /,\s*$/.test(text.slice(q.end, q.close));
  // 'rejected the offer, saying: “This is not serious.”': a quote its speech verb introduces is speech, though no
  // speaker is found (a colon alone also introduces signs, labels and slogans).
  const lastWord = frame.findLastIndex((t) => t.end <= q.open && t.kind === 'word');
  if (lastWord >= 0 && isSpeechVerb(frame, lastWord) && /^\p{Lu}/u.test(inner) && words.length >= 2) return 'statement';
  if (!attributed && !terminal && !spoken && words.length <= MAX_TERM_WORDS && !/[,;:]/.test(inner)) return 'term';
  // "… another inquiry into “harbour favours.”": a short phrase ending the sentence, its period inside the marks American
  // style, that no one is said to speak, is the writer's term.
  // Not one spoken in the first or second person ("chanting, “We want ferries.”").
  // Not one that ends what someone is said to have said ("… said that the report was “simply false.”").
  const reported = () => frame.some((t, i) => t.end <= q.open && frame[i + 1]?.text === 'that' && isSpeechVerb(frame, i));
  if (!attributed && americanPeriod && before.length > 0 && words.length <= MAX_TERM_WORDS && !/[,;:!?]/.test(inner) && !SPOKEN_OPENING.test(inner) && !reported()) return 'term';
  return 'statement';
}
