// Inputs → stored articles: read, extract and clean, find duplicates, write in transactions; reports progress and rejections.
import { duplicateEvidence, findDuplicates, type DuplicateCandidate } from '../dedupe/index.js';
import { DEFAULT_READ_OPTIONS, InputReader, listInputs, type InputRef, type ReadOptions } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import { reject } from '../errors.js';
import { isRejection, type Rejection } from '../model/rejection.js';
import type { ArticleWrite, Store, WriteBatch } from '../store/store.js';
import { createExtractPool, type ExtractPool, type ExtractPoolOptions } from './extract-pool.js';

/**
 * Articles per transaction. A kill loses at most one uncommitted batch; 200 keeps commits (each an
 * fsync in WAL mode) well under 1% of ingest time in the bench.
 */
export const BATCH_SIZE = 200;
/** Inputs read and extracted at once (each URL host also limited to two at a time). */
export const FETCH_CONCURRENCY = 8;
/**
 * The store lock under which every writer (single-process ingest, workers, the feed watcher, the HTTP API) searches for
 * duplicates and writes, so that processes ingesting at once see each other's articles: a copy and its original never
 * both count as originals, and a source is never added twice.
 */
export const WRITE_LOCK = 'write';

export type ArticleStatus = 'added' | 'updated' | 'unchanged';

export interface IngestProgress {
  inputsDone: number;
  inputsTotal: number;
  articles: number;
  rejected: number;
  elapsedMs: number;
}

export interface IngestOptions {
  read: ReadOptions;
  /** Extraction workers and the per-document time budget. */
  extract?: Partial<ExtractPoolOptions>;
  /** An extraction pool to use (and leave open) instead of starting one for this call: long-running workers keep one. */
  pool?: ExtractPool;
  /**
   * What to do with a document whose source is already stored with a different text: `update` replaces it (a file
   * edited, a page changed at its own URL); `refuse` rejects it with SOURCE_TAKEN (a source named by a client must not
   * overwrite another article).
   */
  onChangedSource?: 'update' | 'refuse';
  /** Told, for each input in order, how many articles it gave and what was rejected (workers finish jobs with it). */
  onInput?: (index: number, outcome: { articles: number; rejected: Rejection[] }) => void;
  onProgress?: (p: IngestProgress) => void;
  /** Called for each rejection as it happens (the CLI prints one line per bad input). */
  onRejection?: (r: Rejection) => void;
}

export interface IngestResult {
  /** `storyId` is set once the articles are clustered (the service does it right after ingest). */
  articles: { id: string; source: string; status: ArticleStatus; duplicateOf?: Article['duplicateOf']; storyId?: string }[];
  rejected: Rejection[];
  counts: Record<ArticleStatus, number> & { duplicates: number; rejected: number };
}

/** A document ready for the store: the raw input (absent when reading failed) and what extraction made of it. */
interface Prepared {
  raw?: RawDocument;
  result: Article | Rejection;
}

/** One input's reading: resolves to its documents and rejections (a file, a URL, a feed item's page). */
export type ReadTask = () => Promise<(RawDocument | Rejection)[]>;

/**
 * Reads and extracts up to `limit` inputs at a time (extraction in worker threads) but yields them
 * in input order, so results (which copy counts as the original) never depend on timing.
 */
async function* prepareConcurrently(pool: ExtractPool, tasks: ReadTask[], limit: number) {
  const prepare = async (task: ReadTask): Promise<Prepared[]> => {
    const docs = await task();
    return Promise.all(docs.map(async (d) => (isRejection(d) ? { result: d } : { raw: d, result: await pool.extract(d) })));
  };
  const queue: Promise<Prepared[]>[] = [];
  let next = 0;
  while (next < tasks.length && queue.length < limit) queue.push(prepare(tasks[next++]!));
  while (queue.length > 0) {
    const prepared = await queue.shift()!;
    if (next < tasks.length) queue.push(prepare(tasks[next++]!));
    yield prepared;
  }
}

/**
 * Ingests files, folders and URLs into the store. Bad inputs become rejections and the batch goes
 * on; articles are committed every BATCH_SIZE so a crash never loses what was already stored.
 * Re-ingesting an unchanged source adds nothing.
 *
 * @example const result = await ingest(['articles/'], store, { read: DEFAULT_READ_OPTIONS });
 */
export async function ingest(inputs: string[], store: Store, options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const readOptions = options.read ?? DEFAULT_READ_OPTIONS;
  const listed = await listInputs(inputs, readOptions.cwd);
  const reader = new InputReader(readOptions);
  const tasks = listed.filter((x): x is InputRef => !isRejection(x)).map((ref): ReadTask => () => reader.read(ref));
  return ingestTasks(tasks, store, options, listed.filter(isRejection));
}

/**
 * The core of ingest, for inputs already turned into read tasks (the feed watcher's new items): extract, find
 * duplicates, write in transactions. `rejected` are problems found before reading, reported first.
 */
export async function ingestTasks(tasks: ReadTask[], store: Store, options: Partial<IngestOptions> = {}, rejected: Rejection[] = []): Promise<IngestResult> {
  const started = Date.now();
  const result: IngestResult = { articles: [], rejected: [], counts: { added: 0, updated: 0, unchanged: 0, duplicates: 0, rejected: 0 } };
  const noteRejection = (r: Rejection) => {
    result.rejected.push(r);
    result.counts.rejected++;
    options.onRejection?.(r);
  };
  rejected.forEach(noteRejection);

  // The open batch by article id (ids derive from sources, so a source written twice keeps its latest).
  const batch = new Map<string, ArticleWrite>();
  let relinks: WriteBatch['relinks'] = [];
  const flush = async () => {
    await store.write({ articles: [...batch.values()], relinks });
    batch.clear();
    relinks = [];
  };

  const candidatesInBatch = (hash: string, keys: number[]): DuplicateCandidate[] => {
    const wanted = new Set(keys);
    return [...batch.values()]
      .filter((w) => w.evidence.contentHash === hash || w.evidence.bandKeys.some((k) => wanted.has(k)))
      .map(({ article: a, evidence }) => ({
        id: a.id,
        contentHash: evidence.contentHash,
        signature: evidence.signature,
        outlet: a.outlet,
        url: a.url,
        published: a.published,
        originOutlet: a.origin?.outlet,
        originUrl: a.origin?.url,
        duplicateOfId: a.duplicateOf?.id,
      }));
  };

  const handle = async (raw: RawDocument, article: Article) => {
    const evidence = duplicateEvidence(article.text);
    const known = batch.get(article.id)?.evidence.contentHash ?? (await store.sourceState(raw.source))?.contentHash;
    if (known === evidence.contentHash) {
      result.counts.unchanged++;
      result.articles.push({ id: article.id, source: article.source, status: 'unchanged' });
      return;
    }
    if (known !== undefined && options.onChangedSource === 'refuse') {
      noteRejection(reject('SOURCE_TAKEN', raw.source, 'it holds a different text: give another source, or none'));
      return;
    }
    const candidates = [...(await store.duplicateCandidates(evidence.contentHash, evidence.bandKeys)), ...candidatesInBatch(evidence.contentHash, evidence.bandKeys)];
    const verdict = findDuplicates(article, evidence, candidates);
    if (verdict.link) article.duplicateOf = verdict.link;
    for (const r of verdict.relink) {
      const open = batch.get(r.id);
      if (open) open.article.duplicateOf = r.link;
      else relinks.push(r);
    }
    const status: ArticleStatus = known === undefined ? 'added' : 'updated';
    result.counts[status]++;
    if (article.duplicateOf) result.counts.duplicates++;
    result.articles.push({ id: article.id, source: article.source, status, ...(article.duplicateOf ? { duplicateOf: article.duplicateOf } : {}) });
    batch.delete(article.id);
    batch.set(article.id, { article, raw, evidence });
    if (batch.size >= BATCH_SIZE) await flush();
  };

  const pool = options.pool ?? createExtractPool(options.extract);
  let done = 0;
  const progress = () =>
    options.onProgress?.({ inputsDone: done, inputsTotal: tasks.length, articles: result.articles.length, rejected: result.counts.rejected, elapsedMs: Date.now() - started });
  const keep = async (prepared: Prepared[]) => {
    const articlesBefore = result.articles.length;
    const rejectedBefore = result.rejected.length;
    for (const { raw, result: extracted } of prepared) {
      if (isRejection(extracted)) noteRejection(extracted);
      else await handle(raw!, extracted);
    }
    options.onInput?.(done, { articles: result.articles.length - articlesBefore, rejected: result.rejected.slice(rejectedBefore) });
    done++;
    progress();
  };
  // Inputs are read and extracted concurrently, outside the lock; their duplicate search and write happen in chunks of
  // about BATCH_SIZE documents under the archive's write lock, so other writers wait for a chunk, not for the whole run.
  let chunk: Prepared[][] = [];
  let chunkDocuments = 0;
  const commit = async () => {
    if (chunk.length === 0) return;
    const inputs = chunk;
    chunk = [];
    chunkDocuments = 0;
    await store.withLock(WRITE_LOCK, async () => {
      for (const prepared of inputs) await keep(prepared);
      await flush();
    });
  };
  try {
    for await (const prepared of prepareConcurrently(pool, tasks, FETCH_CONCURRENCY)) {
      chunk.push(prepared);
      chunkDocuments += prepared.length;
      if (chunkDocuments >= BATCH_SIZE) await commit();
    }
    await commit();
  } finally {
    if (!options.pool) await pool.close();
  }
  return result;
}
