// Clustering scores: BCubed (Bagga & Baldwin 1998) and pairwise precision/recall/F1 of a predicted clustering.

export interface ClusterScore {
  precision: number;
  recall: number;
  f1: number;
}

/** BCubed over `ids`: per item, the share of its predicted cluster that is in its gold cluster (precision) and vice versa. */
export function bcubed(ids: string[], gold: Map<string, string>, pred: Map<string, string>): ClusterScore {
  const byGold = groupBy(ids, gold);
  const byPred = groupBy(ids, pred);
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const g = byGold.get(gold.get(id)!)!;
    const c = byPred.get(pred.get(id) ?? id)!;
    let both = 0;
    for (const x of c) if (gold.get(x) === gold.get(id)) both++;
    p += both / c.length;
    r += both / g.length;
  }
  return score(p / ids.length, r / ids.length);
}

/** Pairwise: over all pairs of items, same-cluster pairs predicted vs. gold. */
export function pairwise(ids: string[], gold: Map<string, string>, pred: Map<string, string>): ClusterScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = gold.get(ids[i]!) === gold.get(ids[j]!);
      const p = (pred.get(ids[i]!) ?? ids[i]) === (pred.get(ids[j]!) ?? ids[j]);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  return score(tp / Math.max(1, tp + fp), tp / Math.max(1, tp + fn));
}

function groupBy(ids: string[], of: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const k = of.get(id) ?? id;
    out.set(k, [...(out.get(k) ?? []), id]);
  }
  return out;
}

function score(precision: number, recall: number): ClusterScore {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
