// `ingest --workers N`: the inputs go into the archive's work queue and N worker processes share them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { TriangulateError } from '../errors.js';
import { listInputs, mappedOutlet, type InputRef, type OutletMap } from '../ingest/index.js';
import { isRejection, type Rejection } from '../model/rejection.js';
import type { IngestProgress } from '../pipeline/ingest.js';
import type { JobCounts, Store } from '../store/store.js';

export interface ParallelIngestRequest {
  inputs: string[];
  /** The archive as the workers open it (a file path or postgres:// URL). */
  db: string;
  workers: number;
  fetchItems?: boolean;
  /** The outlet of every input (`--outlet`). */
  outlet?: string;
  /** Outlets by file name and domain (`--outlets FILE`). */
  outletMap?: OutletMap;
  allowPrivateUrls?: boolean;
  /** The command that starts one worker, before its arguments (default: this program, run the way it was run). */
  workerCommand?: string[];
  onProgress?: (p: IngestProgress) => void;
  onRejection?: (r: Rejection) => void;
  /** A worker's stderr lines, prefixed with its number. */
  onWorkerOutput?: (line: string) => void;
}

export interface ParallelIngestResult {
  run: string;
  inputs: number;
  counts: JobCounts;
  /** Articles in the archive before and after. */
  articlesBefore: number;
  articlesAfter: number;
  rejected: Rejection[];
  /** Workers that exited with an error (their jobs went to the others). */
  workerFailures: number;
}

const defaultWorkerCommand = () => [process.execPath, ...process.execArgv, process.argv[1]!];

/**
 * Queues the inputs (folders expanded to their files) as one run, starts `workers` worker processes that work
 * until the queue is empty, and reports progress from the queue. A worker that dies leaves its jobs to the others
 * (after their lease); if every worker dies, the jobs stay queued for the next `triangulate worker`.
 */
export async function ingestParallel(store: Store, req: ParallelIngestRequest): Promise<ParallelIngestResult> {
  if (req.inputs.length === 0) throw new TriangulateError('USAGE', 'give at least one file, folder or URL');
  if (!Number.isInteger(req.workers) || req.workers < 1) throw new TriangulateError('USAGE', '--workers must be a whole number ≥ 1');
  if (req.db === ':memory:') throw new TriangulateError('USAGE', 'an in-memory archive cannot be shared with worker processes');
  const started = Date.now();
  const cwd = process.cwd();
  const listed = await listInputs(req.inputs, cwd);
  const rejected = listed.filter(isRejection);
  rejected.forEach((r) => req.onRejection?.(r));
  const refs = listed.filter((x): x is InputRef => !isRejection(x));
  const run = randomUUID();
  const articlesBefore = await store.countArticles();
  await store.enqueueJobs(
    run,
    refs.map((r) => {
      // `--outlet` names every document; a map's outlet only those that do not name their own (the worker decides).
      const mapped = req.outlet ? undefined : mappedOutlet(r, req.outletMap);
      return {
        input: r.type === 'file' ? r.path : r.url,
        cwd,
        ...(req.fetchItems ? { fetchItems: true } : {}),
        ...(req.allowPrivateUrls ? { allowPrivateUrls: true } : {}),
        ...(req.outlet ? { outlet: req.outlet } : {}),
        ...(mapped ? { mappedOutlet: mapped } : {}),
      };
    }),
  );

  const [cmd, ...base] = req.workerCommand ?? defaultWorkerCommand();
  let workerFailures = 0;
  const children: ChildProcess[] = [];
  const exits = Array.from({ length: req.workers }, (_, i) => {
    // A process group of its own: a terminal's Ctrl-C reaches the workers once, forwarded below, not also directly
    // (a worker takes a second signal as "stop now" and would drop the batch in hand).
    const child = spawn(cmd!, [...base, '--db', req.db, 'worker', '--until-empty'], {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TRIANGULATE_DB: req.db },
    });
    children.push(child);
    let buffered = '';
    child.stderr!.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.trim()) req.onWorkerOutput?.(`worker ${i + 1}: ${line}`);
    });
    return new Promise<void>((resolve) => {
      child.on('error', () => (workerFailures++, resolve()));
      child.on('exit', (code) => {
        if (code !== 0) workerFailures++;
        resolve();
      });
    });
  });
  // Stopping the parent stops the workers after their batch in hand (they get the same signal).
  const forward = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const report = async () => {
    const c = await store.jobCounts(run);
    req.onProgress?.({
      inputsDone: c.done + c.failed,
      inputsTotal: refs.length,
      articles: (await store.countArticles()) - articlesBefore,
      rejected: rejected.length + c.failed,
      elapsedMs: Date.now() - started,
    });
  };
  // A progress poll that fails (the store busy for a moment) is skipped: the next comes in 500 ms, and the final
  // report after the workers exit is awaited, so a store that stays broken still fails the run.
  const timer = setInterval(() => void report().catch(() => undefined), 500);
  try {
    await Promise.all(exits);
  } finally {
    clearInterval(timer);
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
  await report();
  for (const f of await store.failedJobs(run)) {
    const m = /^\[([A-Z_]+)\] (.*)$/s.exec(f.error);
    const r: Rejection = { code: (m?.[1] ?? 'EXTRACTION_FAILED') as Rejection['code'], reason: m?.[2] ?? f.error, source: f.input };
    rejected.push(r);
    req.onRejection?.(r);
  }
  return { run, inputs: refs.length, counts: await store.jobCounts(run), articlesBefore, articlesAfter: await store.countArticles(), rejected, workerFailures };
}
