// One Hono app serving the JSON API under /api, the web UI, its two assets and /openapi.json.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TriangulateError } from '../errors.js';
import { STYLE } from '../export/html.js';
import { ingestDocument, showArticle, type DocumentRequest } from '../service/articles.js';
import { listStories, storyReport } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { APP_JS, articlePage, batchResults, ingestPage, messageBox, storiesPage, storyPage, WEB_CSP } from '../web/pages.js';
import { apiRoutes, authorised, fileDocument } from './api.js';
import { errorBody, toResponse } from './errors.js';
import { openApiDocument } from './openapi.js';

/** Stories per page of the web list. */
const STORIES_PER_PAGE = 50;

/** Largest request body accepted (a long article page is well under this). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  token?: string;
  allowPrivateUrls?: boolean;
  maxBodyBytes?: number;
}

export function createApp(o: AppOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', WEB_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use('*', bodyLimit({ maxSize: o.maxBodyBytes ?? MAX_BODY_BYTES, onError: (c) => c.json(errorBody('TOO_LARGE', 'the request body is too large'), 413) }));
  app.onError((err, c) => toResponse(c, err));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json(errorBody('NOT_FOUND', 'no such route'), 404) : c.html(ingestPage(messageBox('No such page.', false)), 404)));

  app.route('/api', apiRoutes(o));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/assets/app.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  // Browsers ask for it on every first visit; no icon, and no 404 in their consoles.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/assets/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  app.get('/', async (c) => {
    const query = { q: c.req.query('q') || undefined, outlet: c.req.query('outlet') || undefined, from: dateOrUndefined(c.req.query('from')), to: dateOrUndefined(c.req.query('to')) };
    const page = Math.max(0, Number.parseInt(c.req.query('page') ?? '0', 10) || 0);
    const { total, items } = await listStories(o.store, STORIES_PER_PAGE, page * STORIES_PER_PAGE, query);
    return c.html(storiesPage(items, total, query, page, STORIES_PER_PAGE));
  });
  app.get('/stories/:id', async (c) => {
    try {
      const id = c.req.param('id');
      const cached = await o.store.cachedPage(id);
      if (cached) return c.html(cached);
      // Rendering a large story takes tens of milliseconds: the page is kept with the report and dropped with it.
      const html = storyPage(await storyReport(o.store, id));
      await o.store.cachePage(id, html);
      return c.html(html);
    } catch (err) {
      if (err instanceof TriangulateError && err.code === 'UNKNOWN_ID') return c.html(ingestPage(messageBox('No such story.', false)), 404);
      throw err;
    }
  });
  app.get('/articles/:id', async (c) => {
    try {
      const a = await showArticle(o.store, c.req.param('id'));
      return c.html(articlePage(a, await o.store.storyOf(a.id)));
    } catch (err) {
      if (err instanceof TriangulateError && err.code === 'UNKNOWN_ID') return c.html(ingestPage(messageBox('No such article.', false)), 404);
      throw err;
    }
  });
  app.get('/ingest', (c) => c.html(ingestPage('', Boolean(o.token))));
  app.post('/ingest', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const field = (k: string) => (typeof form[k] === 'string' && form[k] !== '' ? (form[k] as string) : undefined);
    if (!authorised(c, o.token, field('token') ?? '')) return c.html(ingestPage(messageBox('Wrong or missing token.', false), true), 401);
    const meta: DocumentRequest = {};
    for (const k of ['title', 'outlet', 'published'] as const) if (field(k)) meta[k] = field(k);
    const files = ([] as unknown[]).concat(form.file ?? []).filter((f): f is File => f instanceof File && f.size > 0);
    const docs: { name: string; doc: DocumentRequest }[] = files.length
      ? await Promise.all(files.map(async (f) => ({ name: f.name, doc: await fileDocument(f, meta) })))
      : [{ name: 'text', doc: { ...meta, ...(field('url') ? { url: field('url') } : {}), ...(field('text')?.trim() ? { text: field('text') } : {}) } }];
    const results: { name: string; storyId?: string; id?: string; error?: string }[] = [];
    for (const { name, doc } of docs) {
      try {
        const r = await ingestDocument(o.store, doc, { allowPrivateUrls: o.allowPrivateUrls });
        results.push(r.rejected ? { name, error: r.rejected.reason } : { name, ...(r.storyId ? { storyId: r.storyId } : {}), ...(r.id ? { id: r.id } : {}) });
      } catch (err) {
        if (!(err instanceof TriangulateError && err.code === 'USAGE')) throw err;
        results.push({ name, error: err.message });
      }
    }
    const [only] = results;
    if (results.length === 1 && only && !only.error) {
      return c.redirect(only.storyId ? `/stories/${encodeURIComponent(only.storyId)}` : `/articles/${encodeURIComponent(only.id!)}`, 303);
    }
    if (results.length === 1) return c.html(ingestPage(messageBox(`Not added: ${only!.error}`, false), Boolean(o.token)), only!.error?.includes('give exactly one') ? 400 : 422);
    return c.html(ingestPage(batchResults(results), Boolean(o.token)));
  });
  return app;
}

function dateOrUndefined(v: string | undefined): string | undefined {
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}
