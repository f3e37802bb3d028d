// The PostgreSQL side of articles and search: whole-batch writes (arrays unnested server-side), a stored tsvector
// with a GIN index, and a trigram match on titles when no word matches.
import { analysisOf } from '../../model/article.js';
import { ftsTerms } from '../fts-terms.js';
import { rowToArticle, rowToCandidate, rowToSummary, summaryColumns } from '../rows.js';
import { signatureToBytes } from '../signature-bytes.js';
import type { ArticleStore, SearchHit, SearchStore } from '../store.js';
import type { Query, Transaction } from './connection.js';
import { PG_STORY_SUMMARY } from './migrations.js';

export function articleTables(query: Query, transaction: Transaction): ArticleStore & SearchStore {
  return {
    async sourceState(source) {
      const [r] = await query('SELECT id, content_hash FROM articles WHERE source = $1', [source]);
      return r ? { id: r.str('id'), contentHash: r.str('content_hash') } : undefined;
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
      return (await query(`SELECT ${summaryColumns('a')} FROM articles a ORDER BY a.seq LIMIT $1 OFFSET $2`, [limit, offset])).map(rowToSummary);
    },
    async countArticles() {
      return (await query('SELECT count(*) AS n FROM articles'))[0]!.num('n');
    },
    async search(text, { limit, offset }): Promise<SearchHit[]> {
      const terms = ftsTerms(text);
      if (terms.length === 0) return [];
      const rows = await query(
        `SELECT ${summaryColumns('a')},
           ts_headline('simple', left(a.text, 20000), q, 'StartSel=«, StopSel=», MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM articles a, plainto_tsquery('simple', $1) q
         WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.seq LIMIT $2 OFFSET $3`,
        [terms.join(' '), limit, offset],
      );
      if (rows.length > 0 || offset > 0) return rows.map((r) => ({ ...rowToSummary(r), snippet: r.opt('snippet') ?? '' }));
      // Nothing matched word for word: titles that are close in spelling (a name transliterated another way, a typo).
      const near = await query(
        `SELECT ${summaryColumns('a')}, a.title AS snippet FROM articles a WHERE a.title % $1 ORDER BY similarity(a.title, $1) DESC, a.seq LIMIT $2`,
        [terms.join(' '), limit],
      );
      return near.map((r) => ({ ...rowToSummary(r), snippet: r.opt('snippet') ?? '' }));
    },
    async *allArticles() {
      let after = 0;
      for (;;) {
        const rows = await query('SELECT * FROM articles WHERE seq > $1 ORDER BY seq LIMIT 500', [after]);
        if (rows.length === 0) return;
        for (const r of rows) yield rowToArticle(r);
        after = rows[rows.length - 1]!.num('seq');
      }
    },
  };
}
