// Work-queue and feed tables, written in SQL both backends accept: only the job id column differs.
// Part of numbered migrations (SQLite 6, PostgreSQL 2): never edit; add a migration instead.

/** The jobs and feeds tables, given the dialect's auto-increment key column. */
export const workTablesSql = (jobIdColumn: string) => `
      CREATE TABLE jobs (
        ${jobIdColumn},
        run TEXT NOT NULL,
        input TEXT NOT NULL,
        cwd TEXT NOT NULL,
        options TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        worker TEXT,
        lease_until TEXT,
        error TEXT,
        finished_at TEXT
      );
      CREATE INDEX jobs_state ON jobs(state, id);
      CREATE INDEX jobs_run ON jobs(run, state);
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        interval_seconds INTEGER NOT NULL,
        next_poll_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_poll_at TEXT,
        last_success_at TEXT,
        last_error_at TEXT,
        last_error TEXT,
        items_seen INTEGER NOT NULL DEFAULT 0
      );
`;
