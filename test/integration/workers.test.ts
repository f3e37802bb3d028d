// Parallel work on one archive: several worker processes share the queue with no article lost or stored twice, one
// story per event, and they survive a killed worker and (on PostgreSQL) a server restart.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/service/open-store.js';
import type { Store } from '../../src/store/store.js';
import { writeEventCorpus, type CorpusFile } from '../event-corpus.js';
import { ROOT, runCli, tempDir, TSX } from '../helpers.js';
import { dropPostgresDbs, freshPostgresDb, PG_ADMIN_URL, PG_SKIP_REASON } from '../postgres.js';

afterAll(dropPostgresDbs);

const startWorker = (db: string, cwd: string, ...args: string[]): ChildProcess =>
  spawn(process.execPath, [...TSX, join(ROOT, 'src/cli/run.ts'), '--db', db, 'worker', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_DB: '' } });
const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.on('exit', (code) => r(code))));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Every file stored once, every article in a story, one story per event, each copy linked to its original. */
async function expectArchiveComplete(store: Store, files: CorpusFile[], cwd: string): Promise<void> {
  const summaries = await store.listArticles({ limit: 10_000, offset: 0 });
  const sources = summaries.map((s) => s.source).sort();
  expect(sources).toEqual(files.map((f) => f.path.slice(cwd.length + 1)).sort());
  expect(await store.unclusteredArticleIds(10)).toEqual([]);
  const bySource = new Map(summaries.map((s) => [s.source, s]));
  const storyOfEvent = new Map<number, Set<string>>();
  for (const f of files) {
    const s = bySource.get(f.path.slice(cwd.length + 1))!;
    const story = (await store.storyOf(s.id))!;
    storyOfEvent.set(f.event, (storyOfEvent.get(f.event) ?? new Set()).add(story));
    if (f.copyOf) {
      const original = bySource.get(f.copyOf.slice(cwd.length + 1))!;
      // Whichever was stored first is the original; exactly one of the pair points at the other.
      expect([s.duplicateOf?.id, original.duplicateOf?.id].filter(Boolean)).toEqual([s.duplicateOf ? original.id : s.id]);
    }
  }
  for (const stories of storyOfEvent.values()) expect(stories.size).toBe(1);
  expect(new Set([...storyOfEvent.values()].map((s) => [...s][0])).size).toBe(storyOfEvent.size);
}

const backends: [string, () => Promise<string>][] = [['sqlite', async () => join(tempDir('triangulate-workers-'), 'archive.db')]];
if (PG_ADMIN_URL) backends.push(['postgres', freshPostgresDb]);
else describe.skip(`workers on PostgreSQL — ${PG_SKIP_REASON}`, () => it('shares the queue among workers', () => undefined));

describe.each(backends)('workers on %s', (_name, archive) => {
  it('ingest --workers 3: every input stored exactly once, one story per event, copies linked', async () => {
    const cwd = tempDir('triangulate-corpus-');
    const files = writeEventCorpus(join(cwd, 'in'), 10);
    const db = await archive();
    const run = await runCli(['--db', db, 'ingest', 'in', '--workers', '3'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${files.length} inputs by 3 workers: ${files.length} done, 0 failed, 0 left; ${files.length} new articles`));
    const store = await openStore(db);
    try {
      await expectArchiveComplete(store, files, cwd);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a worker killed mid-batch loses nothing: after a restart every article is stored exactly once', async () => {
    const cwd = tempDir('triangulate-corpus-');
    const files = writeEventCorpus(join(cwd, 'in'), 8);
    const db = await archive();
    const store = await openStore(db);
    try {
      await store.enqueueJobs('kill-test', files.map((f) => ({ input: f.path, cwd })));
      const first = startWorker(db, cwd, '--batch', '2', '--lease', '2');
      await until(async () => (await store.jobCounts('kill-test')).done >= 4, 'the first jobs');
      first.kill('SIGKILL');
      await exited(first);
      const counts = await store.jobCounts('kill-test');
      expect(counts.done).toBeLessThan(files.length);
      const second = startWorker(db, cwd, '--until-empty', '--batch', '4', '--lease', '2');
      expect(await exited(second)).toBe(0);
      expect(await store.jobCounts('kill-test')).toEqual({ queued: 0, running: 0, done: files.length, failed: 0 });
      await expectArchiveComplete(store, files, cwd);
    } finally {
      await store.close();
    }
  }, 120_000);
});

const restart = process.env.TRIANGULATE_TEST_PG_RESTART;
if (PG_ADMIN_URL && process.env.CI && !restart) throw new Error('CI: TRIANGULATE_TEST_PG_RESTART is not set (.ci/run sets it)');
describe.skipIf(!PG_ADMIN_URL || !restart)(
  PG_ADMIN_URL && restart ? 'PostgreSQL restart' : 'PostgreSQL restart — SKIPPED: needs TRIANGULATE_TEST_PG and TRIANGULATE_TEST_PG_RESTART (a command that restarts the server)',
  () => {
    it('workers reconnect after the server restarts mid-ingest and finish the queue', async () => {
      const cwd = tempDir('triangulate-corpus-');
      const files = writeEventCorpus(join(cwd, 'in'), 10);
      const db = await freshPostgresDb();
      let store = await openStore(db);
      await store.enqueueJobs('restart-test', files.map((f) => ({ input: f.path, cwd })));
      const workers = [startWorker(db, cwd, '--until-empty', '--batch', '2', '--lease', '5'), startWorker(db, cwd, '--until-empty', '--batch', '2', '--lease', '5')];
      let warnings = '';
      for (const w of workers) w.stderr!.on('data', (d) => (warnings += d));
      await until(async () => (await store.jobCounts('restart-test')).done >= 3, 'the first jobs');
      await store.close();
      execSync(restart!, { stdio: 'ignore' });
      const codes = await Promise.all(workers.map(exited));
      expect(codes, warnings).toEqual([0, 0]);
      store = await openStore(db);
      try {
        expect(await store.jobCounts('restart-test')).toEqual({ queued: 0, running: 0, done: files.length, failed: 0 });
        await expectArchiveComplete(store, files, cwd);
      } finally {
        await store.close();
      }
    }, 180_000);
  },
);
