// The real seed reports, end to end: junk gone, no sentence lost, headline, syndication recovered, idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAvailable, sharedPath } from '../../eval/shared-data.js';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/article.js';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { assertArticle, tempDir } from '../helpers.js';

const present = sharedAvailable('seeds');
const title = present ? 'seed reports (../shared/seeds)' : 'seed reports — SKIPPED: ../shared/seeds not found beside the project';

describe.skipIf(!present)(title, () => {
  const dir = present ? sharedPath('seeds') : '';
  const files = present ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  const sources = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  let store: Store;
  let first: IngestResult;
  const articles = new Map<string, Article>();

  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'seeds.db'));
    first = await ingest(files.map((f) => join(dir, f)), store, { read: { ...DEFAULT_READ_OPTIONS, cwd: dir } });
    for (const a of first.articles) articles.set(a.source, (await store.getArticle(a.id))!);
  });
  afterAll(() => store.close());

  it('stores every report, valid against the schema, with no duplicates among different reports', () => {
    expect(first.counts).toMatchObject({ added: files.length, rejected: 0, duplicates: 0 });
    for (const a of articles.values()) assertArticle(a);
  });

  it('removes every kind of page junk', () => {
    for (const a of articles.values()) {
      expect(a.text).not.toMatch(/!\[[^\]]*\]\([^)]*\)/); // image placeholder
      expect(a.text).not.toMatch(/\s\|\s*$/m); // markup residue
      expect(a.text).not.toMatch(/^\d+\s+comments?$/im); // comment counter
      expect(a.text).not.toMatch(/^\d+\s*(?:yesterday,\s*)?(?:\d{2}\.\d{2}\.\d{4},\s*)?\d{1,2}:\d{2}$/im); // view counts glued to times
      expect(a.text).not.toMatch(/courtesy of|copyrighted by|original source of this article|^author:/im); // syndication footer
    }
  });

  it('loses no article sentence', () => {
    for (const [file, raw] of sources) {
      const a = articles.get(file)!;
      const kept = `${a.title ?? ''}\n${a.text}`;
      const lines = raw.split('\n').map((l) => l.replace(/!\[[^\]]*\]\([^)]*\)\s*/g, '').replace(/\s+\|\s*$/, '').trim());
      for (const line of lines) {
        const sentenceLike = line.split(/\s+/).length >= 8 && /[.!?"”’]$/.test(line);
        const footer = /courtesy of|original source of this article/i.test(line);
        if (sentenceLike && !footer) expect(kept, `${file} lost: ${line.slice(0, 60)}`).toContain(line);
      }
    }
  });

  it('takes a headline line as the title', () => {
    let headlines = 0;
    for (const [file, raw] of sources) {
      const firstLine = raw.split('\n')[0]!.trim();
      if (/[.!?"”’]$/.test(firstLine)) {
        expect(articles.get(file)!.title).toBeUndefined();
      } else {
        headlines++;
        expect(articles.get(file)!.title).toBe(firstLine);
        expect(articles.get(file)!.text.startsWith(firstLine)).toBe(false);
      }
    }
    expect(headlines).toBeGreaterThan(0);
  });

  it('recovers the syndicated copy\'s author, original publisher and republisher', () => {
    const [file, raw] = [...sources].find(([, r]) => /courtesy of/i.test(r))!;
    const a = articles.get(file)!;
    const author = /^Author:\s*(.+)$/m.exec(raw)![1]!.trim();
    const originUrl = /courtesy of.*?(https?:\/\/[^\s,]+)/i.exec(raw)![1]!;
    const contact = /please contact\s+([\w.-]+)/i.exec(raw)![1]!.toLowerCase();
    expect(a.byline).toBe(author);
    expect(a.origin?.url).toBe(originUrl);
    expect(a.origin?.outlet).toBe(new URL(originUrl).hostname.replace(/^www\./, ''));
    expect(a.outlet).toBe(contact);
  });

  it('changes nothing when ingested again', async () => {
    const before: Article[] = [];
    for await (const a of store.allArticles()) before.push(a);
    const again = await ingest(files.map((f) => join(dir, f)), store, { read: { ...DEFAULT_READ_OPTIONS, cwd: dir } });
    expect(again.counts).toMatchObject({ added: 0, updated: 0, unchanged: files.length, rejected: 0 });
    const after: Article[] = [];
    for await (const a of store.allArticles()) after.push(a);
    expect(after).toEqual(before);
  });
});
