// Fact groups → a neutral brief: the best-supported facts, no two alike, each sentence taken from an article and citing
// every article that carries it.
import type { BriefSentence } from '../model/report.js';
import type { FactGroup } from './facts.js';
import { FRAMING_RULES } from './rules/framing.js';
import { containment, jaccard } from './similarity.js';

/** The brief's length cap, in sentences. */
export const BRIEF_SENTENCES = 8;
/** A candidate this similar to a chosen sentence says the same thing and is skipped. */
export const BRIEF_MAX_OVERLAP = 0.3;
/** … or this much of the shorter one's content words are in a chosen sentence ("The blaze started in a storage hall"). */
export const BRIEF_MAX_CONTAINMENT = 0.5;

export function buildBrief(groups: FactGroup[], independentOf: (articleIds: string[]) => number): BriefSentence[] {
  const candidates = groups
    .filter((g) => standsAlone(g.representative.span.text))
    .map((g) => {
      const ids = [...new Set(g.items.map((i) => i.articleId))];
      return { g, ids, score: independentOf(ids) + 1 / (1 + g.representative.span.start / 1000) };
    })
    .sort((a, b) => b.score - a.score);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length >= BRIEF_SENTENCES) break;
    const a = c.g.representative.stems;
    if (chosen.some((x) => jaccard(x.g.representative.stems, a) > BRIEF_MAX_OVERLAP || containment(x.g.representative.stems, a) > BRIEF_MAX_CONTAINMENT)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => ({ text: c.g.representative.span.text, articleIds: c.ids, source: c.g.representative.span }));
}

/** A brief sentence must read on its own and stay neutral: no quotes, questions, leading pronouns or framing cues. */
function standsAlone(text: string): boolean {
  if (/["“”]/.test(text) || /\?\s*$/.test(text)) return false;
  if (/^(?:he|she|they|it|this|that|these|those|his|her|their)\b/i.test(text)) return false;
  return !FRAMING_RULES.some((r) => new RegExp(r.pattern.source, 'i').test(text));
}
