// The SET list that recomputes a story's list summary from its members, in SQL both backends accept: only the
// ingest-order column and the prefix function differ. Counts (an exact copy of unknown outlet counts under its
// original), the latest publication date, the title (the first original's headline, else any headline; see
// compare/sources.ts storyTitle) and, for a story with no headline, its first original's lead, from which
// model/story-title.ts makes the title when the row is read. SQLite migration 8 and PostgreSQL migration 4 run it:
// if it ever changes, give them a frozen copy of this version (as SQLite migration 5 has of the one before).

/** The summary SET list for a dialect: its ingest-order column (`rowid`, `seq`) and its prefix function (`substr(x, 1, n)`, `left(x, n)`). */
export const storySummarySql = (order: string, prefix: (column: string, chars: number) => string) => `
  articles = (SELECT count(*) FROM story_articles m WHERE m.story_id = stories.id),
  outlets = (SELECT count(DISTINCT CASE WHEN a.outlet IS NOT NULL THEN 'o:' || a.outlet WHEN a.duplicate_kind = 'exact' THEN
      coalesce((SELECT 'o:' || r.outlet FROM articles r WHERE r.id = a.duplicate_of), 'u:' || a.duplicate_of) ELSE 'u:' || a.id END)
    FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  independent = (SELECT count(DISTINCT coalesce(a.duplicate_of, a.id)) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  latest = (SELECT max(a.published) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = stories.id),
  title = (SELECT b.title FROM story_articles m JOIN articles b ON b.id = m.article_id
    WHERE m.story_id = stories.id AND b.title IS NOT NULL ORDER BY b.duplicate_of IS NOT NULL, b.${order} LIMIT 1),
  lead = (SELECT ${prefix('b.text', 400)} FROM story_articles m JOIN articles b ON b.id = m.article_id
    WHERE m.story_id = stories.id ORDER BY b.duplicate_of IS NOT NULL, b.${order} LIMIT 1)`;

/**
 * The migration that brought in the lead column and outlet profiles (SQLite 8, PostgreSQL 4), given the dialect's
 * summary SET list and JSON column type: summaries recomputed, cached reports dropped (they lack the new fields).
 */
export const leadAndProfilesMigrationSql = (summary: string, jsonType: string) => `
      ALTER TABLE stories ADD COLUMN lead TEXT;
      UPDATE stories SET ${summary};
      DELETE FROM story_reports;
      CREATE TABLE outlet_profiles (name TEXT PRIMARY KEY, profile ${jsonType} NOT NULL);
    `;
