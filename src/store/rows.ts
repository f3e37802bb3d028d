// Database rows → typed values, for both backends: one reader with checked getters (no unchecked casts), and each
// table's row mapping written once. JSON columns (TEXT in SQLite, JSONB in PostgreSQL) are checked against their schema.
import { Type } from '@sinclair/typebox';
import { TriangulateError } from '../errors.js';
import { AnalysisSchema } from '../model/analysis.js';
import { ExtractionSchema, RemovedSpanSchema, type Article, type DuplicateKind, type DuplicateLink } from '../model/article.js';
import type { DuplicateCandidate } from '../model/duplicate.js';
import { OutletProfileSchema, type OutletProfile } from '../model/outlet.js';
import { leadTitle } from '../model/story-title.js';
import type { StorySnapshot, StorySummary } from '../model/story.js';
import { validator } from '../model/validate.js';
import { signatureFromBytes } from './signature-bytes.js';
import type { ArticleSummary, FeedState, Job, JobCounts, JobInput } from './store.js';

/** One row of a query result, read column by column with the type each column must have. */
export class Row {
  private readonly r: Record<string, unknown>;

  constructor(raw: unknown) {
    if (!raw || typeof raw !== 'object') throw new TriangulateError('STORE_FAILED', 'the database returned a row that is not an object');
    this.r = Object.fromEntries(Object.entries(raw));
  }

  /** A text column that must hold text. */
  str(column: string): string {
    const v = this.r[column];
    if (typeof v !== 'string') throw new TriangulateError('STORE_FAILED', `column ${column} is not text`);
    return v;
  }

  /** A text column that may be null or empty (then undefined). */
  opt(column: string): string | undefined {
    const v = this.r[column];
    return typeof v === 'string' && v !== '' ? v : v instanceof Date ? v.toISOString() : undefined;
  }

  /** A number column (PostgreSQL returns bigints and numerics as text). */
  num(column: string): number {
    return Number(this.r[column] ?? 0);
  }

  /** The text columns that are set, under their keys (`[key, column]` pairs), in order; null and empty ones left out. */
  optionals<K extends string>(pairs: readonly (readonly [K, string])[]): Partial<Record<K, string>> {
    const out: Partial<Record<K, string>> = {};
    for (const [key, column] of pairs) {
      const v = this.opt(column);
      if (v) out[key] = v;
    }
    return out;
  }

  /** A number column that may be null. */
  optNum(column: string): number | undefined {
    const v = this.r[column];
    return v === null || v === undefined ? undefined : Number(v);
  }

  /** A truthy column: true, 1, or text "true". */
  flag(column: string): boolean {
    const v = this.r[column];
    return v === true || v === 1 || v === '1' || v === 'true';
  }

  /** A binary column. */
  bytes(column: string): Uint8Array {
    const v = this.r[column];
    if (!(v instanceof Uint8Array)) throw new TriangulateError('STORE_FAILED', `column ${column} is not binary`);
    return v;
  }

  /** A JSON column (text or already parsed), checked by `read`; undefined when null. */
  json<T>(column: string, read: (v: unknown) => T): T | undefined {
    const v = this.r[column];
    if (v === null || v === undefined) return undefined;
    return read(typeof v === 'string' ? JSON.parse(v) : v);
  }
}

/** Wraps query results. */
export const rowsOf = (raw: unknown[]): Row[] => raw.map((r) => new Row(r));
/** Wraps a single-row result (undefined when there is none). */
export const rowOf = (raw: unknown): Row | undefined => (raw === undefined || raw === null ? undefined : new Row(raw));

const readRemoved = validator(Type.Array(RemovedSpanSchema), 'stored removed spans', 'STORE_FAILED');
const readExtraction = validator(ExtractionSchema, 'stored extraction record', 'STORE_FAILED');
const readAnalysis = validator(AnalysisSchema, 'stored analysis', 'STORE_FAILED');
const readCentroid = validator(Type.Array(Type.Tuple([Type.String(), Type.Number()])), 'stored story centroid', 'STORE_FAILED');
const readProfile = validator(OutletProfileSchema, 'stored outlet profile', 'STORE_FAILED');
const readJobOptions = validator(
  Type.Object({
    fetchItems: Type.Optional(Type.Boolean()),
    allowPrivateUrls: Type.Optional(Type.Boolean()),
    outlet: Type.Optional(Type.String()),
    mappedOutlet: Type.Optional(Type.String()),
  }),
  'stored job options',
  'STORE_FAILED',
);

const DUPLICATE_KINDS: readonly DuplicateKind[] = ['exact', 'near', 'syndicated'];
const duplicateKind = (v: string | undefined): DuplicateKind | undefined => DUPLICATE_KINDS.find((k) => k === v);

/** The duplicate link columns of a row, when it is a copy. */
function duplicateLink(r: Row): DuplicateLink | undefined {
  const id = r.opt('duplicate_of');
  const kind = duplicateKind(r.opt('duplicate_kind'));
  return id && kind ? { id, similarity: r.optNum('duplicate_similarity') ?? 0, kind } : undefined;
}

/** An articles row → the Article in its documented key order; absent values are left out, never null. */
export function rowToArticle(r: Row): Article {
  const a: Article = { id: r.str('id'), source: r.str('source'), text: '', removed: [] };
  Object.assign(a, r.optionals((['url', 'outlet', 'title', 'byline', 'published', 'language'] as const).map((k) => [k, k] as const)));
  const origin = r.optionals([['outlet', 'origin_outlet'], ['url', 'origin_url']] as const);
  if (origin.outlet || origin.url) a.origin = origin;
  a.text = r.str('text');
  a.removed = r.json('removed', readRemoved) ?? [];
  const link = duplicateLink(r);
  if (link) a.duplicateOf = link;
  const extraction = r.json('extraction', readExtraction);
  if (extraction) a.extraction = extraction;
  const analysis = r.json('analysis', readAnalysis);
  if (analysis) Object.assign(a, analysis);
  return a;
}

/** The summary columns of `articles`, qualified by a table alias: the same list in both backends. */
export const summaryColumns = (t: string) =>
  ['id', 'source', 'outlet', 'title', 'published', 'duplicate_of', 'duplicate_similarity', 'duplicate_kind'].map((c) => `${t}.${c}`).join(', ') + `, length(${t}.text) AS chars`;

/** A row of the summary columns → ArticleSummary. */
export function rowToSummary(r: Row): ArticleSummary {
  const s: ArticleSummary = { id: r.str('id'), source: r.str('source'), chars: r.num('chars') };
  for (const k of ['outlet', 'title', 'published'] as const) {
    const v = r.opt(k);
    if (v) s[k] = v;
  }
  const link = duplicateLink(r);
  if (link) s.duplicateOf = link;
  return s;
}

/** A stored article's duplicate-search columns → DuplicateCandidate. */
export function rowToCandidate(r: Row): DuplicateCandidate {
  const fields = [['outlet', 'outlet'], ['url', 'url'], ['published', 'published'], ['originOutlet', 'origin_outlet'], ['originUrl', 'origin_url'], ['duplicateOfId', 'duplicate_of']] as const;
  return { id: r.str('id'), contentHash: r.str('content_hash'), signature: signatureFromBytes(r.bytes('signature')), ...r.optionals(fields) };
}

/** A stories row (its kept summary columns) → StorySummary. */
export function rowToStorySummary(r: Row): StorySummary {
  const latest = r.opt('latest');
  return {
    id: r.str('id'),
    title: r.opt('title') ?? leadTitle(r.opt('lead') ?? r.str('id')),
    articles: r.num('articles'),
    outlets: r.num('outlets'),
    independentSources: r.num('independent'),
    ...(latest ? { latest } : {}),
  };
}

/** A stories row (clustering columns) and its members → StorySnapshot. */
export function rowToSnapshot(r: Row, members: string[]): StorySnapshot {
  const [first, last] = [r.optNum('first_day'), r.optNum('last_day')];
  return { id: r.str('id'), centroid: r.json('centroid', readCentroid) ?? [], members, ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) };
}

/** The stored options of a job. */
export function jobOptions(j: JobInput): string {
  const { fetchItems, allowPrivateUrls, outlet, mappedOutlet } = j;
  return JSON.stringify({ ...(fetchItems ? { fetchItems } : {}), ...(allowPrivateUrls ? { allowPrivateUrls } : {}), ...(outlet ? { outlet } : {}), ...(mappedOutlet ? { mappedOutlet } : {}) });
}

export function rowToJob(r: Row): Job {
  return { id: r.num('id'), run: r.str('run'), input: r.str('input'), cwd: r.str('cwd'), attempts: r.num('attempts'), ...r.json('options', readJobOptions) };
}

const JOB_STATES: readonly (keyof JobCounts)[] = ['queued', 'running', 'done', 'failed'];

export function rowsToCounts(rows: Row[]): JobCounts {
  const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) {
    const state = JOB_STATES.find((s) => s === r.opt('state'));
    if (state) counts[state] = r.num('n');
  }
  return counts;
}

export function rowToFeed(r: Row): FeedState {
  const optional = [['etag', 'etag'], ['lastModified', 'last_modified'], ['lastPollAt', 'last_poll_at'], ['lastSuccessAt', 'last_success_at'], ['lastErrorAt', 'last_error_at'], ['lastError', 'last_error']] as const;
  return { url: r.str('url'), intervalSeconds: r.num('interval_seconds'), nextPollAt: r.opt('next_poll_at') ?? '', failures: r.num('failures'), itemsSeen: r.num('items_seen'), ...r.optionals(optional) };
}

/** An outlet_profiles row → its profile. */
export function rowToProfile(r: Row): OutletProfile {
  return r.json('profile', readProfile)!;
}
