// Shared by the CLI (and later HTTP and web): ingest, list, show, search and export articles.
import { TriangulateError } from '../errors.js';
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
