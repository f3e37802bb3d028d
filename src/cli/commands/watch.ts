// `triangulate watch <feeds | OPML>` polls feeds until stopped; `triangulate feeds` shows each watched feed's health.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { codeOf, messageOf, TriangulateError } from '../../errors.js';
import { DEFAULT_FETCH_OPTIONS, opmlFeedUrls } from '../../ingest/index.js';
import { DEFAULT_WATCH_OPTIONS, listFeeds, watch } from '../../service/feeds.js';
import { openStore } from '../../service/open-store.js';
import type { FeedState } from '../../store/store.js';
import { parseCount, type GlobalOptions } from '../options.js';
import { err, out, printJson, printJsonLine, rejectionLine } from '../output.js';
import { stopOnSignals } from '../stop-signal.js';

/** Feed URLs from the arguments: URLs as they are, files read as OPML subscription lists. */
async function feedUrls(inputs: string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      urls.push(input);
      continue;
    }
    let text: string;
    try {
      text = await readFile(input, 'utf8');
    } catch (err) {
      throw new TriangulateError('USAGE', `${input} is neither an http(s) URL nor a readable OPML file (${codeOf(err) ?? messageOf(err)})`);
    }
    let found: string[];
    try {
      found = opmlFeedUrls(text);
    } catch (err) {
      throw new TriangulateError('USAGE', `${input} is not an OPML file: ${messageOf(err)}`);
    }
    if (found.length === 0) throw new TriangulateError('USAGE', `${input} lists no feeds (no outline with an xmlUrl)`);
    urls.push(...found);
  }
  return urls;
}

const ago = (when: string | undefined) => {
  if (!when) return 'never';
  const s = Math.round((Date.now() - Date.parse(when)) / 1000);
  return s < 0 ? `in ${Math.abs(s)}s` : s < 120 ? `${s}s ago` : s < 7200 ? `${Math.round(s / 60)}m ago` : `${Math.round(s / 3600)}h ago`;
};

export function feedLine(f: FeedState): string {
  const health = f.failures === 0 ? (f.lastSuccessAt ? 'ok' : 'not polled yet') : `FAILING ×${f.failures}: ${f.lastError ?? ''} (${ago(f.lastErrorAt)})`;
  return `${f.url}\n  ${health} · last success ${ago(f.lastSuccessAt)} · ${f.itemsSeen} items stored · next poll ${ago(f.nextPollAt).replace(' ago', ' overdue')}`;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll feeds until stopped (Ctrl-C): conditional GET, backoff on errors, new items analysed and put in stories as they arrive')
    .argument('[feeds...]', 'feed URLs or OPML files (none: every feed already watched in this archive)')
    .option('--interval <seconds>', 'seconds between polls of a healthy feed', parseCount, DEFAULT_WATCH_OPTIONS.intervalSeconds)
    .option('--max-backoff <seconds>', 'longest pause after repeated failures', parseCount, DEFAULT_WATCH_OPTIONS.maxBackoffSeconds)
    .option('--concurrency <n>', 'feeds polled at once', parseCount, DEFAULT_WATCH_OPTIONS.concurrency)
    .option('--no-fetch-items', "store the feed's own item content instead of fetching each item's page")
    .option('--allow-private-urls', 'let URLs reach private, loopback and link-local addresses')
    .action(async (inputs: string[], opts: { interval: number; maxBackoff: number; concurrency: number; fetchItems: boolean; allowPrivateUrls?: boolean }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      if (opts.interval < 1) throw new TriangulateError('USAGE', '--interval must be at least 1 second');
      const urls = await feedUrls(inputs);
      const store = await openStore(global.db);
      const stop = stopOnSignals(() => err('stopping: finishing the polls in progress (again to stop now)\n'));
      try {
        if (urls.length === 0 && (await listFeeds(store)).length === 0) throw new TriangulateError('USAGE', 'no feeds: give feed URLs or an OPML file');
        err(`watching ${urls.length || (await listFeeds(store)).length} feeds (Ctrl-C to stop)\n`);
        await watch(store, urls, {
          intervalSeconds: opts.interval,
          maxBackoffSeconds: opts.maxBackoff,
          concurrency: Math.max(1, opts.concurrency),
          fetchItems: opts.fetchItems,
          fetch: { ...DEFAULT_FETCH_OPTIONS, allowPrivate: opts.allowPrivateUrls ?? false },
          signal: stop.signal,
          onPoll: (feed, poll, rejected) => {
            if (global.json) return printJsonLine({ url: feed.url, ...poll, rejected: rejected.length });
            for (const r of rejected) err(rejectionLine(r) + '\n');
            out(poll.ok ? `${feed.url}: ${poll.newItems} new items\n` : `${feed.url}: failed: ${poll.error}; next try ${poll.nextPollAt}\n`);
          },
        });
      } finally {
        stop.dispose();
        await store.close();
      }
    });

  program
    .command('feeds')
    .description("each watched feed's health: last success, last error and why, items stored, next poll")
    .action(async (_opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        const feeds = await listFeeds(store);
        if (global.json) printJson(feeds);
        else if (feeds.length === 0) out('no feeds watched yet (triangulate watch <feed url | OPML file>)\n');
        else {
          out(feeds.map(feedLine).join('\n') + '\n');
          const failing = feeds.filter((f) => f.failures > 0).length;
          out(`${feeds.length} feeds, ${failing} failing\n`);
        }
      } finally {
        await store.close();
      }
    });
}
