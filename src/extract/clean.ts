// Extracted text → article text: boilerplate removed (kept aside with rule and reason), metadata recovered, headline split off.
import type { RemovedSpan } from '../model/article.js';
import { splitParagraphs } from './paragraphs.js';
import { findMenus, findRelatedLists, isHeadlineLike, isTimestampLine } from './structural-runs.js';
import {
  INLINE_RULES,
  PARAGRAPH_RULES,
  MENU_REASON,
  RELATED_HEADLINES_REASON,
  TIMESTAMP_REASON,
  type ParagraphRule,
  type Recovered,
} from './rules/boilerplate.js';

export interface CleanOptions {
  /** Take a headline-like first paragraph as the title (plain-text sources). */
  detectHeadline: boolean;
  /** A title known from elsewhere; a first paragraph repeating it is dropped from the text. */
  knownTitle?: string;
}

export interface CleanedText {
  text: string;
  title?: string;
  removed: RemovedSpan[];
  recovered: Recovered;
}

interface Removal {
  text: string;
  rule: string;
  reason: string;
}

interface Paragraph {
  original: string;
  kept: string;
  /** Inline removals: local offset in `kept` where each stood. */
  inline: { removal: Removal; at: number }[];
  removedBy?: Removal;
}

function applyInlineRules(original: string): Paragraph {
  const hits: { start: number; end: number; removal: Removal }[] = [];
  for (const rule of INLINE_RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of original.matchAll(rule.pattern)) {
      if (m[0].length === 0) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, removal: { text: m[0].trim(), rule: rule.id, reason: rule.reason } });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let kept = '';
  let cursor = 0;
  const inline: Paragraph['inline'] = [];
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    kept += original.slice(cursor, hit.start);
    inline.push({ removal: hit.removal, at: kept.length });
    cursor = hit.end;
  }
  kept += original.slice(cursor);
  const lead = kept.length - kept.trimStart().length;
  kept = kept.trim();
  for (const r of inline) r.at = Math.min(Math.max(0, r.at - lead), kept.length);
  return { original, kept, inline };
}

function matches(rule: ParagraphRule, text: string): boolean {
  return text.length <= rule.maxChars && rule.pattern.test(text);
}

function mergeRecovered(into: Recovered, from: Recovered): void {
  for (const [k, v] of Object.entries(from) as [keyof Recovered, string | undefined][]) {
    if (v && !into[k]) into[k] = v;
  }
}

const normalizeTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Cleans article text. Order: inline residue; structural runs (teaser lists, menus), first so
 * that a list's label is still there to be seen; whole-paragraph rules that hold anywhere; then
 * edge rules walking in from both ends over the contiguous boilerplate there.
 *
 * @example cleanText('Headline\nBody sentence.\n0 Comments', { detectHeadline: true })
 *   // { title: 'Headline', text: 'Body sentence.', removed: [{ rule: 'comment-counter', … }] }
 */
export function cleanText(input: string, options: CleanOptions): CleanedText {
  const paragraphs = splitParagraphs(input).map(applyInlineRules);
  const recovered: Recovered = {};
  const removeWith = (p: Paragraph, rule: ParagraphRule) => {
    p.removedBy = { text: p.original, rule: rule.id, reason: rule.reason };
    if (rule.recover) mergeRecovered(recovered, rule.recover(p.original));
  };

  const structural: [typeof findMenus, string, string][] = [
    [findRelatedLists, 'related-headlines', RELATED_HEADLINES_REASON],
    [findMenus, 'navigation-menu', MENU_REASON],
  ];
  for (const [find, rule, reason] of structural) {
    const texts = paragraphs.map((p) => p.kept);
    for (const i of find(texts, paragraphs.map((p) => p.kept !== '' && !p.removedBy))) {
      const p = paragraphs[i]!;
      p.removedBy = { text: p.original, rule, reason };
    }
  }
  for (const p of paragraphs) {
    if (p.kept === '' || p.removedBy) continue;
    const rule = PARAGRAPH_RULES.find((r) => r.where === 'anywhere' && matches(r, p.kept));
    if (rule) removeWith(p, rule);
    else if (isTimestampLine(p.kept)) p.removedBy = { text: p.original, rule: 'timestamp-line', reason: TIMESTAMP_REASON };
  }
  const edgeRules = PARAGRAPH_RULES.filter((r) => r.where === 'edge');
  const walkEdge = (order: Paragraph[]) => {
    for (const p of order) {
      if (p.kept === '' || p.removedBy) continue;
      const rule = edgeRules.find((r) => matches(r, p.kept));
      if (!rule) break;
      removeWith(p, rule);
    }
  };
  walkEdge([...paragraphs].reverse());
  walkEdge(paragraphs);

  let title: string | undefined;
  const kept = paragraphs.filter((p) => p.kept !== '' && !p.removedBy);
  const first = kept[0];
  if (first && options.knownTitle && normalizeTitle(first.kept) === normalizeTitle(options.knownTitle)) {
    first.removedBy = { text: first.original, rule: 'repeated-title', reason: 'The headline repeated at the top of the body' };
  } else if (first && options.detectHeadline && !options.knownTitle && kept.length >= 2) {
    const next = kept[1]!.kept;
    if (isHeadlineLike(first.kept) || (/[?!]$/.test(first.kept) && first.kept.split(/\s+/).length <= 20)) {
      if (next.length > first.kept.length && /[.!?]["'”’]?(\s|$)/.test(next)) {
        title = first.kept;
        first.removedBy = { text: first.original, rule: 'headline', reason: 'The first line reads as a headline' };
      }
    }
  }

  let text = '';
  const removed: RemovedSpan[] = [];
  for (const p of paragraphs) {
    if (p.removedBy) {
      if (p.removedBy.rule !== 'headline') removed.push({ ...p.removedBy, at: text.length });
      continue;
    }
    for (const r of p.inline) removed.push({ ...r.removal, at: text.length + (text && p.kept ? 2 : 0) + r.at });
    if (p.kept === '') continue;
    if (text) text += '\n\n';
    text += p.kept;
  }
  return { text, ...(title ? { title } : {}), removed, recovered };
}
