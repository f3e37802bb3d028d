// Numbered PostgreSQL migrations; each runs once, in its own transaction, under an advisory lock (workers start together).
//
// Ready for sharding (e.g. Citus): every large table is keyed by one distribution column — articles, raw_documents
// and story_articles by article id, lsh_bands by band key, stories and story_reports by story id — and no table has a
// foreign key to another. `articles.source` has no UNIQUE constraint (one would have to include the distribution
// key): the id is a hash of the source, so the primary key already keeps one row per source.
import { leadAndProfilesMigrationSql, storySummarySql } from '../story-summary.js';
import { workTablesSql } from '../work-schema.js';
import type { Migration } from '../migration.js';

/** The SET list that recomputes a story's list summary (as SQLITE_STORY_SUMMARY does). */
export const PG_STORY_SUMMARY = storySummarySql('seq', (column, chars) => `left(${column}, ${chars})`);

export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, raw documents, duplicate index, full-text and trigram search, stories, report cache',
    sql: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        byline TEXT,
        published TEXT,
        language TEXT,
        origin_outlet TEXT,
        origin_url TEXT,
        text TEXT NOT NULL,
        removed JSONB NOT NULL,
        extraction JSONB,
        analysis JSONB,
        content_hash TEXT NOT NULL,
        signature BYTEA NOT NULL,
        duplicate_of TEXT,
        duplicate_similarity REAL,
        duplicate_kind TEXT CHECK (duplicate_kind IN ('exact', 'near', 'syndicated')),
        ingested_at TIMESTAMPTZ NOT NULL,
        -- Titles weigh more than text; a tsvector holds at most 1 MB, so very long texts are indexed by their start.
        search TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', left(text, 200000)), 'B')
        ) STORED
      );
      CREATE INDEX articles_source ON articles(source);
      CREATE INDEX articles_seq ON articles(seq);
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE INDEX articles_title_trgm ON articles USING GIN (title gin_trgm_ops);

      CREATE TABLE raw_documents (
        article_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        encoding TEXT NOT NULL,
        hints JSONB NOT NULL,
        content TEXT NOT NULL
      );

      CREATE TABLE lsh_bands (
        band_key BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (band_key, article_id)
      );
      CREATE INDEX lsh_bands_article ON lsh_bands(article_id);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        centroid JSONB NOT NULL,
        first_day INTEGER,
        last_day INTEGER,
        updated_at TIMESTAMPTZ NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        outlets INTEGER NOT NULL DEFAULT 0,
        independent INTEGER NOT NULL DEFAULT 0,
        latest TEXT,
        title TEXT
      );
      CREATE INDEX stories_latest ON stories(latest DESC NULLS LAST, updated_at DESC, id);
      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
      CREATE TABLE cluster_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
      CREATE TABLE cluster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE story_reports (story_id TEXT PRIMARY KEY, report TEXT NOT NULL, page TEXT, built_at TIMESTAMPTZ NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'work queue and watched feeds',
    sql: workTablesSql('id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
  },
  {
    version: 3,
    name: 'unclustered articles and stories by date found through indexes',
    sql: `
      ALTER TABLE articles ADD COLUMN clustered BOOLEAN NOT NULL DEFAULT false;
      UPDATE articles SET clustered = true WHERE id IN (SELECT article_id FROM story_articles);
      CREATE INDEX articles_unclustered ON articles(seq) WHERE NOT clustered;
      CREATE INDEX stories_days ON stories(last_day, first_day);
    `,
  },
  {
    version: 4,
    name: 'one story title rule (headline, else the lead cut at a word); unknown outlets counted per original; outlet profiles',
    sql: leadAndProfilesMigrationSql(PG_STORY_SUMMARY, 'JSONB'),
  },
];
