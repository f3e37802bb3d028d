// The JSON API: stories, articles, search, and ingest of one document or a feed. Handlers validate, call the service,
// respond; writes need the token when the server requires one.
import { Hono, type Context } from 'hono';
import { messageOf, TriangulateError } from '../errors.js';
import { DocumentRequestSchema, FeedRequestSchema, type DocumentRequest } from '../model/api.js';
import { validator } from '../model/validate.js';
import { isIsoDay } from '../model/days.js';
import { ingestDocument, ingestInputs, listArticles, searchArticles, showArticle, type ExtractPool } from '../service/articles.js';
import { listStories } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { errorBody, rejectionStatus } from './errors.js';
import type { StoryRenderer } from './render.js';

export interface ApiOptions {
  store: Store;
  /** When set, every write must carry `Authorization: Bearer <token>`. */
  token?: string;
  allowPrivateUrls?: boolean;
  /** The server's one extraction pool, shared by every ingest request. */
  pool: ExtractPool;
  renderer: StoryRenderer;
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
  api.get('/stories/:id', async (c) => c.body(await o.renderer.reportJson(c.req.param('id')), 200, { 'Content-Type': 'application/json; charset=utf-8' }));
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
    const result = await ingestDocument(o.store, doc, { allowPrivateUrls: o.allowPrivateUrls, pool: o.pool });
    return c.json(result, result.rejected ? rejectionStatus(result.rejected.code) : result.status === 'added' ? 201 : 200);
  });
  api.post('/feeds', async (c) => {
    if (!authorised(c, o.token)) return c.json(errorBody('UNAUTHORIZED', 'this server needs a token for writes'), 401);
    const body = await jsonBody(c);
    if (typeof body.url !== 'string' || !URL.canParse(body.url)) throw new TriangulateError('USAGE', 'give "url": the http(s) address of a feed');
    const feed = readFeed(body);
    const result = await ingestInputs(o.store, { inputs: [feed.url], fetchItems: feed.fetchItems === true, allowPrivateUrls: o.allowPrivateUrls, pool: o.pool });
    return c.json({ articles: result.articles.map((a) => ({ id: a.id, storyId: a.storyId })), rejected: result.rejected, counts: result.counts }, 201);
  });
  return api;
}

/** A multipart body's fields and files; a body that is not valid multipart is a 400, not a server fault. */
export async function formBody(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch (err) {
    throw new TriangulateError('USAGE', `the multipart body could not be read (${messageOf(err)})`);
  }
}

const readDocument = validator(DocumentRequestSchema, 'the document');
const readFeed = validator(FeedRequestSchema, 'the feed', 'USAGE');

/** A document from a JSON body or a multipart upload (`file`, plus the same optional fields as form fields). */
async function documentFrom(c: Context): Promise<DocumentRequest> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const form = await formBody(c);
    const doc: DocumentRequest = {};
    for (const k of DOCUMENT_FIELDS) if (typeof form[k] === 'string' && form[k] !== '') doc[k] = form[k];
    const file = [form.file].flat()[0];
    return file instanceof File ? fileDocument(file, doc) : doc;
  }
  // Absent and null fields are the same: left out.
  const body = Object.fromEntries(Object.entries(await jsonBody(c)).filter(([, v]) => v !== null));
  return readDocument(body);
}

/** An uploaded file as a document: HTML by its name or its first character, else text; its name is its source. */
export async function fileDocument(file: File, meta: DocumentRequest): Promise<DocumentRequest> {
  const content = await file.text();
  const kind = /\.html?$/i.test(file.name) || /^\s*</.test(content) ? 'html' : 'text';
  return { ...meta, [kind]: content, source: meta.source ?? `upload/${file.name}` };
}

/**
 * The JSON object of a request whose Content-Type says JSON. Anything else is refused (415): a `text/plain` body is a
 * "simple" request that any web page can send without the browser asking this server first.
 */
async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const type = (c.req.header('content-type') ?? '').toLowerCase().split(';')[0]!.trim();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    throw new TriangulateError('UNSUPPORTED_MEDIA_TYPE', `send JSON as application/json (got "${type || 'no Content-Type'}")`);
  }
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
  return sameSecret(given, token);
}

/** Compares a given secret with the expected one without stopping at the first difference. */
export function sameSecret(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

function count(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new TriangulateError('USAGE', `expected a whole number ≥ 0, got "${value}"`);
  return Math.min(n, max);
}

/** A `from`/`to` filter: YYYY-MM-DD, or a USAGE error (the API says what is wrong; the web form drops a bad value). */
export function date(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!isIsoDay(value)) throw new TriangulateError('USAGE', `expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}
