// Feed watching: poll each registered feed when it is due (conditional GET), ingest new items' pages, cluster them,
// and record every feed's health. Several watchers may share an archive: each due feed is leased to one of them.
import { DEFAULT_FETCH_OPTIONS, fetchUrl, InputReader, parseFetchedFeed, type FetchOptions } from '../ingest/index.js';
import { DEFAULT_READ_OPTIONS } from '../ingest/index.js';
import { isRejection, type Rejection } from '../model/rejection.js';
import type { FeedPoll, FeedState, Store } from '../store/store.js';
import { clusterPending } from './cluster.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import { ingestTasks, type ReadTask } from './ingest.js';
import { messageOf } from '../errors.js';

export interface WatchOptions {
  /** Seconds between polls of a healthy feed. */
  intervalSeconds: number;
  /** Longest pause after repeated failures (the pause doubles with each failure, up to this). */
  maxBackoffSeconds: number;
  /** Feeds polled at once. */
  concurrency: number;
  /** Fetch each new item's page for the full text (otherwise the feed's own content is stored). */
  fetchItems: boolean;
  fetch: FetchOptions;
  /** How long a watcher holds a feed it is polling before another may take it. */
  leaseMs: number;
  /** Pause between looks for due feeds. */
  tickMs: number;
  /** After a stop request, how long fetches in flight may go on before they are aborted (their items are then left for the next run). */
  stopGraceMs: number;
  signal?: AbortSignal;
  onPoll?: (feed: FeedState, poll: FeedPoll, rejected: Rejection[]) => void;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = {
  intervalSeconds: 900,
  maxBackoffSeconds: 6 * 3600,
  concurrency: 4,
  fetchItems: true,
  fetch: DEFAULT_FETCH_OPTIONS,
  leaseMs: 10 * 60_000,
  tickMs: 1_000,
  stopGraceMs: 5_000,
};

const iso = (ms: number) => new Date(ms).toISOString();

/** Seconds until the next poll after `failures` failures in a row: the interval, doubled per failure, capped. */
export function backoffSeconds(intervalSeconds: number, failures: number, maxBackoffSeconds: number): number {
  if (failures <= 0) return intervalSeconds;
  return Math.min(intervalSeconds * 2 ** failures, Math.max(maxBackoffSeconds, intervalSeconds));
}

/**
 * Polls one feed: a conditional GET with the stored validators; on 200, the items not yet in the archive are read
 * (their pages fetched when `fetchItems`), ingested and clustered. Never throws for a bad feed: the outcome says why.
 */
export async function pollFeed(store: Store, feed: FeedState, o: WatchOptions, pool: ExtractPool): Promise<{ poll: FeedPoll; rejected: Rejection[] }> {
  const started = Date.now();
  const fail = (error: string): { poll: FeedPoll; rejected: Rejection[] } => ({
    poll: { ok: false, at: iso(started), nextPollAt: iso(Date.now() + backoffSeconds(feed.intervalSeconds, feed.failures + 1, o.maxBackoffSeconds) * 1000), error },
    rejected: [],
  });
  const headers: Record<string, string> = {};
  if (feed.etag) headers['If-None-Match'] = feed.etag;
  if (feed.lastModified) headers['If-Modified-Since'] = feed.lastModified;
  const res = await fetchUrl(feed.url, { ...o.fetch, headers: { ...o.fetch.headers, ...headers } });
  if (isRejection(res)) return fail(`${res.reason} [${res.code}]`);
  const next = iso(Date.now() + feed.intervalSeconds * 1000);
  const validators = { etag: res.etag ?? feed.etag, lastModified: res.lastModified ?? feed.lastModified };
  if (res.status === 304) return { poll: { ok: true, at: iso(started), nextPollAt: next, ...validators, newItems: 0 }, rejected: [] };
  const parsed = parseFetchedFeed(res.bytes, res.url, res.contentType);
  if (isRejection(parsed)) return fail(`${parsed.reason} [${parsed.code}]`);
  // Items already stored are not fetched again (a feed repeats its recent items on every poll).
  const fresh = [];
  for (const item of parsed.items) if (!(await store.sourceState(item.source))) fresh.push(item);
  const reader = new InputReader({ ...DEFAULT_READ_OPTIONS, fetch: o.fetch, fetchItems: o.fetchItems });
  const tasks = fresh.map((item): ReadTask => (o.fetchItems ? () => reader.readFeedItem(item) : async () => [item]));
  const result = await ingestTasks(tasks, store, { pool });
  if (result.counts.added + result.counts.updated > 0) await clusterPending(store);
  return {
    poll: { ok: true, at: iso(started), nextPollAt: next, ...validators, newItems: result.counts.added },
    rejected: result.rejected,
  };
}

/**
 * Registers `urls` (if any) and polls every registered feed when due, until the signal aborts. On abort, polls in
 * progress finish (their fetched items are stored and clustered) before it returns.
 */
export async function watchFeeds(store: Store, urls: string[], options: Partial<WatchOptions> = {}): Promise<void> {
  const given = { ...DEFAULT_WATCH_OPTIONS, ...options };
  // A stop lets the polls in hand finish, but a fetch that is still going after the grace period is cut off.
  const fetchStop = new AbortController();
  const cutOff = () => setTimeout(() => fetchStop.abort(), given.stopGraceMs).unref();
  given.signal?.addEventListener('abort', cutOff, { once: true });
  const o: WatchOptions = { ...given, fetch: { ...given.fetch, signal: fetchStop.signal } };
  await store.addFeeds(urls, o.intervalSeconds);
  const pool = createExtractPool({ size: 2 });
  const inFlight = new Set<Promise<void>>();
  const aborted = new Promise((r) => o.signal?.addEventListener('abort', r, { once: true }));
  try {
    while (!o.signal?.aborted) {
      const free = o.concurrency - inFlight.size;
      const due = free > 0 ? await store.claimDueFeeds(free, o.leaseMs) : [];
      for (const feed of due) {
        const p = (async () => {
          let outcome: { poll: FeedPoll; rejected: Rejection[] };
          try {
            outcome = await pollFeed(store, feed, o, pool);
          } catch (err) {
            // A store or extraction failure: record it on the feed and retry it later, like a bad response.
            const at = Date.now();
            outcome = {
              poll: { ok: false, at: iso(at), nextPollAt: iso(at + backoffSeconds(feed.intervalSeconds, feed.failures + 1, o.maxBackoffSeconds) * 1000), error: messageOf(err) },
              rejected: [],
            };
          }
          await store.recordFeedPoll(feed.url, outcome.poll);
          o.onPoll?.(feed, outcome.poll, outcome.rejected);
        })().catch(() => undefined); // the store is down: the feed's lease runs out and it is polled again
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      }
      let tick: NodeJS.Timeout | undefined;
      await Promise.race([new Promise((r) => (tick = setTimeout(r, o.tickMs))), ...inFlight, aborted]);
      clearTimeout(tick);
    }
    await Promise.allSettled(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    given.signal?.removeEventListener('abort', cutOff);
    await pool.close();
  }
}
