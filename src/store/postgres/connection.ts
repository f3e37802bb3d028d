// The PostgreSQL connection pool: migrations under an advisory lock, queries and transactions retried while the server
// is away, and the row type every query returns.
import pg from 'pg';
import { TriangulateError } from '../../errors.js';
import type { Migration } from '../migration.js';
import { rowsOf, type Row } from '../rows.js';
import { PG_MIGRATIONS } from './migrations.js';
import { isTransient, withRetry, type RetryOptions } from './retry.js';
import { HELD_LOCK, quietOnError } from './work-tables.js';

export type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;
export type Transaction = <T>(fn: (q: Query) => Promise<T>) => Promise<T>;

/** Advisory-lock keys (any two fixed numbers no other code uses). */
const MIGRATION_LOCK = 7_315_001;

export interface PostgresStoreOptions extends Partial<RetryOptions> {
  /** Connections in the pool. */
  poolSize: number;
}

export interface Connection {
  pool: pg.Pool;
  query: Query;
  transaction: Transaction;
  retry: RetryOptions;
}

async function migrate(pool: pg.Pool, migrations: Migration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const done = new Set(rowsOf((await client.query('SELECT version FROM schema_migrations')).rows).map((r) => r.num('version')));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Opens the pool and applies the migrations; a server that cannot be reached is a STORE_FAILED naming it (no password). */
export async function connect(url: string, options: Partial<PostgresStoreOptions> = {}): Promise<Connection> {
  const retry: RetryOptions = { retryForMs: options.retryForMs ?? 60_000, onRetry: options.onRetry };
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 6, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // A server restart errors idle connections; without a listener that error would end the process.
  pool.on('error', () => undefined);
  try {
    await withRetry(() => migrate(pool, PG_MIGRATIONS), { ...retry, retryForMs: Math.min(retry.retryForMs, 5_000) });
  } catch (err) {
    await pool.end().catch(() => undefined);
    const where = url.replace(/\/\/[^@/]*@/, '//');
    throw new TriangulateError('STORE_FAILED', `cannot open PostgreSQL archive ${where}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const query: Query = (sql, params = []) => withRetry(async () => rowsOf((await pool.query(sql, params)).rows), retry);
  /** Runs `fn` in one transaction on one connection, retried whole when the connection is lost. */
  const transaction: Transaction = (fn) =>
    withRetry(async () => {
      const held = HELD_LOCK.getStore();
      if (held?.lost) throw new TriangulateError('CONFLICT', `the "${held.name}" lock was lost with its connection; the work under it must be redone`);
      const client = await pool.connect();
      quietOnError(client); // a server restart: the next query fails and the transaction is retried
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(async (sql, params = []) => rowsOf((await client.query(sql, params)).rows));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        broken = isTransient(err);
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release(broken);
      }
    }, retry);
  return { pool, query, transaction, retry };
}
