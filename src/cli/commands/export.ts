// `triangulate export`: every article, whole, as JSON Lines (default) or one JSON array.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { exportArticles } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../main.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export every article, whole')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: 'jsonl' | 'json'; out?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const write = async (s: string) => {
        if (!out.write(s)) await once(out, 'drain');
      };
      try {
        let first = true;
        if (opts.format === 'json') await write('[');
        for await (const article of exportArticles(store)) {
          if (opts.format === 'json') await write((first ? '\n' : ',\n') + JSON.stringify(article));
          else await write(JSON.stringify(article) + '\n');
          first = false;
        }
        if (opts.format === 'json') await write(first ? ']\n' : '\n]\n');
      } finally {
        await store.close();
        if (opts.out) {
          out.end();
          await once(out, 'finish');
        }
      }
    });
}
