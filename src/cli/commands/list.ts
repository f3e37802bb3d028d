// `triangulate list`: the archive's articles, one line each (or JSON summaries).
import type { Command } from 'commander';
import { listArticles } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../options.js';
import { parseCount } from '../options.js';
import { out, plural, printJson } from '../output.js';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list stored articles in ingest order')
    .option('--limit <n>', 'how many', parseCount, 50)
    .option('--offset <n>', 'skip this many', parseCount, 0)
    .action(async (opts: { limit: number; offset: number }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        const { total, items } = await listArticles(store, opts.limit, opts.offset);
        if (global.json) return printJson({ total, items });
        for (const a of items) {
          const dup = a.duplicateOf ? `  (${a.duplicateOf.kind} copy of ${a.duplicateOf.id})` : '';
          out(`${a.id}  ${(a.outlet ?? '-').padEnd(22).slice(0, 22)}  ${a.title ?? a.source}${dup}\n`);
        }
        out(`${items.length} of ${plural(total, 'article')}\n`);
      } finally {
        await store.close();
      }
    });
}
