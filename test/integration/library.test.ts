// The typed library: `import { analyze } from 'triangulate'` runs the pipeline and returns the report object.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, REPORT_SCHEMA } from '../../src/index.js';
import { assertReport, ROOT } from '../helpers.js';

describe('library analyze', () => {
  it('returns a valid report from an in-memory archive by default', async () => {
    const report = await analyze([join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl')]);
    assertReport(report);
    expect(report.rejected).toEqual([]);
    expect(report.stories.map((s) => s.articleIds.length).sort()).toEqual([1, 2, 4]);
    expect(REPORT_SCHEMA.title).toBe('Report');
  });

  it('reports a missing input as a rejection, not a throw', async () => {
    const report = await analyze([join(ROOT, 'no-such-file.txt')]);
    expect(report.rejected.map((r) => r.code)).toEqual(['MISSING_PATH']);
    expect(report.stories).toEqual([]);
  });
});
