// Scores who a subject "he" or "she" stands for on GUM (real English prose with every mention's coreference): each
// sentence opening with the pronoun, whose entity was mentioned before, is resolved by subjectPronounReferent; it is
// right when the person found has a mention holding the head of a mention of the pronoun's coreference group.
// A reference is measured in the same run: the last person named before the pronoun (the reading it replaced).
import { annotateArticle, genderOfFirstName, subjectPronounReferent } from '../src/language/index.js';
import type { Entity } from '../src/model/analysis.js';
import { readJsonlGz } from './shared-data.js';

interface GumMention {
  start: number;
  end: number;
  eid: string;
  head_start: number;
  head_end: number;
}

interface GumDoc {
  split: string;
  text: string;
  entities: GumMention[];
}

export interface PronounScore {
  /** Sentence-opening "he"/"she" whose entity is mentioned before them. */
  pronouns: number;
  /** Share resolved to the right person, of those resolved (precision). */
  precision: number;
  /** Share resolved to the right person, of all (recall). */
  recall: number;
  /** Share left unresolved. */
  unresolved: number;
}

export interface PronounsEval {
  method: Record<string, PronounScore>;
  /** The last person named before the pronoun, of a gender that fits. */
  lastNamed: Record<string, PronounScore>;
}

function lastNamed(entities: readonly Entity[], at: number, pronoun: string): Entity | undefined {
  const unfit = pronoun === 'he' ? 'female' : 'male';
  let best: { entity: Entity; end: number } | undefined;
  for (const entity of entities) {
    if (entity.type !== 'person' || genderOfFirstName(entity.name.split(/\s+/)[0]!) === unfit) continue;
    for (const m of entity.mentions) if (m.end <= at && (!best || m.end > best.end)) best = { entity, end: m.end };
  }
  return best?.entity;
}

export function evaluatePronouns(): PronounsEval {
  const docs = readJsonlGz<GumDoc>('data', 'gum-entities', 'documents.jsonl.gz');
  const counts = new Map<string, { n: number; method: [number, number]; last: [number, number] }>();
  for (const doc of docs) {
    const analysis = annotateArticle({ text: doc.text });
    for (const sentence of analysis.sentences) {
      const opening = /^(He|She)\b/.exec(doc.text.slice(sentence.start, sentence.end));
      const gold = opening && doc.entities.find((e) => e.start === sentence.start && e.end === sentence.start + opening[1]!.length);
      if (!gold) continue;
      const group = doc.entities.filter((e) => e.eid === gold.eid && e !== gold);
      if (!group.some((e) => e.start < sentence.start)) continue;
      const right = (entity: Entity) => entity.mentions.some((m) => group.some((g) => g.head_start >= m.start && g.head_end <= m.end));
      const c = counts.get(doc.split) ?? { n: 0, method: [0, 0], last: [0, 0] };
      counts.set(doc.split, c);
      c.n++;
      const found = subjectPronounReferent(doc.text, analysis.sentences, analysis.entities, sentence.start);
      const last = lastNamed(analysis.entities, sentence.start, opening[1]!.toLowerCase());
      for (const [entity, tally] of [[found, c.method], [last, c.last]] as const) {
        if (!entity) continue;
        tally[0]++;
        if (right(entity)) tally[1]++;
      }
    }
  }
  const score = (n: number, [resolved, right]: [number, number]): PronounScore => ({
    pronouns: n,
    precision: resolved ? right / resolved : 0,
    recall: n ? right / n : 0,
    unresolved: n ? (n - resolved) / n : 0,
  });
  const all = [...counts.values()].reduce((a, c) => ({ n: a.n + c.n, method: [a.method[0] + c.method[0], a.method[1] + c.method[1]], last: [a.last[0] + c.last[0], a.last[1] + c.last[1]] }), { n: 0, method: [0, 0], last: [0, 0] } as { n: number; method: [number, number]; last: [number, number] });
  const splits = [...counts].sort(([a], [b]) => a.localeCompare(b));
  return {
    method: Object.fromEntries([...splits.map(([s, c]) => [s, score(c.n, c.method)]), ['all', score(all.n, all.method)]]),
    lastNamed: Object.fromEntries([...splits.map(([s, c]) => [s, score(c.n, c.last)]), ['all', score(all.n, all.last)]]),
  };
}
