// Queue workers for the CLI: take ingest jobs from the archive's queue until it is empty or the worker is stopped.
import { runWorker, type WorkerOptions, type WorkerStats } from '../pipeline/worker.js';
import type { Store } from '../store/store.js';

export type { WorkerBatch, WorkerOptions, WorkerStats } from '../pipeline/worker.js';

/** Runs one worker on the archive's queue (see pipeline/worker.ts for what a batch does). */
export function work(store: Store, options: Partial<WorkerOptions> = {}): Promise<WorkerStats> {
  return runWorker(store, options);
}
