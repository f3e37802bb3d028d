// Scores names on GUM (real English prose: news, interviews, biographies, travel, academic, court): the named mentions
// of people, places and organisations, matched by head (the gold head word inside the predicted span), as GUM's README
// advises. Precision counts every predicted person/place/organisation mention; recall every gold named mention.
import { annotateArticle } from '../src/language/index.js';
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
