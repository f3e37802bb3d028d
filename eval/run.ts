// `npm run eval`: scores each stage on ../shared/data, prints a table, exits 1 on any regression below eval/baseline.json.
import { evaluateExtraction } from './extraction.js';
import { readBaseline, regressions } from './gate.js';
import { hasShared, SHARED_DIR } from './shared-data.js';

const fmt = (x: number) => x.toFixed(4);

if (!hasShared('data')) {
  console.log(`eval skipped: no labelled data at ${SHARED_DIR}/data (set TRIANGULATE_SHARED to its parent folder)`);
  process.exit(0);
}
const floors = readBaseline();
const failures: string[] = [];

const ex = evaluateExtraction();
console.log('Extraction — zyte-article-extraction (181 pages), benchmark metric');
console.log('| system | F1 | precision | recall | accuracy |');
console.log('|---|---|---|---|---|');
for (const [name, s] of [['Triangulate', ex.triangulate], ['whole-page text', ex.wholePage]] as const) {
  console.log(`| ${name} | ${fmt(s.f1)} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.accuracy)} |`);
}
console.log(`pages/s (extraction + cleaning, one core, this run): ${ex.pagesPerSecond.toFixed(1)}`);
failures.push(...regressions('extraction', { ...ex.triangulate }, floors));

if (failures.length) {
  console.error(`\nREGRESSION:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nall stages at or above their floors (eval/baseline.json)');
