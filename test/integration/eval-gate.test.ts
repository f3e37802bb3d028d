// The evaluation gate inside `npm test`: extraction on the public benchmark must stay at or above its pinned floor.
import { describe, expect, it } from 'vitest';
import { evaluateExtraction } from '../../eval/extraction.js';
import { readBaseline, regressions } from '../../eval/gate.js';
import { hasShared } from '../../eval/shared-data.js';

const present = hasShared('data', 'zyte-article-extraction');
describe.skipIf(!present)(present ? 'eval gate' : 'eval gate — SKIPPED: ../shared/data not found beside the project', () => {
  it('extraction F1, precision and recall stay at or above eval/baseline.json', () => {
    const { triangulate, wholePage } = evaluateExtraction();
    expect(regressions('extraction', { ...triangulate }, readBaseline())).toEqual([]);
    expect(triangulate.f1).toBeGreaterThan(wholePage.f1);
  }, 120_000);
});
