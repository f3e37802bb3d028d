// Hostile requests against the server (in-process, loopback only): no local paths through HTTP, no writes from other
// sites or rebound host names, bounded work per request, no silent overwrite of another article.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/http/app.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { writeBigStory } from '../big-story.js';
import { tempDir } from '../helpers.js';

const STORY =
  'Crews in the port town of Quillon cleared a diesel spill from the harbour on Tuesday, harbour master Edda Morn said. ' +
  '"The water is clean again, but the birds will need weeks," Morn said. About 300 litres leaked from a fishing boat.';
const JSON_TYPE = { 'content-type': 'application/json' };

describe('HTTP security', () => {
  let store: Store;
  let app: App;
  beforeAll(() => {
    store = openSqliteStore(join(tempDir(), 'security.db'));
    app = createApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const post = (path: string, body: string | FormData, headers: Record<string, string> = JSON_TYPE, on: App = app) => on.request(path, { method: 'POST', headers, body });
  const formToken = async () => /name="csrf" value="([^"]+)"/.exec(await (await app.request('/ingest')).text())![1]!;

  it.each(['/etc/passwd', '/dev/zero', '/', 'package.json', './src', 'file:///etc/passwd'])('never reads the local path %s given as a URL', async (url) => {
    const before = await store.countArticles();
    const res = await post('/api/articles', JSON.stringify({ url }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'USAGE' } });
    expect(await store.countArticles()).toBe(before);
  });

  it('never reads a local path given in the ingest form\u2019s URL field', async () => {
    const form = new FormData();
    form.set('url', '/etc/passwd');
    form.set('csrf', await formToken());
    const res = await post('/ingest', form, {});
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/must be an http:\/\/ or https:\/\/ address/);
    expect(await store.countArticles()).toBe(0);
  });

  it('refuses JSON sent as text/plain (a request any page can send without asking)', async () => {
    const res = await post('/api/articles', JSON.stringify({ text: STORY }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect((await post('/api/feeds', JSON.stringify({ url: 'https://example.org/rss' }), { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(415);
  });

  it.each([
    ['an Origin of another site', { origin: 'https://attacker.example' }],
    ['an opaque Origin', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a write with %s', async (_name, headers) => {
    const res = await post('/api/articles', JSON.stringify({ text: STORY }), { ...JSON_TYPE, ...headers });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'CROSS_SITE' } });
    const form = new FormData();
    form.set('text', STORY);
    form.set('csrf', await formToken());
    expect((await post('/ingest', form, headers)).status).toBe(403);
    expect(await store.countArticles()).toBe(0);
  });

  it('takes a write from its own pages (same Origin) and from clients that send none', async () => {
    const own = await post('/api/articles', JSON.stringify({ text: STORY, source: 'own-page' }), { ...JSON_TYPE, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(201);
    const script = await post('/api/articles', JSON.stringify({ text: STORY.replace('Tuesday', 'Monday'), source: 'script' }));
    expect(script.status).toBe(201);
  });

  it('refuses the ingest form without its anti-forgery token', async () => {
    const form = new FormData();
    form.set('text', STORY.replace('Tuesday', 'Sunday'));
    const res = await post('/ingest', form, {});
    expect(res.status).toBe(403);
    form.set('csrf', 'guessed');
    expect((await post('/ingest', form, {})).status).toBe(403);
  });

  it('answers only its own host names, so a rebound name reads nothing back', async () => {
    const rebound = await app.request('http://attacker.example/api/articles');
    expect(rebound.status).toBe(421);
    expect(await rebound.json()).toMatchObject({ error: { code: 'FORBIDDEN_HOST' } });
    expect((await app.request('http://127.0.0.1/api/articles')).status).toBe(200);
    expect((await app.request('http://[::1]/api/articles')).status).toBe(200);
    const named = createApp({ store, allowedHosts: ['news.internal'] });
    expect((await named.request('http://news.internal/api/articles')).status).toBe(200);
    expect((await named.request('http://localhost/api/articles')).status).toBe(421);
    await named.close();
  });

  it('never lets a client-chosen source overwrite another article', async () => {
    const first = await post('/api/articles', JSON.stringify({ text: STORY, source: 'https://news.example/real-story' }));
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const forged = await post('/api/articles', JSON.stringify({ text: 'FORGED. ' + STORY.replace('300', '9,000'), source: 'https://news.example/real-story' }));
    expect(forged.status).toBe(409);
    expect(await forged.json()).toMatchObject({ rejected: { code: 'SOURCE_TAKEN', source: 'https://news.example/real-story' } });
    expect(((await (await app.request(`/api/articles/${id}`)).json()) as { text: string }).text).toBe(STORY);
    const again = await post('/api/articles', JSON.stringify({ text: STORY, source: 'https://news.example/real-story' }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id, status: 'unchanged' });
  });

  it('answers a malformed multipart body with 400, not 500', async () => {
    const res = await post('/api/articles', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nunterminated', { 'content-type': 'multipart/form-data; boundary=y' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'USAGE' } });
  });

  it.each([
    ['too short', 'Too short.', 'NOT_AN_ARTICLE'],
    ['binary', '\u0000\u0001\u0002binary\u0000'.repeat(50), 'BINARY_INPUT'],
  ])('names a refused (%s) submission by its source, never by a temporary file of the server', async (_name, text, code) => {
    const res = await post('/api/articles', JSON.stringify({ text }));
    expect(res.status).toBe(422);
    const { rejected } = (await res.json()) as { rejected: { code: string; source: string; reason: string } };
    expect(rejected.code).toBe(code);
    expect(rejected.source).toMatch(/^submitted\/[0-9a-f]{16}$/);
    expect(JSON.stringify(rejected)).not.toMatch(/triangulate-doc-|\/tmp\//);
  });

  it('extracts every request in one shared pool of threads, and refuses writes past its queue with 503 and Retry-After', async () => {
    const threads = () => readdirSync('/proc/self/task').length;
    const before = threads();
    const small = createApp({ store, writeLimits: { running: 2, waiting: 8 } });
    let most = before;
    const watch = setInterval(() => (most = Math.max(most, threads())), 5);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post('/api/articles', JSON.stringify({ text: `${STORY} Report number ${i} of the burst.`, source: `burst/${i}` }), JSON_TYPE, small)),
    );
    clearInterval(watch);
    await small.close();
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    const busy = answers.filter((r) => r.status === 503);
    expect(busy).toHaveLength(20);
    expect(busy[0]!.headers.get('retry-after')).toBe('5');
    expect(await busy[0]!.json()).toMatchObject({ error: { code: 'BUSY' } });
    // Two extraction threads for the whole burst (one pool per request started two each: 30 requests, 60 threads).
    expect(most - before).toBeLessThanOrEqual(4);
  }, 60_000);
});

describe('a large story report', () => {
  it('is built off the event loop: other requests are answered meanwhile', async () => {
    const store = openSqliteStore(join(tempDir(), 'big.db'));
    const storyId = await writeBigStory(store, 1500);
    const app = createApp({ store });
    try {
      const started = performance.now();
      let built = 0;
      const report = Promise.resolve(app.request(`/api/stories/${storyId}`)).then(async (r) => {
        expect(r.status).toBe(200);
        await r.text();
        built = performance.now() - started;
      });
      const waits: number[] = [];
      while (!built) {
        const t = performance.now();
        expect((await app.request('/api/stories')).status).toBe(200);
        waits.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      await report;
      // The test means something only if the build took long enough to block a request.
      expect(built).toBeGreaterThan(1000);
      expect(Math.max(...waits)).toBeLessThan(500);
    } finally {
      await app.close();
      await store.close();
    }
  }, 120_000);
});
