// Lines and sentences that are not an outlet's claims, or that cannot stand alone in a brief: rules as data, each with
// the class of text it is for.

import type { EntityType } from '../../model/analysis.js';

export interface TextRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Lines that are page furniture left in the text rather than the outlet's claims (never facts, never brief sentences). */
export const NOT_CLAIMS: TextRule[] = [
  { id: 'caption-label', pattern: /^(?:photo|image|picture|video|file photo|file|caption|pictured|above|top|left|right)\s*(?:[:|—–-]|\()/i, reason: 'a photo or video caption label ("FILE - Ships wait …" is a wire archive photo)' },
  {
    id: 'timestamp',
    pattern:
      /^(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|a\.?m|p\.?m|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|updated|published|posted|last|first|modified|on|at|min(?:ute)?s?|read|[\s,.:/|()–—-])+$/i,
    reason: 'a dateline or time stamp line ("Aug. 24, 2025, 3:15 PM ET / Updated …"): the article\'s date, not an event',
  },
  { id: 'caption-credit', pattern: /(?:\((?:AP|AFP|Reuters|Getty Images|EPA|AP Photo|Shutterstock)[^)]*\)|(?:photo|image)\s*(?:by|credit|courtesy)[^.]*|\b(?:REUTERS|AFP|AP)\/\p{Lu}[\p{L} .]+)\s*\.?$/iu, reason: 'a photo credit ending a caption' },
  { id: 'sponsored', pattern: /^(?:sponsored|advertisement|promoted|paid (?:post|content)|ad\b)\s*[:|—–-]?/i, reason: 'an advertisement or sponsored teaser' },
  { id: 'byline', pattern: /^(?:by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:[,|—–-]|$)|(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\b)/iu, reason: 'a byline or credit line' },
  {
    id: 'post-line',
    pattern:
      /(?:^|[^\p{L}])(?<!(?:was|were|is|are|been|being|be)\s)[Pp]osted\s+(?:by\s+[^.]{1,60}?\s+)?(?:in|under)\s+\p{Lu}[^.]{0,60}?\s+on\s+(?:\p{L}+,?\s+)?\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\.?$/u,
    reason: 'a blog\'s post line ("Posted in Local News on Wednesday, March 4, 2026."): the post\'s date and section, not an event',
  },
  { id: 'read-more', pattern: /^(?:read more|related|watch|listen|see also|click here|sign up|subscribe|follow us|like us|share this|download (?:our|the) app)\b/i, reason: 'a link or call to action' },
  {
    id: 'contributed',
    pattern: /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5}(?:contributed|also contributed)\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)\b/iu,
    reason: 'a credit line ("The Associated Press contributed to this report.")',
  },
  {
    id: 'rights',
    pattern: /\b(?:all rights reserved|may not be (?:published|reproduced|copied)|(?:rewritten|redistributed) without|trust principles|our standards:)/i,
    reason: 'a copyright or standards notice',
  },
  {
    id: 'update-note',
    pattern: /^(?:this|the) (?:story|article|report|post) (?:has been|was|is being|will be) (?:updated|corrected|amended|changed)\b|^(?:correction|clarification|update|editor['’]s note)\s*[:(—–-]/i,
    reason: 'an editor\'s note about the article itself',
  },
  {
    id: 'release-section',
    pattern: /^(?:About|ABOUT)\s+(?:\p{Lu}[\p{L}\d.'’&-]*[\s,]*){1,8}\.?$/u,
    reason: 'a press release\'s section heading over the company\'s boilerplate ("About Harbor Works, Inc.")',
  },
  {
    id: 'author-bio',
    pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+is\s+an?\s+(?:\p{Ll}+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|fellow)\s+(?:for|at|with|covering|based|who)\b/u,
    reason: 'an author\'s biography line ("Ana Lin is a reporter covering shipping.")',
  },
];

/** Markdown and HTML leftovers at the start of a sentence ("![]()" image placeholders, list bullets) and labels ("Summary:") that are not text. */
export const LEADING_FURNITURE = /^(?:(?:!\[[^\]]*\]\([^)]*\)|[•·▪◦*]|-(?=\s)|(?:summary|in brief|key points?|tl;dr)\s*:)\s*)+/i;

/**
 * Openings that need the sentence before (class: pronouns and demonstratives pointing back, discourse connectives):
 * such a sentence cannot stand alone in a brief ("Here is what he can expect.", "But the talks failed.").
 */
export const NEEDS_CONTEXT_START = /^(?:he|she|it|they|we|i|you|his|her|its|their|this|that|these|those|here|such|but|and|or|so|also|however|meanwhile|still|yet|instead|then|thus|therefore|moreover|furthermore|nevertheless|nonetheless|otherwise|likewise|similarly|both|neither|either|the (?:move|decision|statement|comments?|remarks?|announcement|latest|same|former|latter|two|three)|in (?:response|return|turn|addition)|at (?:the same time|that time|this point)|as a result|for (?:his|her|their|its) part)\b/i;

/**
 * A sentence that opens with a conjunction whose clause needs a main one, with no comma after which the main clause
 * would follow ("Where the tides of the bay are the cause of the flooding.", "If the ferry sails on time."): a subordinate
 * clause alone — an item of a list of conditions, or half a sentence — unless its verbs show a main clause runs on
 * without the comma (claims.ts subordinateOnly).
 */
export const SUBORDINATE_ONLY = /^(?:where|whereas|when|whenever|although|though|unless|if|whether|while)\b[^,;:—–]*$/i;

/**
 * A thing pronoun as the subject of the main clause after an opening phrase and its comma ("According to the Post's
 * critic, it's a fact …", "In the end, this was …"): what "it" or "this" is, the sentences before said.
 */
export const PRONOUN_AFTER_OPENING = /^(?:according to|in|on|at|after|before|for|by|with|despite|since|during|under|as|so far)\b[^,]{1,80},\s*(?:it|this|these|those)\b(?!\s*[,-])/i;

/**
 * Markers of a sentence's place in a sequence or an argument, before a comma ("First, …", "Finally, …", "True, …", "In
 * fact, …"): the sentence answers or continues the one before. A title or a compound with such a word ("First Minister
 * …", "Second-half goals …") has no comma after it.
 */
export const SEQUENCE_MARKER_START = /^(?:first|second|third|next|finally|lastly|true|again|besides|anyway|after that|even so|in fact|by then|on the other hand)\s*,/i;

/**
 * Plural nouns for two parties ("the two sides", "both countries", "the two companies", "the two men") with the kinds
 * of name each stands for: what a comparison reads in their place is the pair last named together before them
 * ("between Velmar and Norvania", "the Harbor Works-Quillsoft deal", "Ana Lin and Ben Ortiz met"). Class: collective
 * nouns of negotiation, diplomacy, business and sport, and two people.
 */
export const PARTY_NOUNS: ReadonlyMap<string, readonly EntityType[]> = new Map<string, readonly EntityType[]>([
  ...['sides', 'parties', 'rivals', 'camps'].map((w) => [w, ['person', 'organization', 'place']] as const),
  ...['men', 'women'].map((w) => [w, ['person']] as const),
  ...['countries', 'nations', 'states', 'neighbours', 'neighbors', 'capitals'].map((w) => [w, ['place']] as const),
  ...['governments', 'allies'].map((w) => [w, ['place', 'organization']] as const),
  ...['companies', 'firms', 'groups', 'teams', 'clubs', 'banks', 'carriers', 'airlines', 'unions'].map((w) => [w, ['organization']] as const),
]);

/** Plural descriptions that point back to people or parties named before ("both leaders", "the two sides"). */
export const BACK_POINTING_PLURALS = new RegExp(`\\b(?:both|the two)\\s+(?:leaders|presidents|ministers|officials|${[...PARTY_NOUNS.keys()].join('|')})\\b`, 'i');

/**
 * The writer or the reader in the outlet's own words ("we have heard that …", "you should not expect …", "I suspect"):
 * a column's or a blog's voice, advice or opinion, never a neutral statement of what happened. "I" after a capitalised
 * word is a numeral ("World War I"); "US" is a country.
 */
export const WRITER_OR_READER = /\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves|[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves|me|[Mm]y|mine|[Mm]yself)\b|(?<![\p{Lu}][\p{L}.]*\s)\bI\b(?![.'’])/u;

/** An order or advice to the reader: "Don't miss …", "Do not …", "Let's …". */
export const TO_THE_READER_START = /^(?:do\s*n['’]?t|do not|let['’]s)\s/i;

/** Personal pronouns that need an antecedent in the same sentence to stand alone. */
export const BACK_POINTING_PRONOUNS = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|it|its)\b/i;

/**
 * Reporting verbs that put no statement of the speaker's into the claim around them when no quotation follows: orders
 * and pleas ("Lin ordered the guard to leave"), the manner of a voice ("the crowd chanted"), and verbs that mostly have
 * other senses in an outlet's own sentence ("the strike continued", "crews were called", "he related"). "call for"
 * is a demand and stays a report. Class: reported speech in news prose, where only an assertion's content is the
 * speaker's.
 */
export const NON_ASSERTING_LEMMAS = new Set(['order', 'beg', 'plead', 'sing', 'chant', 'shout', 'yell', 'scream', 'whisper', 'murmur', 'exclaim', 'continue', 'relate', 'reflect', 'call', 'question', 'answer', 'post', 'tweet']);

/**
 * Words after a reporting verb that show it is not followed by what was said: "wrote of the storms", "responded
 * to the fire", "was said by", "spoke with reporters", "argued about the fee".
 */
export const NOT_CONTENT_AFTER_VERB = new Set(['to', 'of', 'with', 'by', 'about']);

/**
 * Words that may open a claim before its speaker ("But Lin said …", "As Lin wrote, …"). A speaker after any other
 * function word is part of another phrase ("what Lin calls", "before Lin will agree", "after the war to counter"), and
 * one after "while" or "although" reports a clause the claim's main clause answers ("While Lin claimed …, engineers
 * disagree").
 */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'yet', 'so', 'as']);

/**
 * Words that join a clause to the one before it and that a clause shown alone does without ("but Lin resigned" → "Lin
 * resigned"); not "as", which makes the clause subordinate.
 */
export const LEADING_JOINERS = ['and', 'but', 'yet', 'so', 'while', 'whereas', 'however'];
