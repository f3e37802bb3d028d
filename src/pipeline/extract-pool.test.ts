import { afterEach, describe, expect, it } from 'vitest';
import type { RawDocument } from '../model/raw-document.js';
import { isRejection } from '../model/rejection.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';

const doc = (source: string, content: string, kind: RawDocument['kind'] = 'text'): RawDocument => ({ source, kind, content, encoding: 'utf-8', hints: {} });
const story = 'Ferry services resume\nThe island ferry resumed twice-daily crossings on Monday after a new boat passed its safety inspection, the operator said.';
// A page that takes far longer than a millisecond to parse and extract.
const heavyPage = `<html><body>${'<div><p>Filler paragraph with enough words to be scored by the extractor, again and again.</p></div>'.repeat(20_000)}</body></html>`;

let pool: ExtractPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createExtractPool', () => {
  it('extracts in a worker thread', async () => {
    pool = createExtractPool({ size: 1 });
    const out = await pool.extract(doc('a', story));
    expect(isRejection(out) ? out.reason : out.title).toBe('Ferry services resume');
  });

  it('answers results for many documents on fewer workers', async () => {
    pool = createExtractPool({ size: 2 });
    const outs = await Promise.all(Array.from({ length: 10 }, (_, i) => pool!.extract(doc(`s${i}`, story))));
    expect(outs.map((o) => (isRejection(o) ? o.code : o.source))).toEqual(Array.from({ length: 10 }, (_, i) => `s${i}`));
  });

  it('rejects a document over its time budget and keeps working with a fresh worker', async () => {
    pool = createExtractPool({ size: 1, budgetMs: 1 });
    const slow = await pool.extract(doc('heavy', heavyPage, 'html'));
    expect(isRejection(slow) && slow.code).toBe('EXTRACTION_BUDGET');
    await pool.close();
    pool = createExtractPool({ size: 1, budgetMs: 60_000 });
    expect(isRejection(await pool.extract(doc('b', story)))).toBe(false);
  });

  it('a timed-out document does not take the next one down with it', async () => {
    // The heavy page needs ~1.6 s on one core; the short story's first run on a fresh worker (cold JIT, analysis included)
    // must fit the budget even when CI runs test files in parallel, which 300 ms did not always allow.
    pool = createExtractPool({ size: 1, budgetMs: 1000 });
    const [slow, next] = await Promise.all([pool.extract(doc('heavy', heavyPage, 'html')), pool.extract(doc('next', story))]);
    expect(isRejection(slow) && slow.code).toBe('EXTRACTION_BUDGET');
    expect(isRejection(next) ? next.reason : next.source).toBe('next');
  });

  it('answers pending documents when closed', async () => {
    pool = createExtractPool({ size: 1 });
    const pending = pool.extract(doc('heavy', heavyPage, 'html'));
    await pool.close();
    const out = await pending;
    expect(isRejection(out) && out.code).toBe('EXTRACTION_FAILED');
  });
});
