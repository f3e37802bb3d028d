// Parallel work on one archive: several worker processes share the queue with no article lost or stored twice, one
// story per event, and they survive a killed worker and (on PostgreSQL) a server restart.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/service/open-store.js';
import { writeEventCorpus } from '../event-corpus.js';
import { runCli, tempDir } from '../helpers.js';
import { expectArchiveComplete, exited, startWorker, until } from '../worker-helpers.js';
import { dropPostgresDbs, freshPostgresDb, PG_ADMIN_URL, PG_SKIP_REASON } from '../postgres.js';

afterAll(dropPostgresDbs);

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


describe('worker heartbeat', () => {
  it('a live worker keeps its claim past the lease (its heartbeat renews it); another worker does not take the job', async () => {
    const page =
      '<html><head><title>Slow page</title></head><body><article><p>Divers recovered the bell of the sunken ferry off Quillon on Monday, the harbour office said.</p>' +
      '<p>The bell will be shown in the town museum from next spring, beside the ferry\'s old anchor and its logbook.</p></article></body></html>';
    const server = createServer((_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page), 4000));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
    const cwd = tempDir('triangulate-heartbeat-');
    const db = join(cwd, 'archive.db');
    const store = await openStore(db);
    try {
      await store.enqueueJobs('slow', [{ input: url, cwd, allowPrivateUrls: true }]);
      // A 1 s lease and a 4 s fetch: without a heartbeat the claim would run out and the second worker would redo it.
      const first = startWorker(db, cwd, '--until-empty', '--lease', '1');
      await until(async () => (await store.jobCounts('slow')).running === 1, 'the claim');
      const second = startWorker(db, cwd, '--until-empty', '--lease', '1');
      expect(await exited(first)).toBe(0);
      expect(await exited(second)).toBe(0);
      expect(await store.jobCounts('slow')).toEqual({ queued: 0, running: 0, done: 1, failed: 0 });
      expect(await store.countArticles()).toBe(1);
      // Claimed once: the second worker never took it over.
      const jobs = new Database(db, { readonly: true });
      expect(jobs.prepare('SELECT attempts FROM jobs').all()).toEqual([{ attempts: 1 }]);
      jobs.close();
    } finally {
      await store.close();
      server.close();
    }
  }, 60_000);
});

describe('ingest --workers, bad inputs', () => {
  it('reports missing and unreadable inputs one line each, stores the rest, exits 1; refuses an in-memory archive', async () => {
    const cwd = tempDir('triangulate-corpus-');
    const files = writeEventCorpus(join(cwd, 'in'), 2);
    writeFileSync(join(cwd, 'in', 'empty.txt'), '');
    const db = join(cwd, 'archive.db');
    const run = await runCli(['--db', db, 'ingest', 'in', 'missing.txt', '--workers', '2'], { cwd });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((l) => /\[([A-Z_]+)\]$/.exec(l)?.[1]).sort()).toEqual(['EMPTY_INPUT', 'MISSING_PATH']);
    expect(run.stdout).toMatch(new RegExp(`^${files.length + 1} inputs by 2 workers: ${files.length} done, 1 failed, 0 left; ${files.length} new articles`));
    const memory = await runCli(['--db', ':memory:', 'ingest', 'in', '--workers', '2'], { cwd });
    expect(memory.code).toBe(2);
    expect(memory.stderr).toMatch(/in-memory archive/);
  }, 60_000);
});
