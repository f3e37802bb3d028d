// Rewrites every test/fixtures/pages/<slug>/expected.json from the current extractor; review the diff before committing.
// Run: npx tsx test/regenerate-golden.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, extractPage, pageSlugs } from './golden-pages.js';

for (const slug of pageSlugs()) {
  writeFileSync(join(PAGES_DIR, slug, 'expected.json'), JSON.stringify(extractPage(slug), null, 2) + '\n');
  console.log(`wrote ${slug}/expected.json`);
}
