// Shared by the CLI (and later HTTP and web): ingest, list, show, search and export articles.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TriangulateError } from '../errors.js';
import type { Rejection } from '../model/rejection.js';
import type { ReadOptions } from '../ingest/index.js';
import { DEFAULT_READ_OPTIONS } from '../ingest/index.js';
import { annotateArticle } from '../language/index.js';
import type { Article } from '../model/article.js';
import { clusterPending } from '../pipeline/cluster.js';
import { ingest, type IngestOptions, type IngestResult } from '../pipeline/ingest.js';
import type { ArticleSummary, SearchHit, Store } from '../store/store.js';

export interface IngestRequest {
  inputs: string[];
  fetchItems?: boolean;
  allowPrivateUrls?: boolean;
  onProgress?: IngestOptions['onProgress'];
  onRejection?: IngestOptions['onRejection'];
}

export async function ingestInputs(store: Store, req: IngestRequest): Promise<IngestResult> {
  if (req.inputs.length === 0) throw new TriangulateError('USAGE', 'give at least one file, folder or URL');
  const read: ReadOptions = {
    ...DEFAULT_READ_OPTIONS,
    cwd: process.cwd(),
    fetchItems: req.fetchItems ?? false,
    fetch: { ...DEFAULT_READ_OPTIONS.fetch, allowPrivate: req.allowPrivateUrls ?? false },
  };
  const result = await ingest(req.inputs, store, { read, onProgress: req.onProgress, onRejection: req.onRejection });
  // Every ingest leaves the archive clustered: new articles join or open stories.
  const clustered = await clusterPending(store);
  for (const a of result.articles) {
    const story = clustered.storyOf.get(a.id) ?? (await store.storyOf(a.id));
    if (story) a.storyId = story;
  }
  return result;
}

export async function listArticles(store: Store, limit = 50, offset = 0): Promise<{ total: number; items: ArticleSummary[] }> {
  return { total: await store.countArticles(), items: await store.listArticles({ limit, offset }) };
}

export async function showArticle(store: Store, id: string): Promise<Article> {
  const article = await store.getArticle(id);
  if (!article) throw new TriangulateError('UNKNOWN_ID', id);
  return withAnalysis(article);
}

/** Every stored article, whole, analysed (articles stored before analysis existed are analysed on the way out). */
export async function* exportArticles(store: Store): AsyncIterable<Article> {
  for await (const article of store.allArticles()) yield withAnalysis(article);
}

/** Adds the language analysis to an article stored without it. */
export function withAnalysis(article: Article): Article {
  return article.sentences ? article : { ...article, ...annotateArticle(article) };
}

export async function searchArticles(store: Store, query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
  if (!query.trim()) throw new TriangulateError('USAGE', 'the search query is empty');
  return store.search(query, { limit, offset });
}

/** One document submitted directly (HTTP API, web form): text or HTML with optional metadata, or a URL. */
export interface DocumentRequest {
  text?: string;
  html?: string;
  url?: string;
  source?: string;
  title?: string;
  outlet?: string;
  published?: string;
}

export interface DocumentResult {
  id?: string;
  storyId?: string;
  rejected?: Rejection;
}

/**
 * Ingests one submitted document through the same pipeline as files: text and HTML go through a one-line JSON Lines
 * file (so every check of that path applies), a URL is fetched under the address policy.
 */
export async function ingestDocument(store: Store, doc: DocumentRequest, options: { allowPrivateUrls?: boolean } = {}): Promise<DocumentResult> {
  const given = [doc.text, doc.html, doc.url].filter((x) => x !== undefined);
  if (given.length !== 1) throw new TriangulateError('USAGE', 'give exactly one of "text", "html" or "url"');
  let inputs: string[];
  let dir: string | undefined;
  if (doc.url !== undefined) inputs = [doc.url];
  else {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-doc-'));
    const body = doc.text ?? doc.html!;
    const id = doc.source ?? `submitted/${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
    const line = { id, ...(doc.text !== undefined ? { text: doc.text } : { html: doc.html }), title: doc.title, outlet: doc.outlet, published: doc.published };
    const file = join(dir, 'document.jsonl');
    writeFileSync(file, JSON.stringify(line) + '\n');
    inputs = [file];
  }
  try {
    const result = await ingestInputs(store, { inputs, allowPrivateUrls: options.allowPrivateUrls });
    const a = result.articles[0];
    if (!a) return { rejected: result.rejected[0] ?? { code: 'NOT_AN_ARTICLE', reason: 'nothing was stored', source: inputs[0]! } };
    return { id: a.id, ...(a.storyId ? { storyId: a.storyId } : {}) };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
