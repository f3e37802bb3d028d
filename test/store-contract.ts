// The Store contract: one suite every backend must pass (SQLite now; PostgreSQL runs the same cases).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { duplicateEvidence } from '../src/dedupe/index.js';
import { annotateArticle } from '../src/language/index.js';
import { articleIdFor } from '../src/model/article-id.js';
import type { Article } from '../src/model/article.js';
import { TriangulateError } from '../src/errors.js';
import { MAX_JOB_ATTEMPTS, type ArticleWrite, type Store } from '../src/store/store.js';

export function writeFor(source: string, text: string, extra: Partial<Article> = {}): ArticleWrite {
  const article: Article = { id: articleIdFor(source), source, text, removed: [], ...extra };
  return { article, raw: { source, kind: 'text', content: text, encoding: 'utf-8', hints: {} }, evidence: duplicateEvidence(text) };
}

const STRIKE = 'Dockworkers at the port walked out on Friday after wage talks with the port authority collapsed without a deal.';
const FIRE = 'A wildfire forced the evacuation of two villages overnight as strong winds pushed the flames towards houses.';

export function storeContract(backend: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('round-trips an article with every field', async () => {
      const w = writeFor('gazette/strike.txt', STRIKE, {
        url: 'https://gazette.example/strike', outlet: 'Gazette', title: 'Strike', byline: 'Ana Lind', published: '2031-03-14',
        language: 'en', origin: { outlet: 'Wire', url: 'https://wire.example' },
        removed: [{ text: '3 Comments', reason: 'counter', rule: 'comment-counter', at: STRIKE.length }],
        extraction: { method: 'plain-text', attempts: [{ method: 'plain-text', chars: 10, accepted: true, reason: 'input is plain text' }] },
        ...annotateArticle({ text: STRIKE, published: '2031-03-14' }),
      });
      expect(w.article.analysisVersion).toBeDefined();
      await store.write({ articles: [w], relinks: [] });
      expect(await store.getArticle(w.article.id)).toEqual(w.article);
      expect(await store.sourceState('gazette/strike.txt')).toEqual({ id: w.article.id, contentHash: w.evidence.contentHash });
      expect(await store.getArticle('a_0000000000000000')).toBeUndefined();
    });

    it('updates in place when a source is written again', async () => {
      await store.write({ articles: [writeFor('s.txt', STRIKE)], relinks: [] });
      await store.write({ articles: [writeFor('s.txt', FIRE)], relinks: [] });
      expect(await store.countArticles()).toBe(1);
      expect((await store.getArticle(articleIdFor('s.txt')))?.text).toBe(FIRE);
      expect(await store.search('wildfire', { limit: 5, offset: 0 })).toHaveLength(1);
      expect(await store.search('dockworkers', { limit: 5, offset: 0 })).toHaveLength(0);
    });

    it('finds duplicate candidates by hash and by LSH band', async () => {
      const a = writeFor('a.txt', STRIKE + ' ' + FIRE);
      await store.write({ articles: [a, writeFor('b.txt', 'An unrelated story about a museum opening its doors to visitors on Saturday.')], relinks: [] });
      const copy = duplicateEvidence(STRIKE + ' ' + FIRE);
      const found = await store.duplicateCandidates(copy.contentHash, copy.bandKeys);
      expect(found.map((c) => c.id)).toEqual([a.article.id]);
      expect(found[0]!.signature).toEqual(a.evidence.signature);
    });

    it('applies relinks in the same transaction', async () => {
      const copy = writeFor('copy.txt', STRIKE);
      await store.write({ articles: [copy], relinks: [] });
      const orig = writeFor('orig.txt', STRIKE + ' More.');
      await store.write({ articles: [orig], relinks: [{ id: copy.article.id, link: { id: orig.article.id, similarity: 0.9, kind: 'syndicated' } }] });
      expect((await store.getArticle(copy.article.id))?.duplicateOf).toEqual({ id: orig.article.id, similarity: 0.9, kind: 'syndicated' });
    });

    it('searches titles and text, ranks, pages and never parses user input as query syntax', async () => {
      await store.write({ articles: [writeFor('1', STRIKE, { title: 'Port strike' }), writeFor('2', FIRE, { title: 'Fire' })], relinks: [] });
      const hits = await store.search('port strike', { limit: 10, offset: 0 });
      expect(hits.map((h) => h.source)).toEqual(['1']);
      expect(hits[0]!.snippet).toContain('«');
      for (const q of ['"unbalanced', 'NEAR(', 'a OR', '*', 'title:x', '']) await expect(store.search(q, { limit: 5, offset: 0 })).resolves.toBeInstanceOf(Array);
    });

    it('lists and exports in ingest order', async () => {
      const writes = Array.from({ length: 7 }, (_, i) => writeFor(`doc-${i}`, `${STRIKE} Number ${i}.`));
      await store.write({ articles: writes, relinks: [] });
      expect((await store.listArticles({ limit: 3, offset: 2 })).map((s) => s.source)).toEqual(['doc-2', 'doc-3', 'doc-4']);
      const all: string[] = [];
      for await (const a of store.allArticles()) all.push(a.source);
      expect(all).toEqual(writes.map((w) => w.article.source));
    });

    it('writes a batch all or nothing', async () => {
      const good = writeFor('good', STRIKE);
      const bad = writeFor('bad', FIRE);
      (bad.article as { text: unknown }).text = null; // violates NOT NULL
      await expect(store.write({ articles: [good, bad], relinks: [] })).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
    });

    it('stores clustering state, memberships and merges, and lists stories', async () => {
      const a = writeFor('a', STRIKE, { outlet: 'Gazette', published: '2031-03-14' });
      const b = writeFor('b', STRIKE + ' More.', { outlet: 'Wire', published: '2031-03-15' });
      const c = writeFor('c', FIRE, { outlet: 'Gazette', published: '2031-03-16' });
      await store.write({ articles: [a, b, c], relinks: [] });
      expect(await store.unclusteredArticleIds(10)).toEqual([a.article.id, b.article.id, c.article.id]);
      expect(await store.loadStoryIndex()).toEqual({ docs: 0, version: 0, df: [], stories: [] });
      const s1 = { id: 's_1', centroid: [['strike', 1.5]] as [string, number][], members: [a.article.id, b.article.id], first: 10, last: 11 };
      const s2 = { id: 's_2', centroid: [['fire', 1]] as [string, number][], members: [c.article.id] };
      await store.writeStories({ docs: 3, df: [['strike', 2], ['fire', 1]], stories: [s1, s2], removed: [] });
      expect(await store.unclusteredArticleIds(10)).toEqual([]);
      const loaded = await store.loadStoryIndex();
      expect(loaded.docs).toBe(3);
      expect(new Map(loaded.df)).toEqual(new Map([['strike', 2], ['fire', 1]]));
      expect(loaded.stories.find((x) => x.id === 's_1')).toEqual(s1);
      expect(await store.storyOf(b.article.id)).toBe('s_1');
      expect(await store.storyArticleIds('s_1')).toEqual([a.article.id, b.article.id]);
      expect(await store.countStories()).toBe(2);
      const list = await store.listStories({ limit: 10, offset: 0 });
      expect(list[0]).toMatchObject({ id: 's_2', articles: 1 });
      expect(list[1]).toMatchObject({ id: 's_1', articles: 2, outlets: 2, independentSources: 2, latest: '2031-03-15' });
      // s_2 merged into s_1.
      await store.writeStories({ docs: 3, df: [], stories: [{ ...s1, members: [a.article.id, b.article.id, c.article.id] }], removed: ['s_2'] });
      expect(await store.countStories()).toBe(1);
      expect(await store.storyOf(c.article.id)).toBe('s_1');
    });

    it('keeps a story report until the story or one of its articles changes', async () => {
      const a = writeFor('a', STRIKE);
      await store.write({ articles: [a], relinks: [] });
      const s1 = { id: 's_1', centroid: [['strike', 1]] as [string, number][], members: [a.article.id] };
      await store.writeStories({ docs: 1, df: [], stories: [s1], removed: [] });
      await store.cacheReport('s_1', '{"stories":[]}');
      expect(await store.cachedReport('s_1')).toBe('{"stories":[]}');
      await store.writeStories({ docs: 1, df: [], stories: [s1], removed: [] });
      expect(await store.cachedReport('s_1')).toBeUndefined();
      await store.cacheReport('s_1', '{"stories":[]}');
      await store.write({ articles: [writeFor('a', STRIKE + ' Updated.')], relinks: [] });
      expect(await store.cachedReport('s_1')).toBeUndefined();
    });
    it("keeps each story's list summary current as articles join, change and are re-pointed", async () => {
      const a = writeFor('a', STRIKE, { outlet: 'Gazette', title: 'Port strike', published: '2031-03-14' });
      const b = writeFor('b', STRIKE + ' More.', { outlet: 'Wire', title: 'Wire copy', published: '2031-03-15' });
      await store.write({ articles: [a, b], relinks: [] });
      await store.writeStories({ docs: 2, df: [], stories: [{ id: 's_1', centroid: [['strike', 1]], members: [a.article.id, b.article.id] }], removed: [] });
      expect(await store.listStories({ limit: 5, offset: 0 })).toEqual([{ id: 's_1', title: 'Port strike', articles: 2, outlets: 2, independentSources: 2, latest: '2031-03-15' }]);
      // b becomes a copy of a: one independent source; a later date on a moves `latest`.
      await store.write({ articles: [writeFor('a', STRIKE, { outlet: 'Gazette', title: 'Port strike', published: '2031-03-20' })], relinks: [{ id: b.article.id, link: { id: a.article.id, similarity: 0.95, kind: 'near' } }] });
      expect(await store.listStories({ limit: 5, offset: 0 })).toEqual([{ id: 's_1', title: 'Port strike', articles: 2, outlets: 2, independentSources: 1, latest: '2031-03-20' }]);
      expect(await store.listStories({ limit: 5, offset: 0, outlet: 'Wire' })).toHaveLength(1);
      expect(await store.listStories({ limit: 5, offset: 0, q: 'dockworkers' })).toHaveLength(1);
      expect(await store.listStories({ limit: 5, offset: 0, q: 'wildfire' })).toHaveLength(0);
      expect(await store.countStories({ from: '2031-03-21' })).toBe(0);
    });

    it('titles a story by its first original headline, else by its lead cut at a word; copies of unknown outlet are one outlet', async () => {
      const lead = 'Dockworkers at the port walked out on Friday after wage talks with the port authority collapsed without a deal after eleven hours of talks that went nowhere at all';
      const a = writeFor('a.txt', lead);
      const b = writeFor('b.txt', lead + ' Copy.');
      await store.write({ articles: [a, b], relinks: [{ id: b.article.id, link: { id: a.article.id, similarity: 1, kind: 'exact' } }] });
      await store.writeStories({ docs: 2, df: [], stories: [{ id: 's_1', centroid: [['strike', 1]], members: [a.article.id, b.article.id] }], removed: [] });
      const [untitled] = await store.listStories({ limit: 5, offset: 0 });
      expect(untitled).toMatchObject({ outlets: 1, independentSources: 1 });
      expect(untitled!.title).toBe('Dockworkers at the port walked out on Friday after wage talks with the port authority collapsed without a deal after…');
      // A headline arrives with a later article: it becomes the title, and the outlet filter ignores case.
      const c = writeFor('c', FIRE, { outlet: 'Harbour Gazette', title: 'Port walkout' });
      await store.write({ articles: [c], relinks: [] });
      await store.writeStories({ docs: 3, df: [], stories: [{ id: 's_1', centroid: [['strike', 1]], members: [a.article.id, b.article.id, c.article.id] }], removed: [] });
      expect(await store.listStories({ limit: 5, offset: 0 })).toMatchObject([{ title: 'Port walkout', outlets: 2 }]);
      expect(await store.listStories({ limit: 5, offset: 0, outlet: 'harbour gaz' })).toHaveLength(1);
    });

    it('keeps outlet profiles by name (the last given wins) and drops cached reports when they change', async () => {
      const a = writeFor('a', STRIKE);
      await store.write({ articles: [a], relinks: [] });
      await store.writeStories({ docs: 1, df: [], stories: [{ id: 's_1', centroid: [['strike', 1]], members: [a.article.id] }], removed: [] });
      await store.cacheReport('s_1', '{"stories":[]}');
      await store.saveOutletProfiles([
        { name: 'Valley Times', domains: ['valleytimes.example'], lean: 'left' },
        { name: 'Harbour Gazette', domains: [], country: 'Norvania' },
        { name: 'valley times', domains: ['valleytimes.example'], lean: 'centre', owner: 'Valley Media' },
      ]);
      expect(await store.cachedReport('s_1')).toBeUndefined();
      expect(await store.outletProfiles()).toEqual([
        { name: 'Harbour Gazette', domains: [], country: 'Norvania' },
        { name: 'valley times', domains: ['valleytimes.example'], lean: 'centre', owner: 'Valley Media' },
      ]);
    });

    it('loads only the stories a window reaches, the undated ones, and those of listed articles', async () => {
      const ws = ['a', 'b', 'c', 'd'].map((x) => writeFor(x, `${STRIKE} ${x}`));
      await store.write({ articles: ws, relinks: [] });
      const [a, b, c, d] = ws.map((w) => w.article.id) as [string, string, string, string];
      await store.writeStories({
        docs: 4,
        df: [['strike', 4]],
        stories: [
          { id: 's_old', centroid: [], members: [a], first: 100, last: 110 },
          { id: 's_new', centroid: [], members: [b], first: 500, last: 505 },
          { id: 's_undated', centroid: [], members: [c] },
          { id: 's_far', centroid: [], members: [d], first: 900, last: 900 },
        ],
        removed: [],
      });
      expect(await store.unclusteredArticleIds(10)).toEqual([]);
      const ids = async (w?: Parameters<Store['loadStoryIndex']>[0]) => (await store.loadStoryIndex(w)).stories.map((s) => s.id).sort();
      expect(await ids()).toEqual(['s_far', 's_new', 's_old', 's_undated']);
      expect(await ids({ fromDay: 490, toDay: 520, articles: [] })).toEqual(['s_new', 's_undated']);
      expect(await ids({ fromDay: 490, toDay: 520, articles: [a] })).toEqual(['s_new', 's_old', 's_undated']);
      const win = await store.loadStoryIndex({ fromDay: 505, toDay: 505, articles: [] });
      expect(win.stories.find((s) => s.id === 's_new')).toEqual({ id: 's_new', centroid: [], members: [b], first: 500, last: 505 });
      expect(win.df).toEqual([['strike', 4]]);
    });

    it('keeps a rendered page only with the report it was made from', async () => {
      const a = writeFor('a', STRIKE);
      await store.write({ articles: [a], relinks: [] });
      await store.writeStories({ docs: 1, df: [], stories: [{ id: 's_1', centroid: [], members: [a.article.id] }], removed: [] });
      await store.cachePage('s_1', '<p>orphan</p>');
      expect(await store.cachedPage('s_1')).toBeUndefined();
      await store.cacheReport('s_1', '{}');
      await store.cachePage('s_1', '<p>page</p>');
      expect(await store.cachedPage('s_1')).toBe('<p>page</p>');
      await store.cacheReport('s_1', '{"new":1}');
      expect(await store.cachedPage('s_1')).toBeUndefined();
    });

    it('versions the clustering state and refuses a write computed from an older version', async () => {
      const a = writeFor('a', STRIKE);
      await store.write({ articles: [a], relinks: [] });
      expect(await store.storyIndexVersion()).toBe(0);
      const s1 = { id: 's_1', centroid: [['strike', 1]] as [string, number][], members: [a.article.id] };
      await store.writeStories({ baseVersion: 0, docs: 1, df: [], stories: [s1], removed: [] });
      expect(await store.storyIndexVersion()).toBe(1);
      const stale = store.writeStories({ baseVersion: 0, docs: 1, df: [], stories: [{ ...s1, id: 's_2' }], removed: [] });
      await expect(stale).rejects.toBeInstanceOf(TriangulateError);
      await expect(store.writeStories({ baseVersion: 0, docs: 1, df: [], stories: [], removed: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await store.countStories()).toBe(1);
      expect((await store.loadStoryIndex()).version).toBe(1);
    });

    it('holds a named lock for one holder at a time', async () => {
      const order: string[] = [];
      const hold = (tag: string) =>
        store.withLock('contract', async () => {
          order.push(`${tag}+`);
          await new Promise((r) => setTimeout(r, 30));
          order.push(`${tag}-`);
        });
      await Promise.all([hold('a'), hold('b'), hold('c')]);
      for (let i = 0; i < order.length; i += 2) expect(order[i]!.slice(0, 1)).toBe(order[i + 1]!.slice(0, 1));
      await expect(store.withLock('contract', async () => 'value')).resolves.toBe('value');
      await expect(store.withLock('contract', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(store.withLock('contract', async () => 'free again')).resolves.toBe('free again');
    });

    it('hands each queued job to one claimer, takes back jobs of a holder that died, and gives up on a poison input', async () => {
      await store.enqueueJobs('run-1', Array.from({ length: 30 }, (_, i) => ({ input: `/in/${i}.txt`, cwd: '/in', ...(i === 0 ? { fetchItems: true } : {}) })));
      const claims = await Promise.all(Array.from({ length: 6 }, (_, w) => store.claimJobs(`w${w}`, 7, 400)));
      const ids = claims.flat().map((j) => j.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      expect(claims.flat().find((j) => j.input === '/in/0.txt')).toMatchObject({ run: 'run-1', cwd: '/in', fetchItems: true, attempts: 1 });
      expect(await store.jobCounts('run-1')).toEqual({ queued: 0, running: 30, done: 0, failed: 0 });
      await store.finishJobs([{ id: ids[0]! }, { id: ids[1]!, error: 'HTTP 500' }]);
      await store.releaseJobs([ids[2]!]);
      expect(await store.jobCounts('run-1')).toEqual({ queued: 1, running: 27, done: 1, failed: 1 });
      expect(await store.failedJobs('run-1')).toEqual([{ input: claims.flat().find((j) => j.id === ids[1])!.input, error: 'HTTP 500' }]);
      // Nothing else is free while leases run; once they run out, the jobs are offered again.
      expect((await store.claimJobs('w9', 100, 60_000)).map((j) => j.id)).toEqual([ids[2]]);
      await new Promise((r) => setTimeout(r, 450));
      const retaken = await store.claimJobs('w9', 100, 1);
      expect(retaken).toHaveLength(27);
      expect(retaken.every((j) => j.attempts >= 2)).toBe(true);
      for (let k = 2; k < MAX_JOB_ATTEMPTS; k++) {
        await new Promise((r) => setTimeout(r, 10));
        await store.claimJobs('w9', 100, 1);
      }
      await new Promise((r) => setTimeout(r, 10));
      expect(await store.claimJobs('w9', 100, 60_000)).toEqual([]);
      expect(await store.jobCounts()).toEqual({ queued: 0, running: 1, done: 1, failed: 28 });
      expect((await store.failedJobs('run-1'))[1]!.error).toMatch(/stopped before finishing/);
    });

    it('renews the claims a live worker still holds (its heartbeat), and only its own', async () => {
      await store.enqueueJobs('run-h', [{ input: '/in/h1.txt', cwd: '/in' }, { input: '/in/h2.txt', cwd: '/in' }]);
      const [mine, theirs] = [await store.claimJobs('alive', 1, 300), await store.claimJobs('dead', 1, 300)];
      for (let beat = 0; beat < 3; beat++) {
        await new Promise((r) => setTimeout(r, 150));
        await store.renewJobs('alive', [mine[0]!.id, theirs[0]!.id], 300);
      }
      // 450 ms on: the dead worker's claim ran out, the live one's did not.
      expect((await store.claimJobs('other', 10, 60_000)).map((j) => j.input)).toEqual(['/in/h2.txt']);
    });

    it('registers feeds, leases due ones to one watcher, and records their health', async () => {
      await store.addFeeds(['https://a.example/feed', 'https://b.example/feed'], 600);
      await store.addFeeds(['https://a.example/feed'], 300);
      const first = await store.claimDueFeeds(10, 60_000);
      expect(first.map((f) => f.url).sort()).toEqual(['https://a.example/feed', 'https://b.example/feed']);
      expect(await store.claimDueFeeds(10, 60_000)).toEqual([]);
      const at = new Date().toISOString();
      const past = new Date(Date.now() - 1000).toISOString();
      await store.recordFeedPoll('https://a.example/feed', { ok: true, at, nextPollAt: past, etag: '"v1"', lastModified: 'Tue, 01 Apr 2031 10:00:00 GMT', newItems: 3 });
      await store.recordFeedPoll('https://b.example/feed', { ok: false, at, nextPollAt: '2999-01-01T00:00:00.000Z', error: 'HTTP 500' });
      await store.recordFeedPoll('https://b.example/feed', { ok: false, at, nextPollAt: '2999-01-01T00:00:00.000Z', error: 'timed out' });
      const feeds = await store.listFeeds();
      expect(feeds[0]).toMatchObject({ url: 'https://a.example/feed', intervalSeconds: 300, etag: '"v1"', failures: 0, itemsSeen: 3, lastSuccessAt: at });
      expect(feeds[1]).toMatchObject({ url: 'https://b.example/feed', failures: 2, lastError: 'timed out', lastErrorAt: at, itemsSeen: 0 });
      expect(feeds[1]!.lastSuccessAt).toBeUndefined();
      expect((await store.claimDueFeeds(10, 60_000)).map((f) => f.url)).toEqual(['https://a.example/feed']);
    });
  });
}
