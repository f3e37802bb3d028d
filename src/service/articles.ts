// Shared by the CLI, HTTP and web: ingest, list, show, search and export articles.
import { createHash } from 'node:crypto';
import { reject, TriangulateError } from '../errors.js';
import { DEFAULT_READ_OPTIONS, InputReader, recordToDocument, type OutletMap, type ReadOptions } from '../ingest/index.js';
import { withAnalysis } from '../language/index.js';
import type { DocumentRequest, DocumentResult } from '../model/api.js';
import type { Article } from '../model/article.js';
import { clusterPending } from '../pipeline/cluster.js';
import { createExtractPool, type ExtractPool } from '../pipeline/extract-pool.js';
import { ingest, ingestTasks, type IngestOptions, type IngestResult, type ReadTask } from '../pipeline/ingest.js';
import type { ArticleSummary, SearchHit, Store } from '../store/store.js';

export interface IngestRequest {
  inputs: string[];
  fetchItems?: boolean;
  allowPrivateUrls?: boolean;
  /** The outlet of every input (`--outlet`): wins over what the inputs say. */
  outlet?: string;
  /** Outlets by file name and web domain (`--outlets FILE`), for inputs that do not name theirs. */
  outletMap?: OutletMap;
  onProgress?: IngestOptions['onProgress'];
  onRejection?: IngestOptions['onRejection'];
  /** The extraction pool to use (a server shares one); default: one for this call. */
  pool?: ExtractPool;
}

/** An extraction pool a long-running process (the server) shares among its ingests; close it when done. */
export const createIngestPool = (threads = 2): ExtractPool => createExtractPool({ size: threads });
export type { ExtractPool } from '../pipeline/extract-pool.js';
export { readOutletMap, type OutletMap } from '../ingest/index.js';
export type { IngestProgress, IngestResult } from '../pipeline/ingest.js';

const readOptions = (req: Pick<IngestRequest, 'allowPrivateUrls' | 'fetchItems' | 'outlet' | 'outletMap'>): ReadOptions => ({
  ...DEFAULT_READ_OPTIONS,
  cwd: process.cwd(),
  fetchItems: req.fetchItems ?? false,
  fetch: { ...DEFAULT_READ_OPTIONS.fetch, allowPrivate: req.allowPrivateUrls ?? false },
  ...(req.outlet ? { outlet: req.outlet } : {}),
  ...(req.outletMap ? { outletMap: req.outletMap } : {}),
});

/** Files, folders, feeds and URLs into the archive, then clustered. Local paths are read: for the CLI and the library, never for HTTP. */
export async function ingestInputs(store: Store, req: IngestRequest): Promise<IngestResult> {
  if (req.inputs.length === 0) throw new TriangulateError('USAGE', 'give at least one file, folder or URL');
  const read = readOptions(req);
  const result = await ingest(req.inputs, store, { read, pool: req.pool, onProgress: req.onProgress, onRejection: req.onRejection });
  await assignStories(store, result);
  return result;
}

/** Every ingest leaves the archive clustered: new articles join or open stories, and each result names its story. */
async function assignStories(store: Store, result: IngestResult): Promise<void> {
  const clustered = await clusterPending(store);
  for (const a of result.articles) {
    const story = clustered.storyOf.get(a.id) ?? (await store.storyOf(a.id));
    if (story) a.storyId = story;
  }
}

export async function listArticles(store: Store, limit = 50, offset = 0): Promise<{ total: number; items: ArticleSummary[] }> {
  return { total: await store.countArticles(), items: await store.listArticles({ limit, offset }) };
}

export async function showArticle(store: Store, id: string): Promise<Article> {
  const article = await store.getArticle(id);
  if (!article) throw new TriangulateError('UNKNOWN_ID', id);
  return withAnalysis(article);
}

/** The story an article belongs to, if it has been clustered. */
export async function storyOfArticle(store: Store, id: string): Promise<string | undefined> {
  return store.storyOf(id);
}

/** Every stored article, whole, analysed (articles stored before analysis existed are analysed on the way out). */
export async function* exportArticles(store: Store): AsyncIterable<Article> {
  for await (const article of store.allArticles()) yield withAnalysis(article);
}


export async function searchArticles(store: Store, query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
  if (!query.trim()) throw new TriangulateError('USAGE', 'the search query is empty');
  return store.search(query, { limit, offset });
}

export type { DocumentRequest, DocumentResult } from '../model/api.js';

export interface DocumentOptions {
  allowPrivateUrls?: boolean;
  /** The extraction pool to use (a server shares one among its requests); default: one for this call. */
  pool?: ExtractPool;
}

/**
 * Ingests one submitted document through the same checks as a JSON Lines record (text or HTML), or fetches an http(s)
 * URL under the address policy. Never reads a local path: a `url` that is not http(s) is a USAGE error.
 *
 * A document whose `source` names an article already stored with a different text is refused (SOURCE_TAKEN): a client
 * cannot overwrite another article. A URL is stored under the URL itself, so a page fetched again after it changed is
 * an update (`status: "updated"`).
 */
export async function ingestDocument(store: Store, doc: DocumentRequest, options: DocumentOptions = {}): Promise<DocumentResult> {
  const given = [doc.text, doc.html, doc.url].filter((x) => x !== undefined);
  if (given.length !== 1) throw new TriangulateError('USAGE', 'give exactly one of "text", "html" or "url"');
  let task: ReadTask;
  if (doc.url !== undefined) {
    const url = doc.url.trim();
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new TriangulateError('USAGE', '"url" must be an http:// or https:// address');
    const reader = new InputReader(readOptions({ allowPrivateUrls: options.allowPrivateUrls }));
    task = () => reader.read({ type: 'url', url });
  } else {
    const body = doc.text ?? doc.html!;
    const source = doc.source ?? `submitted/${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
    const raw = recordToDocument({ id: source, text: doc.text, html: doc.html, title: doc.title, outlet: doc.outlet, published: doc.published }, source);
    task = async () => [raw];
  }
  const result = await ingestTasks([task], store, { pool: options.pool, onChangedSource: doc.url === undefined ? 'refuse' : 'update' });
  await assignStories(store, result);
  const a = result.articles[0];
  if (!a) return { rejected: result.rejected[0] ?? reject('NOT_AN_ARTICLE', doc.source ?? doc.url ?? 'submitted', 'nothing was stored') };
  return { id: a.id, ...(a.storyId ? { storyId: a.storyId } : {}), status: a.status, ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}) };
}
