// The PostgreSQL side of stories: clustering state under a version row lock, memberships, story lists and the
// report and page cache.
import { TriangulateError } from '../../errors.js';
import { ftsTerms } from '../fts-terms.js';
import { rowToSnapshot, rowToStorySummary } from '../rows.js';
import type { ReportCache, StoryListOptions, StoryStore } from '../store.js';
import type { Query, Transaction } from './connection.js';
import { PG_STORY_SUMMARY } from './migrations.js';

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
  if (o.outlet) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE strpos(lower(a.outlet), lower(${p.add(o.outlet)})) > 0)`);
  if (o.from) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE left(a.published, 10) >= ${p.add(o.from)})`);
  if (o.to) clauses.push(`s.id IN (SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE left(a.published, 10) <= ${p.add(o.to)})`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

export function storyTables(query: Query, transaction: Transaction): StoryStore & ReportCache {
  return {
    async storyIndexVersion() {
      return Number((await query("SELECT value FROM cluster_meta WHERE key = 'version'"))[0]?.opt('value') ?? 0);
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
      const members = new Map<string, string[]>(rows.map((r) => [r.str('id'), []]));
      const memberRows = window
        ? await query('SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ANY($1::text[]) ORDER BY a.seq', [
            [...members.keys()],
          ])
        : await query('SELECT m.article_id, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id ORDER BY a.seq');
      for (const r of memberRows) members.get(r.str('story_id'))?.push(r.str('article_id'));
      const stories = rows.map((r) => rowToSnapshot(r, members.get(r.str('id')) ?? []));
      const meta = new Map((await query("SELECT key, value FROM cluster_meta WHERE key IN ('docs', 'version')")).map((r) => [r.str('key'), r.num('value')]));
      const df = (await query('SELECT term, df FROM cluster_terms')).map((r): [string, number] => [r.str('term'), r.num('df')]);
      return { docs: meta.get('docs') ?? 0, version: meta.get('version') ?? 0, df, stories };
    },
    async writeStories(u) {
      await transaction(async (q) => {
        // The row lock on the version orders concurrent writers; a writer that clustered from an older state is refused.
        await q("INSERT INTO cluster_meta (key, value) VALUES ('version', '0') ON CONFLICT (key) DO NOTHING");
        const [v] = await q("SELECT value FROM cluster_meta WHERE key = 'version' FOR UPDATE");
        const version = v!.num('value');
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
      return rows.map((r) => r.str('id'));
    },
    async listStories(options) {
      const p = new Params();
      const where = storyFilter(options, p);
      const rows = await query(
        `SELECT s.id, s.title, s.lead, s.articles, s.outlets, s.independent, s.latest FROM stories s ${where}
         ORDER BY s.latest DESC NULLS LAST, s.updated_at DESC, s.id LIMIT ${p.add(options.limit)} OFFSET ${p.add(options.offset)}`,
        p.values,
      );
      return rows.map(rowToStorySummary);
    },
    async countStories(options = {}) {
      const p = new Params();
      return (await query(`SELECT count(*) AS n FROM stories s ${storyFilter(options, p)}`, p.values))[0]!.num('n');
    },
    async storyArticleIds(storyId) {
      const rows = await query('SELECT m.article_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1 ORDER BY a.seq', [storyId]);
      return rows.map((r) => r.str('article_id'));
    },
    async storyOf(articleId) {
      return (await query('SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]))[0]?.opt('story_id');
    },
    async cachedReport(storyId) {
      return (await query('SELECT report FROM story_reports WHERE story_id = $1', [storyId]))[0]?.opt('report');
    },
    async cacheReport(storyId, reportJson) {
      await query(
        `INSERT INTO story_reports (story_id, report, built_at) VALUES ($1, $2, now())
         ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, built_at = excluded.built_at, page = NULL`,
        [storyId, reportJson],
      );
    },
    async cachedPage(storyId) {
      return (await query('SELECT page FROM story_reports WHERE story_id = $1 AND page IS NOT NULL', [storyId]))[0]?.opt('page');
    },
    async cachePage(storyId, html) {
      await query('UPDATE story_reports SET page = $1 WHERE story_id = $2', [html, storyId]);
    },
  };
}
