// The typed library: `analyze` runs the whole pipeline on inputs and returns the report; the stages are exported too.
import type { Rejection } from './model/rejection.js';
import type { Report } from './model/report.js';
import { openStore } from './service/open-store.js';
import { analyzeInputs } from './service/stories.js';

export interface AnalyzeOptions {
  /** Archive to use and keep (a SQLite file path). Default: a throw-away in-memory archive. */
  db?: string;
  /** For feeds, fetch each item's page for the full text. */
  fetchItems?: boolean;
  /** Let URLs reach private, loopback and link-local addresses (off by default). */
  allowPrivateUrls?: boolean;
}

/**
 * Ingests files, folders, feeds, JSON Lines or URLs and reports every story they belong to.
 * @example
 * import { analyze } from 'triangulate';
 * const report = await analyze(['reports/']);
 * for (const s of report.stories) console.log(s.title, s.independentSources);
 */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<Report & { rejected: Rejection[] }> {
  const store = await openStore(options.db ?? ':memory:');
  try {
    return await analyzeInputs(store, { inputs, fetchItems: options.fetchItems, allowPrivateUrls: options.allowPrivateUrls });
  } finally {
    await store.close();
  }
}

export type { Analysis, DateMention, Entity, EntityType, Mention, Quote, QuoteKind, Span } from './model/analysis.js';
export type { Article, DuplicateLink, RemovedSpan } from './model/article.js';
export type { Rejection } from './model/rejection.js';
export type * from './model/report.js';
export type { StorySummary } from './model/story.js';
export type { Store } from './store/store.js';
export { ARTICLE_SCHEMA } from './model/article-schema.js';
export { REPORT_SCHEMA } from './model/report-schema.js';
export { annotateArticle } from './language/index.js';
export { extractArticle } from './extract/index.js';
export { compareStatements, compareStory } from './compare/index.js';
export { articleTerms, assignStory, createStoryIndex } from './cluster/index.js';
export { renderHtml } from './export/html.js';
export { renderMarkdown } from './export/markdown.js';
export { openStore } from './service/open-store.js';
export { listStories, storyReport } from './service/stories.js';
