// How much a term counts when statements are compared: its rarity in news (inverse document frequency, from the
// counts in data/news-df.json.gz, built by scripts/build-term-weights.ts). Names, figures and dates count as the rarest.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UNITS } from './rules/statement-words.js';
import type { Term } from './statement.js';

/** Units of measure (percent, currencies, lengths …), as opposed to a counted word ("40 workers" → worker). */
const MEASURES: ReadonlySet<string> = new Set(UNITS.values());

let table: { docs: number; df: Map<string, number> } | undefined;

function counts(): { docs: number; df: Map<string, number> } {
  if (table) return table;
  const raw = JSON.parse(gunzipSync(readFileSync(new URL('../../data/news-df.json.gz', import.meta.url))).toString()) as { docs: number; df: [string, number][] };
  table = { docs: raw.docs, df: new Map(raw.df) };
  return table;
}

/** The inverse document frequency of a word's lemma (unseen words: as if in one document). */
export function idf(key: string): number {
  const { docs, df } = counts();
  return Math.log((docs + 1) / ((df.get(key) ?? 1) + 0.5));
}

/** The weight of the rarest words: names, dates and figures with a unit. */
const rarest = () => idf('');

/**
 * A term's weight: idf for words; names, dates and figures with a unit ("20%", "$3 billion") weigh like the rarest words;
 * a count of something ("two sides", "40 workers") like the word it counts, since small counts are common.
 */
export function termWeight(t: Term): number {
  // A verb of several words ("step_down") weighs like its verb: the particles are common words.
  if (t.kind === 'word') return idf(t.key.split('_')[0]!);
  if (t.kind === 'quantity' && t.unit && !MEASURES.has(t.unit)) return Math.max(idf(t.unit), t.value !== undefined && t.value > 10 ? rarest() * 0.75 : 0);
  return rarest();
}
