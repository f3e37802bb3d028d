// The web UI in a real browser (Debian's chromium driven by playwright-core), at phone (390 px) and laptop (1280 px)
// widths: the story page of the real seed reports and of the fictional corpus, a 500-article story, highlighting with
// next/previous, uploads. With TRIANGULATE_SCREENSHOTS=1 (npm run screenshots) it writes docs/screenshots from the
// fictional corpus only (no third-party text in the project).
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAvailable, sharedPath } from '../../eval/shared-data.js';
import { renderMarkdown } from '../../src/export/markdown.js';
import { createApp } from '../../src/http/app.js';
import type { Report } from '../../src/model/report.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { writeBigStory } from '../big-story.js';
import { ROOT, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run: a missing browser there is a failure, not a skip.
if (!present && process.env.CI) throw new Error(`CI: no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
const SCREENSHOTS = Boolean(process.env.TRIANGULATE_SCREENSHOTS);
const SHOTS = SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : tempDir('triangulate-shots-');
const WIDTHS = [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1280, height: 800 }],
] as const;

interface Doc {
  text: string;
  source: string;
  outlet?: string;
  title?: string;
  published?: string;
}

const fictional = (): Doc[] =>
  readFileSync(join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; outlet: string; title: string; published: string; id: string })
    .map((d) => ({ text: d.text, outlet: d.outlet, title: d.title, published: d.published, source: d.id }));

describe.skipIf(!present)(present ? 'web UI in chromium' : `web UI in chromium — SKIPPED: no browser at ${CHROMIUM} (apt-get install chromium)`, () => {
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let base = '';
  let fictionalStory = '';
  let seedStory = '';
  let bigStory = '';

  /** Posts documents through the API as a user would; returns the story most of them joined. */
  async function post(docs: Doc[]): Promise<string> {
    const stories = new Map<string, number>();
    for (const d of docs) {
      const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(d) });
      expect(res.status).toBe(201);
      const { storyId: s } = (await res.json()) as { storyId: string };
      stories.set(s, (stories.get(s) ?? 0) + 1);
    }
    return [...stories].sort((a, b) => b[1] - a[1])[0]![0];
  }

  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'ui.db'));
    const app = createApp({ store });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fictionalStory = await post(fictional());
    // The real seed reports, each given an outlet name as a user would (with --outlet or an outlets.json beside them).
    if (!SCREENSHOTS && sharedAvailable('seeds')) {
      const files = readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort();
      seedStory = await post(files.map((f, i) => ({ text: readFileSync(join(sharedPath('seeds'), f), 'utf8'), source: `seeds/${f}`, outlet: `Seed outlet ${i + 1}` })));
    }
    bigStory = await writeBigStory(store, 500);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await store?.close();
  });

  async function open(viewport: { width: number; height: number }, path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}${path}`);
    return { page, errors };
  }

  const overflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth - window.innerWidth').then(Number);

  /** What every story page must show: outlets by name in the coverage header and on every quote row, one row per outlet. */
  async function checkStoryPage(page: Page): Promise<void> {
    const outlets = await page.locator('#sources ul.sources li .chip').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(outlets.length).toBeGreaterThan(1);
    const header = await page.locator('table.coverage thead th[title]').allTextContents();
    expect(header.length).toBeGreaterThan(1);
    for (const h of header) expect(h).toMatch(/^\d+ \S/); // the number and the outlet's short name
    const rows = page.locator('.qgroup table.rows tr');
    expect(await rows.count()).toBeGreaterThan(1);
    const perRow = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.chip')?.getAttribute('title') ?? ''));
    for (const o of perRow) expect(outlets).toContain(o);
    // One row per outlet in each group.
    const groups = await page.locator('.qgroup').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('tr .chip')].map((c) => c.getAttribute('href'))));
    for (const g of groups) expect(new Set(g).size).toBe(g.length);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
  }

  for (const [name, viewport] of WIDTHS) {
    it(`the fictional story at ${name} width: summary band, contents, headlines side by side, quotes per outlet, coverage, no overflow`, async () => {
      const { page, errors } = await open(viewport, '/');
      await expect(page.locator('table tbody tr').count()).resolves.toBeGreaterThan(0);
      expect(await overflow(page)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(SHOTS, `stories-${name}.png`) });
      await page.goto(`${base}/stories/${fictionalStory}`);
      await expect(page.locator('dl.band').isVisible()).resolves.toBe(true);
      await expect(page.locator('nav.toc a[href="#quotes"]').count()).resolves.toBe(1);
      await page.screenshot({ path: join(SHOTS, `story-top-${name}.png`) });
      // Headlines side by side: one row per outlet, differing words marked.
      const headlines = page.locator('#headlines table.rows tr');
      expect(await headlines.count()).toBeGreaterThan(1);
      expect(await page.locator('#headlines mark').count()).toBeGreaterThan(0);
      await checkStoryPage(page);
      await page.locator('#quotes').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `story-quotes-${name}.png`) });
      await page.locator('#coverage').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `story-coverage-${name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it(`highlights a fact in every article and steps through it with next and previous at ${name} width`, async () => {
      const { page, errors } = await open(viewport, `/stories/${fictionalStory}`);
      const fact = page.locator('#coverage table button.k[data-k^="f"]').first();
      await fact.click();
      const pos = page.locator('#hl-pos');
      await expect(pos.textContent()).resolves.toMatch(/^1 of (\d+)$/);
      const total = Number(/of (\d+)/.exec((await pos.textContent())!)![1]);
      expect(total).toBeGreaterThan(1);
      // The lit sentences are in folded articles: the current one is opened and shown.
      await expect(page.locator('.seg.cur').first().isVisible()).resolves.toBe(true);
      await page.locator('#hl button[data-act=next]').click();
      await expect(pos.textContent()).resolves.toBe(`2 of ${total}`);
      await page.locator('#hl button[data-act=prev]').click();
      await page.locator('#hl button[data-act=prev]').click();
      await expect(pos.textContent()).resolves.toBe(`${total} of ${total}`);
      await page.screenshot({ path: join(SHOTS, `highlight-${name}.png`) });
      // Back to where the reader was, then closed.
      await page.locator('#hl button[data-act=back]').click();
      await expect(fact.evaluate((b) => b === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).resolves.toBe(true);
      await page.locator('#hl button[data-act=close]').click();
      await expect(page.locator('.seg.on').count()).resolves.toBe(0);
      // Keyboard: the buttons are focusable and work with Enter.
      await fact.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.seg.on').count()).resolves.toBeGreaterThan(1);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it.skipIf(SCREENSHOTS)(`the real seed reports' story at ${name} width shows each outlet by name`, async () => {
      expect(seedStory).not.toBe('');
      const { page, errors } = await open(viewport, `/stories/${seedStory}`);
      await checkStoryPage(page);
      const header = await page.locator('table.coverage thead th[title]').evaluateAll((ths) => ths.map((t) => t.getAttribute('title')));
      expect(header).toEqual(['Seed outlet 1', 'Seed outlet 2', 'Seed outlet 3', 'Seed outlet 4', 'Seed outlet 5']);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it(`a 500-article story at ${name} width: no horizontal scroll, the summary band on the first screen`, async () => {
      const { page, errors } = await open(viewport, `/stories/${bigStory}`);
      expect(await overflow(page)).toBeLessThanOrEqual(1);
      const band = await page.locator('dl.band').boundingBox();
      expect(band).not.toBeNull();
      expect(band!.y).toBeLessThan(viewport.height);
      // Coverage by outlet, never a column per article.
      expect(await page.locator('#coverage th').count()).toBeLessThanOrEqual(14);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('gives a story one title in the list, the API, the page and the exports', async () => {
    const list = (await (await fetch(`${base}/api/stories?limit=50`)).json()) as { items: { id: string; title: string }[] };
    for (const id of [fictionalStory, bigStory, ...(seedStory ? [seedStory] : [])]) {
      const listed = list.items.find((s) => s.id === id)!.title;
      const report = (await (await fetch(`${base}/api/stories/${id}`)).json()) as Report;
      expect(report.stories[0]!.title).toBe(listed);
      const page = await browser.newPage();
      await page.goto(`${base}/stories/${id}`);
      expect(await page.locator('h1').first().textContent()).toBe(listed);
      await page.close();
      expect(renderMarkdown(report).split('\n')[0]).toBe(`# ${listed.replace(/([\\`*_[\]<>#|])/g, '\\$1')}`);
    }
  }, 60_000);

  it('uploads several files with progress on the ingest page, and says which were already stored', async () => {
    const { page, errors } = await open({ width: 390, height: 844 }, '/ingest');
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    const text = (day: string) => `Volunteers in Quillon planted four hundred trees along the river path on ${day}, the parks office said. Schoolchildren helped with the watering.`;
    const files = [
      { name: 'trees-a.txt', mimeType: 'text/plain', buffer: Buffer.from(text('Saturday')) },
      { name: 'trees-b.md', mimeType: 'text/markdown', buffer: Buffer.from(`Different words entirely: the Orlen choir sang at the lake festival on Sunday evening, organisers said, and two thousand people came.`) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ];
    await page.setInputFiles('input[type=file]', files);
    await page.click('button[type=submit]');
    type D = { document: { getElementById(id: string): { value: number } } };
    await page.waitForFunction(() => (globalThis as unknown as D).document.getElementById('progress').value === 3);
    const lines = await page.locator('#results li').allTextContents();
    expect(lines.filter((l) => l.endsWith(': added'))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('empty.txt'))).toMatch(/not added/);
    // The same files again: already stored, not "added".
    await page.setInputFiles('input[type=file]', files.slice(0, 2));
    await page.click('button[type=submit]');
    await page.waitForFunction(() => (globalThis as unknown as D).document.getElementById('progress').value === 2);
    expect(await page.locator('#results li').allTextContents()).toEqual(['trees-a.txt: already stored, nothing changed', 'trees-b.md: already stored, nothing changed']);
    // The refused file's 422 is logged by the browser as a failed load; nothing else may go wrong.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await page.close();
  }, 60_000);

  it('adds an article through the ingest page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/ingest`);
    await page.fill('textarea[name=text]', 'The ferry between Quillon and Marsby resumed service on Friday after a week of repairs to its ramp, the operator said. Passengers queued from dawn.');
    await page.fill('input[name=outlet]', 'Browser Test Weekly');
    await Promise.all([page.waitForURL(/\/stories\/s_[0-9a-f]{16}$/), page.click('button[type=submit]')]);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/ferry|Quillon/i);
    await page.close();
  }, 60_000);
});
