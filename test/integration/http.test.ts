// The HTTP API and web pages in-process (Hono's app.request): contracts, errors as 4xx JSON, escaping, tokens, limits.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { assertArticle, assertReport, tempDir } from '../helpers.js';

const STORY =
  'Crews in the port town of Quillon cleared a diesel spill from the harbour on Tuesday, harbour master Edda Morn said. ' +
  '"The water is clean again, but the birds will need weeks," Morn said. About 300 litres leaked from a fishing boat.';
const HOSTILE = { text: STORY + ' <script>alert(1)</script>', title: 'Spill <img src=x onerror=alert(1)> cleared', outlet: 'Quillon <b>Post</b>', published: '2031-04-08' };

describe('HTTP API and web UI', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let guarded: ReturnType<typeof createApp>;
  let created: { id: string; storyId: string };
  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'http.db'));
    app = createApp({ store, maxBodyBytes: 64 * 1024 });
    guarded = createApp({ store, token: 'sekret-token' });
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(HOSTILE) });
    expect(res.status).toBe(201);
    created = (await res.json()) as typeof created;
  });
  afterAll(async () => {
    await app.close();
    await guarded.close();
    await store.close();
  });
  /** The anti-forgery token of the add-articles form, as a browser would send it back. */
  const formToken = async () => /name="csrf" value="([^"]+)"/.exec(await (await app.request('/ingest')).text())![1]!;

  const get = async (path: string, on = app) => on.request(path);
  const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, on = app) =>
    on.request(path, { method: 'POST', headers, body });

  it('POST /api/articles answers with the article and the story it joined', () => {
    expect(created.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(created.storyId).toMatch(/^s_[0-9a-f]{16}$/);
  });

  it('serves stories, a story report, articles with analysis and search', async () => {
    const list = (await (await get('/api/stories')).json()) as { total: number; items: { id: string; outlets: number }[] };
    expect(list.total).toBe(1);
    expect((await (await get('/api/stories?q=diesel')).json()) as { total: number }).toMatchObject({ total: 1 });
    expect((await (await get('/api/stories?q=volcano')).json()) as { total: number }).toMatchObject({ total: 0 });
    expect((await (await get('/api/stories?from=2031-05-01')).json()) as { total: number }).toMatchObject({ total: 0 });
    const report = await (await get(`/api/stories/${created.storyId}`)).json();
    assertReport(report);
    const article = (await (await get(`/api/articles/${created.id}`)).json()) as { quotes: { speaker: string }[] };
    assertArticle(article);
    expect(article.quotes[0]!.speaker).toBe('Edda Morn');
    const hits = (await (await get('/api/search?q=harbour')).json()) as { items: unknown[] };
    expect(hits.items).toHaveLength(1);
  });

  const bad: [string, () => Response | Promise<Response>, number, string][] = [
    ['malformed JSON', () => post('/api/articles', '{oops'), 400, 'MALFORMED_JSON'],
    ['not an object', () => post('/api/articles', '[1,2]'), 422, 'INVALID_RECORD'],
    ['no text, html or url', () => post('/api/articles', '{"title":"x"}'), 400, 'USAGE'],
    ['a field of the wrong type', () => post('/api/articles', '{"text":42}'), 422, 'INVALID_RECORD'],
    ['unknown story', () => get('/api/stories/s_0000000000000000'), 404, 'UNKNOWN_STORY'],
    ['unknown article', () => get('/api/articles/a_0000000000000000'), 404, 'UNKNOWN_ID'],
    ['empty search', () => get('/api/search?q='), 400, 'USAGE'],
    ['bad paging', () => get('/api/stories?limit=-3'), 400, 'USAGE'],
    ['a date that is not a calendar day', () => get('/api/stories?from=2024-02-30'), 400, 'USAGE'],
    ['body over the limit', () => post('/api/articles', JSON.stringify({ text: 'x'.repeat(70 * 1024) })), 413, 'TOO_LARGE'],
    ['feed without a URL', () => post('/api/feeds', '{}'), 400, 'USAGE'],
    ['unknown route', () => get('/api/nothing'), 404, 'NOT_FOUND'],
  ];
  for (const [name, call, status, code] of bad) {
    it(`answers ${status} ${code} for ${name}, without a stack trace`, async () => {
      const res = await call();
      expect(res.status).toBe(status);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code } });
      expect(text).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
    });
  }

  it('rejects a too-short article as data (422 with the reason), not as an error', async () => {
    const res = await post('/api/articles', JSON.stringify({ text: 'Too short.' }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ rejected: { code: 'NOT_AN_ARTICLE' } });
  });

  it('needs the token for writes when the server has one, and not for reads', async () => {
    expect((await post('/api/articles', JSON.stringify({ text: STORY }), { 'content-type': 'application/json' }, guarded)).status).toBe(401);
    const ok = await post('/api/articles', JSON.stringify({ text: STORY, source: 'api/second' }), { 'content-type': 'application/json', authorization: 'Bearer sekret-token' }, guarded);
    expect(ok.status).toBe(201);
    expect((await get('/api/stories', guarded)).status).toBe(200);
  });

  it('accepts a multipart file upload', async () => {
    const form = new FormData();
    form.set('file', new File([STORY.replace('Tuesday', 'Wednesday')], 'spill.txt', { type: 'text/plain' }));
    form.set('outlet', 'Upload Gazette');
    const res = await app.request('/api/articles', { method: 'POST', body: form });
    expect(res.status).toBe(201);
  });

  it('serves pages with a CSP that forbids inline scripts, and renders article data as text', async () => {
    for (const path of ['/', `/stories/${created.storyId}`, `/articles/${created.id}`, '/ingest']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await res.text();
      expect(html, path).not.toMatch(/<script>|<img|<b>Post/);
      expect(html.match(/<script/g)?.length ?? 0, path).toBe(1); // only /assets/app.js
    }
    const story = await (await get(`/stories/${created.storyId}`)).text();
    expect(story).toContain('Spill &lt;img src=x onerror=alert(1)&gt; cleared');
  });

  it('the story list page and the API refuse the same malformed dates', async () => {
    for (const bad of ['2024-02-30', '24-6-1']) {
      const res = await get(`/?from=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(await res.text()).toContain('YYYY-MM-DD');
    }
    expect((await get('/?from=2024-02-29')).status).toBe(200);
    expect((await get('/stories/s_0000000000000000')).status).toBe(404);
  });

  it('adds an article from the web form and redirects to its story', async () => {
    const form = new FormData();
    form.set('text', STORY.replace('Tuesday', 'Thursday'));
    form.set('outlet', 'Form Weekly');
    form.set('csrf', await formToken());
    const res = await app.request('/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(303);
    // One word changed from an article already stored: it is kept as a copy of it, and the story page says so.
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/stories\/s_[0-9a-f]{16}\?notice=stored%20as%20a%20copy/);
    expect(await (await get(location)).text()).toContain('Your article: stored as a copy of an article already here.');
    // The same text again: nothing new, and the page says that instead of "added".
    const again = new FormData();
    again.set('text', STORY.replace('Tuesday', 'Thursday'));
    again.set('outlet', 'Form Weekly');
    again.set('csrf', await formToken());
    const second = await app.request('/ingest', { method: 'POST', body: again });
    expect(second.headers.get('location')).toMatch(/\?notice=already%20stored/);
    // Only the fixed wordings are ever shown.
    expect(await (await get(location.replace(/\?.*/, '?notice=you%20won%20a%20prize'))).text()).not.toContain('prize');
  });

  it('adds several uploaded files from the web form and lists each result', async () => {
    const form = new FormData();
    form.append('file', new File([STORY.replace('Tuesday', 'Friday')], 'one.txt'));
    form.append('file', new File(['Too short.'], 'two.txt'));
    form.set('csrf', await formToken());
    const res = await app.request('/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/one\.txt: <a href="\/stories\/s_[0-9a-f]{16}">stored as a copy of an article already here<\/a>/);
    expect(html).toMatch(/two\.txt: not added/);
  });

  it('documents the API at /openapi.json with the report and article schemas', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/{id}', '/api/articles', '/api/articles/{id}', '/api/search', '/api/feeds']));
    expect(doc.components.schemas).toHaveProperty('Report');
    expect(doc.components.schemas).toHaveProperty('Article');
  });
});
