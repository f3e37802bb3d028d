// `triangulate export`: every article, whole, as JSON Lines (default) or one JSON array.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { TriangulateError } from '../../errors.js';
import { exportArticles } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../options.js';
import { jsonSafe } from '../output.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export every article, whole')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: 'jsonl' | 'json'; out?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      // A write that fails (a full disk, a folder that does not exist) ends the export with what went wrong.
      let failed: NodeJS.ErrnoException | undefined;
      const onError = (err: NodeJS.ErrnoException) => (failed ??= err);
      if (opts.out) out.on('error', onError);
      const check = () => {
        if (failed) throw new TriangulateError('WRITE_FAILED', `${opts.out ?? 'standard output'}: ${failed.code ?? failed.message}`);
      };
      // events.once rejects when the stream errors meanwhile: that error is the one reported.
      const settle = (event: string) => Promise.race([once(out, event), once(out, 'close')]).catch(onError);
      const write = async (s: string) => {
        check();
        if (!out.write(jsonSafe(s))) await settle('drain');
        check();
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
          if (!failed) await settle('finish');
        }
      }
      check();
    });
}
