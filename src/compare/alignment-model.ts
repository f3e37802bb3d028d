// A learned second opinion on whether two statements are one: logistic regression over a few measures of a comparison
// (data/alignment-model.json, fitted on ECB+'s train split by scripts/fit-alignment.ts, its threshold chosen on the dev
// split). It finds long sentences that state one event with much of the same content in other words, which the score's
// threshold alone misses; it never overrules a flipped polarity, swapped roles or different figures.
import { readFileSync } from 'node:fs';

/** What the model reads of a comparison, in this order (see alignmentMeasures in compare-statements.ts). */
export const ALIGNMENT_FEATURES = [
  // the comparison's score (meaning and wording blended)
  'score',
  // the smaller share of either statement's words (as printed) found in the other
  'wordingMin',
  // the smaller share of either statement's ordinary words (lemmas, synonyms, hierarchy) matched in the other
  'wordsMin',
  // log(1 + the smaller weight of content either statement has matched in the other): how much is shared, not what share
  'sharedContent',
  // 1 when both statements name someone or something
  'bothNamed',
  // when both do: the larger share of either's names found in the other
  'namesMax',
  // 1 when the two print a figure of the same value and unit ("40 deckhands" / "40 of the crew")
  'sharedFigure',
] as const;

export interface AlignmentModel {
  features: string[];
  /** Standardisation of each feature (train split's mean and standard deviation), then its weight; and the bias. */
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  /** Probability at or above which two statements are one (chosen on the dev split for the precision below). */
  threshold: number;
  /** Where it comes from and how it scored when fitted. */
  provenance: Record<string, string | number>;
}

let loaded: AlignmentModel | null | undefined;

/** The shipped model. */
export function alignmentModel(): AlignmentModel {
  if (loaded) return loaded;
  const raw = JSON.parse(readFileSync(new URL('../../data/alignment-model.json', import.meta.url), 'utf8')) as AlignmentModel;
  if (raw.features.join() !== ALIGNMENT_FEATURES.join()) throw new Error('data/alignment-model.json was fitted on other features: run scripts/fit-alignment.ts');
  return (loaded = raw);
}

/** The model's probability that a comparison with these measures is of one statement. */
export function sameProbability(model: Pick<AlignmentModel, 'mean' | 'sd' | 'weights' | 'bias'>, measures: readonly number[]): number {
  let z = model.bias;
  measures.forEach((v, k) => (z += model.weights[k]! * ((v - model.mean[k]!) / (model.sd[k]! || 1))));
  return 1 / (1 + Math.exp(-z));
}
