// Scores names on GUM (real English prose: news, interviews, biographies, travel, academic, court): the named mentions
// of people, places and organisations, matched by head (the gold head word inside the predicted span), as GUM's README
// advises. Precision counts every predicted person/place/organisation mention; recall every gold named mention.
import { annotateArticle } from '../src/language/index.js';
import { ecbEntityDocuments } from './ecb-entities.js';
import { readJsonlGz } from './shared-data.js';

interface GumEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  named: boolean;
  head_start: number;
  head_end: number;
}

interface GumDoc {
  doc_id: string;
  genre: string;
  split: string;
  text: string;
  entities: GumEntity[];
}

type NameType = 'person' | 'place' | 'organization';
const TYPES: NameType[] = ['person', 'place', 'organization'];

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface NamesEval {
  documents: number;
  gold: number;
  /** A predicted mention counts when it holds a gold head and has its type. */
  typed: Score;
  /** Type ignored: is the name found at all. */
  untyped: Score;
  byType: Record<NameType, Score>;
  byGenre: Record<string, Score>;
  articlesPerSecond: number;
}

const score = (tp: number, predicted: number, gold: number): Score => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Names on one split of GUM (`test` by default; `dev` and `train` to develop on). */
export function evaluateNames(split = 'test'): NamesEval {
  const docs = readJsonlGz<GumDoc>('data', 'gum-entities', 'documents.jsonl.gz').filter((d) => d.split === split);
  const counts = { tp: 0, utp: 0, pred: 0, gold: 0 };
  const byType = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }])) as Record<NameType, { tp: number; pred: number; gold: number }>;
  const byGenre = new Map<string, { tp: number; pred: number; gold: number }>();
  const started = performance.now();
  const analyses = docs.map((d) => annotateArticle({ text: d.text }));
  const seconds = (performance.now() - started) / 1000;
  docs.forEach((d, i) => {
    const gold = d.entities.filter((e) => e.named && (TYPES as string[]).includes(e.type));
    const predicted = analyses[i]!.entities
      .filter((e) => (TYPES as string[]).includes(e.type))
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type as NameType })));
    const genre = byGenre.get(d.genre) ?? { tp: 0, pred: 0, gold: 0 };
    byGenre.set(d.genre, genre);
    counts.gold += gold.length;
    counts.pred += predicted.length;
    genre.gold += gold.length;
    genre.pred += predicted.length;
    for (const g of gold) byType[g.type as NameType].gold++;
    for (const p of predicted) byType[p.type].pred++;
    // One gold mention per prediction, the first whose head the prediction holds (typed match preferred).
    const used = new Set<GumEntity>();
    for (const p of predicted) {
      const holds = (g: GumEntity) => !used.has(g) && g.head_start >= p.start && g.head_end <= p.end;
      const typed = gold.find((g) => holds(g) && g.type === p.type);
      const any = typed ?? gold.find(holds);
      if (!any) continue;
      used.add(any);
      counts.utp++;
      if (typed) {
        counts.tp++;
        genre.tp++;
        byType[p.type].tp++;
      }
    }
  });
  return {
    documents: docs.length,
    gold: counts.gold,
    typed: score(counts.tp, counts.pred, counts.gold),
    untyped: score(counts.utp, counts.pred, counts.gold),
    byType: Object.fromEntries(TYPES.map((t) => [t, score(byType[t].tp, byType[t].pred, byType[t].gold)])) as Record<NameType, Score>,
    byGenre: Object.fromEntries([...byGenre].map(([g, c]) => [g, score(c.tp, c.pred, c.gold)])),
    articlesPerSecond: docs.length / seconds,
  };
}

export interface NewsNamesEval {
  documents: number;
  /** Gold heads of named people, places and organisations (the head capitalised). */
  gold: number;
  /** Share of them inside a name the language stage found, whatever its type. */
  found: number;
  /** Share of them inside a name found with their type: recall of typed names, the figure gated. */
  typed: number;
  byType: Record<NameType, { gold: number; typed: number }>;
}

/**
 * Typed names in news, on ECB+ (`test`: its test topics 36–45, which the name-type model never trained on; `train`:
 * the rest). ECB+ marks only the entities of its annotated events, so unmarked names found are neither right nor
 * wrong: this measures recall of typed names, not precision (GUM above measures both).
 */
export function evaluateNewsNames(split: 'test' | 'train' = 'test'): NewsNamesEval {
  const docs = ecbEntityDocuments().filter((d) => (d.split === 'test') === (split === 'test'));
  const byType = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, typed: 0 }])) as Record<NameType, { gold: number; typed: number }>;
  let gold = 0;
  let found = 0;
  for (const d of docs) {
    const entities = annotateArticle({ text: d.text }).entities;
    for (const h of d.heads) {
      if (h.type === 'other' || !/^\p{Lu}/u.test(d.text.slice(h.start, h.end))) continue;
      gold++;
      byType[h.type].gold++;
      const holding = entities.find((e) => e.mentions.some((m) => m.start <= h.start && m.end >= h.end));
      if (!holding) continue;
      found++;
      if (holding.type === h.type) byType[h.type].typed++;
    }
  }
  const typed = TYPES.reduce((n, t) => n + byType[t].typed, 0);
  return { documents: docs.length, gold, found: gold ? found / gold : 0, typed: gold ? typed / gold : 0, byType };
}
