// Ingest throughput with 1, 2 and 4 worker processes on PostgreSQL and on SQLite, and with no workers on SQLite
// (`npx tsx bench/workers.ts [articles]`, after `npm run build`; PostgreSQL from TRIANGULATE_BENCH_PG, an admin URL).
// The corpus is the generated fictional event corpus of the tests: short text files, several outlets per event.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeEventCorpus } from '../test/event-corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const articles = Number(process.argv[2] ?? 400);
const adminUrl = process.env.TRIANGULATE_BENCH_PG;

const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-workers-'));
const files = writeEventCorpus(join(dir, 'in'), Math.ceil(articles / 4));
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}; ${files.length} articles`);

function ingest(db: string, workers?: number): number {
  const t = performance.now();
  const args = [join(ROOT, 'bin/triangulate.js'), '--db', db, 'ingest', 'in', ...(workers ? ['--workers', String(workers)] : [])];
  const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  return files.length / ((performance.now() - t) / 1000);
}

async function freshPg(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

const rows: string[] = [];
rows.push(`sqlite, one process (no queue): ${ingest(join(dir, 'plain.db')).toFixed(1)} articles/s`);
for (const workers of [1, 2, 4]) {
  rows.push(`sqlite, ${workers} workers: ${ingest(join(dir, `w${workers}.db`), workers).toFixed(1)} articles/s`);
}
if (adminUrl) {
  rows.push(`postgres, one process (no queue): ${ingest(await freshPg('triangulate_bench_plain')).toFixed(1)} articles/s`);
  for (const workers of [1, 2, 4]) rows.push(`postgres, ${workers} workers: ${ingest(await freshPg(`triangulate_bench_w${workers}`), workers).toFixed(1)} articles/s`);
} else rows.push('postgres: skipped (set TRIANGULATE_BENCH_PG to an admin URL)');
for (const r of rows) console.log(r);
rmSync(dir, { recursive: true, force: true });
