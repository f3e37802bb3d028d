// Article → Analysis: sentences, entities, quotes and dates, every finding a span into the article's text.
import type { Analysis, Entity } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { findDates } from './dates.js';
import { findEntities, withNestedPlaces } from './entities.js';
import { isFirstName } from './first-names.js';
import { isInstitutionOrPlaceWord } from './names.js';
import { isGazetteerPlace } from './places.js';
import { findQuotations } from './quote-marks.js';
import { attributeQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { printedNameKey } from './canonical-names.js';
import { spanTokens } from './tokens.js';

export { nameKey, printedNameKey, sameFullKeys, sameFullName } from './canonical-names.js';
export { contentStems } from './stems.js';
export { findQuotations, findQuoteMarks, type QuoteSpan } from './quote-marks.js';
export { NOUN_LIKE_FORMS, SPEECH_VERBS } from './rules/speech-verbs.js';
export { NAME_CONNECTORS, WIRE_SERVICES } from './rules/organizations.js';
export { DESCRIPTION_NOUNS, HONORIFICS, ROLE_MODIFIERS, roleClassOf } from './rules/roles.js';
export { FUNCTION_WORDS, OPENING_PREPOSITIONS, TITLE_CASE_SMALL } from './rules/function-words.js';
export { escapeRegExp, hasWholeWord, nameWordsIn } from './tokens.js';
export { openingEnd, standsForToday } from './dates.js';
export { genderOfFirstName, isFirstName, type Gender } from './first-names.js';
export { subjectPronounReferent } from './pronouns.js';
export { entityAt, isNestedMention } from './mention-index.js';
export { DETERMINERS, isRoleWord } from './quotes.js';
export { countryOf } from './places.js';
export { memoized } from './memo.js';
export { antonymsOf, conceptsOf, derivedOf, hypernymsOf, isCommonWord, isKnownLemma, isMostlyAdjective, isPersonNoun, isPluralNoun, isProperLemma, isVerbLemma, lemmasOf, nounClassesOfWord } from './lexicon.js';

/**
 * Analyses one article. Pure: the same text and publication date give the same analysis.
 * @example annotateArticle({ text: '“We are ready,” Ana Lin said.', published: '2025-03-01' }).quotes[0].speaker // 'Ana Lin'
 */
export function annotateArticle(article: Pick<Article, 'text' | 'published'>): Analysis {
  const { text } = article;
  const sentences = splitSentences(text);
  const marks = findQuotations(text);
  const tokensOf = spanTokens(text);
  const found = findEntities(text, sentences, tokensOf);
  const quotes = attributeQuotes(text, sentences, marks, found.entities, found.mentions, tokensOf, found.genders);
  // Whoever is quoted and had no other type cue is a person; so is a "place" whose name opens with a first name and is
  // no town's nor ends in a word for a place or a body ("Ben Fairhold said": a surname that is also a town's name).
  for (const e of found.entities) if ((e.type === 'other' || (e.type === 'place' && personLikeName(e.name))) && quotes.some((q) => q.speaker === e.name)) e.type = 'person';
  const entities = withNestedPlaces(withTitles(found.entities, quotes, text), text);
  return { sentences, entities, quotes, dates: findDates(text, sentences, article.published), analysisVersion: ANALYSIS_VERSION };
}

/** A name of two or more words that opens with a first name, is no town's in the gazetteer and has no place's or body's word. */
function personLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  return words.length >= 2 && isFirstName(words[0]!) && !isGazetteerPlace(lower.join(' ')) && !lower.some(isInstitutionOrPlaceWord);
}

/** Quoted titles become works; names found inside a quoted title are dropped (they are part of the title). */
function withTitles(entities: Entity[], quotes: Analysis['quotes'], text: string): Entity[] {
  const titles = quotes.filter((q) => q.kind === 'title');
  if (titles.length === 0) return entities;
  const inside = (m: { start: number; end: number }) => titles.some((t) => m.start >= t.start && m.end <= t.end);
  const kept = entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inside(m)) }))
    .filter((e) => e.mentions.length > 0);
  // How often each title is quoted in the text.
  const quoted = new Map<string, number>();
  for (const t of titles) quoted.set(printedNameKey(t.text), (quoted.get(printedNameKey(t.text)) ?? 0) + 1);
  for (const t of titles) {
    const key = printedNameKey(t.text);
    const mention = { text: text.slice(t.start, t.end), start: t.start, end: t.end };
    const same = kept.find((e) => printedNameKey(e.name) === key);
    if (same) {
      // A name typed a person, place or organisation that the text mostly writes without quotation marks keeps its type
      // when it is quoted now and then ("Fort Velk is a town …" ×3, "under the protection of "Fort Velk""); a name
      // quoted as often as not is a title ("Harbor Nights", the film, named bare and in quotation marks).
      if (!(['person', 'place', 'organization'].includes(same.type) && same.mentions.length > 2 * quoted.get(key)!)) same.type = 'work';
      same.mentions = [...same.mentions, mention].sort((a, b) => a.start - b.start);
    } else kept.push({ name: t.text.replace(/\s+/g, ' '), type: 'work', aliases: [], mentions: [mention] });
  }
  return kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * The version of what annotateArticle finds. Raise it with any change that makes the language stage find something
 * else in the same text (names, quotes, speakers, dates): articles stored by an older version are analysed again
 * when read, so an upgrade never compares stories on stale analyses. 1: analyses stored without a version.
 */
export const ANALYSIS_VERSION = 52;

/** The article with its language analysis: as stored when this version made it, else computed now. */
export function withAnalysis<T extends Article>(article: T): T {
  return article.sentences && article.entities && article.analysisVersion === ANALYSIS_VERSION ? article : { ...article, ...annotateArticle(article) };
}
