// Stories as stored: clustering state (serialisable) and list summaries.
import { Type, type Static } from '@sinclair/typebox';

/** One story's clustering state: the sum of its members' term vectors (truncated) and its date range. */
export interface StorySnapshot {
  id: string;
  /** [term, weight] pairs. */
  centroid: [string, number][];
  members: string[];
  /** Day numbers (days since 1970-01-01) of the earliest and latest dated member. */
  first?: number;
  last?: number;
}

/** A change to the clustering state, written in one transaction. */
export interface StoryUpdate {
  /**
   * The index version the update was computed from. When given, the write is refused (CONFLICT) if another process
   * changed the stories since, so two workers can never open two stories for one event from the same state.
   */
  baseVersion?: number;
  /** Documents seen so far (for IDF). */
  docs: number;
  /** New document frequencies of the terms that changed. */
  df: [string, number][];
  /** Stories created or changed, whole. */
  stories: StorySnapshot[];
  /** Stories merged away into others. */
  removed: string[];
}

/** The whole clustering state of an archive. */
export interface StoryIndexSnapshot {
  docs: number;
  /** Increases with every writeStories. */
  version: number;
  df: [string, number][];
  stories: StorySnapshot[];
}

/** A story in a list. */
export const StorySummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  articles: Type.Integer(),
  outlets: Type.Integer(),
  independentSources: Type.Integer(),
  latest: Type.Optional(Type.String({ description: 'Latest `published` among its articles, when known.' })),
});
export type StorySummary = Static<typeof StorySummarySchema>;

/**
 * The part of the clustering state a batch of articles can touch: stories whose date range comes within reach of
 * [fromDay, toDay] (day numbers), undated stories, and the stories of the listed articles (originals that copies
 * follow).
 */
export interface StoryWindow {
  fromDay: number;
  toDay: number;
  articles: string[];
}
