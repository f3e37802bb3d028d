// Text → word, number and punctuation tokens with their offsets; the unit every language rule works on.
import { FUNCTION_WORDS } from './rules/function-words.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** A web host name: a letter, then letters, digits, hyphens and dotted parts, ending in a common domain or a country code. */
const WEB_HOST_PATTERN = String.raw`\p{L}[\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|biz|tv|[a-z]{2})`;

/**
 * Acronyms with periods ("U.S.", "p.m."), web host names ("Ferrynews.com", "velmar.co.uk"), words with inner
 * apostrophes and hyphens ("Valmora's", "full-scale"), numbers with separators ("3.50", "1,200", "10:30"), and single
 * other characters.
 */
const TOKEN = new RegExp(String.raw`(?:\p{L}\.){2,}|${WEB_HOST_PATTERN}\b(?![\p{L}\d-]|\.[\p{L}\d])|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-‐][\p{L}\p{M}\d]+)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|\S`, 'gu');

/** Splits `text` (or `text.slice(from, to)`) into tokens; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    tokens.push({ text: t, start: m.index, end: m.index + t.length, kind });
  }
  return tokens;
}

const WEB_HOST = new RegExp(`^${WEB_HOST_PATTERN}$`, 'u');

/** A web host name ("Ferrynews.com", "velmar-news.co.uk"): dotted parts, the last a common domain or a country code. */
export function isWebHost(word: string): boolean {
  return WEB_HOST.test(word);
}

/** True when the word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Drops a possessive ending: "Valmora's" → "Valmora", "Ostrovskyy’s" → "Ostrovskyy". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/** A word with a verb contracted onto it ("she’d", "we’re", "i’m"; lower case): the word and what was contracted. */
export function contraction(word: string): { base: string; suffix: string } | null {
  const m = /^(.+?)['’](m|re|ve|ll|d|s)$/u.exec(word);
  return m ? { base: m[1]!, suffix: m[2]! } : null;
}

/** The word lower-cased, without periods and possessive ("Gen." → "gen", "Markovich’s" → "markovich"). */
export function bare(word: string): string {
  return stripPossessive(word).replace(/\./g, '').toLowerCase();
}

/** The text without its accents ("María" → "Maria", "Zoë" → "Zoe"); plain ASCII is returned as it is. */
export function withoutAccents(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Tokens of a span of one text, tokenised once however many stages ask (one per `annotateArticle` call). */
export type SpanTokens = (span: { start: number; end: number }) => Token[];

export function spanTokens(text: string): SpanTokens {
  const cache = new Map<string, Token[]>();
  return (span) => {
    const key = `${span.start}:${span.end}`;
    let tokens = cache.get(key);
    if (!tokens) cache.set(key, (tokens = tokenize(text, span.start, span.end)));
    return tokens;
  };
}

/** `text` with every character a regular expression reads specially escaped, to match it as printed. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` holds `word` as a whole word (no letter touching it on either side), in any case. */
export function hasWholeWord(text: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'iu').test(text);
}

/** The words of a name that `text` holds whole, function words aside ("Ana Lin" in "Lin said …" → ["Lin"]). */
export function nameWordsIn(name: string, text: string): string[] {
  return name.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && hasWholeWord(text, w));
}
