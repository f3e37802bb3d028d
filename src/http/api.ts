// The JSON API: stories, articles, search, and ingest of one document or a feed. Handlers validate, call the service,
// respond; writes need the token when the server requires one.
import { Hono, type Context } from 'hono';
import { TriangulateError } from '../errors.js';
import { ingestDocument, ingestInputs, listArticles, searchArticles, showArticle, type DocumentRequest } from '../service/articles.js';
import { listStories, storyReportJson } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { errorBody } from './errors.js';

export interface ApiOptions {
  store: Store;
  /** When set, every write must carry `Authorization: Bearer <token>`. */
  token?: string;
  allowPrivateUrls?: boolean;
}

const DOCUMENT_FIELDS = ['text', 'html', 'url', 'source', 'title', 'outlet', 'published'] as const;

export function apiRoutes(o: ApiOptions): Hono {
  const api = new Hono();
  const paging = (c: Context) => ({ limit: count(c.req.query('limit'), 50, 500), offset: count(c.req.query('offset'), 0, 1e9) });

  api.get('/stories', async (c) => {
    const { limit, offset } = paging(c);
    const filters = { q: c.req.query('q') || undefined, outlet: c.req.query('outlet') || undefined, from: date(c.req.query('from')), to: date(c.req.query('to')) };
    return c.json(await listStories(o.store, limit, offset, filters));
  });
  api.get('/stories/:id', async (c) => c.body(await storyReportJson(o.store, c.req.param('id')), 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  api.get('/articles', async (c) => {
    const { limit, offset } = paging(c);
    return c.json(await listArticles(o.store, limit, offset));
  });
  api.get('/articles/:id', async (c) => c.json(await showArticle(o.store, c.req.param('id'))));
  api.get('/search', async (c) => {
    const { limit, offset } = paging(c);
    return c.json({ items: await searchArticles(o.store, c.req.query('q') ?? '', limit, offset) });
  });

  api.post('/articles', async (c) => {
    if (!authorised(c, o.token)) return c.json(errorBody('UNAUTHORIZED', 'this server needs a token for writes'), 401);
    const doc = await documentFrom(c);
    const result = await ingestDocument(o.store, doc, { allowPrivateUrls: o.allowPrivateUrls });
    return c.json(result, result.rejected ? 422 : 201);
  });
  api.post('/feeds', async (c) => {
    if (!authorised(c, o.token)) return c.json(errorBody('UNAUTHORIZED', 'this server needs a token for writes'), 401);
    const body = await jsonBody(c);
    if (typeof body.url !== 'string' || !/^https?:\/\//i.test(body.url)) throw new TriangulateError('USAGE', 'give "url": the http(s) address of a feed');
    const result = await ingestInputs(o.store, { inputs: [body.url], fetchItems: body.fetchItems === true, allowPrivateUrls: o.allowPrivateUrls });
    return c.json({ articles: result.articles.map((a) => ({ id: a.id, storyId: a.storyId })), rejected: result.rejected, counts: result.counts }, 201);
  });
  return api;
}

/** A document from a JSON body or a multipart upload (`file`, plus the same optional fields as form fields). */
async function documentFrom(c: Context): Promise<DocumentRequest> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    const doc: DocumentRequest = {};
    for (const k of DOCUMENT_FIELDS) if (typeof form[k] === 'string' && form[k] !== '') doc[k] = form[k] as string;
    return file instanceof File ? fileDocument(file, doc) : doc;
  }
  const body = await jsonBody(c);
  const doc: DocumentRequest = {};
  for (const k of DOCUMENT_FIELDS) {
    const v = body[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new TriangulateError('INVALID_RECORD', `"${k}" must be a string`);
    doc[k] = v;
  }
  return doc;
}

/** An uploaded file as a document: HTML by its name or its first character, else text; its name is its source. */
export async function fileDocument(file: File, meta: DocumentRequest): Promise<DocumentRequest> {
  const content = await file.text();
  const kind = /\.html?$/i.test(file.name) || /^\s*</.test(content) ? 'html' : 'text';
  return { ...meta, [kind]: content, source: meta.source ?? `upload/${file.name}` };
}

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new TriangulateError('MALFORMED_JSON', 'the request body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new TriangulateError('INVALID_RECORD', 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** Constant-time enough for a shared token: compares every character. */
export function authorised(c: Context, token: string | undefined, formToken?: string): boolean {
  if (!token) return true;
  const given = formToken ?? (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
  if (given.length !== token.length) return false;
  let diff = 0;
  for (let i = 0; i < token.length; i++) diff |= given.charCodeAt(i) ^ token.charCodeAt(i);
  return diff === 0;
}

function count(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new TriangulateError('USAGE', `expected a whole number ≥ 0, got "${value}"`);
  return Math.min(n, max);
}

function date(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new TriangulateError('USAGE', `expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}
