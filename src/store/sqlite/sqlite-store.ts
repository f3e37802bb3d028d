// Store on embedded SQLite (better-sqlite3): WAL, numbered migrations, FTS5 search, LSH band table for duplicates.
import Database from 'better-sqlite3';
import { signatureToBytes } from '../signature-bytes.js';
import { rowOf, rowsOf, rowToArticle, rowToCandidate, rowToSummary, summaryColumns } from '../rows.js';
import { messageOf, TriangulateError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import type { Store, WriteBatch } from '../store.js';
import { SQLITE_MIGRATIONS, SQLITE_STORY_SUMMARY, type Migration } from './migrations.js';
import { storyTables } from './story-tables.js';
import { workTables } from './work-tables.js';
import { ftsQuery } from './fts-query.js';

export { ftsQuery } from './fts-query.js';

/** Matches ranked per search, newest first (see the search statement). */
export const RANKED_MATCHES = 5_000;

/** The analysis fields as one JSON column (null for an article stored without analysis). */
function analysisJson(a: Article): string | null {
  if (!a.sentences || !a.entities || !a.quotes || !a.dates) return null;
  const analysis: Analysis = { sentences: a.sentences, entities: a.entities, quotes: a.quotes, dates: a.dates };
  return JSON.stringify(analysis);
}

/**
 * Applies the migrations not yet applied, all in one exclusive transaction: a second process opening the same new file
 * at the same moment waits (busy_timeout) and then finds them applied, instead of reading the list before the first
 * one wrote it and creating the tables again.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[]): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).exclusive();
  return applied;
}

/**
 * Opens (creating if needed) an archive file. Throws TriangulateError STORE_FAILED when the file is
 * not a SQLite database or cannot be opened.
 *
 * @example const store = openSqliteStore('./triangulate.db');
 */
export function openSqliteStore(file: string): Store {
  let db: Database.Database;
  try {
    db = new Database(file);
    // First, so that switching a new file to WAL waits for another process doing the same instead of failing.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, SQLITE_MIGRATIONS);
  } catch (err) {
    throw new TriangulateError('STORE_FAILED', `cannot open SQLite archive ${file}: ${messageOf(err)}`, { cause: err });
  }

  const q = {
    sourceState: db.prepare('SELECT id, content_hash AS contentHash FROM articles WHERE source = ?'),
    // One statement per lookup: the exact-hash match and every article sharing an LSH band.
    candidates: db.prepare(`
      SELECT id, content_hash, signature, outlet, url, published, origin_outlet, origin_url, duplicate_of FROM articles
      WHERE content_hash = ? OR id IN (SELECT article_id FROM lsh_bands WHERE band_key IN (SELECT value FROM json_each(?)))`),
    upsert: db.prepare(`
      INSERT INTO articles (id, source, url, outlet, title, byline, published, language, origin_outlet, origin_url, text, removed,
        extraction, analysis, content_hash, signature, duplicate_of, duplicate_similarity, duplicate_kind, ingested_at)
      VALUES (@id, @source, @url, @outlet, @title, @byline, @published, @language, @origin_outlet, @origin_url, @text, @removed,
        @extraction, @analysis, @content_hash, @signature, @duplicate_of, @duplicate_similarity, @duplicate_kind, @ingested_at)
      ON CONFLICT(id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, title = excluded.title, byline = excluded.byline,
        published = excluded.published, language = excluded.language, origin_outlet = excluded.origin_outlet,
        origin_url = excluded.origin_url, text = excluded.text, removed = excluded.removed, extraction = excluded.extraction, analysis = excluded.analysis,
        content_hash = excluded.content_hash, signature = excluded.signature, duplicate_of = excluded.duplicate_of,
        duplicate_similarity = excluded.duplicate_similarity, duplicate_kind = excluded.duplicate_kind, ingested_at = excluded.ingested_at`),
    upsertRaw: db.prepare(`
      INSERT INTO raw_documents (article_id, kind, encoding, hints, content) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(article_id) DO UPDATE SET kind = excluded.kind, encoding = excluded.encoding, hints = excluded.hints, content = excluded.content`),
    clearBands: db.prepare('DELETE FROM lsh_bands WHERE article_id = ?'),
    addBand: db.prepare('INSERT OR IGNORE INTO lsh_bands (band_key, article_id) VALUES (?, ?)'),
    relink: db.prepare('UPDATE articles SET duplicate_of = ?, duplicate_similarity = ?, duplicate_kind = ? WHERE id = ?'),
    // A changed or re-pointed article makes its story's cached report stale.
    uncacheFor: db.prepare('DELETE FROM story_reports WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?)'),
    // …and its story's list summary (title, counts, latest date) is recomputed.
    summariseFor: db.prepare(`UPDATE stories SET ${SQLITE_STORY_SUMMARY} WHERE id IN (SELECT story_id FROM story_articles WHERE article_id = ?)`),
    get: db.prepare('SELECT * FROM articles WHERE id = ?'),
    list: db.prepare(`SELECT ${summaryColumns('articles')} FROM articles ORDER BY rowid LIMIT ? OFFSET ?`),
    count: db.prepare('SELECT count(*) AS n FROM articles'),
    // Ranking scores every match before the limit applies, which takes seconds for a common word in a million
    // articles: only the newest RANKED_MATCHES matches are ranked (all of them for any word rarer than that).
    search: db.prepare(`
      SELECT ${summaryColumns('a')},
        snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH @match
        AND articles_fts.rowid >= coalesce((SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}), 0)
      ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT @limit OFFSET @offset`),
    page: db.prepare('SELECT rowid AS seq, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?'),
  };

  const writeBatch = db.transaction((batch: WriteBatch) => {
    const now = new Date().toISOString();
    for (const { article: a, raw, evidence } of batch.articles) {
      q.upsert.run({
        id: a.id,
        source: a.source,
        url: a.url ?? null,
        outlet: a.outlet ?? null,
        title: a.title ?? null,
        byline: a.byline ?? null,
        published: a.published ?? null,
        language: a.language ?? null,
        origin_outlet: a.origin?.outlet ?? null,
        origin_url: a.origin?.url ?? null,
        text: a.text,
        removed: JSON.stringify(a.removed),
        extraction: a.extraction ? JSON.stringify(a.extraction) : null,
        analysis: analysisJson(a),
        content_hash: evidence.contentHash,
        signature: signatureToBytes(evidence.signature),
        duplicate_of: a.duplicateOf?.id ?? null,
        duplicate_similarity: a.duplicateOf?.similarity ?? null,
        duplicate_kind: a.duplicateOf?.kind ?? null,
        ingested_at: now,
      });
      q.upsertRaw.run(a.id, raw.kind, raw.encoding, JSON.stringify(raw.hints), raw.content);
      q.uncacheFor.run(a.id);
      q.summariseFor.run(a.id);
      q.clearBands.run(a.id);
      for (const key of evidence.bandKeys) q.addBand.run(key, a.id);
    }
    for (const { id, link } of batch.relinks) {
      q.relink.run(link.id, link.similarity, link.kind, id);
      q.uncacheFor.run(id);
      q.summariseFor.run(id);
    }
  });

  return {
    backend: 'sqlite',
    ...(file && file !== ':memory:' && !file.startsWith('file::memory:') ? { location: file } : {}),
    ...storyTables(db),
    ...workTables(db),
    async sourceState(source) {
      const r = rowOf(q.sourceState.get(source));
      return r ? { id: r.str('id'), contentHash: r.str('contentHash') } : undefined;
    },
    async duplicateCandidates(contentHash, bandKeys) {
      return rowsOf(q.candidates.all(contentHash, JSON.stringify(bandKeys))).map(rowToCandidate);
    },
    async write(batch) {
      if (batch.articles.length === 0 && batch.relinks.length === 0) return;
      writeBatch(batch);
    },
    async getArticle(id) {
      const row = rowOf(q.get.get(id));
      return row ? rowToArticle(row) : undefined;
    },
    async listArticles({ limit, offset }) {
      return rowsOf(q.list.all(limit, offset)).map(rowToSummary);
    },
    async countArticles() {
      return rowOf(q.count.get())!.num('n');
    },
    async search(query, { limit, offset }) {
      const match = ftsQuery(query);
      if (!match) return [];
      return rowsOf(q.search.all({ match, limit, offset })).map((r) => ({ ...rowToSummary(r), snippet: r.str('snippet') }));
    },
    async *allArticles() {
      // Paged, so the connection is free for other statements while a consumer awaits between rows.
      let after = 0;
      for (;;) {
        const rows = rowsOf(q.page.all(after, 500));
        if (rows.length === 0) return;
        for (const row of rows) yield rowToArticle(row);
        after = rows[rows.length - 1]!.num('seq');
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
