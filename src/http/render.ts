// Story reports and pages for the server, built off its event loop: a report of thousands of articles takes seconds to
// compare, and the server must go on answering other requests meanwhile.
import type { Worker } from 'node:worker_threads';
import { TriangulateError } from '../errors.js';
import { startWorkerThread } from '../service/threads.js';
import { currentCachedPage, currentCachedReport } from '../service/stories.js';
import type { Store } from '../store/store.js';
import { renderStory, type RenderKind } from './render-story.js';
import type { RenderReply } from './render-worker.js';

/**
 * Longest a report or page may take to build before its worker is stopped and the request answered 503
 * (REPORT_BUDGET). A 500-article story's report takes about half a second; this leaves room for stories a hundred
 * times that size on a slow machine, and no more.
 */
export const RENDER_BUDGET_MS = 120_000;

export interface StoryRenderer {
  /** The story's report as JSON text (from the store's cache when current). */
  reportJson(storyId: string): Promise<string>;
  /** The story's web page (from the store's cache when current). */
  page(storyId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves cached reports and pages directly and builds the others in one worker thread with its own connection to the
 * archive. An in-memory archive cannot be opened from another thread: its reports are built on the calling thread.
 */
export function createStoryRenderer(store: Store, options: { budgetMs?: number } = {}): StoryRenderer {
  const budgetMs = options.budgetMs ?? RENDER_BUDGET_MS;
  let worker: Worker | undefined;
  let seq = 0;
  const pending = new Map<number, { resolve: (text: string) => void; fail: (err: Error) => void; timer: NodeJS.Timeout }>();
  // One build per story and kind at a time: a second request for the same story waits for the first.
  const inFlight = new Map<string, Promise<string>>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.fail(err);
    }
    pending.clear();
  };
  const stopWorker = () => {
    const w = worker;
    worker = undefined;
    void w?.terminate();
  };
  const start = (location: string): Worker => {
    const w = startWorkerThread(import.meta.url, './render-worker', { workerData: { location } });
    w.on('message', (m: RenderReply) => {
      const p = pending.get(m.seq);
      if (!p) return;
      pending.delete(m.seq);
      clearTimeout(p.timer);
      if (pending.size === 0) w.unref();
      if ('text' in m) p.resolve(m.text);
      else p.fail('code' in m.error ? new TriangulateError(m.error.code, m.error.detail) : new Error(m.error.message));
    });
    w.on('error', (err) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`the report worker failed: ${err.message}`));
    });
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      failAll(new TriangulateError('BUSY', 'the report worker was restarted while this report waited; ask again'));
    });
    return w;
  };

  const inWorker = (location: string, kind: RenderKind, storyId: string) =>
    new Promise<string>((resolve, fail) => {
      worker ??= start(location);
      worker.ref();
      const n = ++seq;
      const timer = setTimeout(() => {
        pending.delete(n);
        // The build cannot be interrupted inside the thread: the thread goes, and the next request starts a new one.
        stopWorker();
        fail(new TriangulateError('REPORT_BUDGET', `story ${storyId} took longer than ${budgetMs} ms; it is too large to compare at once`));
      }, budgetMs);
      pending.set(n, { resolve, fail, timer });
      worker.postMessage({ seq: n, kind, storyId });
    });

  const inThread = (kind: RenderKind, storyId: string): Promise<string> => renderStory(store, kind, storyId);

  const build = (kind: RenderKind, storyId: string): Promise<string> => {
    const key = `${kind}:${storyId}`;
    const running = inFlight.get(key);
    if (running) return running;
    const p = (store.location ? inWorker(store.location, kind, storyId) : inThread(kind, storyId)).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };

  return {
    async reportJson(storyId) {
      return (await currentCachedReport(store, storyId)) ?? build('report', storyId);
    },
    async page(storyId) {
      return (await currentCachedPage(store, storyId)) ?? build('page', storyId);
    },
    async close() {
      failAll(new Error('the server is stopping'));
      stopWorker();
    },
  };
}
