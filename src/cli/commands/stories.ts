// `triangulate analyze`, `stories` and `story <id>`: story reports as JSON, Markdown or one self-contained HTML file.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { renderHtml } from '../../export/html.js';
import { renderMarkdown } from '../../export/markdown.js';
import { renderText } from '../../export/text.js';
import type { Report } from '../../model/report.js';
import { openStore } from '../../service/open-store.js';
import { analyzeInputs, listStories, storyReport } from '../../service/stories.js';
import type { GlobalOptions } from '../options.js';
import { parseCount } from '../options.js';
import { batchExitCode, err, jsonSafe, out, plural, printJson, rejectionLine } from '../output.js';
import { outletOptions } from '../outlet-options.js';
import { progressBar } from '../progress.js';

type Format = 'text' | 'json' | 'md' | 'html';

const formatOption = () =>
  new Option('--format <format>', 'report format (default: text on a terminal, JSON when piped or written to a file)').choices(['text', 'json', 'md', 'html']);

/** The format asked for; without one, text for a person at a terminal and JSON for a program or a file. */
function chosenFormat(asked: Format | undefined, json: boolean | undefined, file: string | undefined): Format {
  if (json) return 'json';
  return asked ?? (process.stdout.isTTY && !file ? 'text' : 'json');
}

function emit(report: Report, format: Format, file?: string): void {
  const text =
    format === 'html' ? renderHtml(report) : format === 'md' ? renderMarkdown(report) : format === 'text' ? renderText(report) : JSON.stringify(report, null, 2) + '\n';
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
    .option('--outlet <name>', 'the outlet of every input (for files that do not say which outlet published them)')
    .option('--outlets <file>', 'outlets by file name or web domain: a JSON object or a CSV with columns match,outlet')
    .action(async (inputs: string[], opts: { format?: Format; out?: string; fetchItems?: boolean; allowPrivateUrls?: boolean; outlet?: string; outlets?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      const bar = progressBar();
      try {
        const { rejected, ...report } = await analyzeInputs(store, {
          inputs,
          fetchItems: opts.fetchItems,
          allowPrivateUrls: opts.allowPrivateUrls,
          ...(await outletOptions(opts)),
          onProgress: bar.update,
          onRejection: (r) => {
            bar.clear();
            err(rejectionLine(r) + '\n');
          },
        });
        bar.clear();
        emit(report, chosenFormat(opts.format, global.json, opts.out), opts.out);
        if (opts.out) err(`${plural(report.stories.length, 'story', 'stories')} from ${plural(report.articles.length, 'article')} written to ${opts.out}\n`);
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
      const store = await openStore(global.db, { mustExist: true });
      try {
        const { total, items } = await listStories(store, opts.limit, opts.offset);
        if (global.json) return printJson({ total, items });
        for (const s of items) {
          out(`${s.id}  ${String(s.articles).padStart(4)} articles  ${String(s.outlets).padStart(3)} outlets  ${String(s.independentSources).padStart(3)} independent  ${s.title}\n`);
        }
        out(`${items.length} of ${plural(total, 'story', 'stories')}\n`);
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
    .action(async (id: string, opts: { format?: Format; out?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        emit(await storyReport(store, id), chosenFormat(opts.format, global.json, opts.out), opts.out);
      } finally {
        await store.close();
      }
    });
}
