// The SQLite side of articles and search: upserts with their raw document and LSH bands in one transaction, FTS5
// search ranking only the newest matches of a common word (part of the SQLite Store).
import type Database from 'better-sqlite3';
import { analysisOf, type Article } from '../../model/article.js';
import { rowOf, rowsOf, rowToArticle, rowToCandidate, rowToSummary, summaryColumns } from '../rows.js';
import { signatureToBytes } from '../signature-bytes.js';
import type { ArticleStore, SearchStore, WriteBatch } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { SQLITE_STORY_SUMMARY } from './migrations.js';

/** Matches ranked per search, newest first (see the search statement). */
export const RANKED_MATCHES = 5_000;

/** The analysis fields as one JSON column (null for an article stored without analysis). */
function analysisJson(a: Article): string | null {
  const analysis = analysisOf(a);
  return analysis ? JSON.stringify(analysis) : null;
}

export function articleTables(db: Database.Database): ArticleStore & SearchStore {
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
  };
}
