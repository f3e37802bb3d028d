// Assigns every stored article that has no story yet, in ingest order, and stores the clustering state in batches.
import { articleTerms, assignStory, restoreStoryIndex, snapshotStory } from '../cluster/index.js';
import { annotateArticle } from '../language/index.js';
import type { Store } from '../store/store.js';

/** Articles assigned per transaction. */
export const CLUSTER_BATCH = 200;

export interface ClusterResult {
  assigned: number;
  created: number;
  merged: number;
  /** Story of every article in the archive after this run. */
  storyOf: Map<string, string>;
}

/**
 * Clusters the archive's unassigned articles incrementally: the stored index is loaded once, each article joins or opens
 * a story, and every batch of changes is committed whole. A killed run loses at most the open batch, which the next run
 * assigns again.
 */
export async function clusterPending(store: Store, onProgress?: (done: number) => void): Promise<ClusterResult> {
  const index = restoreStoryIndex(await store.loadStoryIndex());
  const result: ClusterResult = { assigned: 0, created: 0, merged: 0, storyOf: new Map() };
  for (;;) {
    const ids = await store.unclusteredArticleIds(CLUSTER_BATCH);
    if (ids.length === 0) break;
    const before = result.assigned;
    const changed = new Set<string>();
    const removed = new Set<string>();
    const terms = new Set<string>();
    for (const id of ids) {
      const stored = await store.getArticle(id);
      if (!stored) continue;
      const article = stored.entities ? stored : { ...stored, ...annotateArticle(stored) };
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
      result.assigned++;
      if (a.created) result.created++;
      result.merged += a.merged.length;
    }
    const stories = [...changed].filter((id) => !removed.has(id)).map((id) => snapshotStory(index.stories.get(id)!));
    await store.writeStories({ docs: index.docs, df: [...terms].map((t) => [t, index.df.get(t) ?? 0]), stories, removed: [...removed] });
    onProgress?.(result.assigned);
    // Articles that vanished between the query and the read would be offered again forever.
    if (result.assigned === before) break;
  }
  for (const [article, story] of index.storyOf) result.storyOf.set(article, story);
  return result;
}
