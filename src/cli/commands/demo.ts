// `triangulate demo`: analyses the bundled fictional corpus and shows its stories: sources, brief, quotes, differences.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderText } from '../../export/text.js';
import { DEFAULT_DB, describeDb, openStore } from '../../service/open-store.js';
import { analyzeInputs } from '../../service/stories.js';
import type { GlobalOptions } from '../options.js';
import { out, plural, printJson, rejectionLine } from '../output.js';

/** The bundled corpus: fictional outlets and events, written for this project. */
export const DEMO_DIR = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url));
/** The demo's own archive, in the working directory. */
export const DEMO_DB = './triangulate-demo.db';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(`analyse the bundled fictional corpus and show its stories (in ${DEMO_DB} unless --db is given)`)
    .action(async (_opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      // The fictional articles never go into the user's own archive: the demo has its own unless --db names one.
      const given = cmd.parent?.getOptionValueSource('db') === 'cli' || Boolean(process.env.TRIANGULATE_DB);
      const db = given ? global.db : DEMO_DB;
      const store = await openStore(db);
      try {
        const { rejected, ...report } = await analyzeInputs(store, { inputs: [DEMO_DIR] });
        if (global.json) return printJson({ ...report, rejected });
        const line = (s = '') => out(s + '\n');
        line(`Demo corpus: ${DEMO_DIR}`);
        line(`Archive: ${describeDb(db)} · ${plural(report.articles.length, 'article')} in ${plural(report.stories.length, 'story', 'stories')}`);
        for (const r of rejected) line(rejectionLine(r));
        line();
        out(renderText(report));
        const dbArg = db === DEFAULT_DB ? '' : ` --db ${db}`;
        line(`Next: triangulate${dbArg} stories · triangulate${dbArg} story <id> --format html --out story.html · triangulate${dbArg} serve`);
      } finally {
        await store.close();
      }
    });
}
