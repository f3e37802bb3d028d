// Chooses and opens the store for a --db value; unknown backends fail at start-up with the allowed values.
import { TriangulateError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './triangulate.db';

/**
 * Opens a store from a `--db` value: a file path (SQLite). URL schemes other than a file path are
 * refused with the list of supported backends.
 */
export function openStore(db: string = process.env.TRIANGULATE_DB ?? DEFAULT_DB): Store {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db) && !db.startsWith('file://')) {
    throw new TriangulateError('USAGE', `unsupported --db ${db.split(':')[0]}://…; supported: a SQLite file path (PostgreSQL is not implemented yet)`);
  }
  return openSqliteStore(db.startsWith('file://') ? new URL(db).pathname : db);
}
