// `triangulate demo`: ingests the bundled fictional corpus and shows what was found.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingestInputs, showArticle } from '../../service/articles.js';
import { openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../main.js';
import { printJson, rejectionLine, summaryLine } from '../output.js';

/** The bundled corpus: fictional outlets and events, written for this project. */
export const DEMO_DIR = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled fictional corpus and show what Triangulate found')
    .action(async (_opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = openStore(global.db);
      try {
        const result = await ingestInputs(store, { inputs: [DEMO_DIR] });
        const articles = await Promise.all(result.articles.map((a) => showArticle(store, a.id)));
        if (global.json) return printJson({ result, articles });
        const out = (s = '') => process.stdout.write(s + '\n');
        out(`Demo corpus: ${DEMO_DIR}`);
        out(`Archive: ${global.db ?? './triangulate.db'}`);
        out(summaryLine(result));
        for (const r of result.rejected) out(rejectionLine(r));
        for (const a of articles) {
          out();
          out(`■ ${a.title ?? '(no title)'}`);
          out(`  ${a.id} · ${a.outlet ?? 'unknown outlet'}${a.byline ? ` · by ${a.byline}` : ''}${a.published ? ` · ${a.published.slice(0, 10)}` : ''} · ${a.text.length} chars · ${a.extraction?.method}`);
          if (a.origin) out(`  originally published by ${[a.origin.outlet, a.origin.url].filter(Boolean).join(' ')}`);
          if (a.duplicateOf) out(`  ${a.duplicateOf.kind} copy of ${a.duplicateOf.id} (similarity ${a.duplicateOf.similarity})`);
          const byRule = new Map<string, number>();
          for (const r of a.removed) byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + 1);
          if (byRule.size) out(`  removed: ${[...byRule].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ')}`);
        }
        out();
        out(`Next: triangulate list · triangulate show <id> · triangulate search <words> · triangulate export`);
      } finally {
        await store.close();
      }
    });
}
