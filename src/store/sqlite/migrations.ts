// Numbered SQLite migrations; each runs once, in its own transaction.
import { leadAndProfilesMigrationSql, storySummarySql } from '../story-summary.js';
import { workTablesSql } from '../work-schema.js';

import type { Migration } from '../migration.js';

export type { Migration };

/** The SET list that recomputes a story's list summary (on every change, and by migration 8). */
export const SQLITE_STORY_SUMMARY = storySummarySql('rowid', (column, chars) => `substr(${column}, 1, ${chars})`);

/** The summary as migration 5 computed it (kept as it was: a migration's SQL never changes). */
const SUMMARY_V5 = `
  articles = (SELECT count(*) FROM story_articles m WHERE m.story_id = stories.id),
  outlets = (SELECT count(DISTINCT coalesce(a.outlet, a.source)) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  independent = (SELECT count(DISTINCT coalesce(a.duplicate_of, a.id)) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  latest = (SELECT max(a.published) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  title = (SELECT coalesce(b.title, substr(b.text, 1, 120)) FROM story_articles m JOIN articles b ON b.id = m.article_id
    WHERE m.story_id = stories.id ORDER BY b.duplicate_of IS NOT NULL, b.rowid LIMIT 1)`;

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, raw documents, duplicate index, full-text search',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        title TEXT,
        byline TEXT,
        published TEXT,
        language TEXT,
        origin_outlet TEXT,
        origin_url TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL,
        extraction TEXT,
        content_hash TEXT NOT NULL,
        signature BLOB NOT NULL,
        duplicate_of TEXT,
        duplicate_similarity REAL,
        duplicate_kind TEXT CHECK (duplicate_kind IN ('exact', 'near', 'syndicated')),
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
      CREATE INDEX articles_published ON articles(published);

      CREATE TABLE raw_documents (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        encoding TEXT NOT NULL,
        hints TEXT NOT NULL,
        content TEXT NOT NULL
      );

      CREATE TABLE lsh_bands (
        band_key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX lsh_bands_article ON lsh_bands(article_id);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'language analysis of each article',
    sql: `ALTER TABLE articles ADD COLUMN analysis TEXT;`,
  },
  {
    version: 3,
    name: 'stories: clustering state and memberships',
    sql: `
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        centroid TEXT NOT NULL,
        first_day INTEGER,
        last_day INTEGER,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_updated ON stories(updated_at);
      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
      CREATE TABLE cluster_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE cluster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 4,
    name: 'story report cache',
    sql: `CREATE TABLE story_reports (story_id TEXT PRIMARY KEY, report TEXT NOT NULL, built_at TEXT NOT NULL);`,
  },
  {
    version: 5,
    name: 'story list summaries kept on the story; rendered story pages cached beside reports',
    sql: `
      ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN independent INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN latest TEXT;
      ALTER TABLE stories ADD COLUMN title TEXT;
      UPDATE stories SET ${SUMMARY_V5};
      CREATE INDEX stories_latest ON stories(latest DESC, updated_at DESC, id);
      ALTER TABLE story_reports ADD COLUMN page TEXT;
    `,
  },
  {
    version: 6,
    name: 'work queue, watched feeds, cross-process locks',
    sql: `${workTablesSql('id INTEGER PRIMARY KEY AUTOINCREMENT')}
      CREATE TABLE locks (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL);
    `,
  },
  {
    version: 7,
    name: 'unclustered articles and stories by date found through indexes',
    sql: `
      ALTER TABLE articles ADD COLUMN clustered INTEGER NOT NULL DEFAULT 0;
      UPDATE articles SET clustered = 1 WHERE id IN (SELECT article_id FROM story_articles);
      CREATE INDEX articles_unclustered ON articles(clustered) WHERE clustered = 0;
      CREATE INDEX stories_days ON stories(last_day, first_day);
    `,
  },
  {
    version: 8,
    name: 'one story title rule (headline, else the lead cut at a word); unknown outlets counted per original; outlet profiles',
    sql: leadAndProfilesMigrationSql(SQLITE_STORY_SUMMARY, 'TEXT'),
  },
];
