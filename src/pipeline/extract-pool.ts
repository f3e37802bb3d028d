// RawDocument → Article | Rejection in worker threads, each document under a wall-clock budget.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { messageOf, reject } from '../errors.js';
import { prepareDocument } from './prepare-document.js';
import { startWorkerThread } from './worker-thread.js';
import type { Article } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import type { Rejection } from '../model/rejection.js';
import type { WorkerMessage } from './extract-worker.js';

/**
 * Wall-clock budget per document. The slowest of the 181 benchmark pages takes ~0.2 s; 20 s is
 * two orders of magnitude above it, so only a pathological page (or regular expression) meets it.
 */
export const PAGE_TIME_BUDGET_MS = 20_000;

export interface ExtractPoolOptions {
  /** Worker threads; default: one per core, at most 4. 0 extracts on the calling thread, with no time budget. */
  size: number;
  budgetMs: number;
}

export interface ExtractPool {
  extract(raw: RawDocument): Promise<Article | Rejection>;
  close(): Promise<void>;
}

interface Task {
  raw: RawDocument;
  resolve: (result: Article | Rejection) => void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker has loaded; tasks go only to ready workers. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/** Starts the extraction worker (`extract-worker.js`, or its TypeScript source under tsx). */
const spawnWorker = (): Worker => startWorkerThread(import.meta.url, './extract-worker');

/**
 * A pool of extraction workers. Each worker handles one document at a time; a document that
 * overruns its budget is answered with EXTRACTION_BUDGET and its worker is replaced, so one
 * pathological page cannot stall a batch. Workers start on first use; the budget runs from when
 * a loaded worker receives the document, so start-up time is never charged to it.
 *
 * Workers keep the process alive until `close()` (an unref'd worker let Node exit while a caller
 * still awaited a result), so always close the pool when done.
 *
 * @example const pool = createExtractPool(); const a = await pool.extract(raw); await pool.close();
 */
export function createExtractPool(options: Partial<ExtractPoolOptions> = {}): ExtractPool {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
  const budgetMs = options.budgetMs ?? PAGE_TIME_BUDGET_MS;
  if (size === 0) return inProcessPool();
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let closed = false;

  const finish = (slot: Slot, result: Article | Rejection) => {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
    dispatch();
  };

  const replace = (slot: Slot, result: Rejection) => {
    const old = slot.worker;
    slot.ready = false;
    slot.worker = start(slot);
    void old.terminate();
    finish(slot, result);
  };

  function start(slot: Slot): Worker {
    const worker = spawnWorker();
    worker.on('message', (m: WorkerMessage) => {
      if (slot.worker !== worker) return;
      if (m.type === 'result') return finish(slot, m.result);
      slot.ready = true;
      dispatch();
    });
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      if (slot.task) return replace(slot, reject('EXTRACTION_FAILED', slot.task.raw.source, `worker crashed: ${err.message}`));
      if (!slot.ready) {
        // It never loaded: nothing would ever take the queued documents, so they fail instead of waiting forever.
        slots.splice(slots.indexOf(slot), 1);
        for (const task of queue.splice(0)) task.resolve(reject('EXTRACTION_FAILED', task.raw.source, `extraction worker could not start: ${err.message}`));
      }
    });
    return worker;
  }

  function dispatch(): void {
    while (queue.length > 0 && !closed) {
      if (slots.length < size && !slots.some((s) => !s.task)) {
        const fresh: Slot = { worker: undefined as unknown as Worker, ready: false };
        fresh.worker = start(fresh);
        slots.push(fresh);
      }
      const slot = slots.find((s) => s.ready && !s.task);
      if (!slot) return;
      const task = queue.shift()!;
      const busy = slot;
      busy.task = task;
      busy.timer = setTimeout(() => replace(busy, reject('EXTRACTION_BUDGET', task.raw.source, `took longer than ${budgetMs} ms`)), budgetMs);
      busy.worker.postMessage(task.raw);
    }
  }

  return {
    extract(raw) {
      if (closed) return Promise.resolve(reject('EXTRACTION_FAILED', raw.source, 'the extraction pool is closed'));
      return new Promise((resolve) => {
        queue.push({ raw, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const unanswered = [...queue.splice(0), ...slots.flatMap((s) => (s.task ? [s.task] : []))];
      for (const slot of slots) {
        clearTimeout(slot.timer);
        slot.task = undefined;
      }
      for (const task of unanswered) task.resolve(reject('EXTRACTION_FAILED', task.raw.source, 'the extraction pool was closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Extraction on the calling thread: no worker start-up, no budget. */
function inProcessPool(): ExtractPool {
  return {
    async extract(raw) {
      try {
        return prepareDocument(raw);
      } catch (err) {
        return reject('EXTRACTION_FAILED', raw.source, messageOf(err));
      }
    },
    async close() {},
  };
}
