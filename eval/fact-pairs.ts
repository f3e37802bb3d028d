// Scores the facts of story reports on ECB+: which sentences of different reports that make one claim end in one fact
// of the report, and which that make different claims are joined. eval/alignment.ts scores compareStatements on
// sentence pairs; this scores what a reader sees — the report's facts after claims are found, grouped, split and
// merged (compareStory on each subtopic's documents as one story, the gold one, so clustering plays no part).
//
// Labels are eval/alignment.ts claimLabel's over the sentences that mention an annotated event and that the report
// makes claims of (headlines, questions and quotes are not claims, so pairs with them are left out):
// - found: a `same` pair whose two sentences are mentions of one fact;
// - found by article: one of the two sentences is a mention of a fact that cites the other's document (by another of
//   its sentences: a fact has one mention per article);
// - joined wrongly: a `different` pair (no event in common) in one fact. ECB+ annotates only some events of a
//   sentence, and a different pair may still report one unannotated event (copies of one sentence have been seen
//   labelled different): precision here is a lower bound.
import { compareStory } from '../src/compare/index.js';
import { annotateArticle } from '../src/language/index.js';
import type { Article } from '../src/model/article.js';
import { claimLabel, ecbEventSentences, type EcbSentence } from './alignment.js';
import { ecbDocuments, ecbSentenceText, type EcbDoc } from './ecb-data.js';

export interface FactPairsScore {
  subtopics: number;
  /** `same` pairs of claims, and the shares found in one fact and found by article. */
  same: number;
  recall: number;
  articleRecall: number;
  /** `different` pairs of claims, and how many were joined in one fact. */
  different: number;
  joinedWrongly: number;
  /** found / (found + joined wrongly). */
  precision: number;
  /** Share of the annotated event sentences the report makes a claim of. */
  claimShare: number;
}

/** ECB+'s tokens for double quotation marks (it prints `''` for both sides). */
const QUOTE_TOKENS = new Set(['"', '“', '”', "''"]);

interface Shown {
  fact: number;
  docs: Set<string>;
}

/**
 * The report's facts over one subtopic's documents: for each sentence it shows, the facts it is a mention of (one, or
 * two when a clause of it joined another fact) with their documents.
 */
function factsOf(docs: EcbDoc[]): Map<string, Shown[]> {
  const articles: Article[] = [];
  const spans = new Map<string, { key: string; start: number; end: number }[]>();
  docs.forEach((d, n) => {
    let text = '';
    let open = false;
    const own: { key: string; start: number; end: number }[] = [];
    d.sentences.forEach((tokens, i) => {
      if (/^https?:/.test(tokens[0] ?? '')) return;
      const s = ecbSentenceText(tokens);
      // One paragraph per sentence, so the sentence splitter sees ECB+'s sentences; but a quotation left open goes on in
      // the same paragraph, as printed (a sentence of it alone would read as the outlet's claim).
      if (text) text += open ? ' ' : '\n\n';
      if (tokens.filter((t) => QUOTE_TOKENS.has(t)).length % 2 === 1) open = !open;
      own.push({ key: `${d.doc_id}#${i}`, start: text.length, end: text.length + s.length });
      text += s;
    });
    const id = `a_${(n + 1).toString(16).padStart(16, '0')}`;
    spans.set(id, own);
    articles.push({ id, source: `${d.doc_id}.txt`, outlet: d.doc_id, text, removed: [], ...annotateArticle({ text }) });
  });
  const out = new Map<string, Shown[]>();
  compareStory('s_0000000000000000', articles).facts.forEach((f, fact) => {
    const keys = f.mentions.flatMap((m) => spans.get(m.articleId)!.filter((s) => m.start < s.end && m.end > s.start).map((s) => s.key));
    const inDocs = new Set(keys.map((k) => k.split('#')[0]!));
    for (const k of keys) out.set(k, [...(out.get(k) ?? []), { fact, docs: inDocs }]);
  });
  return out;
}

/**
 * Scores the reports of every subtopic of `split`. Asynchronous only to yield between stories: a test runner's worker
 * must answer its heartbeat during the minute this takes.
 */
export async function evaluateFactPairs(split: 'dev' | 'test' | 'train'): Promise<FactPairsScore> {
  const sentences = ecbEventSentences().filter((s) => s.doc.split === split);
  const bySubtopic = new Map<string, EcbSentence[]>();
  for (const s of sentences) bySubtopic.set(s.doc.subtopic, [...(bySubtopic.get(s.doc.subtopic) ?? []), s]);
  const docsOf = new Map<string, EcbDoc[]>();
  for (const d of ecbDocuments()) if (d.split === split) docsOf.set(d.subtopic, [...(docsOf.get(d.subtopic) ?? []), d]);
  let same = 0, found = 0, byArticle = 0, different = 0, joinedWrongly = 0, claims = 0;
  for (const [subtopic, items] of bySubtopic) {
    await new Promise((resolve) => setImmediate(resolve));
    const facts = factsOf(docsOf.get(subtopic)!);
    const shown = items.filter((s) => facts.has(`${s.doc.doc_id}#${s.sent}`));
    claims += shown.length;
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const [x, y] = [shown[i]!, shown[j]!];
        if (x.doc.doc_id === y.doc.doc_id) continue;
        const fx = facts.get(`${x.doc.doc_id}#${x.sent}`)!;
        const fy = facts.get(`${y.doc.doc_id}#${y.sent}`)!;
        const together = fx.some((a) => fy.some((b) => a.fact === b.fact));
        const cites = fx.some((a) => a.docs.has(y.doc.doc_id)) || fy.some((b) => b.docs.has(x.doc.doc_id));
        const label = claimLabel(x, y);
        if (label === 'same') {
          same++;
          if (together) found++;
          if (together || cites) byArticle++;
        } else if (label === 'different') {
          different++;
          if (together) joinedWrongly++;
        }
      }
    }
  }
  return {
    subtopics: bySubtopic.size,
    same,
    recall: found / Math.max(1, same),
    articleRecall: byArticle / Math.max(1, same),
    different,
    joinedWrongly,
    precision: found / Math.max(1, found + joinedWrongly),
    claimShare: claims / Math.max(1, sentences.length),
  };
}

/** The figures eval/baseline.json keeps floors for (`factPairs`). */
export function factPairsFloors(dev: FactPairsScore, test: FactPairsScore): Record<string, number> {
  return { devRecall: dev.recall, devPrecision: dev.precision, testRecall: test.recall, testPrecision: test.precision };
}
