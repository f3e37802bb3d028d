// The evaluation gate inside `npm test`: every stage must stay at or above its pinned floor in eval/baseline.json.
import { describe, expect, it } from 'vitest';
import { alignmentFloors, evaluateAlignment } from '../../eval/alignment.js';
import { evaluateClusteringOrders } from '../../eval/clustering.js';
import { evaluateFactPairs, factPairsFloors } from '../../eval/fact-pairs.js';
import { evaluateNames, evaluateNewsNames } from '../../eval/names.js';
import { evaluateDates } from '../../eval/dates.js';
import { evaluateExtraction } from '../../eval/extraction.js';
import { readBaseline, regressions } from '../../eval/gate.js';
import { evaluateLanguage } from '../../eval/language.js';
import { sharedAvailable } from '../../eval/shared-data.js';

describe('eval gate: language analysis on our annotated articles', () => {
  for (const set of ['dev', 'heldout'] as const) {
    it(`${set}: quotes, speakers, kinds, entities and dates stay at or above their floors`, () => {
      expect(regressions(`language-${set}`, { ...evaluateLanguage(set) }, readBaseline())).toEqual([]);
    });
  }
});

const present = sharedAvailable('data');
describe.skipIf(!present)(present ? 'eval gate on ../shared/data' : 'eval gate on ../shared/data — SKIPPED: ../shared/data not found beside the project', () => {
  it('extraction F1, precision and recall stay at or above eval/baseline.json', () => {
    const { triangulate, wholePage } = evaluateExtraction();
    expect(regressions('extraction', { ...triangulate }, readBaseline())).toEqual([]);
    expect(triangulate.f1).toBeGreaterThan(wholePage.f1);
  }, 120_000);

  it('dates on SemEval-2015 TimeLine stay at or above their floors and beat the publication-date baseline', () => {
    const d = evaluateDates();
    expect(regressions('dates', { ...d }, readBaseline())).toEqual([]);
    expect(d.accuracy).toBeGreaterThan(d.dctBaseline);
  }, 120_000);

  it('story clustering on ECB+ stays at or above its floors (means over several stream orders) and beats all-singletons', () => {
    const orders = evaluateClusteringOrders();
    expect(regressions('clustering', { bcubedF1: orders.bcubedF1, testBcubedF1: orders.testBcubedF1, withinTopic: orders.withinTopic }, readBaseline())).toEqual([]);
    expect(orders.minBcubedF1).toBeGreaterThan(orders.singletonsBcubedF1);
  }, 300_000);

  it('names on GUM stay at or above their floors', () => {
    const n = evaluateNames('test');
    expect(regressions('names', { testTypedF1: n.typed.f1, testUntypedF1: n.untyped.f1 }, readBaseline())).toEqual([]);
  }, 120_000);

  it('typed names in news (ECB+ test topics) stay at or above their floors', () => {
    const n = evaluateNewsNames('test');
    expect(regressions('newsNames', { found: n.found, typed: n.typed }, readBaseline())).toEqual([]);
  }, 120_000);

  it('claim alignment on ECB+ sentence pairs stays at or above its floors and beats the previous fact test on recall', () => {
    const al = evaluateAlignment();
    expect(regressions('alignment', alignmentFloors(al), readBaseline())).toEqual([]);
    expect(al.method.test.recall).toBeGreaterThan(al.legacy.test.recall);
  }, 300_000);

  it('the facts of ECB+ story reports stay at or above their floors (claims of one event in one fact, others apart)', async () => {
    const floors = factPairsFloors(await evaluateFactPairs('dev'), await evaluateFactPairs('test'));
    expect(regressions('factPairs', floors, readBaseline())).toEqual([]);
  }, 600_000);
});
