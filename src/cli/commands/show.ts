// `triangulate show <id>`: one article, whole (JSON with --json).
import type { Command } from 'commander';
import { showArticle } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../options.js';
import { out, printJson } from '../output.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one article: metadata, text, entities, quotes, dates and removed boilerplate')
    .argument('<id>', 'article id (from list or search)')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        const a = await showArticle(store, id);
        if (global.json) return printJson(a);
        const meta: [string, string | undefined][] = [
          ['id', a.id], ['source', a.source], ['url', a.url], ['outlet', a.outlet], ['title', a.title], ['byline', a.byline],
          ['published', a.published], ['language', a.language],
          ['origin', a.origin ? [a.origin.outlet, a.origin.url].filter(Boolean).join(' ') : undefined],
          ['copy of', a.duplicateOf ? `${a.duplicateOf.id} (${a.duplicateOf.kind}, similarity ${a.duplicateOf.similarity})` : undefined],
          ['extracted by', a.extraction?.method],
        ];
        for (const [k, v] of meta) if (v) out(`${k.padEnd(13)}${v}\n`);
        out(`\n${a.text}\n`);
        const people = (a.entities ?? []).filter((e) => e.type !== 'other');
        if (people.length) {
          out(`\nentities (${people.length}):\n`);
          for (const e of people) {
            const extra = [e.role, e.aliases.length ? `also ${e.aliases.join(', ')}` : ''].filter(Boolean).join('; ');
            out(`  ${e.type.padEnd(13)}${e.name} ×${e.mentions.length}${extra ? ` (${extra})` : ''}\n`);
          }
        }
        const quotes = (a.quotes ?? []).filter((q) => q.kind === 'statement');
        if (quotes.length) {
          out(`\nquotes (${quotes.length}):\n`);
          for (const q of quotes) out(`  ${q.speaker ?? '(unattributed)'}${q.verb ? ` ${q.verb}` : ''}: “${q.text.length > 90 ? q.text.slice(0, 90) + '…' : q.text}”\n`);
        }
        const dated = (a.dates ?? []).filter((d) => d.value);
        if (dated.length) out(`\ndates: ${dated.map((d) => `${d.text} = ${d.value}`).join('; ')}\n`);
        if (a.removed.length) {
          out(`\nremoved (${a.removed.length}):\n`);
          for (const r of a.removed) out(`  [${r.rule}] ${r.text.length > 100 ? r.text.slice(0, 100) + '…' : r.text}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
