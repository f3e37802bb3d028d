// The Store interface: what the pipeline and services need from a backend (SQLite now, PostgreSQL later).
import type { DuplicateCandidate, DuplicateEvidence } from '../dedupe/index.js';
import type { Article, DuplicateLink } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import type { StoryIndexSnapshot, StorySummary, StoryUpdate } from '../model/story.js';

/** One article to write, with what duplicate search needs and the raw input it came from. */
export interface ArticleWrite {
  article: Article;
  raw: RawDocument;
  evidence: DuplicateEvidence;
}

/** A batch, written in one transaction: new or updated articles, and stored copies re-pointed at new originals. */
export interface WriteBatch {
  articles: ArticleWrite[];
  relinks: { id: string; link: DuplicateLink }[];
}

export interface ArticleSummary {
  id: string;
  source: string;
  outlet?: string;
  title?: string;
  published?: string;
  chars: number;
  duplicateOf?: DuplicateLink;
}

export interface SearchHit extends ArticleSummary {
  /** The matching passage, with matches between « and ». */
  snippet: string;
}

export interface ListOptions {
  limit: number;
  offset: number;
}

/** Story list filters: words in any member article (full-text), an outlet, and a range of publication dates. */
export interface StoryListOptions extends ListOptions {
  q?: string;
  outlet?: string;
  /** ISO dates: stories with an article published on or after `from` / on or before `to`. */
  from?: string;
  to?: string;
}

/** What is stored for a source: lets re-ingesting tell "unchanged" from "updated". */
export interface SourceState {
  id: string;
  contentHash: string;
}

/**
 * A Triangulate archive. Methods are async so that network backends fit the same contract; every
 * write is one transaction (all of a batch or none of it).
 */
export interface Store {
  readonly backend: string;
  sourceState(source: string): Promise<SourceState | undefined>;
  duplicateCandidates(contentHash: string, bandKeys: number[]): Promise<DuplicateCandidate[]>;
  write(batch: WriteBatch): Promise<void>;
  getArticle(id: string): Promise<Article | undefined>;
  listArticles(options: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  search(query: string, options: ListOptions): Promise<SearchHit[]>;
  /** Every article, whole, in ingest order. */
  allArticles(): AsyncIterable<Article>;
  /** The clustering state of the archive (empty for a new one). */
  loadStoryIndex(): Promise<StoryIndexSnapshot>;
  /** Applies one batch of clustering changes in one transaction. */
  writeStories(update: StoryUpdate): Promise<void>;
  /** Ids of articles not yet in a story, oldest first. */
  unclusteredArticleIds(limit: number): Promise<string[]>;
  /** Stories, latest first, filtered. */
  listStories(options: StoryListOptions): Promise<StorySummary[]>;
  countStories(options?: Omit<StoryListOptions, 'limit' | 'offset'>): Promise<number>;
  storyArticleIds(storyId: string): Promise<string[]>;
  storyOf(articleId: string): Promise<string | undefined>;
  /** A story's report as built last, or undefined when the story or one of its articles changed since. */
  cachedReport(storyId: string): Promise<string | undefined>;
  cacheReport(storyId: string, reportJson: string): Promise<void>;
  close(): Promise<void>;
}
