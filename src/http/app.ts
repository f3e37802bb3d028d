// One Hono app serving the JSON API under /api, the web UI, its two assets and /openapi.json.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TriangulateError } from '../errors.js';
import { STYLE } from '../export/html.js';
import { createIngestPool, ingestDocument, showArticle, storyOfArticle, type DocumentRequest, type ExtractPool } from '../service/articles.js';
import { listStories } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { APP_JS, articlePage, batchResults, ingestPage, messageBox, NOTICES, outcomeText, storiesPage, WEB_CSP, withNotice } from '../web/pages.js';
import { apiRoutes, authorised, date, fileDocument, formBody, sameSecret } from './api.js';
import { errorBody, rejectionStatus, toResponse } from './errors.js';
import { admission, hostGuard, LOOPBACK_HOSTS, sameOriginWrites, type AdmissionLimits } from './guard.js';
import { openApiDocument } from './openapi.js';
import { createStoryRenderer, type StoryRenderer } from './render.js';


/** Stories per page of the web list. */
const STORIES_PER_PAGE = 50;

/** Largest request body accepted (a long article page is well under this). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Writes handled at once and left waiting. Each running write holds its body (up to MAX_BODY_BYTES) and a share of the
 * extraction threads; a waiting one holds only its socket. 4 keeps the two extraction threads busy while the others
 * dedupe and cluster; 128 waiting lets a burst of uploads through in turn instead of refusing them.
 */
export const DEFAULT_WRITE_LIMITS: AdmissionLimits = { running: 4, waiting: 128, retryAfterSeconds: 5 };

export interface AppOptions {
  store: Store;
  token?: string;
  allowPrivateUrls?: boolean;
  maxBodyBytes?: number;
  /** Host names the server answers to (default: the loopback names); `*` answers any. */
  allowedHosts?: string[];
  writeLimits?: Partial<AdmissionLimits>;
  /** Extraction threads shared by every ingest request (default 2). */
  extractionThreads?: number;
  /** Longest a story report or page may take to build (default RENDER_BUDGET_MS). */
  renderBudgetMs?: number;
}

/** The app, and `close()` for the threads it started (its extraction pool and its report worker). */
export type App = Hono & { close(): Promise<void> };

export function createApp(o: AppOptions): App {
  const pool: ExtractPool = createIngestPool(o.extractionThreads);
  const renderer: StoryRenderer = createStoryRenderer(o.store, { budgetMs: o.renderBudgetMs });
  // The web form's anti-forgery token: another site's page cannot read it (same-origin policy, and the host check
  // stops it from rebinding a name of its own to this server).
  const formToken = randomBytes(24).toString('base64url');
  const admit = admission({ ...DEFAULT_WRITE_LIMITS, ...o.writeLimits });
  const form = (message = '') => ingestPage(message, { needsToken: Boolean(o.token), formToken });
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', WEB_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // Not no-referrer: with it, browsers send `Origin: null` on the server's own form posts.
    c.header('Referrer-Policy', 'same-origin');
  });
  app.use('*', hostGuard(o.allowedHosts ?? LOOPBACK_HOSTS));
  app.use('*', sameOriginWrites());
  // Admitted before the body is read, so that refused or waiting writes cost no memory.
  app.use('*', (c, next) => (c.req.method === 'POST' ? admit(c, next) : next()));
  app.use('*', bodyLimit({ maxSize: o.maxBodyBytes ?? MAX_BODY_BYTES, onError: (c) => c.json(errorBody('TOO_LARGE', 'the request body is too large'), 413) }));
  app.onError((err, c) => toResponse(c, err));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json(errorBody('NOT_FOUND', 'no such route'), 404) : c.html(form(messageBox('No such page.', false)), 404)));

  app.route('/api', apiRoutes({ store: o.store, token: o.token, allowPrivateUrls: o.allowPrivateUrls, pool, renderer }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/assets/app.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  // Browsers ask for it on every first visit; no icon, and no 404 in their consoles.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/assets/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  app.get('/', async (c) => {
    let query;
    try {
      query = { q: c.req.query('q') || undefined, outlet: c.req.query('outlet') || undefined, from: date(c.req.query('from')), to: date(c.req.query('to')) };
    } catch (err) {
      if (err instanceof TriangulateError) return c.html(form(messageBox(`Dates are written YYYY-MM-DD, as in 2024-06-01 (${err.detail}).`, false)), 400);
      throw err;
    }
    const page = Math.max(0, Number.parseInt(c.req.query('page') ?? '0', 10) || 0);
    const { total, items } = await listStories(o.store, STORIES_PER_PAGE, page * STORIES_PER_PAGE, query);
    return c.html(storiesPage(items, total, query, page, STORIES_PER_PAGE));
  });
  app.get('/stories/:id', async (c) => {
    try {
      const page = await renderer.page(c.req.param('id'));
      // Only the fixed outcome wordings are shown: the query string is not a way to put text on the page.
      const notice = c.req.query('notice');
      return c.html(notice && NOTICES.has(notice) ? withNotice(page, `Your article: ${notice}.`) : page);
    } catch (err) {
      if (err instanceof TriangulateError && err.code === 'UNKNOWN_STORY') return c.html(form(messageBox('No such story.', false)), 404);
      throw err;
    }
  });
  app.get('/articles/:id', async (c) => {
    try {
      const a = await showArticle(o.store, c.req.param('id'));
      return c.html(articlePage(a, await storyOfArticle(o.store, a.id)));
    } catch (err) {
      if (err instanceof TriangulateError && err.code === 'UNKNOWN_ID') return c.html(form(messageBox('No such article.', false)), 404);
      throw err;
    }
  });
  app.get('/ingest', (c) => c.html(form()));
  app.post('/ingest', async (c) => {
    const fields = await formBody(c);
    const field = (k: string) => (typeof fields[k] === 'string' && fields[k] !== '' ? fields[k] : undefined);
    if (!sameSecret(field('csrf') ?? '', formToken)) return c.html(form(messageBox('The form has expired: reload the page and send it again.', false)), 403);
    if (!authorised(c, o.token, field('token') ?? '')) return c.html(form(messageBox('Wrong or missing token.', false)), 401);
    const meta: DocumentRequest = {};
    for (const k of ['title', 'outlet', 'published'] as const) if (field(k)) meta[k] = field(k);
    const files = [fields.file ?? []].flat().filter((f): f is File => f instanceof File && f.size > 0);
    const docs: { name: string; doc: DocumentRequest }[] = files.length
      ? await Promise.all(files.map(async (f) => ({ name: f.name, doc: await fileDocument(f, meta) })))
      : [{ name: 'text', doc: { ...meta, ...(field('url') ? { url: field('url') } : {}), ...(field('text')?.trim() ? { text: field('text') } : {}) } }];
    const results: { name: string; storyId?: string; id?: string; error?: string; status?: number; outcome?: string }[] = [];
    for (const { name, doc } of docs) {
      try {
        const r = await ingestDocument(o.store, doc, { allowPrivateUrls: o.allowPrivateUrls, pool });
        results.push(
          r.rejected
            ? { name, error: r.rejected.reason, status: rejectionStatus(r.rejected.code) }
            : { name, outcome: outcomeText(r), ...(r.storyId ? { storyId: r.storyId } : {}), ...(r.id ? { id: r.id } : {}) },
        );
      } catch (err) {
        if (!(err instanceof TriangulateError && err.code === 'USAGE')) throw err;
        results.push({ name, error: err.message, status: 400 });
      }
    }
    const [only] = results;
    if (results.length === 1 && only && !only.error) {
      const notice = only.outcome && only.outcome !== 'added' ? `?notice=${encodeURIComponent(only.outcome)}` : '';
      return c.redirect(only.storyId ? `/stories/${encodeURIComponent(only.storyId)}${notice}` : `/articles/${encodeURIComponent(only.id!)}`, 303);
    }
    if (results.length === 1) return c.html(form(messageBox(`Not added: ${only!.error}`, false)), (only!.status ?? 422) as 400 | 409 | 422);
    return c.html(form(batchResults(results)));
  });
  return Object.assign(app, {
    async close() {
      await renderer.close();
      await pool.close();
    },
  });
}
