// The SQLite side of the work queue, watched feeds and cross-process locks (part of the SQLite Store).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { jobOptions, rowsOf, rowsToCounts, rowToFeed, rowToJob } from '../rows.js';
import { MAX_JOB_ATTEMPTS, type FeedStore, type LockStore, type WorkQueue } from '../store.js';
import { feedPollUpdate } from '../work-rows.js';

type WorkMethods = LockStore & WorkQueue & FeedStore;

/** A lock's lease: renewed by its holder every third of it, taken over when a dead holder lets it run out. Waiters poll (every 2–25 ms: the locks guard writes of a few milliseconds). */
const LOCK_LEASE_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const iso = (ms: number) => new Date(ms).toISOString();

export function workTables(db: Database.Database): WorkMethods {
  const q = {
    lock: db.prepare(`INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)
      ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE locks.expires_at < ?`),
    renew: db.prepare('UPDATE locks SET expires_at = ? WHERE name = ? AND holder = ?'),
    unlock: db.prepare('DELETE FROM locks WHERE name = ? AND holder = ?'),
    enqueue: db.prepare("INSERT INTO jobs (run, input, cwd, options, state) VALUES (?, ?, ?, ?, 'queued')"),
    giveUp: db.prepare(`UPDATE jobs SET state = 'failed', error = 'every worker that took this input stopped before finishing it', finished_at = ?
      WHERE state = 'running' AND lease_until < ? AND attempts >= ?`),
    claim: db.prepare(`UPDATE jobs SET state = 'running', worker = ?, lease_until = ?, attempts = attempts + 1
      WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < ?) ORDER BY id LIMIT ?)
      RETURNING *`),
    renewJob: db.prepare("UPDATE jobs SET lease_until = ? WHERE id = ? AND state = 'running' AND worker = ?"),
    done: db.prepare("UPDATE jobs SET state = 'done', error = NULL, finished_at = ? WHERE id = ?"),
    failed: db.prepare("UPDATE jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ?"),
    release: db.prepare("UPDATE jobs SET state = 'queued', worker = NULL, lease_until = NULL, attempts = max(attempts - 1, 0) WHERE id = ? AND state = 'running'"),
    counts: db.prepare('SELECT state, count(*) AS n FROM jobs GROUP BY state'),
    runCounts: db.prepare('SELECT state, count(*) AS n FROM jobs WHERE run = ? GROUP BY state'),
    failedJobs: db.prepare("SELECT input, error FROM jobs WHERE run = ? AND state = 'failed' ORDER BY id"),
    addFeed: db.prepare(`INSERT INTO feeds (url, interval_seconds, next_poll_at) VALUES (?, ?, ?)
      ON CONFLICT(url) DO UPDATE SET interval_seconds = excluded.interval_seconds`),
    claimFeeds: db.prepare('UPDATE feeds SET next_poll_at = ? WHERE url IN (SELECT url FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at LIMIT ?) RETURNING *'),
    feeds: db.prepare('SELECT * FROM feeds ORDER BY url'),
  };
  const claim = db.transaction((worker: string, limit: number, leaseMs: number) => {
    const now = Date.now();
    q.giveUp.run(iso(now), iso(now), MAX_JOB_ATTEMPTS);
    return rowsOf(q.claim.all(worker, iso(now + leaseMs), iso(now), limit)).map(rowToJob).sort((a, b) => a.id - b.id);
  });

  return {
    async withLock(name, fn) {
      const holder = randomUUID();
      for (let wait = 2; ; wait = Math.min(wait * 2, 25)) {
        const now = Date.now();
        if (q.lock.run(name, holder, iso(now + LOCK_LEASE_MS), iso(now)).changes === 1) break;
        await sleep(wait);
      }
      const renew = setInterval(() => q.renew.run(iso(Date.now() + LOCK_LEASE_MS), name, holder), LOCK_LEASE_MS / 3);
      renew.unref();
      try {
        return await fn();
      } finally {
        clearInterval(renew);
        if (db.open) q.unlock.run(name, holder);
      }
    },
    async enqueueJobs(run, jobs) {
      db.transaction(() => {
        for (const j of jobs) q.enqueue.run(run, j.input, j.cwd, jobOptions(j));
      })();
    },
    async claimJobs(worker, limit, leaseMs) {
      return claim.immediate(worker, limit, leaseMs);
    },
    async renewJobs(worker, ids, leaseMs) {
      const until = iso(Date.now() + leaseMs);
      db.transaction(() => {
        for (const id of ids) q.renewJob.run(until, id, worker);
      })();
    },
    async finishJobs(results) {
      const now = iso(Date.now());
      db.transaction(() => {
        for (const r of results) {
          if (r.error === undefined) q.done.run(now, r.id);
          else q.failed.run(r.error, now, r.id);
        }
      })();
    },
    async releaseJobs(ids) {
      db.transaction(() => {
        for (const id of ids) q.release.run(id);
      })();
    },
    async jobCounts(run) {
      return rowsToCounts(rowsOf(run === undefined ? q.counts.all() : q.runCounts.all(run)));
    },
    async failedJobs(run) {
      return rowsOf(q.failedJobs.all(run)).map((r) => ({ input: r.str('input'), error: r.opt('error') ?? '' }));
    },
    async addFeeds(urls, intervalSeconds) {
      const now = iso(Date.now());
      db.transaction(() => {
        for (const url of urls) q.addFeed.run(url, intervalSeconds, now);
      })();
    },
    async claimDueFeeds(limit, leaseMs) {
      const now = Date.now();
      return rowsOf(q.claimFeeds.all(iso(now + leaseMs), iso(now), limit)).map(rowToFeed);
    },
    async recordFeedPoll(url, poll) {
      const params: unknown[] = [];
      const set = feedPollUpdate(poll, (v) => (params.push(v), '?'));
      db.prepare(`UPDATE feeds SET ${set} WHERE url = ?`).run(...params, url);
    },
    async listFeeds() {
      return rowsOf(q.feeds.all()).map(rowToFeed);
    },
  };
}
