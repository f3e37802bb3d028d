// Store on PostgreSQL (node-postgres, loaded only when a postgres:// archive is opened): the same contract as SQLite,
// with tsvector/GIN full-text search, trigram title matching, and reconnection when the server restarts.
import type { Store } from '../store.js';
import { articleTables } from './articles.js';
import { connect, type PostgresStoreOptions } from './connection.js';
import { outletTables } from './outlets.js';
import { storyTables } from './stories.js';
import { workTables } from './work-tables.js';

export type { PostgresStoreOptions } from './connection.js';

/**
 * Opens a PostgreSQL archive (creating its tables on first use). Queries and transactions that fail because the
 * server went away are retried until it is back (up to `retryForMs`); every write is an idempotent transaction, so a
 * retried one cannot store an article twice.
 *
 * @example const store = await openPostgresStore('postgres://triangulate@localhost/news');
 */
export async function openPostgresStore(url: string, options: Partial<PostgresStoreOptions> = {}): Promise<Store> {
  const { pool, query, transaction, retry } = await connect(url, options);
  return {
    backend: 'postgres',
    location: url,
    ...articleTables(query, transaction),
    ...storyTables(query, transaction),
    ...workTables(pool, query, transaction, retry),
    ...outletTables(query, transaction),
    async close() {
      await pool.end();
    },
  };
}
