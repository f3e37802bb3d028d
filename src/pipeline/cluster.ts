// Assigns every stored article that has no story yet, in ingest order, and stores the clustering state in batches.
// Safe with several processes on one archive: one clusters at a time (a store lock), and a write computed from an
// index another process has changed since is refused and redone from the new state.
import { articleTerms, assignStory, mergeLoneStories, restoreStoryIndex, snapshotStory, storyReachDays, type StoryIndex } from '../cluster/index.js';
import type { Article } from '../model/article.js';
import { dayNumber, today as todayNumber } from '../model/days.js';
import type { StoryWindow } from '../model/story.js';
import { TriangulateError } from '../errors.js';
import { withAnalysis } from '../language/index.js';
import type { Store } from '../store/store.js';

/** Articles assigned per transaction. */
export const CLUSTER_BATCH = 200;
/** The store lock that serialises clustering across processes. */
export const CLUSTER_LOCK = 'cluster';

export interface ClusterResult {
  assigned: number;
  created: number;
  merged: number;
  /** Story of every article this run assigned. */
  storyOf: Map<string, string>;
}

interface LoadedIndex {
  index: StoryIndex;
  version: number;
  /** The stories loaded: a window, or all of them (undefined). */
  window?: StoryWindow;
}

/** Each process keeps the index it last wrote, and reloads it only when another process has written since. */
const loaded = new WeakMap<Store, LoadedIndex>();

const covers = (have: StoryWindow | undefined, need: StoryWindow | undefined, index: StoryIndex) =>
  !have || (need !== undefined && have.fromDay <= need.fromDay && have.toDay >= need.toDay && need.articles.every((a) => index.storyOf.has(a)));

/**
 * The stories a batch can touch: those within reach of the batch's dates (further ones cannot be joined: see
 * storyReachDays), undated stories, and the stories of the originals its copies follow. An undated article is scored
 * without a time factor, so in principle it could join any story; loading every story for it costs seconds and
 * gigabytes in a large archive, so it is matched against the stories within reach of its batch's dated articles, or
 * of today when none is dated (a documented approximation).
 */
function windowFor(articles: Article[], today = todayNumber()): StoryWindow {
  const reach = storyReachDays();
  const days = articles.map((a) => dayNumber(a.published)).filter((d): d is number => d !== undefined);
  if (days.length === 0) days.push(today);
  return {
    fromDay: Math.min(...days) - reach,
    toDay: Math.max(...days) + reach,
    articles: articles.flatMap((a) => (a.duplicateOf ? [a.duplicateOf.id] : [])),
  };
}

async function currentIndex(store: Store, need: StoryWindow | undefined): Promise<LoadedIndex> {
  const kept = loaded.get(store);
  if (kept && covers(kept.window, need, kept.index) && kept.version === (await store.storyIndexVersion())) return kept;
  const snapshot = await store.loadStoryIndex(need);
  const fresh: LoadedIndex = { index: restoreStoryIndex(snapshot), version: snapshot.version, ...(need ? { window: need } : {}) };
  loaded.set(store, fresh);
  return fresh;
}

/**
 * Clusters the archive's unassigned articles incrementally: each article joins or opens a story, and every batch of
 * changes is committed whole. A killed run loses at most the open batch, which the next run assigns again.
 */
export async function clusterPending(store: Store, onProgress?: (done: number) => void): Promise<ClusterResult> {
  return store.withLock(CLUSTER_LOCK, () => clusterLocked(store, onProgress));
}

async function clusterLocked(store: Store, onProgress?: (done: number) => void): Promise<ClusterResult> {
  const result: ClusterResult = { assigned: 0, created: 0, merged: 0, storyOf: new Map() };
  for (let conflicts = 0; ; ) {
    const ids = await store.unclusteredArticleIds(CLUSTER_BATCH);
    if (ids.length === 0) break;
    const articles: Article[] = [];
    for (const id of ids) {
      const stored = await store.getArticle(id);
      if (stored) articles.push(withAnalysis(stored));
    }
    const state = await currentIndex(store, windowFor(articles));
    const { index } = state;
    const batch = { assigned: 0, created: 0, merged: 0, storyOf: new Map<string, string>() };
    const changed = new Set<string>();
    const removed = new Set<string>();
    const terms = new Set<string>();
    try {
      for (const article of articles) {
        const id = article.id;
        const counts = articleTerms(article);
        for (const t of counts.keys()) terms.add(t);
        const a = assignStory(index, {
          id,
          terms: counts,
          ...(article.published ? { published: article.published } : {}),
          ...(article.duplicateOf ? { duplicateOf: article.duplicateOf.id } : {}),
        });
        changed.add(a.storyId);
        for (const m of a.merged) {
          removed.add(m);
          changed.delete(m);
        }
        batch.assigned++;
        if (a.created) batch.created++;
        batch.merged += a.merged.length;
      }
      // A story of one article may now be close to a story this batch formed or grew.
      for (const m of mergeLoneStories(index, changed)) {
        removed.add(m.from);
        changed.delete(m.from);
        changed.add(m.into);
        batch.merged++;
      }
      const stories = [...changed].filter((id) => !removed.has(id)).map((id) => snapshotStory(index.stories.get(id)!));
      await store.writeStories({
        baseVersion: state.version,
        docs: index.docs,
        df: [...terms].map((t) => [t, index.df.get(t) ?? 0]),
        stories,
        removed: [...removed],
      });
      state.version++;
    } catch (err) {
      // The in-memory index already holds this batch's assignments: it is no longer the stored state.
      loaded.delete(store);
      if (err instanceof TriangulateError && err.code === 'CONFLICT' && ++conflicts <= 5) continue;
      throw err;
    }
    for (const id of ids) {
      const story = index.storyOf.get(id);
      if (story) batch.storyOf.set(id, story);
    }
    // A merge re-points earlier articles of this run too.
    for (const [article, story] of result.storyOf) result.storyOf.set(article, index.storyOf.get(article) ?? story);
    for (const [article, story] of batch.storyOf) result.storyOf.set(article, story);
    result.assigned += batch.assigned;
    result.created += batch.created;
    result.merged += batch.merged;
    onProgress?.(result.assigned);
    // Articles that vanished between the query and the read would be offered again forever.
    if (batch.assigned === 0) break;
  }
  return result;
}
