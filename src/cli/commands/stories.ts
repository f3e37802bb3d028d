// `triangulate analyze`, `stories` and `story <id>`: story reports as JSON, Markdown or one self-contained HTML file.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { renderHtml } from '../../export/html.js';
import { renderMarkdown } from '../../export/markdown.js';
import type { Report } from '../../model/report.js';
import { openStore } from '../../service/open-store.js';
import { analyzeInputs, listStories, storyReport } from '../../service/stories.js';
import type { GlobalOptions } from '../options.js';
import { parseCount } from '../options.js';
import { batchExitCode, err, jsonSafe, out, printJson, rejectionLine } from '../output.js';
import { progressBar } from '../progress.js';

type Format = 'json' | 'md' | 'html';

const formatOption = () => new Option('--format <format>', 'report format').choices(['json', 'md', 'html']).default('json');

function emit(report: Report, format: Format, file?: string): void {
  const text = format === 'html' ? renderHtml(report) : format === 'md' ? renderMarkdown(report) : JSON.stringify(report, null, 2) + '\n';
  if (file) writeFileSync(file, text);
  else out(format === 'json' ? jsonSafe(text) : text);
}

export function registerStories(program: Command): void {
  program
    .command('analyze')
    .description('ingest the inputs and report every story they belong to')
    .argument('<inputs...>', 'files, folders (recursive) or http(s) URLs')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of standard output')
    .option('--fetch-items', "for feeds, fetch each item's page for the full text")
    .option('--allow-private-urls', 'let URLs reach private, loopback and link-local addresses')
    .action(async (inputs: string[], opts: { format: Format; out?: string; fetchItems?: boolean; allowPrivateUrls?: boolean }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      const bar = progressBar();
      try {
        const { rejected, ...report } = await analyzeInputs(store, {
          inputs,
          fetchItems: opts.fetchItems,
          allowPrivateUrls: opts.allowPrivateUrls,
          onProgress: bar.update,
          onRejection: (r) => {
            bar.clear();
            err(rejectionLine(r) + '\n');
          },
        });
        bar.clear();
        emit(report, opts.format, opts.out);
        if (opts.out) err(`${report.stories.length} stories from ${report.articles.length} articles written to ${opts.out}\n`);
        process.exitCode = batchExitCode({ rejected });
      } finally {
        await store.close();
      }
    });

  program
    .command('stories')
    .description('list stories, latest first')
    .option('--limit <n>', 'how many', parseCount, 50)
    .option('--offset <n>', 'skip this many', parseCount, 0)
    .action(async (opts: { limit: number; offset: number }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      try {
        const { total, items } = await listStories(store, opts.limit, opts.offset);
        if (global.json) return printJson({ total, items });
        for (const s of items) {
          out(`${s.id}  ${String(s.articles).padStart(4)} articles  ${String(s.outlets).padStart(3)} outlets  ${String(s.independentSources).padStart(3)} independent  ${s.title}\n`);
        }
        out(`${items.length} of ${total} stories\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('story')
    .description('report one story: who said what, what all outlets carry, where they differ')
    .argument('<id>', 'story id (from stories)')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of standard output')
    .action(async (id: string, opts: { format: Format; out?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      try {
        emit(await storyReport(store, id), global.json ? 'json' : opts.format, opts.out);
      } finally {
        await store.close();
      }
    });
}
