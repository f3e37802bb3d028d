// The claims issue's checks on the real seed reports: what each outlet says in its own voice, aligned by meaning, with
// quoted words kept out of facts, brief and timeline, and the interview they all rest on found as their primary source.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAvailable, sharedPath } from '../../eval/shared-data.js';
import { findQuoteMarks } from '../../src/language/index.js';
import type { Report, StoryReport } from '../../src/model/report.js';
import { analyzeInputs } from '../../src/service/stories.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

const present = sharedAvailable('seeds');
if (!present && process.env.CI) throw new Error('CI: ../shared/seeds is missing');

/** Every double mark closed and every opening single mark closed. */
const balanced = (t: string) => (t.match(/["“”]/g)?.length ?? 0) % 2 === 0 && (t.match(/‘/g)?.length ?? 0) <= (t.match(/’/g)?.length ?? 0);

/** Share of a span's letters that lie inside quotation marks of its article's text. */
function quotedShare(text: string, m: { start: number; end: number }): number {
  const marks = findQuoteMarks(text);
  let letters = 0;
  let quoted = 0;
  for (let i = m.start; i < m.end; i++) {
    if (!/\p{L}/u.test(text[i]!)) continue;
    letters++;
    if (marks.some((q) => i > q.open && i < q.close)) quoted++;
  }
  return letters ? quoted / letters : 0;
}

/** The seed reports analysed from `dir` into a fresh archive: the report and its story of all five. */
async function analyzeSeeds(dir: string): Promise<{ store: Store; report: Report; story: StoryReport }> {
  const store = openSqliteStore(join(tempDir(), 'seeds-claims.db'));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const { rejected, ...report } = await analyzeInputs(store, { inputs: files });
  expect(rejected).toEqual([]);
  const story = report.stories.find((s) => s.articleIds.length === 5)!;
  expect(story).toBeDefined();
  return { store, report, story };
}

describe.skipIf(!present)(present ? 'claims on the seed reports' : 'claims on the seed reports — SKIPPED: ../shared/seeds not found', () => {
  let store: Store;
  let report: Report;
  let story: StoryReport;
  beforeAll(async () => {
    ({ store, report, story } = await analyzeSeeds(sharedPath('seeds')));
  }, 60_000);
  afterAll(() => store.close());

  const textOf = (id: string) => report.articles.find((a) => a.id === id)!.text;

  it('cites all five reports for the fact they all state (no meeting between the two presidents is planned)', () => {
    const all = story.facts.filter((f) => f.articleIds.length === 5);
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(all.some((f) => /\bno\b.*\b(?:meeting|summit|plan)/i.test(f.text))).toBe(true);
  });

  it('has five facts or more carried by three reports or more (the target)', () => {
    expect(story.facts.filter((f) => f.articleIds.length >= 3).length).toBeGreaterThanOrEqual(5);
  });

  it('has no fact mention lying mostly inside quotation marks', () => {
    for (const f of story.facts) {
      for (const m of f.mentions) expect(quotedShare(textOf(m.articleId), m), m.text).toBeLessThanOrEqual(0.5);
    }
  });

  it('has no fact, brief sentence or timeline text with unbalanced quotation marks', () => {
    for (const t of [...story.facts.map((f) => f.text), ...story.facts.flatMap((f) => f.mentions.map((m) => m.text)), ...story.brief.map((b) => b.text), ...story.timeline.map((e) => e.text)]) {
      expect(balanced(t), t).toBe(true);
    }
  });

  it('has no brief sentence that is a quote, a caption or an ad', () => {
    for (const b of story.brief) {
      expect(b.text, b.text).not.toMatch(/["“”‘]/);
      expect(b.text).not.toMatch(/^(?:photo|image|sponsored|advertisement)\b|!\[/i);
    }
  });

  it('has no timeline text holding quoted words (a claim that quotes someone is shown by its own clause)', () => {
    for (const e of story.timeline) expect(e.text, e.text).not.toMatch(/["“”]/);
  });

  it('finds the NBC News interview as the primary source of all five reports', () => {
    const nbc = story.primarySources.find((s) => /NBC/.test(s.name))!;
    expect(nbc).toMatchObject({ kind: 'interview' });
    expect([...nbc.articleIds].sort()).toEqual([...story.articleIds].sort());
    expect(nbc.factCount).toBeGreaterThan(0);
  });

  it('puts the translated "no meeting is on the schedule" in the quote group of "There is no meeting planned"', () => {
    const group = story.quotes.find((g) => g.mentions.some((m) => /no meeting is on the schedule/.test(m.text)))!;
    expect(group.mentions.some((m) => /^There is no meeting planned/.test(m.text))).toBe(true);
  });

  it('holds the two dated events of a report without a publication date (Aug. 15 and three days later), year-less', () => {
    const dates = story.timeline.map((t) => t.date);
    expect(dates).toContain('--08-15');
    expect(dates).toContain('--08-18');
  });
});

// Article ids come from the files' paths, and reports order articles without a publication date by id: the same
// reports read from elsewhere (as CI does) meet in another order, which once put a scare-quoted sentence in the brief.
describe.skipIf(!present)(present ? 'claims on the seed reports read from other paths' : 'claims on the seed reports read from other paths — SKIPPED: ../shared/seeds not found', () => {
  it.each(['a', 'e', 'g', 'i'])('keeps quoted words out and the shared facts in, read from a folder named %s', async (name) => {
    // A fixed path, so each case is one fixed order of the five reports.
    const dir = join(tmpdir(), `triangulate-seeds-${name}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(sharedPath('seeds'), dir, { recursive: true });
    const { store, report, story } = await analyzeSeeds(dir);
    try {
      const textOf = (id: string) => report.articles.find((a) => a.id === id)!.text;
      for (const b of story.brief) expect(b.text, b.text).not.toMatch(/["“”‘]/);
      for (const t of [...story.facts.map((f) => f.text), ...story.brief.map((b) => b.text), ...story.timeline.map((e) => e.text)]) expect(balanced(t), t).toBe(true);
      for (const f of story.facts) for (const m of f.mentions) expect(quotedShare(textOf(m.articleId), m), m.text).toBeLessThanOrEqual(0.5);
      expect(story.facts.some((f) => f.articleIds.length === 5)).toBe(true);
      expect(story.facts.filter((f) => f.articleIds.length >= 3).length).toBeGreaterThanOrEqual(5);
    } finally {
      store.close();
    }
  }, 60_000);
});
