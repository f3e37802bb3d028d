// The PostgreSQL side of the work queue (FOR UPDATE SKIP LOCKED), watched feeds and locks (advisory locks).
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { jobOptions, rowsToCounts, rowToFeed, rowToJob, type Row } from '../rows.js';
import { MAX_JOB_ATTEMPTS, type FeedStore, type LockStore, type WorkQueue } from '../store.js';
import { feedPollUpdate } from '../work-rows.js';
import { withRetry, type RetryOptions } from './retry.js';

type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;
type WorkMethods = LockStore & WorkQueue & FeedStore;

const iso = (ms: number) => new Date(ms).toISOString();

export interface HeldLock {
  name: string;
  /** Set when the lock's connection died: the server no longer holds the lock for us. */
  lost: boolean;
}

/** The store lock the current async call chain holds, if any (a transaction checks it before it writes). */
export const HELD_LOCK = new AsyncLocalStorage<HeldLock>();

const quiet = new WeakSet<pg.PoolClient>();
/** One no-op error listener per pooled connection: a server restart must not end the process. */
export function quietOnError(client: pg.PoolClient): void {
  if (quiet.has(client)) return;
  quiet.add(client);
  client.on('error', () => undefined);
}

/** Session-level advisory locks, one waiting connection per lock name in this process. */
function advisoryLocks(pool: pg.Pool, retry: RetryOptions): LockStore {
  /** A session-level advisory lock on a connection of its own: the server frees it if this process dies. */
  async function serverLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const held: HeldLock = { name, lost: false };
    const client = await withRetry(async () => {
      const c = await pool.connect();
      quietOnError(c);
      try {
        await c.query('SELECT pg_advisory_lock(hashtext($1))', [`triangulate:${name}`]);
        return c;
      } catch (err) {
        c.release(true);
        throw err;
      }
    }, retry);
    // When the lock's connection dies (a server restart), the server has freed the lock and another process may
    // take it: writes still to come under this one are refused (see HELD_LOCK).
    const lose = () => (held.lost = true);
    client.on('error', lose);
    client.on('end', lose);
    try {
      return await HELD_LOCK.run(held, fn);
    } finally {
      client.off('error', lose);
      client.off('end', lose);
      try {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`triangulate:${name}`]);
        client.release();
      } catch {
        client.release(true); // the connection died, and the lock with it
      }
    }
  }

  // Callers in this process queue here first: only one connection per lock name waits on the server, so waiting
  // callers can never take every pooled connection from the one holding the lock.
  const local = new Map<string, Promise<unknown>>();
  return {
    async withLock(name, fn) {
      const previous = local.get(name) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(() => serverLock(name, fn));
      local.set(name, mine);
      try {
        return await mine;
      } finally {
        if (local.get(name) === mine) local.delete(name);
      }
    },
  };
}

export function workTables(pool: pg.Pool, query: Query, transaction: <T>(fn: (q: Query) => Promise<T>) => Promise<T>, retry: RetryOptions): WorkMethods {
  return {
    ...advisoryLocks(pool, retry),
    async enqueueJobs(run, jobs) {
      if (jobs.length === 0) return;
      await query(
        `INSERT INTO jobs (run, input, cwd, options, state) SELECT $1, i, c, o, 'queued' FROM unnest($2::text[], $3::text[], $4::text[]) AS t(i, c, o)`,
        [run, jobs.map((j) => j.input), jobs.map((j) => j.cwd), jobs.map(jobOptions)],
      );
    },
    async claimJobs(worker, limit, leaseMs) {
      return transaction(async (q) => {
        const now = Date.now();
        await q(
          `UPDATE jobs SET state = 'failed', error = 'every worker that took this input stopped before finishing it', finished_at = $1
           WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_until < $1 AND attempts >= $2 FOR UPDATE SKIP LOCKED)`,
          [iso(now), MAX_JOB_ATTEMPTS],
        );
        const rows = await q(
          `UPDATE jobs SET state = 'running', worker = $1, lease_until = $2, attempts = attempts + 1
           WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < $3) ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [worker, iso(now + leaseMs), iso(now), limit],
        );
        return rows.map(rowToJob).sort((a, b) => a.id - b.id);
      });
    },
    async renewJobs(worker, ids, leaseMs) {
      if (ids.length === 0) return;
      await query("UPDATE jobs SET lease_until = $1 WHERE id = ANY($2::bigint[]) AND state = 'running' AND worker = $3", [iso(Date.now() + leaseMs), ids, worker]);
    },
    async finishJobs(results) {
      if (results.length === 0) return;
      const now = iso(Date.now());
      await transaction(async (q) => {
        for (const r of results) {
          if (r.error === undefined) await q("UPDATE jobs SET state = 'done', error = NULL, finished_at = $1 WHERE id = $2", [now, r.id]);
          else await q("UPDATE jobs SET state = 'failed', error = $1, finished_at = $2 WHERE id = $3", [r.error, now, r.id]);
        }
      });
    },
    async releaseJobs(ids) {
      if (ids.length === 0) return;
      await query(
        "UPDATE jobs SET state = 'queued', worker = NULL, lease_until = NULL, attempts = greatest(attempts - 1, 0) WHERE id = ANY($1::bigint[]) AND state = 'running'",
        [ids],
      );
    },
    async jobCounts(run) {
      const rows = run === undefined ? await query('SELECT state, count(*) AS n FROM jobs GROUP BY state') : await query('SELECT state, count(*) AS n FROM jobs WHERE run = $1 GROUP BY state', [run]);
      return rowsToCounts(rows);
    },
    async failedJobs(run) {
      return (await query("SELECT input, error FROM jobs WHERE run = $1 AND state = 'failed' ORDER BY id", [run])).map((r) => ({ input: r.str('input'), error: r.opt('error') ?? '' }));
    },
    async addFeeds(urls, intervalSeconds) {
      if (urls.length === 0) return;
      await query(
        `INSERT INTO feeds (url, interval_seconds, next_poll_at) SELECT unnest($1::text[]), $2, $3
         ON CONFLICT (url) DO UPDATE SET interval_seconds = excluded.interval_seconds`,
        [urls, intervalSeconds, iso(Date.now())],
      );
    },
    async claimDueFeeds(limit, leaseMs) {
      const now = Date.now();
      const rows = await query(
        `UPDATE feeds SET next_poll_at = $1 WHERE url IN (SELECT url FROM feeds WHERE next_poll_at <= $2 ORDER BY next_poll_at LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING *`,
        [iso(now + leaseMs), iso(now), limit],
      );
      return rows.map(rowToFeed);
    },
    async recordFeedPoll(url, poll) {
      const params: unknown[] = [];
      const set = feedPollUpdate(poll, (v) => (params.push(v), `$${params.length}`));
      params.push(url);
      await query(`UPDATE feeds SET ${set} WHERE url = $${params.length}`, params);
    },
    async listFeeds() {
      return (await query('SELECT * FROM feeds ORDER BY url')).map(rowToFeed);
    },
  };
}
