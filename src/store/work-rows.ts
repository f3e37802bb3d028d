// Row ↔ object mapping for the work queue and feed tables, shared by both backends (same columns in each).
import type { FeedPoll, FeedState, Job, JobCounts, JobInput } from './store.js';

type Row = Record<string, unknown>;

export function jobOptions(j: JobInput): string {
  return JSON.stringify({ ...(j.fetchItems ? { fetchItems: true } : {}), ...(j.allowPrivateUrls ? { allowPrivateUrls: true } : {}) });
}

export function rowToJob(r: Row): Job {
  const options = (typeof r.options === 'string' ? JSON.parse(r.options) : r.options) as Pick<JobInput, 'fetchItems' | 'allowPrivateUrls'>;
  return { id: Number(r.id), run: r.run as string, input: r.input as string, cwd: r.cwd as string, attempts: Number(r.attempts), ...options };
}

export function rowsToCounts(rows: Row[]): JobCounts {
  const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) counts[r.state as keyof JobCounts] = Number(r.n);
  return counts;
}

export function rowToFeed(r: Row): FeedState {
  const f: FeedState = {
    url: r.url as string,
    intervalSeconds: Number(r.interval_seconds),
    nextPollAt: r.next_poll_at as string,
    failures: Number(r.failures),
    itemsSeen: Number(r.items_seen),
  };
  if (r.etag) f.etag = r.etag as string;
  if (r.last_modified) f.lastModified = r.last_modified as string;
  if (r.last_poll_at) f.lastPollAt = r.last_poll_at as string;
  if (r.last_success_at) f.lastSuccessAt = r.last_success_at as string;
  if (r.last_error_at) f.lastErrorAt = r.last_error_at as string;
  if (r.last_error) f.lastError = r.last_error as string;
  return f;
}

/**
 * The SET expressions for a poll outcome, given a placeholder maker: a success resets the failure count and keeps
 * the validators; a failure counts up and keeps the old validators (the next poll is still conditional).
 */
export function feedPollUpdate(poll: FeedPoll, ph: (v: unknown) => string): string {
  const common = [`next_poll_at = ${ph(poll.nextPollAt)}`, `last_poll_at = ${ph(poll.at)}`];
  if (poll.ok) {
    return [
      ...common,
      `etag = ${ph(poll.etag ?? null)}`,
      `last_modified = ${ph(poll.lastModified ?? null)}`,
      'failures = 0',
      `last_success_at = ${ph(poll.at)}`,
      `items_seen = items_seen + ${ph(poll.newItems)}`,
    ].join(', ');
  }
  return [...common, 'failures = failures + 1', `last_error_at = ${ph(poll.at)}`, `last_error = ${ph(poll.error)}`].join(', ');
}
