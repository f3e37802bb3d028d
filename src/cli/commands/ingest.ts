// `triangulate ingest <paths|urls…>`: ingest into the archive, one line per bad input, a summary, exit 0 or 1.
import type { Command } from 'commander';
import type { Rejection } from '../../model/rejection.js';
import { ingestInputs } from '../../service/articles.js';
import { ingestParallel } from '../../service/parallel.js';
import { openStore } from '../../service/open-store.js';
import { batchExitCode, err, out, printJson, rejectionLine, summaryLine } from '../output.js';
import { progressBar } from '../progress.js';
import { parseCount, type GlobalOptions } from '../options.js';
import { outletOptions } from '../outlet-options.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest files, folders, feeds, JSON Lines and URLs into the archive')
    .argument('<inputs...>', 'files, folders (recursive) or http(s) URLs')
    .option('--fetch-items', 'for feeds, fetch each item\'s page for the full text')
    .option('--allow-private-urls', 'let URLs reach private, loopback and link-local addresses')
    .option('--workers <n>', 'share the inputs among n worker processes through the archive\'s queue', parseCount)
    .option('--outlet <name>', 'the outlet of every input (for files that do not say which outlet published them)')
    .option('--outlets <file>', 'outlets by file name or web domain: a JSON object or a CSV with columns match,outlet')
    .action(async (inputs: string[], opts: { fetchItems?: boolean; allowPrivateUrls?: boolean; workers?: number; outlet?: string; outlets?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const outlets = await outletOptions(opts);
      const store = await openStore(global.db);
      const bar = progressBar();
      const onRejection = (r: Rejection) => {
        if (global.json) return;
        bar.clear();
        err(rejectionLine(r) + '\n');
      };
      try {
        if (opts.workers !== undefined) {
          const result = await ingestParallel(store, {
            inputs,
            db: global.db,
            workers: opts.workers,
            fetchItems: opts.fetchItems,
            allowPrivateUrls: opts.allowPrivateUrls,
            ...outlets,
            onProgress: bar.update,
            onRejection,
            onWorkerOutput: (line) => {
              if (/warning|error/i.test(line)) err(line + '\n');
            },
          });
          bar.clear();
          if (global.json) printJson(result);
          else {
            const c = result.counts;
            out(
              `${result.inputs} inputs by ${opts.workers} workers: ${c.done} done, ${c.failed} failed, ${c.queued + c.running} left; ` +
                `${result.articlesAfter - result.articlesBefore} new articles (${result.articlesAfter} in the archive)\n`,
            );
          }
          process.exitCode = result.rejected.length > 0 || result.workerFailures > 0 || result.counts.queued + result.counts.running > 0 ? 1 : 0;
          return;
        }
        const result = await ingestInputs(store, {
          inputs,
          fetchItems: opts.fetchItems,
          allowPrivateUrls: opts.allowPrivateUrls,
          ...outlets,
          onProgress: bar.update,
          onRejection,
        });
        bar.clear();
        if (global.json) printJson(result);
        else out(summaryLine(result) + '\n');
        process.exitCode = batchExitCode(result);
      } finally {
        await store.close();
      }
    });
}
