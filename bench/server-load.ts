// Load on a real `triangulate serve` process (`npx tsx bench/server-load.ts [checkout…]`): peak server memory under 120
// concurrent article posts, and the latency of other requests while a 3,000-article story's report is built.
// Each checkout given (default: this one) is measured in the same run, so an older commit can serve as the reference.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { writeBigStory } from '../test/big-story.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POSTS = Number(process.env.BENCH_POSTS ?? 120);
const STORY = Number(process.env.BENCH_STORY ?? 3000);

const rssMiB = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
const threads = (pid: number) => {
  try {
    return Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

async function startServer(checkout: string, db: string, port: number): Promise<ChildProcess> {
  const loader = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  const child = spawn(process.execPath, ['--import', loader, join(checkout, 'src', 'cli', 'run.ts'), '--db', db, 'serve', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready) => child.stdout!.on('data', (d: Buffer) => /Triangulate on/.test(d.toString()) && ready()));
  return child;
}

/** A news-length article (~700 words) that differs per post, so each is extracted, analysed and stored. */
function article(i: number): string {
  const para = (k: number) =>
    `Paragraph ${k} of report ${i}: the harbour authority of Quillon said on Tuesday that the ferry crossing number ${i} would resume after repairs to the ramp, ` +
    `and that passengers should expect delays of up to ${k + i % 7} hours while crews from the Marsby yard finished their work on the landing stage. ` +
    `"We expect the service to run normally by the weekend," harbour master Edda Morn said, adding that ${40 + k} tonnes of gravel had been delivered.`;
  return Array.from({ length: 12 }, (_, k) => para(k)).join('\n\n');
}

async function measure(checkout: string, port: number) {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-load-'));
  // 1. Concurrent posts into an empty archive.
  let server = await startServer(checkout, join(dir, 'posts.db'), port);
  let peak = 0;
  let peakThreads = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(server.pid!));
    peakThreads = Math.max(peakThreads, threads(server.pid!));
  }, 20);
  const t0 = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: POSTS }, (_, i) =>
      fetch(`http://127.0.0.1:${port}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: article(i), source: `load/${i}` }) })
        .then(async (r) => (await r.arrayBuffer(), r.status))
        .catch(() => 0),
    ),
  );
  const postsMs = performance.now() - t0;
  clearInterval(sampler);
  server.kill('SIGINT');
  await new Promise((r) => server.on('exit', r));
  const byStatus = new Map<number, number>();
  for (const s of statuses) byStatus.set(s, (byStatus.get(s) ?? 0) + 1);

  // 2. A large story's first report, with other requests meanwhile.
  const file = join(dir, 'big.db');
  const store = openSqliteStore(file);
  const storyId = await writeBigStory(store, STORY);
  await store.close();
  server = await startServer(checkout, file, port);
  const started = performance.now();
  let builtMs = 0;
  const report = fetch(`http://127.0.0.1:${port}/api/stories/${storyId}`).then(async (r) => {
    await r.arrayBuffer();
    builtMs = performance.now() - started;
    return r.status;
  });
  const waits: number[] = [];
  while (!builtMs) {
    const t = performance.now();
    await (await fetch(`http://127.0.0.1:${port}/api/stories`)).arrayBuffer();
    waits.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  const reportStatus = await report;
  server.kill('SIGINT');
  await new Promise((r) => server.on('exit', r));
  return { peak, peakThreads, postsMs, byStatus, builtMs, reportStatus, maxWait: Math.max(...waits), requests: waits.length };
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
const checkouts = process.argv.slice(2).length ? process.argv.slice(2) : [ROOT];
for (const [i, checkout] of checkouts.entries()) {
  const m = await measure(resolve(checkout), 18_700 + i);
  console.log(
    `${checkout}: ${POSTS} concurrent posts: peak server RSS ${m.peak.toFixed(0)} MiB, ${m.peakThreads} threads, ${(m.postsMs / 1000).toFixed(1)} s, ` +
      `statuses ${[...m.byStatus].map(([s, n]) => `${s}×${n}`).join(' ')}; ` +
      `${STORY}-article story report: HTTP ${m.reportStatus} after ${(m.builtMs / 1000).toFixed(1)} s, other requests meanwhile: slowest ${m.maxWait.toFixed(0)} ms of ${m.requests}`,
  );
}
