// Helpers for tests that run worker processes on one archive and check the result.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { CorpusFile } from './event-corpus.js';
import { ROOT, TSX } from './helpers.js';

export const startWorker = (db: string, cwd: string, ...args: string[]): ChildProcess =>
  spawn(process.execPath, [...TSX, join(ROOT, 'src/cli/run.ts'), '--db', db, 'worker', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_DB: '' } });
export const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.on('exit', (code) => r(code))));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Every file stored once, every article in a story, one story per event, each copy linked to its original. */
export async function expectArchiveComplete(store: Store, files: CorpusFile[], cwd: string): Promise<void> {
  const summaries = await store.listArticles({ limit: 10_000, offset: 0 });
  const sources = summaries.map((s) => s.source).sort();
  expect(sources).toEqual(files.map((f) => f.path.slice(cwd.length + 1)).sort());
  expect(await store.unclusteredArticleIds(10)).toEqual([]);
  const bySource = new Map(summaries.map((s) => [s.source, s]));
  const storyOfEvent = new Map<number, Set<string>>();
  for (const f of files) {
    const s = bySource.get(f.path.slice(cwd.length + 1))!;
    const story = (await store.storyOf(s.id))!;
    storyOfEvent.set(f.event, (storyOfEvent.get(f.event) ?? new Set()).add(story));
    if (f.copyOf) {
      const original = bySource.get(f.copyOf.slice(cwd.length + 1))!;
      // Whichever was stored first is the original; both resolve to one root (the outlets' versions of an event
      // are near copies of each other too, so in a concurrent order the root may be a third version).
      const root = (x: typeof s) => x.duplicateOf?.id ?? x.id;
      expect(root(s)).toBe(root(original));
      expect(Boolean(s.duplicateOf) || Boolean(original.duplicateOf)).toBe(true);
    }
  }
  for (const stories of storyOfEvent.values()) expect(stories.size).toBe(1);
  expect(new Set([...storyOfEvent.values()].map((s) => [...s][0])).size).toBe(storyOfEvent.size);
}

