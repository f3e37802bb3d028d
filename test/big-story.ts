// A large story written straight into a store (analysed articles and one story holding them all), for tests of what a
// big report costs the server. Built from the fictional fixture's fire reports, each outlet with its own closing line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateEvidence } from '../src/dedupe/index.js';
import { annotateArticle } from '../src/language/index.js';
import { articleIdFor } from '../src/model/article-id.js';
import type { Article } from '../src/model/article.js';
import type { ArticleWrite, Store } from '../src/store/store.js';
import { ROOT } from './helpers.js';

/** Writes a story of `size` articles into `store` and returns its id. */
export async function writeBigStory(store: Store, size: number, storyId = 's_b160000000000000'): Promise<string> {
  const base = readFileSync(join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; title: string; published: string })
    .filter((d) => d.id.includes('brenmoor-fire'));
  const analysed = base.map((d) => annotateArticle({ text: d.text, published: d.published }));
  const writes: ArticleWrite[] = [];
  const members: string[] = [];
  for (let i = 0; i < size; i++) {
    const d = base[i % base.length]!;
    // The closing line comes after the analysed text, so the analysis' spans stay valid.
    const text = `${d.text}\nOutlet ${i} reporter number ${i} contributed to this report from desk ${i % 17}.`;
    const source = `big/${i}`;
    const article: Article = { id: articleIdFor(source), source, outlet: `Outlet ${i}`, title: d.title, published: d.published, text, removed: [], ...analysed[i % base.length]! };
    writes.push({ article, raw: { source, kind: 'text', content: text, encoding: 'utf-8', hints: {} }, evidence: duplicateEvidence(text) });
    members.push(article.id);
  }
  for (let i = 0; i < writes.length; i += 500) await store.write({ articles: writes.slice(i, i + 500), relinks: [] });
  await store.writeStories({ docs: size, df: [], stories: [{ id: storyId, centroid: [['fire', 1]], members, first: 22_442, last: 22_443 }], removed: [] });
  return storyId;
}
