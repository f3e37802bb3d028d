// `triangulate worker`: take ingest jobs from the archive's queue until stopped (or until it is empty).
import type { Command } from 'commander';
import { openStore } from '../../service/open-store.js';
import { work } from '../../service/workers.js';
import { parseCount, type GlobalOptions } from '../options.js';
import { err, out, printJsonLine, rejectionLine } from '../output.js';
import { stopOnSignals } from '../stop-signal.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description("work through the archive's ingest queue (filled by `ingest --workers`); several may run at once, on several machines with PostgreSQL")
    .option('--until-empty', 'stop when nothing is queued or running, instead of waiting for more')
    .option('--batch <n>', 'jobs claimed and ingested at once', parseCount, 8)
    .option('--lease <seconds>', 'how long a claim holds without a heartbeat before another worker may take it over (renewed every third of it)', parseCount, 30)
    .action(async (opts: { untilEmpty?: boolean; batch: number; lease: number }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      const stop = stopOnSignals(() => err('stopping after the batch in hand (again to stop now)\n'));
      try {
        const stats = await work(store, {
          untilEmpty: opts.untilEmpty ?? false,
          batch: Math.max(1, opts.batch),
          leaseMs: Math.max(1, opts.lease) * 1000,
          signal: stop.signal,
          onBatch: (b) => {
            for (const r of b.rejected) err(rejectionLine(r) + '\n');
            if (!global.json) err(`${b.jobs} jobs: ${b.articles} articles, ${b.rejected.length} rejected, ${b.clustered} clustered\n`);
          },
          onWarning: (m) => err(`warning: ${m}\n`),
        });
        if (global.json) printJsonLine(stats);
        else out(`${stats.jobs} jobs, ${stats.articles} articles, ${stats.rejected} rejected\n`);
      } finally {
        stop.dispose();
        await store.close();
      }
    });
}
