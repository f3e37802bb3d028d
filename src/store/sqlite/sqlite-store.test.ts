import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TSX } from '../../../test/helpers.js';
import { storeContract, writeFor } from '../../../test/store-contract.js';
import { TriangulateError } from '../../errors.js';
import { openSqliteStore, RANKED_MATCHES } from './sqlite-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', async () => openSqliteStore(join(dir, `contract-${n++}.db`)));

describe('SQLite specifics', () => {
  it('applies migrations once and keeps data across reopen', async () => {
    const file = join(dir, 'reopen.db');
    const s1 = openSqliteStore(file);
    await s1.write({ articles: [writeFor('x', 'Some article text that is long enough to keep.')], relinks: [] });
    await s1.close();
    const s2 = openSqliteStore(file);
    expect(await s2.countArticles()).toBe(1);
    await s2.close();
    const db = new Database(file);
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: SQLITE_MIGRATIONS.length });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('ranks only the newest RANKED_MATCHES matches of a very common word, and every match of a rarer one', async () => {
    const store = openSqliteStore(':memory:');
    const writes = [writeFor('oldest', 'Harbour news: the harbour, the harbour and the harbour again.', { title: 'Harbour' })];
    for (let i = 0; i < RANKED_MATCHES; i++) writes.push(writeFor(`filler-${i}`, `Filler item ${i} mentions the harbour once among many other words here.`));
    writes.push(writeFor('rare', 'A lighthouse keeper retired.'));
    await store.write({ articles: writes, relinks: [] });
    const common = await store.search('harbour', { limit: 3, offset: 0 });
    expect(common).toHaveLength(3);
    expect(common.map((h) => h.source)).not.toContain('oldest');
    expect((await store.search('lighthouse', { limit: 3, offset: 0 })).map((h) => h.source)).toEqual(['rare']);
    // With fewer matches than the window, the best match comes first as before.
    expect((await store.search('harbour again', { limit: 3, offset: 0 }))[0]!.source).toBe('oldest');
    await store.close();
  });

  it('refuses a file that is not a database with a clear error', () => {
    const file = join(dir, 'not-a-db.db');
    writeFileSync(file, 'this is a text file, not SQLite '.repeat(100));
    expect(() => openSqliteStore(file)).toThrow(TriangulateError);
    expect(() => openSqliteStore(file)).toThrow(/cannot open SQLite archive/);
  });

  it('lets several processes open one new file at once (migrations run once, under an exclusive lock)', async () => {
    const open = (file: string) =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [...TSX, join(ROOT, 'test', 'open-archive.ts'), file]);
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => done({ code, stderr }));
      });
    for (let round = 0; round < 4; round++) {
      const file = join(dir, `race-${round}.db`);
      const runs = await Promise.all(Array.from({ length: 6 }, () => open(file)));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      const db = new Database(file);
      expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: SQLITE_MIGRATIONS.length });
      db.close();
    }
  }, 60_000);
});
