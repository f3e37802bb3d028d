// PostgreSQL for tests: TRIANGULATE_TEST_PG names a server (an admin URL); each test gets a database of its own.
// Without it the PostgreSQL tests skip with a message, except under CI=true, where .ci/run always sets it: there a
// missing or unreachable server fails the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_ADMIN_URL = process.env.TRIANGULATE_TEST_PG;
export const PG_SKIP_REASON = 'SKIPPED: set TRIANGULATE_TEST_PG=postgres://user:password@host/db to run the PostgreSQL tests';

if (!PG_ADMIN_URL && process.env.CI) throw new Error('CI: TRIANGULATE_TEST_PG is not set (.ci/run starts PostgreSQL and sets it)');

const created: string[] = [];

/** Creates an empty database and returns its URL. */
export async function freshPostgresDb(): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const name = `triangulate_t_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(PG_ADMIN_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await admin.end();
  }
}

/** Drops the databases this test file created (call in afterAll). */
export async function dropPostgresDbs(): Promise<void> {
  if (!PG_ADMIN_URL || created.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
