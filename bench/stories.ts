// Story assignment latency with a large live index, and story report time for a large story (run by bench/run.ts).
import { assignStory, mergeLoneStories, restoreStoryIndex } from '../src/cluster/index.js';
import { CLUSTER_BATCH } from '../src/pipeline/cluster.js';
import { compareStory } from '../src/compare/index.js';
import { annotateArticle } from '../src/language/index.js';
import type { Article } from '../src/model/article.js';
import type { StorySnapshot } from '../src/model/story.js';

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/**
 * Builds an index of `stories` synthetic live stories (each 100 centroid terms: 70 topic terms from a vocabulary of
 * 300,000 rare words and 30 of 2,000 common ones) and times `assignStory` for `articles` new articles, half of them
 * continuing an existing story.
 */
export function benchAssignment(stories = 100_000, articles = 2_000): { p50: number; p99: number; loneMs: number; heapMiB: number } {
  let seed = 11;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const common = (i: number) => `c${i}`;
  const VOCAB = 300_000;
  const topicOf = Array.from({ length: stories }, () => Array.from({ length: 70 }, () => `t${Math.floor(rand() * VOCAB)}`));
  const topic = (s: number, k: number) => topicOf[s]![k % 70]!;
  const snapshots: StorySnapshot[] = [];
  const df: [string, number][] = [];
  for (let i = 0; i < 2000; i++) df.push([common(i), Math.floor(stories * 0.3 * (1 - i / 2000)) + 10]);
  for (let s = 0; s < stories; s++) {
    const centroid: [string, number][] = [];
    for (let k = 0; k < 70; k++) centroid.push([topic(s, k), 0.08 + rand() * 0.04]);
    for (let k = 0; k < 30; k++) centroid.push([common(Math.floor(rand() * 2000)), 0.01 + rand() * 0.01]);
    snapshots.push({ id: `s_${s.toString(16).padStart(16, '0')}`, centroid, members: [`a_${s.toString(16).padStart(16, '0')}`], first: 20_000, last: 20_001 });
  }
  for (let t = 0; t < VOCAB; t++) df.push([`t${t}`, Math.max(1, Math.round((stories * 70) / VOCAB))]);
  const index = restoreStoryIndex({ docs: stories * 2, df, stories: snapshots });
  const times: number[] = [];
  // The lone-story re-check after each batch of CLUSTER_BATCH, timed apart from the assignments.
  const lone: number[] = [];
  let changed: string[] = [];
  for (let i = 0; i < articles; i++) {
    const terms = new Map<string, number>();
    const continuing = i % 2 === 0 ? Math.floor(rand() * stories) : -1;
    for (let k = 0; k < 40; k++) terms.set(continuing >= 0 ? topic(continuing, Math.floor(rand() * 70)) : `t${Math.floor(rand() * VOCAB)}`, 1 + Math.floor(rand() * 3));
    for (let k = 0; k < 30; k++) terms.set(common(Math.floor(rand() * 2000)), 1);
    const t = performance.now();
    changed.push(assignStory(index, { id: `a_new${i}`, terms, published: '2024-10-10' }).storyId);
    times.push(performance.now() - t);
    if (changed.length === CLUSTER_BATCH) {
      const started = performance.now();
      mergeLoneStories(index, changed);
      lone.push(performance.now() - started);
      changed = [];
    }
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), loneMs: percentile(lone, 50), heapMiB: process.memoryUsage().heapUsed / 2 ** 20 };
}

/** Times `compareStory` on a story of `size` articles built from the given analysed texts (outlets vary). */
export function benchReport(texts: { text: string; published: string }[], size = 500): { ms: number } {
  const articles: Article[] = [];
  for (let i = 0; i < size; i++) {
    const base = texts[i % texts.length]!;
    const text = base.text;
    articles.push({ id: `a_${i.toString(16).padStart(16, '0')}`, source: `bench/${i}.txt`, outlet: `Outlet ${i % 60}`, text, removed: [], published: base.published, ...annotateArticle(base) });
  }
  const t = performance.now();
  compareStory('s_bench', articles);
  return { ms: performance.now() - t };
}

/** One document of the large bench story. */
export interface BigStoryDocument {
  outlet: string;
  title: string;
  published: string;
  text: string;
}

/**
 * `size` variants of the fictional fixture's fire reports, one per outlet: each outlet adds its own closing sentence, so
 * the copies are near-duplicates rather than one text.
 */
export async function bigStoryDocuments(root: string, size: number): Promise<BigStoryDocument[]> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const base = readFileSync(join(root, 'test', 'fixtures', 'stories', 'coverage.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; title: string; published: string })
    .filter((d) => d.id.includes('brenmoor-fire'));
  return Array.from({ length: size }, (_, i) => {
    const d = base[i % base.length]!;
    return { outlet: `Outlet ${i}`, title: d.title, published: d.published, text: `${d.text}\nOutlet ${i} reporter number ${i} contributed to this report from desk ${i % 17}.` };
  });
}

/** p50 and p95 of `runs` in-process requests to one path of the app (each must answer 200). */
export async function timeRequests(app: { request: (path: string) => Response | Promise<Response> }, path: string, runs: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    await res.text();
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Times the story API and the story page for one story of `size` articles (bigStoryDocuments, ingested through the
 * pipeline into a fresh SQLite archive). Returns p50/p95 over `runs` requests.
 */
export async function benchStoryEndpoints(
  root: string,
  size = 500,
  runs = 20,
): Promise<{ articles: number; coldMs: number; pageColdMs: number; api: { p50: number; p95: number }; page: { p50: number; p95: number } }> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openSqliteStore } = await import('../src/store/sqlite/sqlite-store.js');
  const { ingestInputs } = await import('../src/service/articles.js');
  const { createApp } = await import('../src/http/app.js');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-story-'));
  const lines = (await bigStoryDocuments(root, size)).map((d, i) => JSON.stringify({ id: `bench-${i}`, ...d }));
  writeFileSync(join(dir, 'story.jsonl'), lines.join('\n') + '\n');
  const store = openSqliteStore(join(dir, 'bench.db'));
  await ingestInputs(store, { inputs: [join(dir, 'story.jsonl')] });
  const [top] = await store.listStories({ limit: 1, offset: 0 });
  const app = createApp({ store });
  // The first request builds and caches the report; later ones are served from the cache until the story changes.
  const cold = performance.now();
  await (await app.request(`/api/stories/${top!.id}`)).text();
  const coldMs = performance.now() - cold;
  const api = await timeRequests(app, `/api/stories/${top!.id}`, runs);
  // The first page view renders the page from the cached report and keeps it beside the report: timed on its own.
  const pageCold = performance.now();
  await (await app.request(`/stories/${top!.id}`)).text();
  const pageColdMs = performance.now() - pageCold;
  const page = await timeRequests(app, `/stories/${top!.id}`, runs);
  await store.close();
  return { articles: top!.articles, coldMs, pageColdMs, api, page };
}
