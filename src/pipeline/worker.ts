// A queue worker: claims ingest jobs from the archive's queue, ingests them, marks them done, clusters what arrived.
// Any number of workers, in any number of processes on any number of machines, can share one archive's queue.
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { DEFAULT_READ_OPTIONS, InputReader, listInputs, type ReadOptions } from '../ingest/index.js';
import type { RawDocument } from '../model/raw-document.js';
import { isRejection, type Rejection } from '../model/rejection.js';
import type { Job, Store } from '../store/store.js';
import { clusterPending } from './cluster.js';
import { createExtractPool } from './extract-pool.js';
import { ingestTasks, type ReadTask } from './ingest.js';
import { messageOf } from '../errors.js';

export interface WorkerOptions {
  /** Names this worker in the queue (default: host and process id). */
  id: string;
  /** Jobs claimed at once, and ingested concurrently. */
  batch: number;
  /**
   * How long a claim holds without a heartbeat. The worker renews its claims every third of this while it works on
   * them, so a batch may take longer; a worker that dies leaves its jobs to others once it runs out. It must be longer
   * than the worker's event loop is ever busy at a stretch (a clustering pass takes ~2 s in a 1M-article archive).
   */
  leaseMs: number;
  /** Stop when no job is queued or running, instead of waiting for more. */
  untilEmpty: boolean;
  /** Pause between looks at an empty queue. */
  pollMs: number;
  /**
   * Least time between this worker's clustering passes. Clustering is serialised across workers, so a pass after
   * every batch would leave them queueing for the lock; articles wait at most this long for a story, and every worker
   * clusters once more before it stops.
   */
  clusterEveryMs: number;
  /** Stops the worker after the batch in hand (a SIGINT/SIGTERM handler aborts it). */
  signal?: AbortSignal;
  onBatch?: (b: WorkerBatch) => void;
  /** Told about store trouble the worker rides out (a lost connection it will retry). */
  onWarning?: (message: string) => void;
}

export interface WorkerBatch {
  jobs: number;
  articles: number;
  rejected: Rejection[];
  clustered: number;
}

export interface WorkerStats {
  jobs: number;
  articles: number;
  rejected: number;
  batches: number;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  id: `${hostname()}:${process.pid}`,
  batch: 8,
  leaseMs: 30_000,
  untilEmpty: false,
  pollMs: 1_000,
  clusterEveryMs: 2_000,
};

/** Waits `ms`, or less when the signal aborts (the listener is removed either way). */
const sleep = (ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined);

/** One job's outcome: done when the input gave articles (or gave nothing new), failed when every document was refused. */
function outcome(job: Job, articles: number, rejected: Rejection[]): { id: number; error?: string } {
  if (articles > 0 || rejected.length === 0) return { id: job.id };
  const first = rejected[0]!;
  return { id: job.id, error: `[${first.code}] ${first.reason}${rejected.length > 1 ? ` (+${rejected.length - 1} more)` : ''}` };
}

/**
 * Runs until the queue is empty (`untilEmpty`) or the signal aborts. Each claimed job is ingested exactly as
 * `triangulate ingest` would (same sources, so re-running a job updates rather than duplicates), then the batch's
 * articles are clustered under the archive's clustering lock.
 */
export async function runWorker(store: Store, options: Partial<WorkerOptions> = {}): Promise<WorkerStats> {
  const o = { ...DEFAULT_WORKER_OPTIONS, ...options };
  const stats: WorkerStats = { jobs: 0, articles: 0, rejected: 0, batches: 0 };
  const pool = createExtractPool({ size: Math.max(1, Math.min(2, o.batch)) });
  let lastClustered = 0;
  try {
    while (!o.signal?.aborted) {
      const jobs = await store.claimJobs(o.id, o.batch, o.leaseMs);
      if (jobs.length === 0) {
        if (o.untilEmpty) {
          const counts = await store.jobCounts();
          if (counts.queued === 0 && counts.running === 0) break;
        }
        await sleep(o.pollMs, o.signal);
        continue;
      }
      const batch: WorkerBatch = { jobs: jobs.length, articles: 0, rejected: [], clustered: 0 };
      const results: { id: number; error?: string }[] = [];
      // The heartbeat: while this worker lives its claims hold; when it dies they run out within one lease.
      const heartbeat = setInterval(() => {
        const open = jobs.filter((j) => !results.some((r) => r.id === j.id)).map((j) => j.id);
        void store.renewJobs(o.id, open, o.leaseMs).catch((err: Error) => o.onWarning?.(`could not renew the claims: ${err.message}`));
      }, o.leaseMs / 3);
      try {
        // Jobs with the same reading options are ingested together: read and extracted concurrently, then
        // deduplicated and written under the archive's write lock.
        const groups = new Map<string, Job[]>();
        for (const job of jobs) {
          const key = JSON.stringify([job.cwd, job.fetchItems ?? false, job.allowPrivateUrls ?? false, job.outlet ?? '']);
          groups.set(key, [...(groups.get(key) ?? []), job]);
        }
        for (const group of groups.values()) {
          const first = group[0]!;
          const read: ReadOptions = {
            ...DEFAULT_READ_OPTIONS,
            cwd: first.cwd,
            fetchItems: first.fetchItems ?? false,
            fetch: { ...DEFAULT_READ_OPTIONS.fetch, allowPrivate: first.allowPrivateUrls ?? false },
            ...(first.outlet ? { outlet: first.outlet } : {}),
          };
          const reader = new InputReader(read);
          const tasks = group.map((job): ReadTask => async () => {
            const listed = await listInputs([job.input], job.cwd);
            const docs: (RawDocument | Rejection)[] = listed.filter(isRejection);
            for (const ref of listed) if (!isRejection(ref)) docs.push(...(await reader.read(job.mappedOutlet && !ref.outlet ? { ...ref, outlet: job.mappedOutlet } : ref)));
            return docs;
          });
          const r = await ingestTasks(tasks, store, {
            pool,
            onInput: (i, done) => results.push(outcome(group[i]!, done.articles, done.rejected)),
          });
          batch.articles += r.articles.length;
          batch.rejected.push(...r.rejected);
        }
      } catch (err) {
        // The store failed past its own retries: give the jobs back for this or another worker, and go on.
        o.onWarning?.(`batch of ${jobs.length} jobs put back: ${messageOf(err)}`);
        await store.releaseJobs(jobs.map((j) => j.id)).catch((e: Error) => o.onWarning?.(`the jobs could not be put back (their claims run out instead): ${e.message}`));
        await sleep(o.pollMs, o.signal);
        continue;
      } finally {
        clearInterval(heartbeat);
      }
      await store.finishJobs(results);
      try {
        if (Date.now() - lastClustered >= o.clusterEveryMs) {
          batch.clustered = (await clusterPending(store)).assigned;
          lastClustered = Date.now();
        }
      } catch (err) {
        // The articles are stored; whichever worker clusters next assigns them.
        o.onWarning?.(`clustering deferred: ${messageOf(err)}`);
      }
      stats.jobs += jobs.length;
      stats.articles += batch.articles;
      stats.rejected += batch.rejected.length;
      stats.batches++;
      o.onBatch?.(batch);
    }
    // Articles another worker stored after its own last clustering pass are clustered here at the latest.
    if (!o.signal?.aborted) await clusterPending(store);
  } finally {
    await pool.close();
  }
  return stats;
}
