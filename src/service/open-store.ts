// Chooses and opens the store for a --db value: a file path (SQLite) or a postgres:// URL (PostgreSQL, loaded only then).
import { existsSync } from 'node:fs';
import { TriangulateError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './triangulate.db';

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);

/**
 * Opens a store from a `--db` value (default `TRIANGULATE_DB`, then ./triangulate.db): a SQLite file path or
 * `file://` URL, or a `postgres://` URL. Other URL schemes are refused with the list of supported backends.
 *
 * @example const store = await openStore('postgres://triangulate@db.internal/news');
 */
export async function openStore(db: string = process.env.TRIANGULATE_DB ?? DEFAULT_DB, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (options.mustExist && !isPostgresUrl(db) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(db.replace(/^file:\/\//, '')) && db !== ':memory:') {
    const path = db.startsWith('file://') ? new URL(db).pathname : db;
    // A reading command on a mistyped path would otherwise create an empty archive and report that it is empty.
    if (!existsSync(path)) throw new TriangulateError('USAGE', `no archive at ${path} (check --db, or add articles first with triangulate ingest)`);
  }
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import('../store/postgres/postgres-store.js');
    return openPostgresStore(db);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db) && !db.startsWith('file://')) {
    throw new TriangulateError('USAGE', `unsupported --db ${db.split(':')[0]}://…; supported: a SQLite file path, file://… or postgres://…`);
  }
  return openSqliteStore(db.startsWith('file://') ? new URL(db).pathname : db);
}

/** The archive as it may be shown (logs, banners): a URL's password is replaced by `***`. */
export function describeDb(db: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(db) || !URL.canParse(db)) return db;
  const url = new URL(db);
  if (url.password) url.password = '***';
  return url.toString();
}
