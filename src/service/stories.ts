// Stories for the CLI, the library and HTTP: list them, report one, analyse inputs into reports.
import { compareStory } from '../compare/index.js';
import { TriangulateError } from '../errors.js';
import type { Article } from '../model/article.js';
import { ReportSchema, type Report, type StoryReport } from '../model/report.js';
import { validator } from '../model/validate.js';
import type { StorySummary } from '../model/story.js';
import type { Store, StoryListOptions } from '../store/store.js';

import { ingestInputs, type IngestRequest } from './articles.js';
import { withAnalysis } from '../language/index.js';

export type StoryFilters = Omit<StoryListOptions, 'limit' | 'offset'>;

export async function listStories(store: Store, limit = 50, offset = 0, filters: StoryFilters = {}): Promise<{ total: number; items: StorySummary[] }> {
  return { total: await store.countStories(filters), items: await store.listStories({ limit, offset, ...filters }) };
}

/** The report of one stored story, with its articles (built once, then served from the store until the story changes). */
export async function storyReport(store: Store, id: string): Promise<Report> {
  const { json, built } = await reportOf(store, id);
  // A report just built is used as it is; only one read back from the archive is parsed and checked.
  return built ?? readReport(JSON.parse(json));
}

/** A stored report is data from the archive: it is checked against the Report schema before use. */
const readReport = validator(ReportSchema, 'the stored report', 'STORE_FAILED');

/**
 * The version of the comparison. A report cached by another version is built again: a changed method must not keep
 * serving reports it no longer agrees with. Raise it with every change to what compareStory returns.
 */
export const REPORT_VERSION = 67;
const VERSION_PREFIX = `{"reportVersion":${REPORT_VERSION},`;

/** A cached report or page, when it was built by this version of the comparison. */
export async function currentCachedReport(store: Store, id: string): Promise<string | undefined> {
  const cached = await store.cachedReport(id);
  return cached?.startsWith(VERSION_PREFIX) ? cached : undefined;
}

/** The story's cached page, when its cached report is current. */
export async function currentCachedPage(store: Store, id: string): Promise<string | undefined> {
  return (await currentCachedReport(store, id)) ? store.cachedPage(id) : undefined;
}

/** Keeps a rendered story page beside its cached report (dropped with it when the story changes). */
export async function cacheStoryPage(store: Store, id: string, html: string): Promise<void> {
  await store.cachePage(id, html);
}

/** The same report as JSON text, straight from the cache when it is current (the HTTP API sends it as is). */
export async function storyReportJson(store: Store, id: string): Promise<string> {
  return (await reportOf(store, id)).json;
}

/** The story's report: the cached JSON when it is current, else built, cached, and returned as JSON and as data. */
async function reportOf(store: Store, id: string): Promise<{ json: string; built?: Report }> {
  const cached = await currentCachedReport(store, id);
  if (cached) return { json: cached };
  const ids = await store.storyArticleIds(id);
  if (ids.length === 0) throw new TriangulateError('UNKNOWN_STORY', id);
  const articles = await articlesByIds(store, ids);
  const built: Report = { reportVersion: REPORT_VERSION, articles, stories: [compareStory(id, articles, { profiles: await store.outletProfiles() })] };
  const json = JSON.stringify(built);
  await store.cacheReport(id, json);
  return { json, built };
}

/**
 * Ingests the inputs and reports every story that contains one of them (with all of each story's articles, also those
 * already in the archive). Rejected inputs are in `rejected`.
 */
export async function analyzeInputs(store: Store, req: IngestRequest): Promise<Report & { rejected: Awaited<ReturnType<typeof ingestInputs>>['rejected'] }> {
  const result = await ingestInputs(store, req);
  const storyIds = [...new Set(result.articles.map((a) => a.storyId).filter((s): s is string => s !== undefined))];
  const stories: StoryReport[] = [];
  const seen = new Map<string, Article>();
  for (const id of storyIds) {
    // Through the report cache: a story the inputs did not change is not compared again.
    const report = await storyReport(store, id);
    for (const a of report.articles) seen.set(a.id, a);
    stories.push(...report.stories);
  }
  stories.sort((a, b) => b.articleIds.length - a.articleIds.length);
  return { articles: [...seen.values()], stories, rejected: result.rejected };
}

async function articlesByIds(store: Store, ids: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for (const id of ids) {
    const a = await store.getArticle(id);
    if (a) out.push(withAnalysis(a));
  }
  return out;
}
