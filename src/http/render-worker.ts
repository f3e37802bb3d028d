// Worker thread: builds story reports and pages from its own connection to the archive, off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { messageOf, TriangulateError } from '../errors.js';
import { openStore } from '../service/open-store.js';
import { cacheStoryPage, currentCachedPage, storyReport, storyReportJson } from '../service/stories.js';
import { storyPage } from '../web/pages.js';

export type RenderKind = 'report' | 'page';
export interface RenderRequest {
  seq: number;
  kind: RenderKind;
  storyId: string;
}
export type RenderReply = { seq: number; text: string } | { seq: number; error: { code: TriangulateError['code']; detail: string } | { message: string } };

const store = await openStore((workerData as { location: string }).location);

/** The story's report JSON, or its page (kept with the report, like the server does when it renders one itself). */
async function render(kind: RenderKind, storyId: string): Promise<string> {
  if (kind === 'report') return storyReportJson(store, storyId);
  const cached = await currentCachedPage(store, storyId);
  if (cached) return cached;
  const html = storyPage(await storyReport(store, storyId));
  await cacheStoryPage(store, storyId, html);
  return html;
}

parentPort!.on('message', (m: RenderRequest) => {
  render(m.kind, m.storyId).then(
    (text) => parentPort!.postMessage({ seq: m.seq, text } satisfies RenderReply),
    (err: unknown) =>
      parentPort!.postMessage({
        seq: m.seq,
        error: err instanceof TriangulateError ? { code: err.code, detail: err.detail } : { message: messageOf(err) },
      } satisfies RenderReply),
  );
});
