// Scores claim alignment on ECB+: do two sentences from different reports say the same thing? Real news, labelled by
// the corpus' cross-document event and entity coreference (no text from it is kept in the project).
//
// Pairs, all from different documents:
// - same: two sentences of one event (subtopic) that mention the same event (one coreference chain of an action,
//   state or causative, not a reporting verb) with at least two more shared chains (participants, places, times,
//   events), covering most of what each sentence mentions (so a passing mention of the event does not count);
// - different, same story: two sentences of one subtopic that share no event chain (different claims of one story);
// - different, same kind: a sentence of each of a topic's two events (ECB+'s hard negatives: another earthquake,
//   another arrest).
// Negatives are sampled (seeded) to the number of positives of each split. A method's score ranks pairs (AUC) and its
// decision gives precision, recall and F1 on "same".
import { compareStatementTerms, SAME_STATEMENT_SCORE } from '../src/compare/compare-statements.js';
import { sameFactLegacy } from './legacy-facts.js';
import { toStatement } from '../src/compare/statement.js';
import { ecbDocuments, ecbMentions, ecbSentenceText, type EcbDoc, type EcbMention } from './ecb-data.js';

export interface AlignmentPair {
  a: string;
  b: string;
  same: boolean;
  /** `story`: a negative from one subtopic; `kind`: a negative from the topic's other event. */
  negative?: 'story' | 'kind';
  split: string;
}

export interface Classification {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Area under the ROC curve of the score (how well it ranks same pairs above different ones). */
  auc: number;
}

const isEvent = (m: EcbMention) => /^(?:NEG_)?ACTION_(?:OCCURRENCE|STATE|CAUSATIVE|ASPECTUAL)$/.test(m.mention_full_type) && !m.is_singleton;
const isEntity = (m: EcbMention) => /^(?:HUMAN|NON_HUMAN|LOC|TIME)/.test(m.mention_full_type) && !m.is_singleton;

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** A sentence of an ECB+ document with the coreference chains of the events and entities it mentions. */
export interface EcbSentence {
  doc: EcbDoc;
  sent: number;
  text: string;
  events: Set<string>;
  entities: Set<string>;
}

let eventSentences: EcbSentence[] | undefined;
/** The sentences of ECB+ documents that mention at least one annotated event (not a URL line), with their chains. */
export function ecbEventSentences(): EcbSentence[] {
  return (eventSentences ??= readEventSentences());
}

function readEventSentences(): EcbSentence[] {
  const docs = new Map(ecbDocuments().map((d) => [d.doc_id, d]));
  const sentences = new Map<string, EcbSentence>();
  for (const m of ecbMentions()) {
    const doc = docs.get(m.doc_id);
    const tokens = doc?.sentences[m.sent_id];
    if (!doc || !tokens || /^https?:/.test(tokens[0] ?? '')) continue;
    const key = `${m.doc_id}#${m.sent_id}`;
    let s = sentences.get(key);
    if (!s) sentences.set(key, (s = { doc, sent: m.sent_id, text: ecbSentenceText(tokens), events: new Set(), entities: new Set() }));
    if (isEvent(m)) s.events.add(m.coref_chain);
    else if (isEntity(m)) s.entities.add(m.coref_chain);
  }
  return [...sentences.values()].filter((s) => s.events.size > 0);
}

/**
 * How two sentences of one subtopic (different documents) are labelled: `same` when they make one claim — the same
 * event with at least two of the same participants, places or times, and most of each sentence's annotated events
 * and entities shared (not one event mentioned in passing in a longer sentence); `different` when they share no event;
 * undefined between the two.
 */
export function claimLabel(x: EcbSentence, y: EcbSentence): 'same' | 'different' | undefined {
  if (![...x.events].some((e) => y.events.has(e))) return 'different';
  const shared = [...x.entities].filter((e) => y.entities.has(e)).length + [...x.events].filter((e) => y.events.has(e)).length;
  const overlap = shared / Math.min(x.entities.size + x.events.size, y.entities.size + y.events.size);
  return shared >= 3 && overlap >= 0.6 ? 'same' : undefined;
}

/** The labelled sentence pairs, positives and sampled negatives, per split. */
export function alignmentPairs(seed = 11): AlignmentPair[] {
  const list = ecbEventSentences();
  const rand = random(seed);
  const pairs: AlignmentPair[] = [];
  const bySplit = new Map<string, typeof list>();
  for (const s of list) bySplit.set(s.doc.split, [...(bySplit.get(s.doc.split) ?? []), s]);
  for (const [split, items] of bySplit) {
    const positives: AlignmentPair[] = [];
    const story: AlignmentPair[] = [];
    const kind: AlignmentPair[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const x = items[i]!;
        const y = items[j]!;
        if (x.doc.doc_id === y.doc.doc_id || x.doc.topic !== y.doc.topic) continue;
        const pair = { a: x.text, b: y.text, split };
        if (x.doc.subtopic !== y.doc.subtopic) kind.push({ ...pair, same: false, negative: 'kind' });
        else {
          const label = claimLabel(x, y);
          if (label === 'same') positives.push({ ...pair, same: true });
          else if (label === 'different') story.push({ ...pair, same: false, negative: 'story' });
        }
      }
    }
    const sample = (xs: AlignmentPair[], n: number) => {
      const copy = [...xs];
      for (let i = copy.length - 1; i > 0; i--) {
        const k = Math.floor(rand() * (i + 1));
        [copy[i], copy[k]] = [copy[k]!, copy[i]!];
      }
      return copy.slice(0, n);
    };
    const n = positives.length;
    pairs.push(...positives, ...sample(story, Math.ceil(n / 2)), ...sample(kind, Math.floor(n / 2)));
  }
  return pairs;
}

/** Precision, recall, F1 and accuracy of decisions, and the AUC of scores, on labelled pairs. */
export function classify(pairs: AlignmentPair[], scores: number[], decisions: boolean[]): Classification {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  pairs.forEach((p, i) => {
    if (decisions[i] && p.same) tp++;
    else if (decisions[i]) fp++;
    else if (p.same) fn++;
    if (decisions[i] === p.same) right++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, accuracy: right / pairs.length, auc: auc(pairs.map((p) => p.same), scores) };
}

function auc(labels: boolean[], scores: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  // Average ranks for ties.
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (!labels[order[k]![1]]) continue;
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = labels.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0;
}

export interface AlignmentEval {
  pairs: { split: string; same: number; different: number }[];
  method: Record<'test' | 'dev' | 'train', Classification>;
  legacy: Record<'test' | 'dev' | 'train', Classification>;
  /** The method's recall on "same" and its false-positive rate on each kind of negative, test split. */
  testByNegative: { story: number; kind: number };
  pairsPerSecond: number;
}

/** Scores the shipped method (compareStatements' decision) and the previous fact test on every split. */
export function evaluateAlignment(pairs: AlignmentPair[] = alignmentPairs()): AlignmentEval {
  const started = performance.now();
  const results = pairs.map((p) => compareStatementTerms(toStatement(p.a), toStatement(p.b)));
  const pairsPerSecond = pairs.length / ((performance.now() - started) / 1000);
  const legacy = pairs.map((p) => sameFactLegacy(p.a, p.b));
  const bySplit = <T>(split: string, xs: T[]) => xs.filter((_, i) => pairs[i]!.split === split);
  const score = (split: 'test' | 'dev' | 'train') => {
    const ps = pairs.filter((p) => p.split === split);
    return {
      method: classify(ps, bySplit(split, results).map((r) => r.score), bySplit(split, results).map((r) => r.same)),
      legacy: classify(ps, bySplit(split, legacy).map((r) => r.score), bySplit(split, legacy).map((r) => r.same)),
    };
  };
  const test = score('test');
  const dev = score('dev');
  const train = score('train');
  const falsePositiveRate = (kind: 'story' | 'kind') => {
    const idx = pairs.map((p, i) => [p, i] as const).filter(([p]) => p.split === 'test' && p.negative === kind);
    return idx.filter(([, i]) => results[i]!.same).length / Math.max(1, idx.length);
  };
  return {
    pairs: ['train', 'dev', 'test'].map((split) => ({ split, same: pairs.filter((p) => p.split === split && p.same).length, different: pairs.filter((p) => p.split === split && !p.same).length })),
    method: { test: test.method, dev: dev.method, train: train.method },
    legacy: { test: test.legacy, dev: dev.legacy, train: train.legacy },
    testByNegative: { story: falsePositiveRate('story'), kind: falsePositiveRate('kind') },
    pairsPerSecond,
  };
}

/** The figures eval/baseline.json keeps floors for (`alignment`). */
export function alignmentFloors(al: AlignmentEval): Record<string, number> {
  const m = al.method;
  return { devPrecision: m.dev.precision, devRecall: m.dev.recall, devAuc: m.dev.auc, testPrecision: m.test.precision, testRecall: m.test.recall, testAuc: m.test.auc };
}

export { SAME_STATEMENT_SCORE };
