// An article → its claims: the units of text in the outlet's own voice, which are what outlets are compared on.
// Sentences are joined so that no unit cuts a quotation; quoted words are never a claim (a unit mostly inside quotation
// marks gives at most its own clause around the quote); headlines, captions, bylines, ads and questions are not claims.
import {
  countryOf,
  DESCRIPTION_NOUNS,
  entityAt,
  findQuotations,
  FUNCTION_WORDS,
  isCommonWord,
  isFirstName,
  isKnownLemma,
  isNestedMention,
  isPluralNoun,
  isRoleWord,
  isVerbLemma,
  lemmasOf,
  memoized,
  NAME_CONNECTORS,
  nameKey,
  NOUN_LIKE_FORMS,
  nounClassesOfWord,
  OPENING_PREPOSITIONS,
  roleClassOf,
  SPEECH_VERBS,
  subjectPronounReferent,
  TITLE_CASE_SMALL,
} from '../language/index.js';
import type { Entity } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { ArticleSpan } from '../model/report.js';
import { CLAUSE_BREAKERS, NUMBER_WORDS } from './rules/statement-words.js';
import { BACK_POINTING_PLURALS, BACK_POINTING_PRONOUNS, CLAUSE_JOINERS, LEADING_FURNITURE, NEEDS_CONTEXT_START, NON_ASSERTING_LEMMAS, NOT_CLAIMS, NOT_CONTENT_AFTER_VERB, PARTY_NOUNS, PRONOUN_AFTER_OPENING, SEQUENCE_MARKER_START, SUBORDINATE_ONLY, TO_THE_READER_START, WRITER_OR_READER } from './rules/non-claims.js';
import { closingAttribution, speakerPhrase } from './closing-attribution.js';
import { toStatement, type Statement, type Term } from './statement.js';
import { AUXILIARIES, blankAsides, blankChannels, closeUp, isInflectedVerb } from './asides.js';

/** Fewest words (outside quotation marks) a claim has: shorter lines are headlines, datelines or fragments. */
export const MIN_CLAIM_WORDS = 6;
/** Share of a unit's letters inside quotation marks above which the unit is a quotation, not the outlet's claim. */
export const MAX_QUOTED_SHARE = 0.5;
/** "BRENMOOR, June 11 (Valley Wire) - ", "VALMORA, March 14 — ": a dateline opening a lede. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^-–—\n]{0,40}?\s[-–—]\s/u;

/** Fewest content words a line in title case has to be read as a headline. */
const TITLE_CASE_WORDS = 3;

/**
 * A headline in title case ("Harbor Works to Acquire Ferry Software Maker."): every word but function words
 * capitalised, not all in capitals, and no comma unless a small word is capitalised too. Prose has a lowercase verb or
 * noun even among many names ("Tide Systems Chief Ana Lin met …").
 */
function titleCase(line: string): boolean {
  // All capitals is how some sources print whole articles.
  if (!/\p{Ll}/u.test(line)) return false;
  const words = (line.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(1);
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length < TITLE_CASE_WORDS || !content.every((w) => /^\p{Lu}/u.test(w))) return false;
  // A comma makes a list or an apposition of names, unless a small word is capitalised too ("… To Buy Harbor, Tide").
  return !line.includes(',') || words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && TITLE_CASE_SMALL.has(w.toLowerCase()));
}

/** A clause of a claim with content of its own, and where it is in the article. */
export interface Clause {
  statement: Statement;
  start: number;
  end: number;
  /** A main clause that reads as a sentence of its own ("The port authority is now seeking talks", before ", but …"). */
  main: boolean;
  /**
   * A main clause cut short inside its subject or a list ("A clerk who opened the safe", before "and took the cash …";
   * "Ferries run to Lowford, the Velmar coast", before ", and Tarrow"): what it asserts holds a claim in its fact, but it
   * is never shown as a sentence.
   */
  fragment?: true;
  /** What a speech verb reports ("the pier will close" of "Lin said the pier will close"), its speaker's names first. */
  reported?: true;
  /** The clause itself states something on a condition or as a possibility (see Claim): footing is the clause's own. */
  conditional?: boolean;
  possible?: boolean;
}

export interface Claim {
  articleId: string;
  /** What is shown and cited: the unit, or its own clause when the rest is a quotation. Quotation marks balanced. */
  span: ArticleSpan;
  /** The outlet's own words of it, quoted statements left out: what it is compared on. */
  statement: Statement;
  /**
   * Its clauses with content of their own ("The port authority is now seeking talks" | "Markovich's demands underscored
   * how far apart the sides remain"): two outlets often share one clause of a sentence and add different ones.
   */
  clauses: Clause[];
  /** Who the outlet says it comes from ("Markovich said that …", "according to the ministry"), when the text says. */
  attributedTo?: string;
  /**
   * Set when the claim opens by reporting what `attributedTo` said ("Markovich has long insisted that …"): the whole
   * claim is that person's position, so another person's same words are another fact.
   */
  reported?: boolean;
  /**
   * The claim states something only on a condition ("The union will strike if the talks fail"): it is not one fact with
   * a claim that states it outright.
   */
  conditional?: boolean;
  /**
   * The claim states a possibility ("The council may close the bridge"): it is not one fact with a claim that states the
   * thing as done or certain.
   */
  possible?: boolean;
  /** Order of the claim in its article. */
  position: number;
  /** Reads on its own: no quotation marks, no pronoun or connective pointing back, a complete declarative sentence. */
  standalone: boolean;
}

interface Unit {
  start: number;
  end: number;
}

/**
 * The claims of one article. `speakerAt` names who a speech verb at an offset attributes to (the language stage's
 * entities), for reported speech.
 */
export function articleClaims(article: Article, position = 0): Claim[] {
  const text = article.text;
  const marks = findQuotations(text);
  const inQuote = (i: number) => marks.some((q) => i > q.open && i < q.close);
  const claims: Claim[] = [];
  // Posts embedded from social media and a transcript's turns are someone's words without quotation marks: never the
  // outlet's claims, nor is the label before a turn.
  const posts = marks.filter((q) => q.author).map((q) => ({ start: q.turn ? q.author!.start : q.start, end: q.end }));
  const voices = voicesOf(article);
  for (const unit of quoteSafeUnits(article.sentences ?? [], marks)) {
    if (posts.some((p) => unit.start >= p.start && unit.end <= p.end + 1)) continue;
    let start = unit.start;
    const furniture = LEADING_FURNITURE.exec(text.slice(start, unit.end));
    if (furniture) start += furniture[0].length;
    const dateline = DATELINE.exec(text.slice(start, unit.end));
    if (dateline) start += dateline[0].length;
    const whole = text.slice(start, unit.end);
    if (NOT_CLAIMS.some((r) => r.pattern.test(whole))) continue;
    // A line without a sentence end is a headline, a kicker or a caption; the outlet's own question is not a claim (a
    // quoted question ending the sentence is the speaker's).
    const end = whole.trim();
    if (!(/[.!]["”’»)]*$/.test(end) || /[?!.…]["”’»]$/.test(end)) || titleCase(end)) continue;
    let letters = 0;
    let quoted = 0;
    for (let i = start; i < unit.end; i++) {
      if (!/\p{L}/u.test(text[i]!)) continue;
      letters++;
      if (inQuote(i)) quoted++;
    }
    if (letters === 0) continue;
    const here = marks.filter((q) => q.open >= start && q.close < unit.end);
    // A quotation followed by its attribution ("“…,” the chief said, according to a translation") is the speaker's
    // statement, not a claim of the outlet, however long the attribution.
    const opening = here[0];
    if (opening && opening.open - start <= 1 && opensAttribution(text.slice(opening.close + 1, unit.end))) continue;
    let span: { start: number; end: number } | null = { start, end: unit.end };
    if (quoted / letters > MAX_QUOTED_SHARE) span = ownClause(text, { start, end: unit.end }, here);
    if (!span) continue;
    const shown = text.slice(span.start, span.end);
    // The outlet's words: quotations blanked (same length, so offsets into it are offsets into the span), so a quote
    // two outlets share does not make their claims one.
    let own = shown;
    for (const q of here) {
      if (q.open < span.start || q.close >= span.end) continue;
      own = own.slice(0, q.open - span.start) + ' '.repeat(q.close + 1 - q.open) + own.slice(q.close + 1 - span.start);
    }
    if (own.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_CLAIM_WORDS) continue;
    // Only who spoke ("Ida Hale, the port's press officer, said."): the attribution of a quotation the sentence
    // splitter cut away, which states nothing.
    if (LONE_ATTRIBUTION.test(own.replace(/^[\s"“”‘’'.,;:—–-]+/u, ''))) continue;
    // A quotation mark left unpaired: part of a quotation the marks could not be paired for (a closing mark after a
    // space, a quote running on past the sentence). Whose words they are is unclear: not the outlet's claim.
    if (unpairedQuote(shown)) continue;
    const hasQuotes = QUOTE_MARK.test(shown);
    // Whose report the claim is ("Lin said that …"; "He said …" by whom the sentences before are about).
    const attribution = attributionOf(own, span.start, article);
    const attributed = attribution?.name;
    const named = voicesIn(voices, span);
    const content = blankChannels(own);
    claims.push({
      articleId: article.id,
      span: { articleId: article.id, text: shown, start: span.start, end: span.end },
      statement: speakingFor(toStatement(namingGroups(namingSubject(content, span.start, article), span.start, article)), named),
      clauses: clausesOf(content, shown, span.start, (text) => namingGroups(text, span.start, article)).map((k) => ({ ...k, statement: speakingFor(k.statement, named) })),
      ...(attributed ? { attributedTo: attributed } : {}),
      ...(attributed && attribution?.opening ? { reported: true } : {}),
      ...footingOf(own),
      position: position++,
      standalone: !hasQuotes && standsAlone(shown),
    });
  }
  return claims;
}

/** Whether a claim or a clause states something outright, on a condition, or as a possibility. */
export type Footing = Pick<Claim, 'conditional' | 'possible'>;

/**
 * Two claims stand on the same footing: both stated outright, or both on a condition, both as a possibility or neither
 * ("The union will strike if the talks fail" does not say "The union will strike", nor "may strike" that it will).
 * Two possibilities are one footing with or without the condition one of them names ("could face ten years" / "may
 * face ten years if convicted"): what may happen already leaves open that it will not.
 */
export function sameFooting(a: Footing, b: Footing): boolean {
  if (Boolean(a.possible) !== Boolean(b.possible)) return false;
  return Boolean(a.conditional) === Boolean(b.conditional) || Boolean(a.possible);
}

/** A quotation mark: double marks, guillemets, or a single curly mark opening or closing a quotation (not an apostrophe). */
const QUOTE_MARK = /["“”„«»]|``|''|(?:^|[\s(])‘|’(?=[\s.,;:!?)]|$)/;

/** The text holds a quotation mark (an apostrophe is not one). */
export const hasQuoteMarks = (text: string) => QUOTE_MARK.test(text);

/**
 * Double quotation marks that do not pair up: an odd number of them, straight and curly together (sites mix “…"), or
 * more of wire copy's closing '' than marks that could open them (``, “ or a straight mark): a quote closed in a
 * sentence it did not open in ("…,'' she told the Post."). After a digit '' is inches ("a 12'' screen").
 */
function unpairedQuote(text: string): boolean {
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1 || (text.match(/(?<!\d)''/g) ?? []).length > (text.match(/``|["“]/g) ?? []).length) return true;
  // Single marks: one opening a word with nothing after a word that could close it ("recalls 'We lost …"), or one
  // closing a sentence with none opening before ("… on deck,' he wrote"). (A mark after a word may be a plural's possessive.)
  const opening = (text.match(SINGLE_OPENING) ?? []).length;
  return opening > (text.match(SINGLE_MAY_CLOSE) ?? []).length || (text.match(SINGLE_CLOSES_SENTENCE) ?? []).length > opening;
}

// Not a contraction printed apart ("Boeing 's", "isn 't"), nor a doubled mark standing for a double one ("Pie''").
const SINGLE_OPENING = /(?<=^|[\s(“"—–-])['‘](?!(?:s|t|d|m|ll|re|ve)(?!\p{L}))(?=\p{L})/gu;
const SINGLE_MAY_CLOSE = /(?<=[\p{L}\d.,!?…])(?<!['’])['’](?!['’\p{L}])/gu;
const SINGLE_CLOSES_SENTENCE = /(?<=[.,!?…])(?<!['’])['’](?=\s|$|[”")\]—–-])/gu;

/** Where a clause of a claim is printed, as a span of its article. */
export function clauseSpan(claim: Claim, clause: Clause): ArticleSpan {
  return { articleId: claim.articleId, text: claim.span.text.slice(clause.start - claim.span.start, clause.end - claim.span.start), start: clause.start, end: clause.end };
}

/**
 * A claim, or the shortest of its clauses holding `span` with no quoted words and no quotation completing it, as
 * printed: what to show for something found in it when the claim itself quotes someone.
 */
export function ownWordsAround(claim: Claim, span: { start: number; end: number }): string {
  if (!hasQuoteMarks(claim.span.text)) return claim.span.text;
  const clauses = claim.clauses
    .filter((k) => k.start <= span.start && span.end <= k.end && !completedByQuote(claim.span.text.slice(k.start - claim.span.start, k.end - claim.span.start), claim.span.text.slice(k.end - claim.span.start)))
    .map((k) => clauseSpan(claim, k).text)
    .filter((t) => !hasQuoteMarks(t))
    .sort((a, b) => a.length - b.length);
  return clauses[0] ?? claim.span.text;
}

/** Fewest content terms a clause needs to be compared on its own. */
export const MIN_CLAUSE_TERMS = 4;

/**
 * Where a sentence divides into clauses that state things of their own; a purpose after the main clause ("… in the
 * hopes of a deal", "… in an effort to …") is one too, so the main clause can be stated without it. Not "but" meaning
 * "except" ("held in all but two winters", "nothing but praise", "last but not least"): a clause cut there says
 * something else ("held in all").
 */
const CLAUSE_BREAK = /;\s+|\s[—–]\s|,\s+(?=(?:even\s+(?=though|as|after|before|when|while|if|so)|and|but|however|while|whereas|although|though|as|since|after|which|leading|signalling|signaling|blaming|adding|prompting|raising|despite)\b)|(?<!\s|\b(?:all|anything|nothing|everything|none|nobody|anyone|anybody|everyone|everybody|last|no one))\s+but\s+|,?\s+(?=in (?:the )?hopes? of\b|in an? (?:effort|attempt|bid) to\b)/gi;
/** An opening subordinate clause ends at its first comma: "Even as the mayor has met …, her offers …". */
const OPENING_CLAUSE = /^(?:even as|despite|although|though|while|as|after|before|since|when|if|following|amid|during|in the wake of)\b[^,]{8,}?(?:,\s+\p{Lu}[\p{L}'’-]*(?=,| and | or )[^,]*)*,\s+/iu;

/** Whether words state something on a condition or as a possibility. */
function footingOf(words: string): Footing {
  return { ...(CONDITION.test(words) ? { conditional: true } : {}), ...(POSSIBILITY.test(words) ? { possible: true } : {}) };
}

/** A modal of possibility ("may", "might", "could" — not "could not", which says what did not happen). */
const POSSIBILITY = /\b(?:may|might|could(?!\s+(?:not|never)\b)(?!n['’]t))\b/;
/** "if" making a condition: not "even if" or "as if", nor one asking whether ("asked if", "unclear if"). */
const CONDITION = /(?<!\b(?:even|as|asked|ask|asks|asking|wondered|wonder|know|knows|unclear|see|whether)\s)\bif\b/i;
/** Openings under which the rest of the sentence is not asserted: a condition, or a "when" that may be one. */
const CONDITIONAL_OPENING = /^(?:if|when)\b/i;
/** Prepositions that may follow a speech verb ("said in a statement that …", "called on the council to …"). */
const PREPOSITIONS = 'on|in|at|into|onto|upon|over|against|through|during|after|before|under|across|toward|towards|around|via|off|out|up|down';
/**
 * Speech verbs in a finite form, and no form a noun also has ("report", "claims", "orders"), as alternatives of a
 * pattern: what reports a clause (REPORTED) and what leads into a quotation (SPEECH_LEAD).
 */
const FINITE_SPEECH_VERBS = [...SPEECH_VERBS.keys()].filter((v) => /^[a-z]+$/.test(v) && !v.endsWith('ing') && !NOUN_LIKE_FORMS.has(v.replace(/s$/, ''))).join('|');
/**
 * What a speech verb reports: "Markovich said (that) there is no plan for a strike" → "there is no plan for a strike";
 * "said in a statement that …" → what follows "that". Not a verb followed by a preposition ("related to the plan",
 * "said to be", "told to leave", "called on the council to act", "commented on the plan"): what follows is no clause.
 */
const REPORTED = new RegExp(
  `\\b(?:${FINITE_SPEECH_VERBS})\\b(?!\\s+(?:to|with|by|for|of|from|about)\\b)` +
    `(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|reporters|journalists))*` +
    `(?:\\s+(?:${PREPOSITIONS})\\s+[^,.;:!?]{1,60}?\\s+that\\s+|(?:\\s+(?:on|in|at)\\s+\\p{Lu}\\p{L}+)?\\s+(?:that\\s+)?(?!(?:${PREPOSITIONS})\\b))`,
  'u',
);

/** A determiner, maybe with an adverb, just before a word: "the announced …", "the newly announced …". */
const PARTICIPLE_AFTER = /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:\p{L}+ly\s+)?$/iu;

/** "and" before a lower-case word, maybe after "also" or "then": where a second predicate may begin. */
const COORDINATED_PREDICATE = /\s+and\s+(?:also\s+|then\s+)?(\p{Ll}+)(?=(?:\s+(\p{Ll}+))?)/gu;
/** Words that open a noun phrase: after a base form that is also a noun ("… and ship the parts"), it is the verb. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'any', 'all', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'some', 'every']);

/** Prepositions and adverb particles: after "and" they go on the first predicate, never open a second one. */
const PARTICLES = new Set([...PREPOSITIONS.split('|'), ...OPENING_PREPOSITIONS, 'away', 'back', 'ahead', 'along', 'apart', 'aside', 'abroad', 'home', 'forward', 'together']);

/**
 * What follows "to" as a preposition, never as the sign of a verb: a word that opens a noun phrase, or a name ("to the
 * pier", "to his crew", "to Velmar").
 */
const NOT_AFTER_TO = String.raw`(?:${[...OBJECT_OPENERS, 'my', 'your', 'that', 'each', 'no'].join('|')})\b|\p{Lu}`;
/** A modal or "to", maybe with "not", before a verb and at least one more word: "should stay out of the league". */
const MODAL = String.raw`\b(?:(?:should|must|will|would|can|could|may|might)\s+|to\s+(?!${NOT_AFTER_TO}))(?:not\s+)?`;
const MODAL_PREDICATE = new RegExp(String.raw`${MODAL}\p{L}+\s+\S`, 'u');
/** The same, up to the verb: where a first predicate's own words begin. */
const MODAL_BEFORE_VERB = new RegExp(String.raw`${MODAL}(?=\p{L}+\s+\S)`, 'gu');

/**
 * The word after "and" opens a second predicate, not a noun or an adjective: an auxiliary; a verb's inflected form no
 * noun has ("resigned", "took", "accepts"; not "fees", "managing"); a past form another class has too, before a noun
 * phrase ("lost its cargo"); or a verb's base form when the first predicate is one after a modal or "to" that goes on
 * past its verb ("should stay out of the league and accept …"; not "tall and thin", not "to paint and frame").
 */
function opensPredicate(word: string, before: string, next = ''): boolean {
  if (isInflectedVerb(word)) return true;
  // Not a gerund either ("for coaching and managing the team"), nor a preposition or particle opening a second place or
  // way of the first predicate ("will patrol the strait and off the cape": WordNet has a rare verb "off").
  if (FUNCTION_WORDS.has(word) || PARTICLES.has(word) || /(?:ly|ing)$/.test(word)) return false;
  // The lemmas WordNet has as verbs ("tall" has none).
  const lemmas = lemmasOf(word).filter(isVerbLemma);
  // A verb's past form that is also a noun or an adjective, before a noun phrase: "… ran aground and lost its cargo".
  if (lemmas.some((l) => l !== word) && !/(?:s|er|est)$/.test(word) && OBJECT_OPENERS.has(next)) return true;
  if (!MODAL_PREDICATE.test(before)) return false;
  // A base form that is also a noun is the verb when a noun phrase follows it ("… to clear the slipway and ship the
  // parts"; not "to paint the pier and harbour wall").
  return nounClassesOfWord(word).length > 0 ? lemmas.includes(word) && OBJECT_OPENERS.has(next) : lemmas.length > 0;
}

/**
 * A relative pronoun opens the words before, with no inflected verb ahead of it: they are the subject and its relative
 * clause. "who" or "which"; or "that" after a short noun phrase and before a verb ("Pumps that are set to start …", "A
 * clerk that was hired …"; not "Officials fear that the pumps …", where it opens what they fear).
 */
function insideSubjectRelative(before: string): boolean {
  const relative = /\b(?:who|which|that)\b/i.exec(before);
  if (relative === null || before.slice(0, relative.index).split(/\s+/).some((w) => isInflectedVerb(w.toLowerCase()))) return false;
  if (relative[0].toLowerCase() !== 'that') return true;
  const next = /^\s+(\p{Ll}+)/u.exec(before.slice(relative.index + relative[0].length));
  const subject = before.slice(0, relative.index).trim().toLowerCase().split(/\s+/);
  const nounPhrase = subject.length === 1 ? isPluralNoun(subject[0]!) : subject.length <= 4 && SUBJECT_DETERMINERS.has(subject[0]!);
  return nounPhrase && next !== null && isInflectedVerb(next[1]!);
}
/** Words that open a subject's noun phrase ("A clerk that …", "Another plan that …"; not "What a day that …", "In a move that …"). */
const SUBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'another', 'any', 'every', 'each', 'no', 'some', 'many', 'most', 'all', 'those', 'these']);

/** Most words of a list's item between two commas ("Lowford, the Velmar coast, and Tarrow"). */
const MAX_LIST_ITEM_WORDS = 4;

/**
 * ", and" closing a list of three or more ("between Lowford, the Velmar coast, and Tarrow"): the item before it, after
 * the list's last comma, is a few words with no verb: a serial comma, not a second clause.
 */
function serialComma(before: string, after: string): boolean {
  if (!/^and\s/i.test(after)) return false;
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const item = before.slice(comma + 1).trim().split(/\s+/);
  // No verb in it: no inflected form, speech verb or participle ("…, killing two, and …" closes a clause).
  const verbless = item.every((w) => !isInflectedVerb(w.toLowerCase()) && !SPEECH_VERBS.has(w.toLowerCase()) && !/^\p{Ll}+ing$/u.test(w));
  return item.length <= MAX_LIST_ITEM_WORDS && verbless;
}

/** An opening quotation mark next, with only spaces before it. */
const QUOTATION_NEXT = /^\s*(?:["“„«‘]|``)/u;
/** An opening quotation mark next, after a comma, colon or dash ("…, told the council, “…”"). */
const QUOTATION_AFTER_BREAK = /^\s*[,:—–-]?\s*(?:["“„«‘]|``)/u;

/**
 * A finite speech verb, then at most six words up to the end: "told the council on Monday", "said at the pier in
 * Lowford" (not a noun's form: "its annual report, “…”" names a work).
 */
const SPEECH_LEAD = new RegExp(`\\b(?:${FINITE_SPEECH_VERBS})\\b((?:\\s+[^\\s,.;:!?]+){0,6})[\\s,:—–-]*$`, 'i');

/**
 * A quotation after `words` completes them: it follows with only spaces between, or after a comma, colon or dash when
 * the words lead into it.
 */
function completedByQuote(words: string, after: string): boolean {
  return QUOTATION_NEXT.test(after) || (QUOTATION_AFTER_BREAK.test(after) && leadsIntoSpeech(words));
}

/**
 * Words that end by leading into what someone said: a finite speech verb with no word after it that could open what was
 * said ("that", a verb): "Ida Hale told the council on Monday" before “…” says nothing without the quotation.
 */
function leadsIntoSpeech(words: string): boolean {
  const lead = SPEECH_LEAD.exec(words);
  return lead !== null && !lead[1]!.trim().toLowerCase().split(/\s+/).some((w) => w === 'that' || isInflectedVerb(w));
}

/**
 * The clauses of a claim's own words that have enough content to be compared alone (none when it is one clause).
 * `shown` is the claim as printed (`own` is it with quotations blanked, same length); `offset` is where both start in
 * the article; `naming` gives a clause's words as compared (`namingGroups`).
 */
function clausesOf(own: string, shown: string, offset: number, naming: (text: string) => string): Clause[] {
  // Each part is read from `own`, or from a copy of it with words blanked (`words`, same length): the sentence without
  // its asides, or a second predicate with the subject of the first.
  const parts: { start: number; end: number; said?: string; words?: string; inner?: boolean }[] = [];
  let from = 0;
  const opening = OPENING_CLAUSE.exec(own);
  // "If the talks fail, the union will strike": what follows a condition is not stated on its own.
  if (opening && /^if\b/i.test(opening[0])) return [];
  if (opening) {
    parts.push({ start: 0, end: opening[0].length });
    from = opening[0].length;
  }
  const breaker = new RegExp(CLAUSE_BREAK.source, 'giu');
  breaker.lastIndex = from;
  for (let m = breaker.exec(own); m; m = breaker.exec(own)) {
    // A list's serial comma ("between Lowford, the Velmar coast, and Tarrow") cuts no clause to show, but its pieces are
    // still compared: other outlets' sentences meet them (on ECB+ test stories the fact pairs found fell 0.3865 → 0.3730
    // when it cut none).
    const serial = serialComma(own.slice(from, m.index), own.slice(m.index + m[0].length));
    parts.push({ start: from, end: m.index, ...(serial ? { inner: true } : {}) });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, end: own.length });
  // Reported speech: what was said is a clause of its own, compared with who said it ("Russia insists that P" and
  // "the mayor maintains that P" are two facts).
  for (const p of [...parts]) {
    const verb = REPORTED.exec(own.slice(p.start, p.end));
    // Not an attribution closing the sentence (", said Ida Hale, an official of …"): what follows it is the speaker;
    // nor a speech verb's participle describing a noun ("the announced cuts", "the newly announced ferry timetable").
    const before = verb ? own.slice(p.start, p.start + verb.index) : '';
    if (verb && !/,\s*$/.test(before) && !PARTICIPLE_AFTER.test(before)) parts.push({ start: p.start + verb.index + verb[0].length, end: p.end, said: own.slice(p.start, p.start + verb.index) });
  }
  // The sentence without its asides ("The ferry line, which opened in 1962, will stop …"): what it states, compared
  // apart from what it says in passing of its names. Not shown: its words are not contiguous.
  const core = blankAsides(own);
  if (core !== own) {
    for (const p of parts) p.end = asideEnd(own, core, p);
    parts.push({ start: 0, end: own.length, words: core });
  }
  // A predicate joined to another ("The board should repaint the cranes and replace the gates"): the first, with its
  // subject, is a clause too; so is the second after a modal or "to", read with the first's subject and modal ("The
  // board should replace the gates": the first predicate's words blanked).
  for (const p of [...parts]) {
    const source = p.words ?? own;
    const text = source.slice(p.start, p.end);
    for (const m of text.matchAll(COORDINATED_PREDICATE)) {
      const before = text.slice(0, m.index);
      if (!opensPredicate(m[1]!, before, m[2])) continue;
      const said = p.said === undefined ? {} : { said: p.said };
      // "A former clerk who opened the safe and took the cash was charged": "and" joins the predicates of a relative
      // clause on the subject, before the main verb; the first is compared as a clause, but is no sentence to show.
      const inner = insideSubjectRelative(before) ? { inner: true } : {};
      parts.push({ start: p.start, end: p.start + m.index, ...said, ...inner, ...(p.words ? { words: p.words } : {}) });
      const modal = [...before.matchAll(MODAL_BEFORE_VERB)].at(-1);
      if (modal && !AUXILIARIES.has(m[1]!)) {
        // Blank from the first predicate's verb to the second's.
        const [cut, resume] = [p.start + modal.index + modal[0].length, p.start + m.index + m[0].length - m[1]!.length];
        parts.push({ start: p.start, end: p.end, ...said, words: source.slice(0, cut) + ' '.repeat(resume - cut) + source.slice(resume) });
      }
      break;
    }
  }
  // One clause alone is the claim itself: only the readings with words blanked, if any, are compared besides.
  const plain = parts.filter((p) => !p.words);
  const kept = plain.length < 2 ? parts.filter((p) => p.words) : parts;
  if (kept.length === 0) return [];
  const from0 = (ps: { start: number }[]) => ps[0]!.start;
  const out: Clause[] = [];
  for (const p of kept) {
    let { start, end } = p;
    const words = p.words ?? own;
    while (start < end && /[\s,;:—–-]/.test(words[start]!)) start++;
    while (end > start && /[\s,;:—–-]/.test(words[end - 1]!)) end--;
    const text = words.slice(start, end);
    const read = p.words ? closeUp(text) : text;
    if (p.words && out.some((k) => k.statement.text === read)) continue;
    // A circumstance of the main clause's act ("while turning toward the pier", "after leaving the harbour") says nothing
    // alone: it is compared within its sentence, never as a clause that could be a fact of its own. A participle after
    // a comma ("…, blaming the council for the delay") states an act of the subject and stays a clause.
    if (!p.words && nonFinite(text)) continue;
    // Words leading into a quotation after a comma ("Ida Hale told the council on Monday, “…”") state nothing without
    // it: compared within their sentence only, with or without its asides.
    const after = shown.slice(end);
    if (!QUOTATION_NEXT.test(after) && completedByQuote(read, after)) continue;
    // An alternative the sentence sets aside ("…, as opposed to the crew having refused to sail"): not stated at all.
    if (!p.words && SET_ASIDE_OPENING.test(text)) continue;
    // Names alone ("The Lowford Rowing Club, Harbor Works and the Tarrow Sailing Society", before ", which …" or an
    // aside between dashes): the subject of a predicate elsewhere, which states nothing alone.
    if (!p.words && onlyNames(text)) continue;
    let statement = toStatement(naming(read));
    if (statement.terms.length < MIN_CLAUSE_TERMS) continue;
    const speakers = p.said === undefined ? [] : toStatement(p.said).terms.filter((t) => t.kind === 'name');
    if (speakers.length > 0) statement = { ...statement, terms: [...speakers, ...statement.terms.filter((t) => !speakers.some((x) => x.key === t.key))] };
    // A main clause opens the sentence, or follows an opening clause that leaves it asserted ("During the debate, Lin
    // said …", "Despite the talks, …"; not a condition: "If talks fail, the union will strike"). It is shown as printed,
    // so it must hold no quoted words (scare quotes included): those are blanked in `own` and would come back in the brief.
    const first = opening && !CONDITIONAL_OPENING.test(opening[0]) ? opening[0].length : from0(parts);
    // Nor may a quotation follow it directly: the quotation completes it ("the builder of such ferries as “…”
    // retired"), and alone it would stop mid-phrase (words that lead into one after a comma were left out above).
    const cutByQuote = QUOTATION_NEXT.test(after);
    const main = !p.words && p.start === first && (!opening || first > 0) && /^\p{Lu}/u.test(text) && !QUOTE_MARK.test(shown.slice(start, end)) && !cutByQuote && text.split(/\s+/).length >= MIN_CLAIM_WORDS && standsAlone(text);
    out.push({
      statement,
      start: offset + start,
      end: offset + end,
      main,
      ...(main && p.inner ? { fragment: true as const } : {}),
      ...(p.said === undefined ? {} : { reported: true as const }),
      ...footingOf(text),
    });
  }
  return out;
}

/**
 * Where a part of a sentence ends: a relative clause set off inside the subject ("The tug, which was two miles out,
 * fired …") is an aside (blanked in `core`, the sentence without its asides, same length), and its part ends where the
 * aside does, not with the main predicate after it, which `core` reads with its subject.
 */
function asideEnd(own: string, core: string, part: { start: number; end: number }): number {
  const opening = /^\s*(?:which|who|whom|whose)\b/i.exec(own.slice(part.start, part.end));
  if (!opening || core[part.start + opening[0].length - 1] !== ' ') return part.end;
  let end = part.start;
  while (end < part.end && core[end] === ' ') end++;
  return end;
}

/** Every word a capitalised name's or a function word: a list of names with no predicate. */
function onlyNames(text: string): boolean {
  const words = text.match(/[\p{L}\d][\p{L}\d.'’&-]*/gu) ?? [];
  return words.some((w) => /^\p{Lu}/u.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * An alternative the sentence sets aside, alone: "as opposed to …", "rather than …", "instead of …" with no comma after
 * it ("Rather than wait, the crew sailed" goes on into its main clause).
 */
const SET_ASIDE_OPENING = /^(?:as opposed to|rather than|instead of)\b[^,;]*$/i;

/** A conjunction or preposition of time or means, then a participle: "while cutting …", "after leaving …", "by selling …". */
const NON_FINITE_OPENING = /^(?:while|after|before|when|since|by|despite|without|upon|on|through|once)\s+(\p{Ll}+ing)\b/u;

/** A clause with no subject, of a participle after a word of time or means: "while turning toward the pier". */
function nonFinite(text: string): boolean {
  const m = NON_FINITE_OPENING.exec(text);
  return m !== null && lemmasOf(m[1]!).filter(isKnownLemma).some((l) => l !== m[1]);
}

/**
 * The claim says who a clause of it comes from outside that clause: the sentence ends with its attribution ("…, and the
 * pier will reopen in May, the port authority said", "…, said Ida Hale, a spokeswoman") or names its source with
 * "according to" elsewhere. The clause shown alone would state as fact what the outlet reports someone said.
 */
export function attributedOutside(claim: Claim, clause: { start: number; end: number }): boolean {
  const text = claim.span.text;
  const before = text.slice(0, clause.start - claim.span.start);
  const after = text.slice(clause.end - claim.span.start);
  if (ACCORDING_TO.test(before) || ACCORDING_TO.test(after)) return true;
  const closing = closingAttribution(text);
  return closing !== undefined && closing.start >= clause.end - claim.span.start;
}

/**
 * Who a sentence's closing attribution names, as words ("…, the port authority said on Friday." → port, authority):
 * the speaker's words that are not function words; none without one, or for a pronoun.
 */
export function closingSpeakerWords(text: string): string[] {
  const speaker = closingAttribution(text)?.speaker ?? '';
  return [...speaker.matchAll(/\p{L}[\p{L}'’.-]*/gu)].map((m) => m[0].replace(/[.'’]+$/u, '').toLowerCase()).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
}

/** Speech verbs in any form, one word each, as a pattern's alternatives. */
const SPEECH_VERB_WORDS = [...SPEECH_VERBS.keys()].filter((v) => /^[a-z]+$/.test(v)).join('|');
const ACCORDING_TO = /\baccording to\b/i;

/** Sentences joined wherever a quotation runs from one into the next. */
function quoteSafeUnits(sentences: Unit[], marks: { open: number; close: number }[]): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && marks.some((q) => q.open < last.end && q.close >= s.start && q.open >= last.start - 1)) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A speech verb among the first words of a clause: "Markovich told …", "the union leader added, …". */
const SPEECH_VERB_NEAR_START = new RegExp(`^[\\s,;:—–-]*(?:\\S+\\s+){0,4}?(?:${SPEECH_VERB_WORDS})\\b`, 'i');

/** A capitalised name and up to three appositives set off by commas ("Ida Hale, the port's press chief"). */
const NAME_AND_APPOSITIVES = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?:,[^,]{1,60}){0,3}`;

/** The passive before a speech verb's participle: "Ida Hale was quoted as saying". */
const QUOTED_AS = String.raw`(?:(?:was|were|is|are|has been|had been)\s+quoted\s+as\s+)?`;

/** A name and its appositives, then a speech verb: "Ida Hale, the port's press chief, said …", "… was quoted as saying". */
const NAMED_SPEAKER_START = new RegExp(`^[\\s,;:—–-]*${NAME_AND_APPOSITIVES},?\\s+${QUOTED_AS}(?:${SPEECH_VERB_WORDS})\\b`, 'u');

/** A few words, then a name and a speech verb: "Lin's lawyer Ben T. Ortiz told …", "the port's chief Ida Hale said …". */
/** A capitalised name of up to four words, then a speech verb (its passive too): "… Ben T. Ortiz told". */
const NAME_THEN_SPEECH = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}${QUOTED_AS}(?:${SPEECH_VERB_WORDS})\\b`;

const DESCRIBED_SPEAKER_START = new RegExp(`^[\\s,;:—–-]*(?:\\S+\\s+){0,4}?${NAME_THEN_SPEECH}`, 'u');

/**
 * A body's name, a role of a few lower-case words, then a name and a speech verb: "Velmar Office of Ports and Coastal
 * Lights chief inspector Ida Hale wrote …".
 */
const TITLED_SPEAKER_START = new RegExp(`^[\\s,;:—–-]*(?:(?:\\p{Lu}[\\p{L}.'’&-]*|of|and|for|the)\\s+){1,8}(?:\\p{Ll}+\\s+){0,3}${NAME_THEN_SPEECH}`, 'u');

/** Words after a quotation that say who spoke it, whatever follows ("…,” Ida Hale, the press chief, said after …). */
const opensAttribution = (words: string) =>
  SPEECH_VERB_NEAR_START.test(words) || NAMED_SPEAKER_START.test(words) || DESCRIBED_SPEAKER_START.test(words) || TITLED_SPEAKER_START.test(words);

/** A speech verb among the last words before a colon: "was quoted as saying about the ferry:". */
const SPEECH_VERB_BEFORE_COLON = new RegExp(`\\b(?:${SPEECH_VERB_WORDS}|quoted)\\b(?:\\s+\\S+){0,3}\\s*:\\s*$`, 'i');

/** Words that end an attribution clause before a quotation ("…, saying:", "…, adding that"). */
const CLAUSE_TAIL = /[\s,;:—–-]*(?:\b(?:saying|adding|said|says|writing|noting|stating|asking|telling\s+\S+)\b)?[\s,;:—–-]*$/i;

/**
 * The outlet's own clause of a unit that is mostly a quotation: its longest stretch outside the quotation marks,
 * trimmed of the attribution that leads into the quote ("Markovich went as far as questioning Brandauer's mandate").
 */
function ownClause(text: string, unit: Unit, marks: { open: number; close: number }[]): Unit | null {
  const pieces: Unit[] = [];
  let at = unit.start;
  for (const q of marks) {
    if (q.open > at) pieces.push({ start: at, end: q.open });
    at = Math.max(at, q.close + 1);
  }
  if (at < unit.end) pieces.push({ start: at, end: unit.end });
  let best: Unit | null = null;
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    // The attribution after a quotation ("…,” Markovich told Radio Valmora’s Morning Desk.") says who spoke, not what happened.
    if (p.start > unit.start && opensAttribution(text.slice(s, e))) continue;
    const piece = text.slice(s, e);
    if (p.end < unit.end && leadsIntoQuote(piece)) continue;
    const tail = CLAUSE_TAIL.exec(piece);
    // "Ida Hale, the port's press chief, said: “…”": a finite speech verb leading into the quote is the clause's own
    // verb, and what is left of the clause is its subject, which states nothing ("…, saying:" is an adjunct: the clause
    // before it stands).
    if (tail && /\b(?:said|says)\b/i.test(tail[0])) continue;
    if (tail) e -= tail[0].length;
    while (s < e && /[\s,;:—–.-]/.test(text[s]!)) s++;
    if (e <= s) continue;
    if (!best || e - s > best.end - best.start) best = { start: s, end: e };
  }
  if (!best) return null;
  // A clause that starts mid-sentence ("he said, before …") is not a claim on its own.
  if (!/^\p{Lu}/u.test(text[best.start]!)) return null;
  return best;
}

/**
 * Words before a quotation that say nothing without it: the quotation completes them, no punctuation between ("The
 * mayor called the ferry “…”", "Lin said the ferry was “…”"), or they only lead into it ("Ortiz was quoted as saying
 * about the ferry: “…”"). A clause of its own then a participle ("…, saying: “…”") is kept: its tail is trimmed.
 */
function leadsIntoQuote(piece: string): boolean {
  if (/[\p{L}\d]\s*$/u.test(piece) || leadsIntoSpeech(piece)) return true;
  const tail = CLAUSE_TAIL.exec(piece);
  return SPEECH_VERB_BEFORE_COLON.test(piece) && !(tail && /\p{L}/u.test(tail[0]));
}

/** A name, up to three appositives set off by commas, then a speech verb and a few words: an attribution and nothing else. */
const LONE_ATTRIBUTION = new RegExp(`^${NAME_AND_APPOSITIVES},\\s+(?:${SPEECH_VERB_WORDS})\\b(?:\\s+[\\p{L}\\d]+){0,3}\\s*[.!]?\\s*$`, 'u');

/** A few words and a colon opening a text, not a time ("At 9:25"). */
const LABEL = /^([^:]{1,60}?[^\d\s])\s?:\s/u;
/** A speech verb ending a label: the colon introduces what was said. */
const SPEECH_VERB_AT_END = new RegExp(`\\b(?:${SPEECH_VERB_WORDS})\\s*$`, 'i');

/** Most words of a label before a colon. */
const MAX_LABEL_WORDS = 7;

/**
 * Words before a colon that label what follows: a few, with no auxiliary (a clause: "Lin has one aim: …") and not ending
 * with who speaks ("Ana Lin said: …").
 */
function isLabel(words: string): boolean {
  const list = words.toLowerCase().split(/\s+/);
  return list.length <= MAX_LABEL_WORDS && !list.some((w) => AUXILIARIES.has(w) || /^(?:do|does|did)$/.test(w)) && !SPEECH_VERB_AT_END.test(words);
}

/**
 * Reads on its own in a brief: no opening pointing back, no pronoun before a name, not the writer's or the reader's
 * voice, not a question, not a label's list, not without a verb. Read once per wording: a story's copies and the
 * candidate wordings of its facts ask again.
 */
export const standsAlone = memoized(readsAlone, 20_000);

function readsAlone(text: string): boolean {
  if (subordinateOnly(text) || noVerb(text)) return false;
  if (NEEDS_CONTEXT_START.test(text) || PRONOUN_AFTER_OPENING.test(text) || SEQUENCE_MARKER_START.test(text) || BACK_POINTING_PLURALS.test(text) || WRITER_OR_READER.test(text) || TO_THE_READER_START.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text) || /\?\s*$/.test(text)) return false;
  // A label before a colon ("Ferry lines cut: …", "Lowford / Eastmere: …", "Fined for late sailings: …"): a list or a
  // dateline, not a sentence.
  const label = LABEL.exec(text);
  if (label && isLabel(label[1]!)) return false;
  // A bracket left open or closed alone: a piece of a longer sentence ("6 million) in jewels, police said.").
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return false;
  if (demonstrativePointsBack(text) || countsWhatCameBefore(text)) return false;
  const pronoun = BACK_POINTING_PRONOUNS.exec(text);
  // "…, he added.": who said it is someone the sentences before named.
  if (pronoun && pronounSpeaks(text)) return false;
  // "Markovich said his union …" is fine: a name comes before the pronoun.
  if (pronoun && !/\p{Lu}\p{Ll}+[^.]*$/u.test(text.slice(1, pronoun.index))) return false;
  const plural = PLURAL_PRONOUN.exec(text);
  if (plural && !pluralAntecedentBefore(text.slice(0, plural.index))) return false;
  return true;
}

/**
 * A subordinate clause alone (SUBORDINATE_ONLY): no comma after the conjunction's clause, and fewer than two inflected
 * verbs, so no main clause follows it ("If Lin needed the skipper she would light a lamp" has two).
 */
function subordinateOnly(text: string): boolean {
  if (!SUBORDINATE_ONLY.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter(isInflectedVerb).length < 2;
}

/**
 * No word that can be its verb: no auxiliary, no contraction and no lower-case word the lexicon has as a verb (in any
 * sense: "police", "face" count) or an inflected form of one ("fell", "talks"; not "teacher", which the lexicon's
 * rules also read as a comparative of "teach"). A name and its descriptions cut from their predicate ("Ana Lin, the
 * Lowford teacher of history and art", before ", but also …") says nothing alone.
 */
function noVerb(text: string): boolean {
  if (/[\p{L}\s]n['’]t\b|\p{L}\s?['’]\s?(?:s|re|ll|ve|d|m)\b/u.test(text)) return false;
  // Each part of a hyphenated word too ("co-directed").
  const words = (text.match(/(?<![\p{L}'’])\p{Ll}[\p{L}-]*/gu) ?? []).flatMap((w) => w.split('-')).filter(Boolean);
  if (words.some((w) => AUXILIARIES.has(w) || isVerbLemma(w) || (!/(?:er|est)$/.test(w) && lemmasOf(w).some(isVerbLemma)))) return false;
  // Text in another language or script, whose words the English lexicon does not know, is not judged.
  const english = words.filter((w) => FUNCTION_WORDS.has(w) || lemmasOf(w).some(isKnownLemma)).length;
  return words.length > 0 && english * 3 >= words.length * 2;
}

/** Plural personal pronouns. */
const PLURAL_PRONOUN = /\b(?:they|them|their|theirs|themselves)\b/i;

/**
 * The words before a plural pronoun hold what it can stand for: a plural noun ("protesters", "officials"), a noun for a
 * group ("police", "the council"), two names joined by "and", or a name that is no person's nor a people's adjective (an
 * organisation, a country: "Harbor Works said they …"). A person's name alone ("As Mayor Ana Lin looked out, she saw how
 * angry they were") leaves "they" to the sentences before.
 */
function pluralAntecedentBefore(before: string): boolean {
  if (/\p{Lu}[\p{L}.'’-]*\s+(?:and|&)\s+\p{Lu}/u.test(before)) return true;
  const words = [...before.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0]);
  const capital = (i: number) => words[i] !== undefined && /^\p{Lu}/u.test(words[i]!);
  return words.some((w, i) => {
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) return false;
    // A word of the language: lower case, or opening the sentence alone ("Police said they …").
    if (!capital(i) || (i === 0 && !capital(1) && isCommonWord(lemmasOf(lower)[0] ?? lower))) {
      return nounClassesOfWord(lower).includes('group') || isPluralNoun(lower);
    }
    // The first word of a run of capitals.
    return !capital(i - 1) && !isFirstName(lower) && countryOf(lower)?.by !== 'demonym' && !isRoleWord(lower);
  });
}

/** A count opening a sentence and the word after it. */
const OPENING_COUNT = /^(\p{L}+|\d+)\s+(\p{Ll}+)/u;

/**
 * A count with nothing counted, then its verb ("Two managed to reach the pier, …", "Three were arrested"): of what the
 * sentences before named. "Two of the boats …", "12 pirates …" say what they count.
 */
function countsWhatCameBefore(text: string): boolean {
  const m = OPENING_COUNT.exec(text);
  if (!m || !(NUMBER_WORDS.has(m[1]!.toLowerCase()) || /^\d+$/.test(m[1]!))) return false;
  const next = m[2]!;
  return AUXILIARIES.has(next) || (next.endsWith('ed') && !FUNCTION_WORDS.has(next) && nounClassesOfWord(next).length === 0 && isKnownLemma(lemmasOf(next)[0] ?? ''));
}

/**
 * The sentence's closing attribution names its speaker by a pronoun ("…, he added"): someone the sentences before
 * named, whatever the sentence names before it ("The Velmar ferry returned before noon, he added"). A possessive ("…,
 * her office said") is left to the names before it, as other pronouns are.
 */
function pronounSpeaks(text: string): boolean {
  if (!/\b(?:he|she)\b/i.test(text)) return false;
  const speaker = closingAttribution(text)?.speaker;
  return speaker !== undefined && /^(?:he|she)$/i.test(speaker);
}

/** A word's noun classes, an irregular plural's by its lemma ("women"). */
function nounClassesOfAnyForm(word: string): string[] {
  const own = nounClassesOfWord(word);
  return own.length > 0 ? own : lemmasOf(word).flatMap(nounClassesOfWord);
}

/** "these" or "those" before a word or two (the noun, maybe after an adjective). */
const PLURAL_DEMONSTRATIVE = /\b(?:these|those)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

/**
 * "these skippers", "those inspectors": a plural pointing back to what the sentences before named, unless this
 * sentence names it first ("… asked for new boats, and two of those boats …"). Not a time ("in those days") nor a
 * pronoun ("those who", "those responsible").
 */
function demonstrativePointsBack(text: string): boolean {
  for (const m of text.matchAll(PLURAL_DEMONSTRATIVE)) {
    const noun = [m[1]!, m[2]].find((w) => w && !FUNCTION_WORDS.has(w) && nounClassesOfAnyForm(w).length > 0);
    if (!noun || nounClassesOfAnyForm(noun)[0] === 'time') continue;
    if (new RegExp(`\\b${noun}\\b`, 'i').test(text.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

/**
 * A claim opening with "He" or "She" as it is compared: the pronoun replaced by the person it stands for — the subject
 * the sentences before were about, of a gender that fits (`subjectPronounReferent`: "Ana Lin met Ben Ortiz on Monday.
 * She thanked Ortiz …" is compared as "Ana Lin thanked Ortiz …"). Outlets name the subject where another writes a
 * pronoun, and names weigh most in the comparison. With no such person the text is left as it is.
 */
function namingSubject(own: string, at: number, article: Article): string {
  const pronoun = /^(he|she)\b/i.exec(own);
  if (!pronoun) return own;
  const person = subjectPronounReferent(article.text, article.sentences ?? [], article.entities ?? [], at);
  return person ? person.name + own.slice(pronoun[0].length) : own;
}

/** How far back (characters) the two people a plural description stands for may be named: a few sentences. */
const PAIR_REACH = 1200;

/**
 * "Mayor Hale held talks with both leaders" → "… with Lin and Ortiz": a plural description of two people ("both
 * leaders", "the two presidents") is compared as the two people of that role named last before it, outside the claim.
 * Shown as printed; only the comparison reads the names.
 */
function namingPair(own: string, at: number, article: Article): string {
  const found = /\b(?:both|the two)\s+(\p{Ll}+)s\b/u.exec(own);
  const want = found && DESCRIPTION_NOUNS.get(found[1]!);
  if (!found || !want) return own;
  const fits = (role: string | undefined) => role !== undefined && (want.head ? role.split(/\s+/).at(-1) === want.head : roleClassOf(role) === want.roleClass);
  const latest: { name: string; end: number }[] = [];
  for (const e of article.entities ?? []) {
    if (e.type !== 'person' || !fits(e.role) || e.mentions.some((m) => m.start >= at && m.start < at + own.length)) continue;
    const end = Math.max(-1, ...e.mentions.filter((m) => m.end <= at).map((m) => m.end));
    if (end >= 0 && at - end <= PAIR_REACH) latest.push({ name: e.name, end });
  }
  if (latest.length < 2) return own;
  const [a, b] = latest.sort((x, y) => y.end - x.end);
  return own.slice(0, found.index) + `${b!.name} and ${a!.name}` + own.slice(found.index + found[0].length);
}

/** Role classes of those who speak for their country's government. */
const GOVERNMENT_VOICES = new Set(['head-of-state', 'minister', 'diplomat', 'spokesperson']);
/** Role classes of those who speak for an organisation: its spokesperson, its chief (chief executive, chair, president). */
const ORGANISATION_VOICES = new Set(['head-of-state', 'executive', 'spokesperson']);

/** Whom a person the article names in a role speaks for: a country, or an organisation by the name keys of its name. */
type Body = { country: string } | { organisation: readonly string[] };

/** A person the article gives a role that speaks for a body, by the name key of their surname, and where named. */
interface Voice {
  key: string;
  body: Body;
  mentions: readonly { start: number; end: number }[];
}

/**
 * The people the article gives a role that speaks for a country's government ("Velmar's foreign minister Ana Lin", "the
 * Velmar president") or for an organisation the article names ("Quillsoft spokeswoman Ida Hale", "Ben Ortiz, the
 * chief executive of Harbor Works").
 */
function voicesOf(article: Article): Voice[] {
  const voices: Voice[] = [];
  const entities = article.entities ?? [];
  for (const e of entities) {
    if (e.type !== 'person' || !e.affiliation || !e.role) continue;
    const roleClass = roleClassOf(e.role) ?? '';
    const key = `=${nameKey(e.name.split(/\s+/).at(-1)!.toLowerCase())}`;
    const country = countryOf(e.affiliation.toLowerCase());
    if (country) {
      if (GOVERNMENT_VOICES.has(roleClass)) voices.push({ key, body: { country: country.country }, mentions: e.mentions });
      continue;
    }
    // Not a body the article names as a place or a person: a town's mayor is not what "Lowford said" reports.
    if (!ORGANISATION_VOICES.has(roleClass) || entities.some((o) => o.type !== 'organization' && o.name === e.affiliation)) continue;
    // Its words' name keys: a word of the language in a name ("Harbor Works") is read as a word that also has one.
    const organisation = toStatement(e.affiliation).terms.flatMap((t) => t.lemmas.filter((l) => l.startsWith('=')));
    if (organisation.length > 0) voices.push({ key, body: { organisation }, mentions: e.mentions });
  }
  return voices;
}

/** Those of them a claim names: name key → the body they speak for. */
function voicesIn(voices: readonly Voice[], span: { start: number; end: number }): Map<string, Body> {
  const named = new Map<string, Body>();
  for (const v of voices) if (v.mentions.some((m) => m.start >= span.start && m.end <= span.end)) named.set(v.key, v.body);
  return named;
}

/**
 * Such a person named in a claim (`voicesIn`) is compared as speaking for the body: "Lin demanded a second ferry pier"
 * and "Velmar demanded a second ferry pier", "Hale said the plant would close" and "Quillsoft said the plant would
 * close", share their subject one step apart (`termMatch`).
 */
function speakingFor(statement: Statement, voices: Map<string, Body>): Statement {
  if (voices.size === 0) return statement;
  const terms = statement.terms.map((t): Term => {
    const key = t.kind === 'name' && !t.country && !t.voiceOf ? t.lemmas.find((l) => voices.has(l)) : undefined;
    const body = key === undefined ? undefined : voices.get(key);
    if (!body) return t;
    return 'country' in body ? { ...t, country: { name: body.country, capital: false, speaksFor: true } } : { ...t, voiceOf: body.organisation };
  });
  return { ...statement, terms };
}

/**
 * A claim or a clause of it as compared: plural descriptions of two people or two parties read as the names they stand
 * for.
 */
function namingGroups(text: string, at: number, article: Article): string {
  return namingParties(namingPair(text, at, article), at, article);
}

/**
 * What may stand between two names printed as a pair: "and" ("between Velmar and Norvania"), "&", or a hyphen or dash
 * ("the Velmar-Norvania talks").
 */
const PAIR_JOINER = /^\s*(?:and|&)\s+$|^[-–]$/;

/**
 * "… the tolls still divide the two sides" → "… the tolls still divide Velmar and Norvania": a plural noun for two parties
 * (`PARTY_NOUNS`: "the two sides", "both countries", "the two companies") is compared as the two names of a kind it
 * stands for printed last as a pair before the claim, within a few sentences. Two names of different kinds are no
 * pair ("Mayor Lin and Velmar's minister"). Shown as printed; only the comparison reads the names.
 */
function namingParties(own: string, at: number, article: Article): string {
  const found = /\b(?:both|the two)\s+(\p{Ll}+)\b/u.exec(own);
  const kinds = found && PARTY_NOUNS.get(found[1]!);
  if (!found || !kinds) return own;
  const before: { entity: Entity; start: number; end: number }[] = [];
  for (const entity of article.entities ?? []) {
    if (!kinds.includes(entity.type)) continue;
    // Not a place named inside another name ("Air Velmar and Tarrow": the airline and a country, not two countries).
    for (const m of entity.mentions) if (m.end <= at && at - m.end <= PAIR_REACH && !isNestedMention(article.entities!, m)) before.push({ entity, start: m.start, end: m.end });
  }
  before.sort((x, y) => x.start - y.start);
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1]!, before[i]!];
    if (a.entity === b.entity || a.entity.type !== b.entity.type || !PAIR_JOINER.test(article.text.slice(a.end, b.start))) continue;
    return own.slice(0, found.index) + `${a.entity.name} and ${b.entity.name}` + own.slice(found.index + found[0].length);
  }
  return own;
}

/** Words between a subject and its reporting verb ("has", "also", "consistently", "continues to"). */
const SUBJECT_VERB_ADVERBS = /^(?:also|still|again|later|once|long|now|often|already|\p{Ll}+ly)$/u;
const BETWEEN_SUBJECT_AND_VERB = (word: string) => SUBJECT_VERB_ADVERBS.test(word) || /^(?:has|have|had|is|was|were|are|will|would|continues|continued|continue|to)$/.test(word);
/** Most such words passed over. */
const MAX_WORDS_BEFORE_VERB = 3;
/** A word of a name: a capital, letters, and the marks names hold ("O'Neill", "Smith-Jones", "Jr."). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Lower-case words inside a name ("Board of Harbours and Ferries", "Centre for Ports", "Ana van Lin"): the names stage's connectors, and "and". */
const SPEAKER_NAME_JOINERS = new Set([...[...NAME_CONNECTORS].filter((w) => w !== 'the'), 'and', '&']);
/** Longest speaker name taken before a verb, in words. */
const MAX_SPEAKER_WORDS = 8;
/** Adverbs of time that open a claim before its speaker without a comma ("Yesterday the ministry said"). */
const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'now', 'meanwhile', 'then']);
/** "be" and "get" before a past participle make it passive: "crews were called", "the ruling was announced". */
const PASSIVE_AUXILIARY = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/;

/**
 * Who the outlet says a claim comes from, when it reports speech in its own words: the subject of an asserting verb
 * ("Markovich said that", "Police allege …", "…, Inspector Ida Hale said"), "he"/"she" as that subject (the person the
 * sentences before are about, `subjectPronounReferent`), or "according to X". Nothing when unsure: the subject must
 * open a clause (not "what Lin calls", "before Lin will agree"), not be a possessive ("Lin's calls"), and be one of the
 * article's names or a role or group ("Officials said"); the verb must assert something (not "ordered", not passive,
 * not followed by "of"/"to"/"with").
 * `opening`: the claim opens with that subject ("Markovich has long insisted that …").
 */
function attributionOf(own: string, at: number, article: Article): { name: string; opening: boolean } | undefined {
  const according = /\baccording to (?:the )?((?:\p{Lu}[\p{L}.'’-]*\s?){1,8})/u.exec(own);
  if (according) {
    const printed = according[1]!.trim().replace(/[.'’]+$/, '');
    // "according to Velmar officials": the group, named by its place.
    const group = /^\s*(\p{Ll}+)/u.exec(own.slice(according.index + according[0].length))?.[1];
    if (group && isRoleWord(group) && /\s$/.test(according[0])) return { name: `${printed} ${group}`, opening: false };
    const head = at + according.index + according[0].indexOf(according[1]!) + printed.lastIndexOf(' ') + 1;
    const speaker = speakerNamed(printed, head, article);
    return speaker ? { name: speaker.name, opening: false } : undefined;
  }
  // "according to police", "according to a spokesman for the port", "according to court documents".
  const accordingRole = /\baccording to\s+([^,.;:!?]+)/i.exec(own);
  if (accordingRole) {
    const from = accordingRole.index + accordingRole[0].length - accordingRole[1]!.length;
    const found = speakerPhrase(own, from, from + accordingRole[1]!.trimEnd().length);
    const speaker = found && closingSpeaker(found.speaker!, at + found.headAt!, article);
    return speaker ? { name: speaker, opening: false } : undefined;
  }
  // "…, the port authority said on Friday.", "…, said Ida Hale, a spokeswoman": the whole sentence is theirs.
  const closing = closingAttribution(own);
  if (closing) {
    const speaker = closing.speaker === undefined ? undefined : closingSpeaker(closing.speaker, at + closing.headAt!, article);
    return speaker ? { name: speaker, opening: false } : undefined;
  }
  const tokens = [...own.matchAll(/\S+/g)];
  const bare = (i: number) => tokens[i]![0].replace(/[^\p{L}'’-]/gu, '').toLowerCase();
  for (let i = 1; i < tokens.length; i++) {
    const lemma = SPEECH_VERBS.get(tokens[i]![0].replace(/[^\p{L}]/gu, '').toLowerCase());
    if (!lemma) continue;
    // The first reporting verb decides.
    const next = /[,.;:!?]$/.test(tokens[i]![0]) ? '' : (tokens[i + 1] ? bare(i + 1) : '');
    // "continues to insist": the verb after it reports.
    if (lemma === 'continue' && next === 'to') continue;
    if (NON_ASSERTING_LEMMAS.has(lemma) && !(lemma === 'call' && next === 'for')) return undefined;
    if (NOT_CONTENT_AFTER_VERB.has(next)) return undefined;
    let k = i;
    while (k > 0 && i - k < MAX_WORDS_BEFORE_VERB && BETWEEN_SUBJECT_AND_VERB(tokens[k - 1]![0])) k--;
    // "were called", "was also felt": passive, the subject is not the speaker (a progressive "is calling for" is active).
    const auxiliary = tokens.slice(k, i).map((t) => t[0]).findLast((w) => !SUBJECT_VERB_ADVERBS.test(w));
    if (auxiliary && PASSIVE_AUXILIARY.test(auxiliary) && !/ing$/.test(tokens[i]![0])) return undefined;
    // The subject: capitalised words before the verb, joined by "of", "and", "for" or "&" inside a name ("the Board of
    // Harbours and Ferries announced"), at most MAX_SPEAKER_WORDS.
    const capital = (j: number) => NAME_WORD.test(tokens[j]![0]);
    let first = k;
    while (first > 0 && k - first < MAX_SPEAKER_WORDS && capital(first - 1)) first--;
    while (first >= 2 && k - first < MAX_SPEAKER_WORDS && first < k && SPEAKER_NAME_JOINERS.has(bare(first - 1)) && capital(first - 2)) {
      first -= 2;
      while (first > 0 && k - first < MAX_SPEAKER_WORDS && capital(first - 1)) first--;
    }
    // A capitalised function word opening the claim is no part of the name ("While Lin claimed", "But Lin said").
    if (first === 0 && k > 1 && (CLAUSE_JOINERS.has(bare(0)) || CLAUSE_BREAKERS.has(bare(0)))) first = 1;
    if (first === k) return undefined;
    const words = tokens.slice(first, k).map((t) => t[0]);
    if (/['’]s?$/.test(words.at(-1)!)) return undefined;
    // "the" opens the subject ("the Harbor Gazette reported"); the word before it decides.
    if (first > 0 && bare(first - 1) === 'the') first--;
    if (first > 0) {
      const previous = tokens[first - 1]![0];
      const word = bare(first - 1);
      // After an opening phrase ("In return, Lin said"), before a closing one ("…, Inspector Ida Hale said"), or
      // opening the claim ("But Lin said"); not a second clause of the outlet's ("The port closed in May, but Lin said
      // …": the first is no one's report).
      const joins = /[,:—–-]$/.test(previous) || (CLAUSE_JOINERS.has(word) && first === 1) || TIME_ADVERBS.has(word);
      if (!joins && (FUNCTION_WORDS.has(word) || /^\d[\d,.]*$/.test(previous))) return undefined;
    }
    // The name's last word is its head ("Harbor Police Chief Ida Hale"): the entity there is the speaker; but in "Ida
    // Hale of Lowford said" the place after "of" is where she is from.
    const of = words.indexOf('of');
    const beforeOf = of > 0 ? speakerNamed(words.slice(0, of).join(' '), at + tokens[k - words.length + of - 1]!.index!, article) : undefined;
    const speaker = beforeOf?.entity?.type === 'person' ? beforeOf : speakerNamed(words.join(' '), at + tokens[k - 1]!.index!, article);
    return speaker ? { name: speaker.name, opening: first === 0 || (first === 1 && CLAUSE_JOINERS.has(bare(0))) } : undefined;
  }
  return undefined;
}

/**
 * Whom a closing attribution names: the article's person or organisation for a name or "he"/"she" (`speakerNamed`), a
 * role, group or document as printed ("the port authority", "a prosecutor", "the lawsuit").
 */
function closingSpeaker(printed: string, headAt: number, article: Article): string | undefined {
  if (/^\p{Ll}/u.test(article.text[headAt] ?? '') && !/^(?:he|she)$/.test(printed)) return printed;
  return speakerNamed(printed, headAt, article)?.name;
}

/**
 * The speaker a subject printed with its head word at `at` names: the article's entity with a mention there (so "Mr.
 * Lin" is the Lin the language stage resolved it to), one named so, the only person of that family name, the person
 * "he"/"she" stands for, a role or group word as printed ("Police", "Officials"), or a word the lexicon knows only as
 * a name, if at all, with the entity when there is one. Anything else ("The", "Various", "Two") names no one.
 */
function speakerNamed(printed: string, at: number, article: Article): { name: string; entity?: Entity } | undefined {
  const entities = article.entities ?? [];
  const of = (entity: Entity | undefined) => (entity ? { name: entity.name, entity } : undefined);
  if (/^(?:he|she)$/i.test(printed)) return of(subjectPronounReferent(article.text, article.sentences ?? [], entities, at));
  if (FUNCTION_WORDS.has(printed.toLowerCase())) return undefined;
  const named = entityAt(entities, at, (e) => e.type !== 'work') ?? entities.find((e) => e.name === printed || e.aliases.includes(printed));
  if (named) return of(named);
  const words = printed.split(/\s+/);
  // "Mr. Hale" where the language stage left the mention out: the one person of that family name, if only one.
  const family = entities.filter((e) => e.type === 'person' && e.name.split(/\s+/).at(-1) === words.at(-1));
  if (family.length === 1) return of(family[0]);
  if (words.length <= 2 && isRoleWord(words.at(-1)!)) return { name: printed };
  // A name the language stage did not take (a word seen only at a sentence's start): one the lexicon does not know as a
  // word ("Velmar has long insisted"), unlike "Various reports suggest".
  return lemmasOf(words.at(-1)!).some(isCommonWord) ? undefined : { name: printed };
}
