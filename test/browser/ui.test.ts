// The web UI in a real browser (Debian's chromium driven by playwright-core): ingest through the API, open the story,
// check quote groups, the coverage matrix and highlighting, at phone and laptop widths, with no page errors.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../eval/shared-data.js';
import { createApp } from '../../src/http/app.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run: a missing browser there is a failure, not a skip.
if (!present && process.env.CI) throw new Error(`CI: no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
const SHOTS = process.env.TRIANGULATE_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : tempDir('triangulate-shots-');

describe.skipIf(!present)(present ? 'web UI in chromium' : `web UI in chromium — SKIPPED: no browser at ${CHROMIUM} (apt-get install chromium)`, () => {
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let base = '';
  let storyId = '';

  beforeAll(async () => {
    store = openSqliteStore(join(tempDir(), 'ui.db'));
    const app = createApp({ store });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The real seed reports when present, else the fictional coverage corpus; both through the API as a user would.
    // Screenshots kept in docs/ show only the fictional corpus (no third-party text in the project).
    const docs = hasShared('seeds') && !process.env.TRIANGULATE_SCREENSHOTS
      ? readdirSync(sharedPath('seeds'))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => ({ text: readFileSync(join(sharedPath('seeds'), f), 'utf8'), source: `seeds/${f}` }))
      : readFileSync(join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { text: string; outlet: string; title: string; published: string; id: string })
          .map((d) => ({ text: d.text, outlet: d.outlet, title: d.title, published: d.published, source: d.id }));
    const stories = new Map<string, number>();
    for (const d of docs) {
      const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(d) });
      expect(res.status).toBe(201);
      const { storyId: s } = (await res.json()) as { storyId: string };
      stories.set(s, (stories.get(s) ?? 0) + 1);
    }
    storyId = [...stories].sort((a, b) => b[1] - a[1])[0]![0];
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await store?.close();
  });

  for (const [name, viewport] of [['laptop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    it(`shows the story with quote groups, coverage and highlighting at ${name} width`, async () => {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${base}/`);
      await expect(page.locator('table tbody tr').count()).resolves.toBeGreaterThan(0);
      await page.screenshot({ path: join(SHOTS, `stories-${name}.png`), fullPage: false });
      await page.goto(`${base}/stories/${storyId}`);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      await page.screenshot({ path: join(SHOTS, `story-${name}.png`), fullPage: false });
      // Quote groups: at least one statement printed by several articles, each wording side by side.
      const groups = page.locator('.quotes');
      await expect(groups.count()).resolves.toBeGreaterThan(0);
      const multi = await page.locator('.quotes').evaluateAll((els) => els.filter((e) => e.querySelectorAll('blockquote').length > 1).length);
      expect(multi).toBeGreaterThan(0);
      // Coverage matrix: a row per fact, a column per article, dots where an article carries the fact.
      await expect(page.locator('table td.dot:has-text("●")').count()).resolves.toBeGreaterThan(0);
      // Clicking a speaker lights up that statement in the articles' texts.
      const onIn = async () =>
        page.locator('.seg.on').evaluateAll((els) => new Set(els.map((e) => e.closest('section.article')?.id)).size);
      const speaker = page.locator('h3 button.k[data-k^="q"]').first();
      await speaker.click();
      await expect(onIn()).resolves.toBeGreaterThan(0);
      // Keyboard: the buttons are focusable and work with Enter.
      await speaker.click();
      await speaker.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.seg.on').count()).resolves.toBeGreaterThan(0);
      // A fact several articles carry lights up in each of them; so does an entity.
      const shared = page.locator('tr:not(.only) button.k[data-k^="f"]').first();
      await shared.click();
      await expect(onIn()).resolves.toBeGreaterThan(1);
      await page.locator('li button.k[data-k^="e"]').first().click();
      await expect(onIn()).resolves.toBeGreaterThan(1);
      // Nothing overflows the phone's width.
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      if (name === 'phone') expect(overflow).toBeLessThanOrEqual(2);
      await page.screenshot({ path: join(SHOTS, `highlight-${name}.png`), fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('uploads several files with progress on the ingest page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/ingest`);
    const text = (day: string) => `Volunteers in Quillon planted four hundred trees along the river path on ${day}, the parks office said. Schoolchildren helped with the watering.`;
    await page.setInputFiles('input[type=file]', [
      { name: 'trees-a.txt', mimeType: 'text/plain', buffer: Buffer.from(text('Saturday')) },
      { name: 'trees-b.txt', mimeType: 'text/plain', buffer: Buffer.from(text('Sunday')) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ]);
    await page.click('button[type=submit]');
    type Doc = { document: { getElementById(id: string): { value: number } } };
    await page.waitForFunction(() => (globalThis as unknown as Doc).document.getElementById('progress').value === 3);
    const lines = await page.locator('#results li').allTextContents();
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.endsWith(': added'))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('empty.txt'))).toMatch(/not added/);
    expect(errors).toEqual([]);
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
