// Each golden page extracts exactly as its expected.json says (regenerate with test/regenerate-golden.ts after a deliberate change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, extractPage, pageSlugs } from '../golden-pages.js';

describe('golden pages', () => {
  it.each(pageSlugs())('%s', (slug) => {
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(extractPage(slug)))).toEqual(expected);
  });
});
