// `triangulate search <query>`: full-text search over titles and text, best first.
import type { Command } from 'commander';
import { searchArticles } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../options.js';
import { parseCount } from '../options.js';
import { out, printJson } from '../output.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search (all words must match)')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'how many', parseCount, 20)
    .action(async (words: string[], opts: { limit: number }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        const hits = await searchArticles(store, words.join(' '), opts.limit);
        if (global.json) return printJson(hits);
        for (const h of hits) out(`${h.id}  ${h.outlet ?? '-'}  ${h.title ?? h.source}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
        out(`${hits.length} result${hits.length === 1 ? '' : 's'}\n`);
      } finally {
        await store.close();
      }
    });
}
