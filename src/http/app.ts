// One Hono app serving the JSON API under /api, the web UI, its two assets and /openapi.json.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TriangulateError } from '../errors.js';
import { STYLE } from '../export/html.js';
import { ingestDocument, showArticle, type DocumentRequest } from '../service/articles.js';
import { listStories, storyReport } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { APP_JS, articlePage, ingestPage, messageBox, storiesPage, storyPage, WEB_CSP } from '../web/pages.js';
import { apiRoutes, authorised } from './api.js';
import { errorBody, toResponse } from './errors.js';
import { openApiDocument } from './openapi.js';

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
    const { total, items } = await listStories(o.store, 100, 0, query);
    return c.html(storiesPage(items, total, query));
  });
  app.get('/stories/:id', async (c) => {
    try {
      return c.html(storyPage(await storyReport(o.store, c.req.param('id'))));
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
    const form = await c.req.parseBody();
    if (!authorised(c, o.token, typeof form.token === 'string' ? form.token : '')) return c.html(ingestPage(messageBox('Wrong or missing token.', false), true), 401);
    const doc: DocumentRequest = {};
    for (const k of ['url', 'title', 'outlet', 'published'] as const) if (typeof form[k] === 'string' && form[k] !== '') doc[k] = form[k] as string;
    if (form.file instanceof File && form.file.size > 0) {
      const content = await form.file.text();
      if (/\.html?$/i.test(form.file.name)) doc.html = content;
      else doc.text = content;
      doc.source = `upload/${form.file.name}`;
    } else if (typeof form.text === 'string' && form.text.trim() !== '') doc.text = form.text;
    try {
      const r = await ingestDocument(o.store, doc, { allowPrivateUrls: o.allowPrivateUrls });
      if (r.rejected) return c.html(ingestPage(messageBox(`Not added: ${r.rejected.reason}`, false), Boolean(o.token)), 422);
      return c.redirect(r.storyId ? `/stories/${encodeURIComponent(r.storyId)}` : `/articles/${encodeURIComponent(r.id!)}`, 303);
    } catch (err) {
      if (err instanceof TriangulateError && err.code === 'USAGE') return c.html(ingestPage(messageBox(err.message, false), Boolean(o.token)), 400);
      throw err;
    }
  });
  return app;
}

function dateOrUndefined(v: string | undefined): string | undefined {
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}
