// `triangulate demo`: analyses the bundled fictional corpus and shows its stories: sources, brief, quotes, differences.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { outletOf } from '../../compare/index.js';
import { openStore } from '../../service/open-store.js';
import { analyzeInputs } from '../../service/stories.js';
import type { GlobalOptions } from '../options.js';
import { out, printJson, rejectionLine } from '../output.js';

/** The bundled corpus: fictional outlets and events, written for this project. */
export const DEMO_DIR = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled fictional corpus and show its stories')
    .action(async (_opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      try {
        const { rejected, ...report } = await analyzeInputs(store, { inputs: [DEMO_DIR] });
        if (global.json) return printJson({ ...report, rejected });
        const line = (s = '') => out(s + '\n');
        const byId = new Map(report.articles.map((a) => [a.id, a]));
        line(`Demo corpus: ${DEMO_DIR}`);
        line(`Archive: ${global.db ?? './triangulate.db'} · ${report.articles.length} articles in ${report.stories.length} stories`);
        for (const r of rejected) line(rejectionLine(r));
        for (const s of report.stories) {
          const n = new Map(s.articleIds.map((id, i) => [id, i + 1]));
          const cite = (ids: string[]) => ids.map((id) => `[${n.get(id)}]`).join('');
          line();
          line(`■ ${s.title}`);
          line(`  ${s.articleIds.length} articles · ${s.outlets.length} outlets · ${s.independentSources} independent sources · ${s.id}`);
          for (const id of s.articleIds) {
            const a = byId.get(id)!;
            line(`  [${n.get(id)}] ${outletOf(a)}${a.duplicateOf ? ` — ${a.duplicateOf.kind} copy` : ''}`);
          }
          if (s.brief.length) line('  Brief:');
          for (const b of s.brief) line(`    • ${b.text} ${cite(b.articleIds)}`);
          const shared = s.quotes.filter((g) => new Set(g.mentions.map((m) => m.articleId)).size > 1);
          if (shared.length) line('  Quotes printed by more than one outlet:');
          for (const g of shared) {
            line(`    ${g.speaker ?? 'unattributed'}${g.wordingDiffers ? ' (wording differs)' : ''}:`);
            for (const m of g.mentions) line(`      “${m.text}” ${cite([m.articleId])}`);
          }
          for (const d of s.discrepancies) line(`  Disagreement (${d.kind}): ${d.values.map((v) => `${v.text} ${cite([v.articleId])}`).join(' vs ')}`);
          const only = s.facts.filter((f) => f.articleIds.length === 1 && s.articleIds.length > 1).length;
          if (only) line(`  ${only} statements appear in one article only (see the report).`);
        }
        line();
        line('Next: triangulate stories · triangulate story <id> --format html --out story.html · triangulate show <article id>');
      } finally {
        await store.close();
      }
    });
}
