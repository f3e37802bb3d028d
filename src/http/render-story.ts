// One story's report JSON or web page, built from the store: what the report worker thread does, and what the server
// does itself for an in-memory archive (which another thread cannot open).
import { cacheStoryPage, currentCachedPage, storyReport, storyReportJson } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { storyPage } from '../web/pages.js';

export type RenderKind = 'report' | 'page';

/** The report (through the report cache) or the page (kept beside the report it was made from). */
export async function renderStory(store: Store, kind: RenderKind, storyId: string): Promise<string> {
  if (kind === 'report') return storyReportJson(store, storyId);
  const cached = await currentCachedPage(store, storyId);
  if (cached) return cached;
  const html = storyPage(await storyReport(store, storyId));
  await cacheStoryPage(store, storyId, html);
  return html;
}
