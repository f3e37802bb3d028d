// `triangulate ingest <paths|urls…>`: ingest into the archive, one line per bad input, a summary, exit 0 or 1.
import type { Command } from 'commander';
import { ingestInputs } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import { batchExitCode, printJson, rejectionLine, summaryLine } from '../output.js';
import { progressBar } from '../progress.js';
import type { GlobalOptions } from '../main.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest files, folders, feeds, JSON Lines and URLs into the archive')
    .argument('<inputs...>', 'files, folders (recursive) or http(s) URLs')
    .option('--fetch-items', 'for feeds, fetch each item\'s page for the full text')
    .option('--allow-private-urls', 'let URLs reach private, loopback and link-local addresses')
    .action(async (inputs: string[], opts: { fetchItems?: boolean; allowPrivateUrls?: boolean }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      const bar = progressBar();
      try {
        const result = await ingestInputs(store, {
          inputs,
          fetchItems: opts.fetchItems,
          allowPrivateUrls: opts.allowPrivateUrls,
          onProgress: bar.update,
          onRejection: (r) => {
            if (global.json) return;
            bar.clear();
            process.stderr.write(rejectionLine(r) + '\n');
          },
        });
        bar.clear();
        if (global.json) printJson(result);
        else process.stdout.write(summaryLine(result) + '\n');
        process.exitCode = batchExitCode(result);
      } finally {
        await store.close();
      }
    });
}
