// Store on PostgreSQL (node-postgres, loaded only when a postgres:// archive is opened): the same contract as SQLite,
// with tsvector/GIN full-text search, trigram title matching, and reconnection when the server restarts.
import pg from 'pg';
import { signatureToBytes } from '../../dedupe/index.js';
import { rowToCandidate } from '../candidate-row.js';
import { TriangulateError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import type { Article, DuplicateKind } from '../../model/article.js';
import type { StorySnapshot } from '../../model/story.js';
import { storySummary } from '../sqlite/story-tables.js';
import type { Migration } from '../sqlite/migrations.js';
import type { ArticleSummary, SearchHit, Store, StoryListOptions } from '../store.js';
import { ftsTerms } from '../sqlite/fts-query.js';
import { PG_MIGRATIONS, PG_STORY_SUMMARY } from './migrations.js';
import { isTransient, withRetry, type RetryOptions } from './retry.js';
import { HELD_LOCK, quietOnError, workTables } from './work-tables.js';

type Row = Record<string, unknown>;
type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** Advisory-lock keys (any two fixed numbers no other code uses). */
const MIGRATION_LOCK = 7_315_001;

export interface PostgresStoreOptions extends Partial<RetryOptions> {
  /** Connections in the pool. */
  poolSize: number;
}

function rowToArticle(r: Row): Article {
  const a = { id: r.id, source: r.source } as Article;
  for (const k of ['url', 'outlet', 'title', 'byline', 'published', 'language'] as const) if (r[k]) a[k] = r[k] as string;
  if (r.origin_outlet || r.origin_url) {
    a.origin = {};
    if (r.origin_outlet) a.origin.outlet = r.origin_outlet as string;
    if (r.origin_url) a.origin.url = r.origin_url as string;
  }
  a.text = r.text as string;
  a.removed = r.removed as Article['removed'];
  if (r.duplicate_of && r.duplicate_kind) a.duplicateOf = { id: r.duplicate_of as string, similarity: Number(r.duplicate_similarity ?? 0), kind: r.duplicate_kind as DuplicateKind };
  if (r.extraction) a.extraction = r.extraction as Article['extraction'];
  if (r.analysis) Object.assign(a, r.analysis as Analysis);
  return a;
}

const SUMMARY_COLUMNS = (t: string) =>
  ['id', 'source', 'outlet', 'title', 'published', 'duplicate_of', 'duplicate_similarity', 'duplicate_kind'].map((c) => `${t}.${c}`).join(', ') + `, length(${t}.text) AS chars`;

function rowToSummary(r: Row): ArticleSummary {
  const s: ArticleSummary = { id: r.id as string, source: r.source as string, chars: Number(r.chars) };
  if (r.outlet) s.outlet = r.outlet as string;
  if (r.title) s.title = r.title as string;
  if (r.published) s.published = r.published as string;
  if (r.duplicate_of) s.duplicateOf = { id: r.duplicate_of as string, similarity: Number(r.duplicate_similarity), kind: r.duplicate_kind as DuplicateKind };
  return s;
}

function analysisOf(a: Article): Analysis | null {
  if (!a.sentences || !a.entities || !a.quotes || !a.dates) return null;
  return { sentences: a.sentences, entities: a.entities, quotes: a.quotes, dates: a.dates };
}

/** Positional parameters for a query built piece by piece. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** The story list filter (user words reach the server only as a plain tsquery parameter). */
function storyFilter(o: Omit<StoryListOptions, 'limit' | 'offset'>, p: Params): string {
  const clauses: string[] = [];
  if (o.q !== undefined) {
    const terms = ftsTerms(o.q);
    if (terms.length === 0) clauses.push('false');
    else
      clauses.push(`s.id IN (SELECT m.story_id FROM articles a JOIN story_articles m ON m.article_id = a.id
        WHERE a.search @@ plainto_tsquery('simple', ${p.add(terms.join(' '))}))`);
  }
  if (o.outlet) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE a.outlet = ${p.add(o.outlet)})`);
  if (o.from) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE left(a.published, 10) >= ${p.add(o.from)})`);
  if (o.to) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE left(a.published, 10) <= ${p.add(o.to)})`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

async function migrate(pool: pg.Pool, migrations: Migration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version)));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/**
 * Opens a PostgreSQL archive (creating its tables on first use). Queries and transactions that fail because the
 * server went away are retried until it is back (up to `retryForMs`); every write is an idempotent transaction, so a
 * retried one cannot store an article twice.
 *
 * @example const store = await openPostgresStore('postgres://triangulate@localhost/news');
 */
export async function openPostgresStore(url: string, options: Partial<PostgresStoreOptions> = {}): Promise<Store> {
  const retry: RetryOptions = { retryForMs: options.retryForMs ?? 60_000, onRetry: options.onRetry };
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 6, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // A server restart errors idle connections; without a listener that error would end the process.
  pool.on('error', () => undefined);
  try {
    await withRetry(() => migrate(pool, PG_MIGRATIONS), { ...retry, retryForMs: Math.min(retry.retryForMs, 5_000) });
  } catch (err) {
    await pool.end().catch(() => undefined);
    const where = url.replace(/\/\/[^@/]*@/, '//');
    throw new TriangulateError('STORE_FAILED', `cannot open PostgreSQL archive ${where}: ${(err as Error).message}`, { cause: err });
  }

  const query: Query = (sql, params = []) => withRetry(async () => (await pool.query(sql, params)).rows as Row[], retry);
  /** Runs `fn` in one transaction on one connection, retried whole when the connection is lost. */
  const transaction = <T>(fn: (q: Query) => Promise<T>): Promise<T> =>
    withRetry(async () => {
      const held = HELD_LOCK.getStore();
      if (held?.lost) throw new TriangulateError('CONFLICT', `the "${held.name}" lock was lost with its connection; the work under it must be redone`);
      const client = await pool.connect();
      quietOnError(client); // a server restart: the next query fails and the transaction is retried
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(async (sql, params = []) => (await client.query(sql, params)).rows as Row[]);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        broken = isTransient(err);
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release(broken);
      }
    }, retry);


  const store: Store = {
    backend: 'postgres',
    location: url,
    ...workTables(pool, query, transaction, retry),
    async storyIndexVersion() {
      return Number((await query("SELECT value FROM cluster_meta WHERE key = 'version'"))[0]?.value ?? 0);
    },
    async sourceState(source) {
      const [r] = await query('SELECT id, content_hash FROM articles WHERE source = $1', [source]);
      return r ? { id: r.id as string, contentHash: r.content_hash as string } : undefined;
    },
    async duplicateCandidates(contentHash, bandKeys) {
      const rows = await query(
        `SELECT id, content_hash, signature, outlet, url, published, origin_outlet, origin_url, duplicate_of FROM articles
         WHERE content_hash = $1 OR id IN (SELECT article_id FROM lsh_bands WHERE band_key = ANY($2::bigint[]))`,
        [contentHash, bandKeys],
      );
      return rows.map(rowToCandidate);
    },
    async write(batch) {
      if (batch.articles.length === 0 && batch.relinks.length === 0) return;
      // Whole-batch statements (arrays unnested server-side): a few round trips per batch, not several per article.
      const rows = batch.articles.map(({ article: a, evidence }) => [
        a.id, a.source, a.url ?? null, a.outlet ?? null, a.title ?? null, a.byline ?? null, a.published ?? null, a.language ?? null,
        a.origin?.outlet ?? null, a.origin?.url ?? null, a.text, JSON.stringify(a.removed), a.extraction ? JSON.stringify(a.extraction) : null,
        analysisOf(a) ? JSON.stringify(analysisOf(a)) : null, evidence.contentHash, signatureToBytes(evidence.signature), a.duplicateOf?.id ?? null,
        a.duplicateOf?.similarity ?? null, a.duplicateOf?.kind ?? null,
      ]);
      const column = (i: number) => rows.map((r) => r[i]);
      const ids = batch.articles.map((w) => w.article.id);
      const touched = [...ids, ...batch.relinks.map((r) => r.id)];
      await transaction(async (q) => {
        if (rows.length) {
          await q(
            `INSERT INTO articles (id, source, url, outlet, title, byline, published, language, origin_outlet, origin_url, text, removed,
               extraction, analysis, content_hash, signature, duplicate_of, duplicate_similarity, duplicate_kind, ingested_at)
             SELECT id, source, url, outlet, title, byline, published, language, origin_outlet, origin_url, text, removed::jsonb,
               extraction::jsonb, analysis::jsonb, content_hash, signature, duplicate_of, duplicate_similarity, duplicate_kind, now()
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
               $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::bytea[], $17::text[], $18::real[], $19::text[])
               AS t(id, source, url, outlet, title, byline, published, language, origin_outlet, origin_url, text, removed, extraction, analysis,
                 content_hash, signature, duplicate_of, duplicate_similarity, duplicate_kind)
             ON CONFLICT (id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, title = excluded.title, byline = excluded.byline,
               published = excluded.published, language = excluded.language, origin_outlet = excluded.origin_outlet, origin_url = excluded.origin_url,
               text = excluded.text, removed = excluded.removed, extraction = excluded.extraction, analysis = excluded.analysis,
               content_hash = excluded.content_hash, signature = excluded.signature, duplicate_of = excluded.duplicate_of,
               duplicate_similarity = excluded.duplicate_similarity, duplicate_kind = excluded.duplicate_kind, ingested_at = excluded.ingested_at`,
            Array.from({ length: 19 }, (_, i) => column(i)),
          );
          await q(
            `INSERT INTO raw_documents (article_id, kind, encoding, hints, content)
             SELECT i, k, e, h::jsonb, c FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(i, k, e, h, c)
             ON CONFLICT (article_id) DO UPDATE SET kind = excluded.kind, encoding = excluded.encoding, hints = excluded.hints, content = excluded.content`,
            [ids, batch.articles.map((w) => w.raw.kind), batch.articles.map((w) => w.raw.encoding), batch.articles.map((w) => JSON.stringify(w.raw.hints)), batch.articles.map((w) => w.raw.content)],
          );
          await q('DELETE FROM lsh_bands WHERE article_id = ANY($1::text[])', [ids]);
          const pairs = batch.articles.flatMap((w) => [...new Set(w.evidence.bandKeys)].map((k) => [k, w.article.id] as const));
          await q('INSERT INTO lsh_bands (band_key, article_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING', [
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ]);
        }
        if (batch.relinks.length) {
          await q(
            `UPDATE articles a SET duplicate_of = r.dup, duplicate_similarity = r.sim, duplicate_kind = r.kind
             FROM unnest($1::text[], $2::text[], $3::real[], $4::text[]) AS r(id, dup, sim, kind) WHERE a.id = r.id`,
            [batch.relinks.map((r) => r.id), batch.relinks.map((r) => r.link.id), batch.relinks.map((r) => r.link.similarity), batch.relinks.map((r) => r.link.kind)],
          );
        }
        // Changed or re-pointed articles make their stories' cached reports stale and their list summaries change.
        await q('DELETE FROM story_reports WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = ANY($1::text[]))', [touched]);
        await q(`UPDATE stories SET ${PG_STORY_SUMMARY} WHERE id IN (SELECT story_id FROM story_articles WHERE article_id = ANY($1::text[]))`, [touched]);
      });
    },
    async getArticle(id) {
      const [r] = await query('SELECT * FROM articles WHERE id = $1', [id]);
      return r ? rowToArticle(r) : undefined;
    },
    async listArticles({ limit, offset }) {
      return (await query(`SELECT ${SUMMARY_COLUMNS('a')} FROM articles a ORDER BY a.seq LIMIT $1 OFFSET $2`, [limit, offset])).map(rowToSummary);
    },
    async countArticles() {
      return Number((await query('SELECT count(*) AS n FROM articles'))[0]!.n);
    },
    async search(text, { limit, offset }): Promise<SearchHit[]> {
      const terms = ftsTerms(text);
      if (terms.length === 0) return [];
      const rows = await query(
        `SELECT ${SUMMARY_COLUMNS('a')},
           ts_headline('simple', left(a.text, 20000), q, 'StartSel=«, StopSel=», MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM articles a, plainto_tsquery('simple', $1) q
         WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.seq LIMIT $2 OFFSET $3`,
        [terms.join(' '), limit, offset],
      );
      if (rows.length > 0 || offset > 0) return rows.map((r) => ({ ...rowToSummary(r), snippet: r.snippet as string }));
      // Nothing matched word for word: titles that are close in spelling (a name transliterated another way, a typo).
      const near = await query(
        `SELECT ${SUMMARY_COLUMNS('a')}, a.title AS snippet FROM articles a WHERE a.title % $1 ORDER BY similarity(a.title, $1) DESC, a.seq LIMIT $2`,
        [terms.join(' '), limit],
      );
      return near.map((r) => ({ ...rowToSummary(r), snippet: r.snippet as string }));
    },
    async *allArticles() {
      let after = 0;
      for (;;) {
        const rows = await query('SELECT * FROM articles WHERE seq > $1 ORDER BY seq LIMIT 500', [after]);
        if (rows.length === 0) return;
        for (const r of rows) yield rowToArticle(r);
        after = Number(rows[rows.length - 1]!.seq);
      }
    },
    async loadStoryIndex(window) {
      const rows = window
        ? await query(
            `SELECT id, centroid, first_day, last_day FROM stories
             WHERE (last_day >= $1 AND first_day <= $2) OR last_day IS NULL
               OR id IN (SELECT story_id FROM story_articles WHERE article_id = ANY($3::text[]))`,
            [window.fromDay, window.toDay, window.articles],
          )
        : await query('SELECT id, centroid, first_day, last_day FROM stories');
      const members = new Map<string, string[]>(rows.map((r) => [r.id as string, []]));
      const memberRows = window
        ? await query('SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ANY($1::text[]) ORDER BY a.seq', [
            rows.map((r) => r.id),
          ])
        : await query('SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id ORDER BY a.seq');
      for (const r of memberRows) members.get(r.story_id as string)?.push(r.article_id as string);
      const stories: StorySnapshot[] = rows.map((r) => ({
        id: r.id as string,
        centroid: r.centroid as [string, number][],
        members: members.get(r.id as string) ?? [],
        ...(r.first_day !== null ? { first: Number(r.first_day) } : {}),
        ...(r.last_day !== null ? { last: Number(r.last_day) } : {}),
      }));
      const meta = new Map((await query("SELECT key, value FROM cluster_meta WHERE key IN ('docs', 'version')")).map((r) => [r.key as string, Number(r.value)]));
      const df = (await query('SELECT term, df FROM cluster_terms')).map((r): [string, number] => [r.term as string, Number(r.df)]);
      return { docs: meta.get('docs') ?? 0, version: meta.get('version') ?? 0, df, stories };
    },
    async writeStories(u) {
      await transaction(async (q) => {
        // The row lock on the version orders concurrent writers; a writer that clustered from an older state is refused.
        await q("INSERT INTO cluster_meta (key, value) VALUES ('version', '0') ON CONFLICT (key) DO NOTHING");
        const [v] = await q("SELECT value FROM cluster_meta WHERE key = 'version' FOR UPDATE");
        const version = Number(v!.value);
        if (u.baseVersion !== undefined && u.baseVersion !== version) {
          throw new TriangulateError('CONFLICT', `the stories changed since they were loaded (version ${version}, expected ${u.baseVersion})`);
        }
        await q("UPDATE cluster_meta SET value = $1 WHERE key = 'version'", [String(version + 1)]);
        await q("INSERT INTO cluster_meta (key, value) VALUES ('docs', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(u.docs)]);
        if (u.df.length) {
          await q(
            'INSERT INTO cluster_terms (term, df) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (term) DO UPDATE SET df = excluded.df',
            [u.df.map((d) => d[0]), u.df.map((d) => d[1])],
          );
        }
        if (u.removed.length) {
          await q('DELETE FROM stories WHERE id = ANY($1)', [u.removed]);
          await q('DELETE FROM story_reports WHERE story_id = ANY($1)', [u.removed]);
        }
        for (const s of u.stories) {
          await q('DELETE FROM story_reports WHERE story_id = $1', [s.id]);
          await q(
            `INSERT INTO stories (id, centroid, first_day, last_day, updated_at) VALUES ($1, $2, $3, $4, now())
             ON CONFLICT (id) DO UPDATE SET centroid = excluded.centroid, first_day = excluded.first_day, last_day = excluded.last_day, updated_at = excluded.updated_at`,
            [s.id, JSON.stringify(s.centroid), s.first ?? null, s.last ?? null],
          );
          await q(
            `INSERT INTO story_articles (article_id, story_id) SELECT unnest($1::text[]), $2
             ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
            [s.members, s.id],
          );
          await q('UPDATE articles SET clustered = true WHERE id = ANY($1::text[]) AND NOT clustered', [s.members]);
        }
        if (u.stories.length) await q(`UPDATE stories SET ${PG_STORY_SUMMARY} WHERE id = ANY($1)`, [u.stories.map((s) => s.id)]);
        return version + 1;
      });
    },
    async unclusteredArticleIds(limit) {
      const rows = await query(
        'SELECT id FROM articles WHERE NOT clustered ORDER BY seq LIMIT $1',
        [limit],
      );
      return rows.map((r) => r.id as string);
    },
    async listStories(options) {
      const p = new Params();
      const where = storyFilter(options, p);
      const rows = await query(
        `SELECT s.id, s.title, s.articles, s.outlets, s.independent, s.latest FROM stories s ${where}
         ORDER BY s.latest DESC NULLS LAST, s.updated_at DESC, s.id LIMIT ${p.add(options.limit)} OFFSET ${p.add(options.offset)}`,
        p.values,
      );
      return rows.map(storySummary);
    },
    async countStories(options = {}) {
      const p = new Params();
      return Number((await query(`SELECT count(*) AS n FROM stories s ${storyFilter(options, p)}`, p.values))[0]!.n);
    },
    async storyArticleIds(storyId) {
      const rows = await query('SELECT m.article_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1 ORDER BY a.seq', [storyId]);
      return rows.map((r) => r.article_id as string);
    },
    async storyOf(articleId) {
      return (await query('SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]))[0]?.story_id as string | undefined;
    },
    async cachedReport(storyId) {
      return (await query('SELECT report FROM story_reports WHERE story_id = $1', [storyId]))[0]?.report as string | undefined;
    },
    async cacheReport(storyId, reportJson) {
      await query(
        `INSERT INTO story_reports (story_id, report, built_at) VALUES ($1, $2, now())
         ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, built_at = excluded.built_at, page = NULL`,
        [storyId, reportJson],
      );
    },
    async cachedPage(storyId) {
      return ((await query('SELECT page FROM story_reports WHERE story_id = $1 AND page IS NOT NULL', [storyId]))[0]?.page as string | undefined) ?? undefined;
    },
    async cachePage(storyId, html) {
      await query('UPDATE story_reports SET page = $1 WHERE story_id = $2', [html, storyId]);
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
