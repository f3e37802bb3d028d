// Stories end to end on the fictional coverage corpus (known answers) and on the real seed reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAvailable, sharedPath } from '../../eval/shared-data.js';
import type { Report, StoryReport } from '../../src/model/report.js';
import { analyzeInputs } from '../../src/service/stories.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { assertReport, ROOT, tempDir } from '../helpers.js';
import { supports } from '../support-check.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl');
const sourceOf = (r: Report) => new Map(r.articles.map((a) => [a.id, a.source]));
const storyWith = (r: Report, source: string) => r.stories.find((s) => s.articleIds.some((id) => sourceOf(r).get(id) === source))!;

function briefIsSupported(r: Report, s: StoryReport): void {
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  expect(s.brief.length).toBeGreaterThan(0);
  expect(s.brief.length).toBeLessThanOrEqual(8);
  for (const b of s.brief) {
    expect(b.articleIds).toContain(b.source.articleId);
    // The words as printed; a main clause shown alone gets a closing period.
    const printed = byId.get(b.source.articleId)!.text.slice(b.source.start, b.source.end);
    expect(b.text === printed || b.text === `${printed}.`, `“${b.text}” / “${printed}”`).toBe(true);
    expect(b.text).toMatch(/[.!?]["”’)]*$/u);
    for (const id of b.articleIds) expect(supports(byId.get(id)!, b.text), `“${b.text}” in ${byId.get(id)!.source}`).toBe(true);
  }
}

describe('stories on the fictional coverage corpus', () => {
  let store: Store;
  let report: Report;
  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'stories.db'));
    const { rejected, ...r } = await analyzeInputs(store, { inputs: [CORPUS] });
    expect(rejected).toEqual([]);
    report = r;
  });
  afterAll(() => store.close());

  it('is a valid Report', () => assertReport(report));

  it('clusters the same event together and keeps a same-kind event and an unrelated story apart', () => {
    const src = sourceOf(report);
    const sets = report.stories.map((s) => s.articleIds.map((id) => src.get(id)).sort());
    expect(sets).toContainEqual(['eastside-brenmoor-fire', 'herald-brenmoor-fire', 'lumen-brenmoor-fire', 'wire-brenmoor-fire']);
    expect(sets).toContainEqual(['coastal-oskarvik-fire', 'wire-oskarvik-fire']);
    expect(sets).toContainEqual(['herald-brenmoor-budget']);
  });

  it('counts outlets and independent sources (the syndicated copy counts once)', () => {
    const fire = storyWith(report, 'herald-brenmoor-fire');
    expect(fire.outlets).toHaveLength(4);
    expect(fire.independentSources).toBe(3);
  });

  it('groups a translated quote with the original wording and marks the words that differ', () => {
    const fire = storyWith(report, 'herald-brenmoor-fire');
    const group = fire.quotes.find((g) => g.speaker === 'Olga Sandoval')!;
    expect(new Set(group.mentions.map((m) => sourceOf(report).get(m.articleId)))).toEqual(
      new Set(['herald-brenmoor-fire', 'wire-brenmoor-fire', 'eastside-brenmoor-fire', 'lumen-brenmoor-fire']),
    );
    expect(group.wordingDiffers).toBe(true);
    const translated = group.mentions.find((m) => sourceOf(report).get(m.articleId) === 'lumen-brenmoor-fire')!;
    expect(translated.diff!.filter((w) => w.op === 'changed').map((w) => w.text)).toContain('yet');
  });

  it('finds the fact only one outlet has', () => {
    const fire = storyWith(report, 'herald-brenmoor-fire');
    const only = fire.facts.filter((f) => f.articleIds.length === 1 && /safety inspection/.test(f.text));
    expect(only.map((f) => sourceOf(report).get(f.articleIds[0]!))).toEqual(['lumen-brenmoor-fire']);
  });

  it('reports the 40 / 45 disagreement on evacuated workers', () => {
    const fire = storyWith(report, 'herald-brenmoor-fire');
    const d = fire.discrepancies.find((x) => x.kind === 'number')!;
    expect(new Set(d.values.map((v) => v.text))).toEqual(new Set(['Forty workers', '45 workers']));
  });

  it('builds a brief whose every sentence is supported by every article it cites', () => {
    for (const s of report.stories) briefIsSupported(report, s);
  });

  it('orders the timeline and keeps framing spans in the text', () => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    for (const s of report.stories) {
      const dates = s.timeline.map((t) => t.date);
      expect([...dates].sort()).toEqual(dates);
      for (const f of s.framing) expect(byId.get(f.articleId)!.text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('keeps story ids when the same inputs are analysed again', async () => {
    const again = await analyzeInputs(store, { inputs: [CORPUS] });
    expect(again.stories.map((s) => s.id).sort()).toEqual(report.stories.map((s) => s.id).sort());
  });
});

const present = sharedAvailable('seeds');
describe.skipIf(!present)(present ? 'stories on the seed reports' : 'stories on the seed reports — SKIPPED: ../shared/seeds not found beside the project', () => {
  const seeds = () => {
    const dir = sharedPath('seeds');
    return readFileSync(join(dir, 'README.md'), 'utf8') && dir;
  };
  let store: Store;
  let report: Report;
  let seedIds: string[];
  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'seeds-stories.db'));
    // Unrelated articles first, so the seeds arrive into a populated archive.
    await analyzeInputs(store, { inputs: [CORPUS, join(ROOT, 'demo', 'corpus')] });
    const dir = seeds();
    const files = ['000', '001', '002', '003', '004'].flatMap((p) => (require_ls(dir).find((f) => f.startsWith(p)) ? [join(dir, require_ls(dir).find((f) => f.startsWith(p))!)] : []));
    const { rejected, ...r } = await analyzeInputs(store, { inputs: files });
    expect(rejected).toEqual([]);
    report = r;
    seedIds = r.articles.filter((a) => files.some((f) => f.endsWith(a.source))).map((a) => a.id);
    // The whole pipeline over the demo corpus and the seeds: seconds on a quiet machine, more on a busy CI one.
  }, 60_000);
  afterAll(() => store.close());

  it('puts the five reports in one story, with none of the unrelated articles', () => {
    expect(seedIds).toHaveLength(5);
    const story = report.stories.find((s) => s.articleIds.includes(seedIds[0]!))!;
    expect([...story.articleIds].sort()).toEqual([...seedIds].sort());
    assertReport(report);
  });

  it('groups statements printed by several outlets, also when worded differently', () => {
    const story = report.stories.find((s) => s.articleIds.includes(seedIds[0]!))!;
    const shared = story.quotes.filter((g) => new Set(g.mentions.map((m) => m.articleId)).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(4);
    expect(shared.some((g) => g.wordingDiffers && new Set(g.mentions.map((m) => m.articleId)).size >= 3)).toBe(true);
  });

  it('cites, for every brief sentence, only articles that support it', () => {
    const story = report.stories.find((s) => s.articleIds.includes(seedIds[0]!))!;
    briefIsSupported(report, story);
  });
});

function require_ls(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}
