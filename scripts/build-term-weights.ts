// Builds data/news-df.json.gz: in how many news and prose documents each word (as a lemma) occurs, the statistic behind
// how much a word counts when two statements are compared (src/compare/term-weights.ts); and data/story-df.json.gz, the
// same for the word stems story clustering reads (src/cluster/index.ts), which weigh an archive's first articles before
// its own counts mean much.
// `npx tsx scripts/build-term-weights.ts` with ../shared/data beside the project. Counts only, no text, from:
// - semeval2015-timeline: 90 Wikinews articles (CC BY 2.5);
// - gum-entities: the documents of its CC BY genres (academic, court, interview, news), not the CC BY-SA ones;
// - ecbplus: the news documents of its train and dev topics (the test topics are kept out: they score the alignment).
// Words in fewer than MIN_DF documents are left out: unseen words count as the rarest.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readJsonlGz } from '../eval/shared-data.js';
import { toStatement } from '../src/compare/statement.js';
import { contentStems } from '../src/language/index.js';
import { outputPath } from './output.js';

const MIN_DF = 2;
const texts: string[] = [];
for (const d of readJsonlGz<{ sentences: string[][] }>('data', 'semeval2015-timeline', 'documents.jsonl.gz')) texts.push(d.sentences.map((s) => s.join(' ')).join('\n'));
for (const d of readJsonlGz<{ genre: string; text: string }>('data', 'gum-entities', 'documents.jsonl.gz')) {
  if (['academic', 'court', 'interview', 'news'].includes(d.genre)) texts.push(d.text);
}
for (const d of readJsonlGz<{ split: string; sentences: string[][]; doc_id: string }>('data', 'ecbplus', 'documents.jsonl.gz')) {
  if (d.split === 'test') continue;
  // In ECB+ documents sentence 0 is the source URL.
  texts.push(d.sentences.slice(d.doc_id.endsWith('ecbplus') ? 1 : 0).map((s) => s.join(' ')).join('\n'));
}
const df = new Map<string, number>();
for (const text of texts) {
  const keys = new Set<string>();
  for (const line of text.split('\n')) for (const t of toStatement(line).terms) if (t.kind === 'word') keys.add(t.key);
  for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : 1));
const out = { source: 'document frequencies of lemmas in semeval2015-timeline (Wikinews), GUM (CC BY genres) and ECB+ (train and dev topics)', docs: texts.length, df: kept };
writeFileSync(outputPath('news-df.json.gz'), gzipSync(JSON.stringify(out), { level: 9 }));
console.log(`${texts.length} documents, ${df.size} lemmas, ${kept.length} kept (df ≥ ${MIN_DF})`);

const stemDf = new Map<string, number>();
for (const text of texts) for (const k of new Set(contentStems(text))) stemDf.set(k, (stemDf.get(k) ?? 0) + 1);
const stems = [...stemDf].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : 1));
const stemsOut = { source: 'document frequencies of word stems (src/language contentStems) in the documents of news-df.json.gz', docs: texts.length, df: stems };
writeFileSync(outputPath('story-df.json.gz'), gzipSync(JSON.stringify(stemsOut), { level: 9 }));
console.log(`${stemDf.size} stems, ${stems.length} kept (df ≥ ${MIN_DF})`);
