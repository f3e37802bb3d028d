// The SQLite side of stories: clustering state, memberships and story lists (part of the SQLite Store).
import type Database from 'better-sqlite3';
import type { StoryIndexSnapshot, StoryUpdate, StoryWindow } from '../../model/story.js';
import { rowOf, rowsOf, rowToSnapshot, rowToStorySummary } from '../rows.js';
import type { ReportCache, StoryListOptions, StoryStore } from '../store.js';
import { TriangulateError } from '../../errors.js';
import { ftsQuery } from './fts-query.js';
import { SQLITE_STORY_SUMMARY } from './migrations.js';

type StoryMethods = StoryStore & ReportCache;

/** The filter part of the story list query, with its parameters (user text only ever reaches FTS as quoted terms). */
function storyFilter(o: Omit<StoryListOptions, 'limit' | 'offset'>): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const match = o.q ? ftsQuery(o.q) : '';
  if (o.q && !match) clauses.push('0');
  if (match) {
    clauses.push(`s.id IN (SELECT m2.story_id FROM articles_fts JOIN articles a2 ON a2.rowid = articles_fts.rowid
      JOIN story_articles m2 ON m2.article_id = a2.id WHERE articles_fts MATCH ?)`);
    params.push(match);
  }
  if (o.outlet) {
    clauses.push('s.id IN (SELECT m3.story_id FROM story_articles m3 JOIN articles a3 ON a3.id = m3.article_id WHERE instr(lower(a3.outlet), lower(?)) > 0)');
    params.push(o.outlet);
  }
  if (o.from) {
    clauses.push('s.id IN (SELECT m4.story_id FROM story_articles m4 JOIN articles a4 ON a4.id = m4.article_id WHERE substr(a4.published, 1, 10) >= ?)');
    params.push(o.from);
  }
  if (o.to) {
    clauses.push('s.id IN (SELECT m5.story_id FROM story_articles m5 JOIN articles a5 ON a5.id = m5.article_id WHERE substr(a5.published, 1, 10) <= ?)');
    params.push(o.to);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function storyTables(db: Database.Database): StoryMethods {
  const q = {
    meta: db.prepare("SELECT value FROM cluster_meta WHERE key = ?"),
    setVersion: db.prepare("INSERT INTO cluster_meta (key, value) VALUES ('version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
    setMeta: db.prepare("INSERT INTO cluster_meta (key, value) VALUES ('docs', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
    terms: db.prepare('SELECT term, df FROM cluster_terms'),
    setTerm: db.prepare('INSERT INTO cluster_terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = excluded.df'),
    stories: db.prepare('SELECT id, centroid, first_day, last_day FROM stories'),
    members: db.prepare('SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id ORDER BY a.rowid'),
    membersOf: db.prepare(`SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id
      WHERE m.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.rowid`),
    upsertStory: db.prepare(`
      INSERT INTO stories (id, centroid, first_day, last_day, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET centroid = excluded.centroid, first_day = excluded.first_day, last_day = excluded.last_day,
        updated_at = excluded.updated_at`),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    setMember: db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id'),
    markClustered: db.prepare('UPDATE articles SET clustered = 1 WHERE id = ? AND clustered = 0'),
    unclustered: db.prepare('SELECT id FROM articles WHERE clustered = 0 ORDER BY rowid LIMIT ?'),
    windowStories: db.prepare(`SELECT id, centroid, first_day, last_day FROM stories
      WHERE (last_day >= @from AND first_day <= @to) OR last_day IS NULL
        OR id IN (SELECT story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(@articles)))`),
    storyArticles: db.prepare('SELECT m.article_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.rowid'),
    storyOf: db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?'),
    cached: db.prepare('SELECT report FROM story_reports WHERE story_id = ?'),
    cache: db.prepare(
      'INSERT INTO story_reports (story_id, report, built_at) VALUES (?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET report = excluded.report, built_at = excluded.built_at, page = NULL',
    ),
    cachedPage: db.prepare('SELECT page FROM story_reports WHERE story_id = ? AND page IS NOT NULL'),
    cachePage: db.prepare('UPDATE story_reports SET page = ? WHERE story_id = ?'),
    summarise: db.prepare(`UPDATE stories SET ${SQLITE_STORY_SUMMARY} WHERE id = ?`),
    uncache: db.prepare('DELETE FROM story_reports WHERE story_id = ?'),
  };

  const metaNumber = (key: string) => Number(rowOf(q.meta.get(key))?.opt('value') ?? 0);
  const write = db.transaction((u: StoryUpdate) => {
    const now = new Date().toISOString();
    const version = metaNumber('version');
    if (u.baseVersion !== undefined && u.baseVersion !== version) {
      throw new TriangulateError('CONFLICT', `the stories changed since they were loaded (version ${version}, expected ${u.baseVersion})`);
    }
    q.setVersion.run(String(version + 1));
    q.setMeta.run(String(u.docs));
    for (const [t, n] of u.df) q.setTerm.run(t, n);
    for (const id of u.removed) {
      q.deleteStory.run(id);
      q.uncache.run(id);
    }
    for (const s of u.stories) {
      q.uncache.run(s.id);
      q.upsertStory.run(s.id, JSON.stringify(s.centroid), s.first ?? null, s.last ?? null, now);
      for (const m of s.members) {
        q.setMember.run(m, s.id);
        q.markClustered.run(m);
      }
    }
    for (const s of u.stories) q.summarise.run(s.id);
  });

  return {
    async loadStoryIndex(window?: StoryWindow): Promise<StoryIndexSnapshot> {
      const rows = rowsOf(window ? q.windowStories.all({ from: window.fromDay, to: window.toDay, articles: JSON.stringify(window.articles) }) : q.stories.all());
      const members = new Map<string, string[]>(rows.map((r) => [r.str('id'), []]));
      // Members of the loaded stories only (all of them without a window), in ingest order.
      const memberRows = rowsOf(window ? q.membersOf.all(JSON.stringify([...members.keys()])) : q.members.all());
      for (const r of memberRows) members.get(r.str('story_id'))?.push(r.str('article_id'));
      const stories = rows.map((r) => rowToSnapshot(r, members.get(r.str('id')) ?? []));
      const df = rowsOf(q.terms.all()).map((r): [string, number] => [r.str('term'), r.num('df')]);
      return { docs: metaNumber('docs'), version: metaNumber('version'), df, stories };
    },
    async storyIndexVersion() {
      return metaNumber('version');
    },
    async writeStories(update) {
      // IMMEDIATE: the version is read under the write lock, so two processes cannot both pass the check.
      write.immediate(update);
    },
    async unclusteredArticleIds(limit) {
      return rowsOf(q.unclustered.all(limit)).map((r) => r.str('id'));
    },
    async listStories(options) {
      const { where, params } = storyFilter(options);
      const rows = db
        .prepare(`SELECT s.id, s.title, s.lead, s.articles, s.outlets, s.independent, s.latest FROM stories s ${where}
           ORDER BY s.latest DESC, s.updated_at DESC, s.id LIMIT ? OFFSET ?`)
        .all(...params, options.limit, options.offset);
      return rowsOf(rows).map(rowToStorySummary);
    },
    async countStories(options = {}) {
      const { where, params } = storyFilter(options);
      return rowOf(db.prepare(`SELECT count(*) AS n FROM stories s ${where}`).get(...params))!.num('n');
    },
    async storyArticleIds(storyId) {
      return rowsOf(q.storyArticles.all(storyId)).map((r) => r.str('article_id'));
    },
    async cachedReport(storyId) {
      return rowOf(q.cached.get(storyId))?.opt('report');
    },
    async cacheReport(storyId, reportJson) {
      q.cache.run(storyId, reportJson, new Date().toISOString());
    },
    async cachedPage(storyId) {
      return rowOf(q.cachedPage.get(storyId))?.opt('page');
    },
    async cachePage(storyId, html) {
      q.cachePage.run(html, storyId);
    },
    async storyOf(articleId) {
      return rowOf(q.storyOf.get(articleId))?.opt('story_id');
    },
  };
}
