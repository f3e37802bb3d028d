// Ingest pipeline over loopback URLs and feeds, and durability when the process is killed mid-batch.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/index.js';
import { BATCH_SIZE, ingest } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ROOT, tempDir } from '../helpers.js';

const body = (n: number) =>
  `<html><head><title>Story ${n}</title><meta property="og:site_name" content="Loopback Ledger"></head><body><article><h1>Story ${n}</h1>` +
  `<p>Reporters covered event number ${n} on Monday, when the river rose above the old stone bridge and the council closed the road.</p>` +
  `<p>Engineers said the bridge would be inspected before it reopened, and that repairs could take several weeks to finish.</p></article></body></html>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const m = /^\/story\/(\d+)$/.exec(req.url ?? '');
    if (m) return res.writeHead(200, { 'content-type': 'text/html' }).end(body(Number(m[1])));
    if (req.url === '/feed') {
      const items = [1, 2, 99].map((n) => `<item><title>Story ${n}</title><link>${base}/story/${n === 99 ? 'gone' : n}</link><guid>s${n}</guid><description>Summary of story ${n}, long enough to be kept as the article when its page is missing from the server.</description></item>`);
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Loopback Ledger</title>${items.join('')}</channel></rss>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const loopback = { ...DEFAULT_READ_OPTIONS, fetch: { ...DEFAULT_READ_OPTIONS.fetch, allowPrivate: true, timeoutMs: 3000 } };

describe('ingest pipeline', () => {
  it('links every exact copy when two ingests write one archive at once (both take the write lock)', async () => {
    const dir = tempDir();
    const file = join(dir, 'shared.db');
    const texts = Array.from(
      { length: 40 },
      (_, n) => `The ${n}th ferry crossing of the season left Quillon harbour on Monday with ${n + 12} cars aboard, the operator said. ` +
        `Crew member ${n} reported calm water and a light wind from the west for the whole crossing number ${n}.`,
    );
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      texts.forEach((t, n) => writeFileSync(join(dir, folder, `${folder}-${n}.txt`), t));
    }
    const one = openSqliteStore(file);
    const two = openSqliteStore(file);
    const read = { ...DEFAULT_READ_OPTIONS, cwd: dir };
    // Extraction on the calling thread: the two runs interleave at every await, as two processes would.
    await Promise.all([ingest([join(dir, 'a')], one, { read, extract: { size: 0 } }), ingest([join(dir, 'b')], two, { read, extract: { size: 0 } })]);
    await one.close();
    await two.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 80 });
    // Every text once as an original, its copy linked to it.
    expect(db.prepare('SELECT count(DISTINCT coalesce(duplicate_of, id)) AS n FROM articles').get()).toEqual({ n: 40 });
    db.close();
  }, 60_000);

  it('ingests URLs and reports each failing one', async () => {
    const store = openSqliteStore(join(tempDir(), 'urls.db'));
    const result = await ingest([`${base}/story/1`, `${base}/story/2`, `${base}/nope`], store, { read: loopback });
    expect(result.counts).toMatchObject({ added: 2, rejected: 1 });
    expect(result.rejected[0]).toMatchObject({ code: 'HTTP_ERROR', source: `${base}/nope` });
    const a = await store.getArticle(result.articles[0]!.id);
    expect(a).toMatchObject({ outlet: 'Loopback Ledger', title: 'Story 1', url: `${base}/story/1` });
    await store.close();
  });

  it('refuses loopback URLs by default', async () => {
    const store = openSqliteStore(join(tempDir(), 'refuse.db'));
    const result = await ingest([`${base}/story/1`], store);
    expect(result.rejected.map((r) => r.code)).toEqual(['FORBIDDEN_ADDRESS']);
    await store.close();
  });

  it('fetches feed items with --fetch-items and keeps the summary of an item whose page is gone', async () => {
    const store = openSqliteStore(join(tempDir(), 'feed.db'));
    const result = await ingest([`${base}/feed`], store, { read: { ...loopback, fetchItems: true } });
    expect(result.counts).toMatchObject({ added: 3, rejected: 1 });
    const texts = await Promise.all(result.articles.map(async (a) => (await store.getArticle(a.id))!.text));
    expect(texts[0]).toContain('event number 1');
    expect(texts[2]).toContain('Summary of story 99');
    await store.close();
  });

  it('refuses files over the size limit and goes on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'ok.txt'), 'A short but real article about the harbour wall, which the council agreed to repair on Tuesday after storms.');
    const store = openSqliteStore(join(tempDir(), 'size.db'));
    const result = await ingest([dir], store, { read: { ...DEFAULT_READ_OPTIONS, cwd: dir, maxFileBytes: 1024 } });
    expect(result.rejected.map((r) => r.code)).toEqual(['TOO_LARGE']);
    expect(result.counts.added).toBe(1);
    await store.close();
  });

  it('keeps every committed batch when killed mid-ingest, and completes on a re-run', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const total = BATCH_SIZE * 20;
    for (let i = 0; i < total; i++) {
      writeFileSync(join(inputs, `${String(i).padStart(5, '0')}.txt`), `Article ${i} reports that the ferry number ${i} left the harbour at dawn with ${i % 90} passengers aboard and arrived safely.`);
    }
    const db = join(dir, 'kill.db');
    const cli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), '--db', db, ...args], { cwd: ROOT });
    const child = cli(['ingest', inputs]);
    const count = () => {
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        const n = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        d.close();
        return n;
      } catch {
        return 0;
      }
    };
    const exited = new Promise((r) => child.on('close', r));
    let finished = false;
    void exited.then(() => (finished = true));
    while (count() < BATCH_SIZE * 2 && !finished) await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(false);
    child.kill('SIGKILL');
    await exited;
    const afterKill = count();
    expect(afterKill).toBeGreaterThanOrEqual(BATCH_SIZE * 2);
    expect(afterKill % BATCH_SIZE).toBe(0); // only whole batches were committed
    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const rerun = cli(['--json', 'ingest', inputs]);
    let out = '';
    rerun.stdout.on('data', (d) => (out += d));
    const code = await new Promise((r) => rerun.on('close', r));
    expect(code).toBe(0);
    expect(JSON.parse(out).counts).toMatchObject({ added: total - afterKill, unchanged: afterKill, rejected: 0 });
    expect(count()).toBe(total);
  }, 60_000);
});
