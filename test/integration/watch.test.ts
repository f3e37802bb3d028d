// Feed watching against loopback feed servers: conditional GET, new items stored and put in stories, bad feeds
// (timeout, garbage, HTTP 500) recorded with backoff while the good feed goes on, a clean stop that keeps fetched items.
import { spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_OPTIONS } from '../../src/ingest/index.js';
import { opmlFeedUrls } from '../../src/ingest/index.js';
import { backoffSeconds, watchFeeds } from '../../src/pipeline/watch.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ROOT, runCli, tempDir, TSX } from '../helpers.js';

const page = (n: number) =>
  `<html><head><title>Dam report ${n}</title></head><body><article><h1>Dam report ${n}</h1>` +
  `<p>Engineers at the Orvale reservoir lowered the water level on Thursday after cracks were found in the spillway of the old dam, report ${n} said.</p>` +
  `<p>The Orvale water board said the dam was safe but that repairs to the spillway would take most of the summer and cost more than planned.</p></article></body></html>`;
const rss = (items: number[], base: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Orvale Tribune</title>${items
    .map((n) => `<item><title>Dam report ${n}</title><link>${base}/page/${n}</link><guid>orvale-${n}</guid><description>Short summary ${n}.</description></item>`)
    .join('')}</channel></rss>`;

let server: Server;
let base: string;
const seen: { url: string; ifNoneMatch?: string; status: number }[] = [];
/** Emits 'request' for every request the feed server receives: tests wait on what the watcher did, not on time. */
const requests = new EventEmitter();
let goodItems = [1, 2];
let slowPageMs = 0;
let trickling = false;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '';
    const log = (status: number) => {
      seen.push({ url, status, ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}) });
      requests.emit('request');
    };
    if (url === '/good.rss') {
      const etag = `"v${goodItems.join('-')}"`;
      if (req.headers['if-none-match'] === etag) return log(304), res.writeHead(304, { etag }).end();
      log(200);
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(goodItems, base));
    }
    const m = /^\/page\/(\d+)$/.exec(url);
    if (m) log(trickling ? 0 : 200);
    if (m && trickling) {
      // A page that never ends: a byte every 100 ms.
      res.writeHead(200, { 'content-type': 'text/html' });
      const tick = setInterval(() => res.write(' '), 100);
      return void res.on('close', () => clearInterval(tick));
    }
    if (m) return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page(Number(m[1]))), slowPageMs);
    if (url === '/slow.rss') return void log(0); // never answers: the client's timeout ends it
    if (url === '/garbage.rss') return log(200), res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('\u0000\u0001binary\u0002 noise <rss><<');
    if (url === '/broken.rss') return log(500), res.writeHead(500).end('internal error');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetch = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true, timeoutMs: 400 };

/** Resolves once the feed server has received requests that satisfy `done` (checked on each request). */
function until(done: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      requests.off('request', check);
      resolve();
    };
    const timer = setTimeout(() => {
      requests.off('request', check);
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    requests.on('request', check);
    check();
  });
}
const requestsFor = (url: string, from = 0) => seen.slice(from).filter((s) => s.url === url);

describe('watch', () => {
  it('doubles the pause after each failure, up to the cap', () => {
    expect([0, 1, 2, 3].map((f) => backoffSeconds(60, f, 600))).toEqual([60, 120, 240, 480]);
    expect(backoffSeconds(60, 10, 600)).toBe(600);
    expect(backoffSeconds(900, 3, 600)).toBe(900);
  });

  it('reads feed URLs from OPML at any depth, and refuses entity declarations', () => {
    const opml = `<opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="https://b.example/atom"/></outline><outline text="no feed"/></body></opml>`;
    expect(opmlFeedUrls(opml)).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(() => opmlFeedUrls('<!DOCTYPE x [<!ENTITY a "b">]><opml/>')).toThrow(/entity/);
  });

  it('stores new items with conditional GET, records bad feeds with backoff, and leaves the good feed unaffected', async () => {
    const db = join(tempDir('triangulate-watch-'), 'archive.db');
    const store = openSqliteStore(db);
    const controller = new AbortController();
    const feeds = ['good', 'slow', 'garbage', 'broken'].map((f) => `${base}/${f}.rss`);
    const watching = watchFeeds(store, feeds, { intervalSeconds: 1, maxBackoffSeconds: 60, tickMs: 50, fetch, signal: controller.signal });
    await until(() => requestsFor('/good.rss').length >= 2 && ['/slow.rss', '/garbage.rss', '/broken.rss', '/page/2'].every((u) => requestsFor(u).length > 0), 'the first polls');
    goodItems = [1, 2, 3]; // a new item appears
    const mark = seen.length;
    // Its page is fetched, then the next poll finds nothing new.
    await until(() => {
      const page = seen.findIndex((r, k) => k >= mark && r.url === '/page/3');
      return page >= 0 && requestsFor('/good.rss', page).some((r) => r.status === 304);
    }, 'the new item and the poll after it');
    controller.abort();
    await watching;

    const goodPolls = seen.filter((s) => s.url === '/good.rss');
    expect(goodPolls.length).toBeGreaterThanOrEqual(3);
    expect(goodPolls.some((s) => s.status === 304 && s.ifNoneMatch)).toBe(true);
    expect(await store.countArticles()).toBe(3);
    expect(await store.unclusteredArticleIds(10)).toEqual([]);
    const health = new Map((await store.listFeeds()).map((f) => [f.url.replace(base, ''), f]));
    expect(health.get('/good.rss')).toMatchObject({ failures: 0, itemsSeen: 3, etag: '"v1-2-3"' });
    expect(health.get('/good.rss')!.lastError).toBeUndefined();
    expect(health.get('/slow.rss')!.lastError).toMatch(/FETCH_FAILED|timed out/i);
    expect(health.get('/garbage.rss')!.lastError).toMatch(/\[(BINARY_INPUT|MALFORMED_XML|UNDECODABLE_TEXT)\]/);
    expect(health.get('/broken.rss')!.lastError).toMatch(/HTTP 500/);
    for (const bad of ['/slow.rss', '/garbage.rss', '/broken.rss']) {
      const f = health.get(bad)!;
      expect(f.failures).toBeGreaterThanOrEqual(1);
      expect(f.lastSuccessAt).toBeUndefined();
      // Backed off: the next poll is at least twice the interval after the last one.
      expect(Date.parse(f.nextPollAt) - Date.parse(f.lastPollAt!)).toBeGreaterThanOrEqual(2000);
    }
    // Backoff means fewer polls of a failing feed than of the healthy one.
    expect(seen.filter((s) => s.url === '/broken.rss').length).toBeLessThan(goodPolls.length);

    const cli = await runCli(['--db', db, 'feeds']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/4 feeds, 3 failing/);
    expect(cli.stdout).toMatch(/FAILING ×\d+: .*HTTP 500/);
    const json = JSON.parse((await runCli(['--db', db, '--json', 'feeds'])).stdout) as { url: string }[];
    expect(json).toHaveLength(4);
    await store.close();
  }, 30_000);

  it('triangulate watch runs until SIGINT, then exits 0 with what it stored', async () => {
    goodItems = [11, 12];
    const db = join(tempDir('triangulate-watch-'), 'archive.db');
    const child = spawn(process.execPath, [...TSX, join(ROOT, 'src/cli/run.ts'), '--db', db, 'watch', `${base}/good.rss`, '--interval', '1', '--allow-private-urls'], {
      env: { ...process.env, TRIANGULATE_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    while (!/2 new items/.test(stdout)) await once(child.stdout, 'data');
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/good\.rss: 2 new items/);
    expect(stderr).toMatch(/stopping/);
    const store = openSqliteStore(db);
    expect(await store.countArticles()).toBe(2);
    await store.close();
  }, 30_000);

  it('stops cleanly: an item being fetched when the stop comes is still stored', async () => {
    const store = openSqliteStore(join(tempDir('triangulate-watch-'), 'archive.db'));
    goodItems = [7];
    slowPageMs = 800;
    const controller = new AbortController();
    const watching = watchFeeds(store, [`${base}/good.rss`], { intervalSeconds: 60, tickMs: 20, fetch: { ...fetch, timeoutMs: 3000 }, signal: controller.signal });
    await until(() => requestsFor('/page/7').length > 0, "the item's page, which takes 800 ms to answer");
    controller.abort();
    await watching;
    slowPageMs = 0;
    expect(await store.countArticles()).toBe(1);
    expect((await store.listFeeds())[0]).toMatchObject({ itemsSeen: 1, failures: 0 });
    await store.close();
  });

  it('cuts off a fetch still going after the stop grace period, and leaves its item for the next run', async () => {
    const store = openSqliteStore(join(tempDir('triangulate-watch-'), 'archive.db'));
    goodItems = [8];
    trickling = true;
    const controller = new AbortController();
    const watching = watchFeeds(store, [`${base}/good.rss`], { intervalSeconds: 60, tickMs: 20, stopGraceMs: 300, fetch: { ...fetch, timeoutMs: 60_000 }, signal: controller.signal });
    await until(() => requestsFor('/page/8').length > 0, 'the never-ending page');
    const stopped = Date.now();
    controller.abort();
    await watching;
    trickling = false;
    expect(Date.now() - stopped).toBeLessThan(5000);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});
