// Each article's framing: hedges and loaded words in the writer's own text, scare-quoted terms, attribution verbs.
import { escapeRegExp } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { FramingItem } from '../model/report.js';
import type { Quote } from '../model/analysis.js';
import { FRAMING_RULES, NEUTRAL_VERBS } from './rules/framing.js';

/** How far from a quote its attribution verb is looked for, in characters. */
const VERB_REACH = 160;

export function framingOf(a: Article, speakerOf: (name: string) => string): FramingItem[] {
  const out: FramingItem[] = [];
  const quotes = a.quotes ?? [];
  const insideQuote = (at: number) => quotes.some((q) => q.kind === 'statement' && at >= q.start && at < q.end);
  const cues: FramingItem[] = [];
  for (const rule of FRAMING_RULES) {
    for (const m of a.text.matchAll(rule.pattern)) {
      if (insideQuote(m.index)) continue;
      cues.push({ articleId: a.id, kind: rule.kind, text: m[0], start: m.index, end: m.index + m[0].length, note: rule.note });
    }
  }
  // One wording is one cue: "false" inside "under false pretenses" is not a second.
  out.push(...cues.filter((c) => !cues.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start)));
  for (const q of quotes) {
    if (q.kind === 'term') {
      // American style puts the sentence's period inside the marks: it is not part of the term.
      const text = q.text.replace(/[\s.,;:]+$/u, '');
      // An outlet that writes the term in its own words elsewhere adopts it: its marks there name the word
      // ("would not call it a "closure"") rather than keep a distance from it.
      if (text && !usedUnquoted(a.text, text, quotes)) out.push({ articleId: a.id, kind: 'term', text, start: q.start, end: q.start + text.length, note: 'in quotation marks: the outlet does not adopt the term' });
    }
    if (q.kind !== 'statement' || !q.verb || !q.speaker) continue;
    const at = nearestVerb(a.text, q.verb, q.start, q.end);
    if (at === null) continue;
    const loaded = !NEUTRAL_VERBS.has(q.verb.toLowerCase());
    out.push({
      articleId: a.id,
      kind: 'attribution',
      text: q.verb,
      start: at,
      end: at + q.verb.length,
      note: `${speakerOf(q.speaker)} ${q.verb}${loaded ? ' (not a neutral "said")' : ''}`,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** `text` holds `term` as whole words outside every quotation (the language stage reads every quotation as a quote). */
function usedUnquoted(text: string, term: string, quotes: readonly Quote[]): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of text.matchAll(pattern)) if (!quotes.some((q) => m.index >= q.start && m.index < q.end)) return true;
  return false;
}

function nearestVerb(text: string, verb: string, start: number, end: number): number | null {
  const from = Math.max(0, start - VERB_REACH);
  const window = text.slice(from, Math.min(text.length, end + VERB_REACH));
  let best: number | null = null;
  for (const m of window.matchAll(new RegExp(`\\b${escapeRegExp(verb)}\\b`, 'g'))) {
    const at = from + m.index;
    if (at >= start && at < end) continue;
    if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}
