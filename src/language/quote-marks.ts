// Text → top-level quotation spans, pairing straight and curly, double and single marks; nested quotes stay inside.
import type { Span } from '../model/analysis.js';
import { paragraphSpans } from './sentences.js';
import { findIntroducedSpeech, findTranscriptTurns } from './transcripts.js';

/** A quotation: `start`/`end` cover the words inside the marks; `open`/`close` the marks themselves. */
export interface QuoteSpan extends Span {
  open: number;
  /** Offset of the closing mark, or the paragraph end when a quote runs on to the next paragraph. */
  close: number;
  /** True when the paragraph ended before a closing mark (news style for quotes over several paragraphs). */
  runsOn: boolean;
  /**
   * A post embedded from social media or a transcript's turn (no marks: `open`/`close` bound its words): where its
   * author's name or the speaker's label is printed.
   */
  author?: Span;
  /** A transcript's turn (`author` is its label) or a passage of speech after its introduction (`author` is that), not a post. */
  turn?: 'label' | 'introduced';
}

/**
 * The line that signs a post embedded from social media, as pages print it: "— Ana Lin (@AnaLinOfficial) August 20,
 * 2025". The post is the line before it.
 */
const POST_FOOTER = /^[—–-]\s*(\p{Lu}[^\n()@]{0,80}?)\s*\(@[\w.]{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})$/u;

/** Posts embedded from social media, each the line before its signature line, with where the author is named. */
export function findEmbeddedPosts(text: string, paragraphs: Span[] = paragraphSpans(text)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((p, i) => {
    const m = POST_FOOTER.exec(text.slice(p.start, p.end));
    const post = paragraphs[i - 1];
    if (!m || !post) return;
    const at = p.start + m[0].indexOf(m[1]!);
    out.push({ start: post.start, end: post.end, open: post.start - 1, close: post.end, runsOn: false, author: { start: at, end: at + m[1]!.length } });
  });
  return out;
}

/**
 * Every quotation of a text: those in quotation marks, posts embedded from social media, the turns of a transcript and
 * passages of speech introduced by a colon (transcripts.ts); marks inside them are dropped, the words being the
 * author's or the speaker's.
 */
export function findQuotations(text: string): QuoteSpan[] {
  // A turn over several paragraphs is a quotation per paragraph, each the speaker's: one statement each, as a speech
  // printed in news is quoted a paragraph at a time.
  const paragraphs = paragraphSpans(text);
  const found = [...findTranscriptTurns(text, paragraphs), ...findIntroducedSpeech(text, paragraphs)].sort((a, b) => a.start - b.start);
  const turns = found
    .filter((t, k) => k === 0 || t.start >= found[k - 1]!.end)
    .flatMap((t) =>
      paragraphs
        .filter((p) => p.end > t.start && p.start < t.end)
        .map((p): QuoteSpan => {
          const start = Math.max(p.start, t.start);
          return { start, end: p.end, open: start - 1, close: p.end, runsOn: false, author: t.label, turn: t.introduced ? 'introduced' : 'label' };
        }),
    );
  const unmarked = [...findEmbeddedPosts(text, paragraphs).filter((p) => !turns.some((t) => p.start < t.end && p.end > t.start)), ...turns];
  if (unmarked.length === 0) return findQuoteMarks(text);
  const marks = findQuoteMarks(text).filter((q) => !unmarked.some((p) => q.close > p.start && q.open < p.end));
  return [...marks, ...unmarked].sort((a, b) => a.open - b.open);
}

interface Open {
  at: number;
  double: boolean;
  straight: boolean;
  /** A low opening mark („): German and Central European quotes close it with “. */
  low?: boolean;
  /** Characters of the opening mark: 2 for a doubled one (``` `` ```, "‘‘"). */
  width?: number;
}

const OPEN_BEFORE = /[\s([{\-—–/:"“‘'«]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}\-—–…"”’'»]/u;

/** Characters that may be or begin a quotation mark (a backtick only doubled). */
const MARK_CHARACTERS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`']);

/**
 * Paragraphs a quotation left open may run through to a paragraph that closes it without opening again: text whose
 * paragraphs were cut inside a quotation (a line break in a quoted passage, one sentence to a line) prints
 * `“A. ¶ B. ¶ C,” she said.`, where news style would open each paragraph again.
 */
const MAX_CARRIED_PARAGRAPHS = 5;

/** Finds the top-level quotations of `text`, in order. */
export function findQuoteMarks(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphs = paragraphSpans(text);
  // A double quote left open that a later paragraph closes, carried into that paragraph.
  let carried: Open | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const stack: Open[] = carried ? [carried] : [];
    carried = null;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (!MARK_CHARACTERS.has(c)) continue;
      // Doubled single marks stand for double ones (``` ``…'' ```, "‘‘…’’", typewriter and TeX style).
      const pair = text[i + 1] === c ? c + c : '';
      if (pair === '``' || pair === '‘‘') {
        stack.push({ at: i, double: true, straight: false, width: 2 });
        i++;
        continue;
      }
      if ((pair === "''" || pair === '’’') && stack.some((o) => o.double)) {
        closeAt(stack, stack.findLastIndex((o) => o.double), i + 1, out, text, 2);
        i++;
        continue;
      }
      // A single backtick is no quotation mark.
      if (c === '`') continue;
      const openCtx = i === p.start || OPEN_BEFORE.test(text[i - 1]!);
      const closeCtx = i + 1 === p.end || CLOSE_AFTER.test(text[i + 1]!);
      const doubleAt = stack.findLastIndex((o) => o.double);
      const singleTop = stack.length > 0 && !stack[stack.length - 1]!.double;
      if (c === '“' && doubleAt >= 0 && stack[doubleAt]!.low) {
        closeAt(stack, doubleAt, i, out, text);
      } else if (c === '“' || c === '„' || c === '«') {
        stack.push({ at: i, double: true, straight: false, low: c === '„' });
      } else if (c === '”' || c === '»') {
        if (doubleAt >= 0) closeAt(stack, doubleAt, i, out, text);
        else if (openCtx && !closeCtx) stack.push({ at: i, double: true, straight: false });
      } else if (c === '"' && doubleAt < 0 && /\d/.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '')) {
        // `a 65" TV`, `5'10"`: an inch mark after a number, with no quote open, is no quotation mark.
        continue;
      } else if (c === '"') {
        // A straight double mark while a straight double quote is open closes it, whatever the spacing: straight marks
        // do not nest, and pages (and detokenised text) print closers as `, "Ana Lin said` as often as openers.
        if (doubleAt >= 0 && (closeCtx || !openCtx || stack[doubleAt]!.straight)) closeAt(stack, doubleAt, i, out, text);
        else if (openCtx || doubleAt < 0) stack.push({ at: i, double: true, straight: true });
      } else if (c === '‘') {
        if (openCtx) stack.push({ at: i, double: false, straight: false });
      } else {
        // ’ and ' close an open single quote before a non-letter; otherwise ' may open one; else an apostrophe.
        if (singleTop && closeCtx && !/\s/.test(text[i - 1]!)) closeAt(stack, stack.length - 1, i, out, text);
        else if (c === "'" && openCtx && /\p{L}/u.test(text[i + 1] ?? '')) stack.push({ at: i, double: false, straight: true });
      }
    }
    // A double quote still open at the paragraph end runs on (multi-paragraph quotation); stray singles were apostrophes,
    // but for a single mark opening the paragraph that a later paragraph answers (see singleRunsOn).
    const first = stack.find((o) => o.double);
    if (!first && stack.length === 1) {
      const run = singleRunsOn(text, paragraphs, pi, stack[0]!.at);
      if (run === 'reopened') push(out, text, stack[0]!.at, p.end, true);
      else if (run >= 0) {
        carried = stack[0]!;
        pi = run - 1;
      }
      continue;
    }
    if (!first || stack.indexOf(first) !== 0) continue;
    const closing = closingParagraph(text, paragraphs, pi, first.straight);
    if (closing < 0) {
      push(out, text, first.at, p.end, true, first.width ?? 1);
      continue;
    }
    carried = first;
    pi = closing - 1;
  }
  return out;
}

/**
 * The paragraph after `pi` whose first double quotation mark closes a quotation (`…,” she said`), when the paragraphs
 * between print no double mark; -1 when a paragraph opens a quotation again first (news style) or none closes one.
 */
function closingParagraph(text: string, paragraphs: Span[], pi: number, straight: boolean): number {
  for (let j = pi + 1; j < paragraphs.length && j <= pi + MAX_CARRIED_PARAGRAPHS; j++) {
    const p = paragraphs[j]!;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      const next = text[i + 1];
      if (c === '`' || c === '‘' || c === '’' || c === "'") {
        // Single marks are apostrophes or nested quotes; doubled, they stand for double marks: ``` `` ``` and "‘‘"
        // open, "''" and "’’" close.
        if (next !== c) continue;
        return c === '`' || c === '‘' ? -1 : j;
      }
      if (!MARK_CHARACTERS.has(c)) continue;
      if (c === '"' && /\d/.test(text[i - 1] ?? '') && !/\p{L}/u.test(next ?? '')) continue;
      if (c === '“' || c === '„' || c === '«') return -1;
      const openCtx = i === p.start || OPEN_BEFORE.test(text[i - 1]!);
      const closeCtx = i + 1 === p.end || CLOSE_AFTER.test(next!);
      // A straight mark that a doubled closing mark answers later in the paragraph opens what it closes (`she also built
      // " Hold Fast,'' a ferry`, text detokenised from ``` `` ''``` pairs): the quotation left open lost its closing mark.
      if (c === '"' && closedByDoubledMark(text, i + 1, p.end)) return -1;
      // A straight mark closes a straight quote whatever the spacing before it (`…, " she said`), as in a paragraph;
      // one opening the paragraph opens it again (`" Two.`, however spaced).
      return i > p.start && closeCtx && (!openCtx || (straight && c === '"')) ? j : -1;
    }
  }
  return -1;
}

/**
 * A quotation in single marks opened at `at` in paragraph `pi` and open at its end, as British style prints a statement
 * over several paragraphs: `'A. ¶ B. ¶ C,' she said.`, `She said 'A. ¶ B,' and left.`, or `'A. ¶ 'B,' she said.` with
 * each paragraph opened again. A single mark is mostly an apostrophe, so only a clear answer counts: the index of the
 * later paragraph whose first single mark outside a word closes a sentence (`…on deck,'`), or `'reopened'` when a
 * quotation opening the paragraph is opened again by the next; -1 when a double mark, another single mark, or no
 * answer comes first.
 */
function singleRunsOn(text: string, paragraphs: Span[], pi: number, at: number): number | 'reopened' {
  // The opening mark before a word, and no other mark after it in its paragraph but apostrophes.
  const opening = paragraphs[pi]!;
  if (!/\p{L}/u.test(text[at + 1] ?? '') || markOutsideWords(text, at + 1, opening.end) >= 0) return -1;
  for (let j = pi + 1; j < paragraphs.length && j <= pi + MAX_CARRIED_PARAGRAPHS; j++) {
    const p = paragraphs[j]!;
    const i = markOutsideWords(text, p.start, p.end);
    if (i < 0) continue;
    const c = text[i]!;
    if (c !== "'" && c !== '‘' && c !== '’') return -1;
    const [before, after] = [text[i - 1] ?? '', text[i + 1] ?? ''];
    if (i === p.start) return j === pi + 1 && at === opening.start && c !== '’' && /\p{L}/u.test(after) ? 'reopened' : -1;
    return /[.,!?…]/u.test(before) && (i + 1 === p.end || CLOSE_AFTER.test(after)) ? j : -1;
  }
  return -1;
}

/** The first quotation mark from `from` to `end` that is not an apostrophe in or after a word ("didn't", "players' union"); -1 if none. */
function markOutsideWords(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (!MARK_CHARACTERS.has(c)) continue;
    const [before, after] = [text[i - 1] ?? '', text[i + 1] ?? ''];
    if ((c === "'" || c === '’') && /\p{L}/u.test(before) && (/\p{L}/u.test(after) || /\s/.test(after))) continue;
    return i;
  }
  return -1;
}

/** Whether a doubled closing mark (`''`, `’’`) follows `from` before `end` with no double mark between. */
function closedByDoubledMark(text: string, from: number, end: number): boolean {
  for (let i = from; i < end - 1; i++) {
    const c = text[i]!;
    if ((c === "'" || c === '’') && text[i + 1] === c) return true;
    if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') return false;
  }
  return false;
}

function closeAt(stack: Open[], idx: number, at: number, out: QuoteSpan[], text: string, closeWidth = 1): void {
  const opener = stack[idx]!;
  stack.length = idx;
  if (idx === 0) push(out, text, opener.at, at, false, opener.width ?? 1, closeWidth);
}

/** A quotation from its opening mark at `open` to its closing mark ending at `close` (marks `openWidth`/`closeWidth` long). */
function push(out: QuoteSpan[], text: string, open: number, close: number, runsOn: boolean, openWidth = 1, closeWidth = 1): void {
  let start = open + openWidth;
  let end = close - (closeWidth - 1);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, open, close, runsOn });
}
