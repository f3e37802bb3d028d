// The Zyte article-extraction benchmark's metric (its evaluate.py, as described in the data set's README).

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < 4) {
    out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page counts, normalised so each page weighs the same. */
export function pageCounts(gold: string, pred: string): ShingleCounts {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of g) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

/** Precision and recall are means over pages; F1 is taken from the two means. */
export function scoreExtraction(pairs: { gold: string; pred: string }[]): ExtractionScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { gold, pred } of pairs) {
    const c = pageCounts(gold, pred);
    if (c.fp === 0 && c.fn === 0) {
      precisions.push(1);
      recalls.push(1);
    } else {
      if (c.tp + c.fp > 0) precisions.push(c.tp / (c.tp + c.fp));
      if (c.tp + c.fn > 0) recalls.push(c.tp / (c.tp + c.fn));
    }
    const tok = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
    if (tok(gold) === tok(pred)) exact++;
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, accuracy: exact / pairs.length, pages: pairs.length };
}
