// Text → sentence spans. Paragraph (line) ends always end a sentence; periods after titles, initials and
// abbreviations do not; a quotation ending in "?" or "!" continues its sentence when a lower-case word follows.
import type { Span } from '../model/analysis.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import { isWebHost } from './tokens.js';
import { INNER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './rules/abbreviations.js';

const TERMINALS = '.?!…';
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'(«';

/** Spans of the non-empty lines of `text`, trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const span = trim(text, start, end);
    if (span) spans.push(span);
    start = end + 1;
  }
  return spans;
}

/**
 * Splits `text` into sentences; spans are trimmed, ordered and never cross a line break.
 * @example splitSentences('"Why now?" he asked. Mr. Brown left.') // two sentences
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphSpans(text)) {
    let start = p.start;
    // Straight double marks before `k`, counted once along the paragraph (`k` only grows).
    let counted = p.start;
    let marks = 0;
    const marksBefore = (k: number) => {
      for (; counted < k; counted++) if (text[counted] === '"') marks++;
      return marks;
    };
    for (let i = p.start; i < p.end; i++) {
      if (!TERMINALS.includes(text[i]!)) continue;
      let j = i + 1;
      while (j < p.end && TERMINALS.includes(text[j]!)) j++;
      while (j < p.end && CLOSERS.includes(text[j]!)) j++;
      if (j >= p.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < p.end && /\s/.test(text[k]!)) k++;
      if (detachedCloser(text, k, p.end, marksBefore)) {
        // `a "liar. " "He is …`: a closing mark printed apart from its period (detokenised text) ends this sentence.
        j = k + 1;
        k = j;
        while (k < p.end && /\s/.test(text[k]!)) k++;
        if (k >= p.end) break;
      }
      if (!endsSentence(text, i, k) || (text[i] !== '.' && j > i + 1 && attributionFollows(text, k, p.end))) continue;
      const span = trim(text, start, j);
      if (span) out.push(span);
      start = k;
      i = k - 1;
    }
    const last = trim(text, start, p.end);
    if (last) out.push(last);
  }
  return out;
}

/**
 * A quotation mark standing alone between spaces at `k` that closes a quote: a curly closer, or a straight mark after an
 * odd number of straight marks in its paragraph (`marksBefore`; straight marks pair in order).
 */
function detachedCloser(text: string, k: number, end: number, marksBefore: (k: number) => number): boolean {
  const c = text[k];
  if ((c !== '"' && c !== '”') || (k + 1 < end && !/\s/.test(text[k + 1]!))) return false;
  return c === '”' || marksBefore(k) % 2 === 1;
}

/** Decides a break at the terminal `text[i]` given the next sentence would start at `k`. */
function endsSentence(text: string, i: number, k: number): boolean {
  const next = text[k]!;
  // `"How can we …?" he said`, `3 p.m. local time`: a lower-case continuation is the same sentence.
  if (next !== next.toUpperCase() && next === next.toLowerCase() && /\p{L}/u.test(next)) return false;
  if (text[i] !== '.' || text[i + 1] === '.') return true;
  const word = wordBefore(text, i);
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Initials: "J. R. Smith".
  if (/^\p{Lu}$/u.test(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(next)) return false;
  // A web address ("Ferrynews.com", "velmar-news.co.uk") is no abbreviation.
  if (isWebHost(word)) return true;
  // "the U.S. President" continues; "in the U.S. The talks" breaks: decide on the next word.
  if (word.includes('.') || INNER_ABBREVIATIONS.has(lower)) {
    // "Tide Systems Inc. (TSI), one of …": a parenthesis after the abbreviation goes on with its sentence.
    if (next === '(') return false;
    return OPENERS.includes(next) || SENTENCE_STARTERS.has(nextWord(text, k).toLowerCase());
  }
  return true;
}

/** `“Why now?” Ana Lin asked.`: a speech verb within the next few words makes the attribution part of the quote's sentence. */
function attributionFollows(text: string, k: number, end: number): boolean {
  const clause = /^[^,;:"“”]*/.exec(text.slice(k, Math.min(end, k + 60)))![0];
  if (speechVerbAmong(clause, 4)) return true;
  // `“Why now?” Ana Lin, a welder at the yard, asked.`: a name, an appositive between commas, then the verb.
  const named = NAMED_APPOSITIVE.exec(text.slice(k, Math.min(end, k + 160)));
  return named !== null && speechVerbAmong(named[1]!, 2);
}

/** A speech verb among the first `n` words of `words` (a sentence's period after it allowed). */
const speechVerbAmong = (words: string, n: number) => words.split(/\s+/, n).some((w) => SPEECH_VERBS.has(w.replace(/[.!?]+$/, '')));

/** Capitalised words, an appositive between commas, and the words after it. */
const NAMED_APPOSITIVE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,[^,;:"“”]{1,100},\s+(\S+(?:\s+\S+)?)/u;

/** The run of letters and periods that ends at the period `text[i]`, without that period ("U.S", "Gen"). */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, i);
}

function nextWord(text: string, k: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(k, k + 40));
  return m ? m[0] : '';
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
