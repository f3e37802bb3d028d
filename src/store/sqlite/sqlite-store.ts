// Store on embedded SQLite (better-sqlite3): WAL, numbered migrations, FTS5 search, LSH band table for duplicates.
import Database from 'better-sqlite3';
import { messageOf, TriangulateError } from '../../errors.js';
import type { Store } from '../store.js';
import { articleTables } from './article-tables.js';
import { SQLITE_MIGRATIONS, type Migration } from './migrations.js';
import { outletTables } from './outlet-tables.js';
import { storyTables } from './story-tables.js';
import { workTables } from './work-tables.js';
export { ftsQuery } from './fts-query.js';
export { RANKED_MATCHES } from './article-tables.js';

/**
 * Applies the migrations not yet applied, all in one exclusive transaction: a second process opening the same new file
 * at the same moment waits (busy_timeout) and then finds them applied, instead of reading the list before the first
 * one wrote it and creating the tables again.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[]): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).exclusive();
  return applied;
}

/** How long opening a file goes on retrying while other processes are setting the same new file up. */
const OPEN_BUSY_MS = 15_000;

/**
 * Runs `setUp` again while the file is busy. Switching a file to WAL can fail at once with SQLITE_BUSY, without the
 * busy timeout, while another process switches or migrates it (several workers opening one new archive together):
 * that is a wait, not an error. The setup is idempotent (pragmas, then migrations not yet applied).
 */
function untilNotBusy(setUp: () => void): void {
  const deadline = Date.now() + OPEN_BUSY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return setUp();
    } catch (err) {
      const busy = err instanceof Database.SqliteError && (err.code === 'SQLITE_BUSY' || err.code.startsWith('SQLITE_BUSY_'));
      if (!busy || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(200, 10 * attempt));
    }
  }
}

/**
 * Opens (creating if needed) an archive file. Throws TriangulateError STORE_FAILED when the file is
 * not a SQLite database or cannot be opened.
 *
 * @example const store = openSqliteStore('./triangulate.db');
 */
export function openSqliteStore(file: string): Store {
  let db: Database.Database;
  try {
    db = new Database(file);
    // First, so that switching a new file to WAL waits for another process doing the same instead of failing.
    db.pragma('busy_timeout = 5000');
    const opened = db;
    untilNotBusy(() => {
      opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
      opened.pragma('foreign_keys = ON');
      applyMigrations(opened, SQLITE_MIGRATIONS);
    });
  } catch (err) {
    throw new TriangulateError('STORE_FAILED', `cannot open SQLite archive ${file}: ${messageOf(err)}`, { cause: err });
  }

  return {
    backend: 'sqlite',
    ...(file && file !== ':memory:' && !file.startsWith('file::memory:') ? { location: file } : {}),
    ...articleTables(db),
    ...storyTables(db),
    ...workTables(db),
    ...outletTables(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
