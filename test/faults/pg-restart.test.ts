// Fault test: PostgreSQL restarted while workers ingest. Runs alone (its own vitest run, see package.json), because a
// restart would also cut the connections of every other test using the server at that moment.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/service/open-store.js';
import { writeEventCorpus } from '../event-corpus.js';
import { tempDir } from '../helpers.js';
import { dropPostgresDbs, freshPostgresDb, PG_ADMIN_URL } from '../postgres.js';
import { expectArchiveComplete, exited, startWorker, until } from '../worker-helpers.js';

afterAll(dropPostgresDbs);

const restart = process.env.TRIANGULATE_TEST_PG_RESTART;
if (PG_ADMIN_URL && process.env.CI && !restart) throw new Error('CI: TRIANGULATE_TEST_PG_RESTART is not set (.ci/run sets it)');
describe.skipIf(!PG_ADMIN_URL || !restart)(
  PG_ADMIN_URL && restart ? 'PostgreSQL restart' : 'PostgreSQL restart — SKIPPED: needs TRIANGULATE_TEST_PG and TRIANGULATE_TEST_PG_RESTART (a command that restarts the server)',
  () => {
    it('workers reconnect after the server restarts mid-ingest and finish the queue', async () => {
      const cwd = tempDir('triangulate-corpus-');
      const files = writeEventCorpus(join(cwd, 'in'), 10);
      const db = await freshPostgresDb();
      let store = await openStore(db);
      await store.enqueueJobs('restart-test', files.map((f) => ({ input: f.path, cwd })));
      const workers = [startWorker(db, cwd, '--until-empty', '--batch', '2', '--lease', '5'), startWorker(db, cwd, '--until-empty', '--batch', '2', '--lease', '5')];
      let warnings = '';
      for (const w of workers) w.stderr!.on('data', (d) => (warnings += d));
      await until(async () => (await store.jobCounts('restart-test')).done >= 3, 'the first jobs');
      await store.close();
      execSync(restart!, { stdio: 'ignore' });
      const codes = await Promise.all(workers.map(exited));
      expect(codes, warnings).toEqual([0, 0]);
      store = await openStore(db);
      try {
        expect(await store.jobCounts('restart-test')).toEqual({ queued: 0, running: 0, done: files.length, failed: 0 });
        await expectArchiveComplete(store, files, cwd);
      } finally {
        await store.close();
      }
    }, 180_000);
  },
);
