// Golden pages: test/fixtures/pages/<slug>/source.html with the expected extraction in expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index.js';
import { isRejection } from '../src/model/rejection.js';

export const PAGES_DIR = join(import.meta.dirname, 'fixtures', 'pages');

export function pageSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** What a golden page pins: the article's fields, how it was extracted, and which rules removed what. */
export function extractPage(slug: string): Record<string, unknown> {
  const html = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
  const out = extractArticle({ source: `pages/${slug}`, kind: 'html', content: html, encoding: 'utf-8', hints: {} });
  if (isRejection(out)) return { rejected: out.code };
  return {
    title: out.title,
    byline: out.byline,
    outlet: out.outlet,
    url: out.url,
    published: out.published,
    language: out.language,
    method: out.extraction?.method,
    text: out.text,
    removed: out.removed.map((r) => `${r.rule}: ${r.text}`),
  };
}
