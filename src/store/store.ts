// The Store interface: what the pipeline and services need from a backend (SQLite and PostgreSQL implement it).
import type { DuplicateCandidate, DuplicateEvidence } from '../model/duplicate.js';
import type { Article, DuplicateLink } from '../model/article.js';
import type { OutletProfile } from '../model/outlet.js';
import type { RawDocument } from '../model/raw-document.js';
import type { StoryIndexSnapshot, StorySummary, StoryUpdate, StoryWindow } from '../model/story.js';

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

/** Story list filters: words in any member article (full-text), an outlet (any part of its name, any case), and a range of publication dates. */
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

/** Articles: written in batches with their duplicate evidence, read one by one, in pages or all. */
export interface ArticleStore {
  sourceState(source: string): Promise<SourceState | undefined>;
  duplicateCandidates(contentHash: string, bandKeys: number[]): Promise<DuplicateCandidate[]>;
  write(batch: WriteBatch): Promise<void>;
  getArticle(id: string): Promise<Article | undefined>;
  listArticles(options: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Every article, whole, in ingest order. */
  allArticles(): AsyncIterable<Article>;
}

/** Full-text search of articles. */
export interface SearchStore {
  search(query: string, options: ListOptions): Promise<SearchHit[]>;
}

/** Stories: the clustering state, memberships and list summaries. */
export interface StoryStore {
  /** The clustering state of the archive (empty for a new one): all of it, or only the stories in a window. */
  loadStoryIndex(window?: StoryWindow): Promise<StoryIndexSnapshot>;
  /** Applies one batch of clustering changes in one transaction. */
  writeStories(update: StoryUpdate): Promise<void>;
  /** Ids of articles not yet in a story, oldest first. */
  unclusteredArticleIds(limit: number): Promise<string[]>;
  /** Stories, latest first, filtered. */
  listStories(options: StoryListOptions): Promise<StorySummary[]>;
  countStories(options?: Omit<StoryListOptions, 'limit' | 'offset'>): Promise<number>;
  storyArticleIds(storyId: string): Promise<string[]>;
  storyOf(articleId: string): Promise<string | undefined>;
  /** The clustering state's version (cheap: lets a process tell whether its in-memory index is current). */
  storyIndexVersion(): Promise<number>;
}

/** Built reports and pages of stories, dropped whenever the story or one of its articles changes. */
export interface ReportCache {
  /** A story's report as built last, or undefined when the story or one of its articles changed since. */
  cachedReport(storyId: string): Promise<string | undefined>;
  cacheReport(storyId: string, reportJson: string): Promise<void>;
  /** The story's rendered web page, cached beside its report and dropped with it. */
  cachedPage(storyId: string): Promise<string | undefined>;
  /** Keeps a rendered page for the story's current cached report (nothing when no report is cached). */
  cachePage(storyId: string, html: string): Promise<void>;
}

/** Named locks shared by every process on the archive. */
export interface LockStore {
  /**
   * Runs `fn` while holding a named lock shared by every process on the archive (released when `fn` settles, or when
   * the holder dies).
   */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The ingest work queue: jobs claimed by workers under renewable leases. */
export interface WorkQueue {
  /** Adds inputs to the work queue of one run. */
  enqueueJobs(run: string, jobs: JobInput[]): Promise<void>;
  /**
   * Takes up to `limit` jobs for a worker, oldest first: queued ones, and running ones whose holder's lease ran out (it
   * died). Concurrent claims never get the same job. A job claimed MAX_JOB_ATTEMPTS times without finishing fails.
   */
  claimJobs(worker: string, limit: number, leaseMs: number): Promise<Job[]>;
  /** Extends the lease of jobs this worker still holds (its heartbeat while it works on them). */
  renewJobs(worker: string, ids: number[], leaseMs: number): Promise<void>;
  /** Marks jobs done, or failed with the error when one is given. */
  finishJobs(results: { id: number; error?: string }[]): Promise<void>;
  /** Puts claimed jobs back in the queue (a worker stopping before it did them). */
  releaseJobs(ids: number[]): Promise<void>;
  jobCounts(run?: string): Promise<JobCounts>;
  /** Failed jobs of a run, with why. */
  failedJobs(run: string): Promise<{ input: string; error: string }[]>;
}

/** Watched feeds and their health. */
export interface FeedStore {
  /** Registers feeds to watch (a feed already registered keeps its state; its interval is updated). */
  addFeeds(urls: string[], intervalSeconds: number): Promise<void>;
  /** Feeds due for a poll; each is leased to the caller (its next poll moved `leaseMs` ahead) so no two watchers poll it. */
  claimDueFeeds(limit: number, leaseMs: number): Promise<FeedState[]>;
  /** Stores a poll's outcome and when to poll next. */
  recordFeedPoll(url: string, poll: FeedPoll): Promise<void>;
  listFeeds(): Promise<FeedState[]>;
}

/** The user's outlet profiles. */
export interface OutletStore {
  /** Adds profiles, replacing those of the same name; drops every cached report and page (they show profiles). */
  saveOutletProfiles(profiles: OutletProfile[]): Promise<void>;
  /** Every profile, by name. */
  outletProfiles(): Promise<OutletProfile[]>;
}

/**
 * A Triangulate archive: every part above, on one backend. Methods are async so that network backends fit the same
 * contract; every write is one transaction (all of a batch or none of it).
 */
export interface Store extends ArticleStore, SearchStore, StoryStore, ReportCache, LockStore, WorkQueue, FeedStore, OutletStore {
  readonly backend: string;
  /**
   * Where another thread or process can open this archive (a SQLite file's path, a PostgreSQL URL); absent for an
   * in-memory archive.
   */
  readonly location?: string;
  close(): Promise<void>;
}

/** A job is claimed at most this many times; an input that keeps killing workers then fails instead of looping. */
export const MAX_JOB_ATTEMPTS = 3;

/** One input to ingest: a file path (absolute) or URL, and the working directory its source is named relative to. */
export interface JobInput {
  input: string;
  cwd: string;
  fetchItems?: boolean;
  /** The outlet every article of the input is stored under (`--outlet`). */
  outlet?: string;
  /** The outlet a map of the user's gives the input, for its articles that do not name their own. */
  mappedOutlet?: string;
  allowPrivateUrls?: boolean;
}

export interface Job extends JobInput {
  id: number;
  run: string;
  attempts: number;
}

export interface JobCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

/** A watched feed's state and health. Times are ISO 8601 (UTC). */
export interface FeedState {
  url: string;
  intervalSeconds: number;
  nextPollAt: string;
  etag?: string;
  lastModified?: string;
  /** Consecutive failed polls (the backoff grows with it). */
  failures: number;
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  /** Items stored from this feed so far. */
  itemsSeen: number;
}

/** What one poll of a feed found. */
export type FeedPoll =
  | { ok: true; at: string; nextPollAt: string; etag?: string; lastModified?: string; newItems: number }
  | { ok: false; at: string; nextPollAt: string; error: string };
