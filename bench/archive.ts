// Builds a synthetic archive of N articles (`npx tsx bench/archive.ts <db or postgres://…> <articles>`) and measures it:
// build time, size, full-text search, story list, and the story API and page for one 500-article story.
// The filler articles are generated from an invented vocabulary; the large story is made of the fictional
// fixture corpus's fire reports, analysed for real, so its report is built by the real comparison.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateEvidence } from '../src/dedupe/index.js';
import { annotateArticle } from '../src/language/index.js';
import { articleIdFor } from '../src/model/article-id.js';
import type { Article } from '../src/model/article.js';
import type { StorySnapshot } from '../src/model/story.js';
import { openStore } from '../src/service/open-store.js';
import type { ArticleWrite, Store } from '../src/store/store.js';
import { bigStoryDocuments, timeRequests } from './stories.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A seeded generator, so every build of one size is the same archive. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const SYLLABLES = ['ka', 'lo', 'min', 'dre', 'sul', 'ta', 'ven', 'ro', 'bi', 'nak', 'el', 'sor', 'pa', 'qui', 'dar', 'mo', 'le', 'tin', 'vas', 'oru'];
/** An invented word for each index: two to four syllables, so the vocabulary has no real words. */
const word = (i: number) => {
  let w = '';
  let n = i + 20;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
};
const VOCABULARY = 50_000;

/** The id of the 500-article story. */
const BIG_STORY = 's_b160000000000000';

interface FillerStory {
  topic: number[];
  size: number;
  day: number;
}

/** Builds `articles` articles: one 500-article story from the fixture corpus, the rest in stories of 1–12 articles. */
export async function buildArchive(store: Store, articles: number, onProgress?: (done: number) => void): Promise<{ bigStory: string; ms: number }> {
  const t0 = performance.now();
  const rand = random(7);
  const zipf = () => Math.floor(VOCABULARY * Math.pow(rand(), 3));
  const BIG = Math.min(500, Math.floor(articles / 2));
  const writes: ArticleWrite[] = [];
  const stories: StorySnapshot[] = [];
  let docs = 0;
  const flush = async () => {
    await store.write({ articles: writes, relinks: [] });
    await store.writeStories({ docs, df: [], stories, removed: [] });
    writes.length = 0;
    stories.length = 0;
    onProgress?.(docs);
  };
  const add = (source: string, fields: Partial<Article> & { text: string }) => {
    const article: Article = { id: articleIdFor(source), source, removed: [], ...fields };
    writes.push({ article, raw: { source, kind: 'text', content: fields.text, encoding: 'utf-8', hints: {} }, evidence: duplicateEvidence(fields.text) });
    docs++;
    return article.id;
  };

  // The large story: the fixture's fire reports, each outlet with its own closing line, analysed.
  const bigMembers: string[] = [];
  for (const [i, d] of (await bigStoryDocuments(ROOT, BIG)).entries()) {
    bigMembers.push(add(`synthetic/big/${i}`, { ...d, ...annotateArticle({ text: d.text, published: d.published }) }));
  }
  const bigStory = BIG_STORY;
  stories.push({ id: bigStory, centroid: [['fire', 1]], members: bigMembers, first: 20_000, last: 20_001 });
  await flush();

  // Filler stories until the archive has `articles` articles.
  let storyNo = 0;
  while (docs < articles) {
    const story: FillerStory = { topic: Array.from({ length: 12 }, () => Math.floor(rand() * VOCABULARY)), size: 1 + Math.floor(rand() * 12), day: 19_000 + Math.floor(rand() * 2_000) };
    const id = `s_${(storyNo++).toString(16).padStart(16, '0')}`;
    const members: string[] = [];
    const counts = new Map<string, number>();
    for (let k = 0; k < story.size && docs < articles; k++) {
      const words: string[] = [];
      for (let w = 0; w < 160; w++) words.push(word(rand() < 0.25 ? story.topic[Math.floor(rand() * 12)]! : zipf()));
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      const sentences: string[] = [];
      for (let w = 0; w < words.length; w += 16) {
        const s = words.slice(w, w + 16).join(' ');
        sentences.push(s[0]!.toUpperCase() + s.slice(1) + '.');
      }
      const published = new Date((story.day + (k % 3)) * 86_400_000).toISOString().slice(0, 10);
      const n = docs;
      members.push(add(`synthetic/${n}`, { outlet: `Outlet ${n % 400}`, title: sentences[0]!.slice(0, 80), published, text: sentences.join(' ') }));
    }
    const centroid = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 100).map(([t, c]): [string, number] => [t, c / members.length]);
    stories.push({ id, centroid, members, first: story.day, last: story.day + 2 });
    if (writes.length >= 1000) await flush();
  }
  await flush();
  return { bigStory, ms: performance.now() - t0 };
}

/** Times the read paths a user waits on, in an archive built by buildArchive. */
export async function measureArchive(store: Store, bigStory: string, runs = 20) {
  const { createApp } = await import('../src/http/app.js');
  const app = createApp({ store });
  const time = (path: string, n = runs) => timeRequests(app, path, n);
  // The first requests build the report and render the page; both are then kept until the story changes.
  let t = performance.now();
  await (await app.request(`/api/stories/${bigStory}`)).text();
  const reportColdMs = performance.now() - t;
  t = performance.now();
  await (await app.request(`/stories/${bigStory}`)).text();
  const pageColdMs = performance.now() - t;
  return {
    reportColdMs,
    pageColdMs,
    storyApi: await time(`/api/stories/${bigStory}`),
    storyPage: await time(`/stories/${bigStory}`),
    // Words at three frequencies of the invented vocabulary: common, middling, rare.
    search: await time(`/api/search?q=${word(3)}`),
    searchRare: await time(`/api/search?q=${word(40_000)}`),
    storyList: await time('/api/stories'),
    storyListSearch: await time(`/api/stories?q=${word(2_000)}`),
    home: await time('/', 10),
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [target, n, mode] = process.argv.slice(2);
  if (!target || !n) {
    console.error('usage: tsx bench/archive.ts <archive.db | postgres://…> <articles> [--measure-only]');
    process.exit(2);
  }
  if (mode === '--measure-only') {
    // An archive this script built before: drop cached reports and pages so the first views are measured again.
    if (!target.includes('://')) {
      const { default: Database } = await import('better-sqlite3');
      new Database(target).exec('DELETE FROM story_reports').close();
    }
    const store = await openStore(target);
    console.log(JSON.stringify(await measureArchive(store, BIG_STORY), (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2));
    await store.close();
    process.exit(0);
  }
  if (!target.includes('://')) mkdirSync(dirname(resolve(target)), { recursive: true });
  const store = await openStore(target);
  let last = 0;
  const built = await buildArchive(store, Number(n), (done) => {
    if (done - last >= 50_000) {
      last = done;
      console.error(`  ${done} articles, ${((performance.now()) / 1000).toFixed(0)} s`);
    }
  });
  console.log(`built ${n} articles in ${(built.ms / 1000).toFixed(1)} s`);
  if (!target.includes('://')) {
    const size = ['', '-wal'].reduce((s, ext) => s + (statSync(target + ext, { throwIfNoEntry: false })?.size ?? 0), 0);
    console.log(`size on disk: ${(size / 2 ** 30).toFixed(2)} GiB`);
  }
  const m = await measureArchive(store, built.bigStory);
  console.log(JSON.stringify(m, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2));
  await store.close();
}
