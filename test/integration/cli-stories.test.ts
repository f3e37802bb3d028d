// `analyze`, `stories` and `story` through the CLI: formats, files, exit codes, and hostile article text kept inert.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, assertReport, runCli, tempDir } from '../helpers.js';

const dir = tempDir('triangulate-stories-');
const db = join(dir, 'archive.db');
const corpus = join(ROOT, 'test', 'fixtures', 'stories', 'coverage.jsonl');
const hostile = join(dir, 'hostile.jsonl');

beforeAll(() => {
  const text =
    'The harbour board of Quillon met on Monday <script>alert(1)</script> to discuss the <img src=x onerror=alert(2)> ferry timetable. ' +
    'Board chair Edda Morn said "the <b>timetable</b> stays" and left. Ferry users in Quillon said they were relieved that the timetable would not change.';
  writeFileSync(hostile, JSON.stringify({ id: 'hostile-1', outlet: 'Quillon <Gazette>', title: 'Ferry <script>x</script> timetable', published: '2031-02-03', text }) + '\n');
});

describe('triangulate analyze / stories / story', () => {
  it('analyze prints a valid JSON report of the stories the inputs belong to', async () => {
    const run = await runCli(['--db', db, 'analyze', corpus]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    assertReport(report);
    expect(report.stories).toHaveLength(3);
  });

  it('stories lists them with outlet and independent-source counts; story reports one', async () => {
    const list = JSON.parse((await runCli(['--db', db, '--json', 'stories'])).stdout);
    expect(list.total).toBe(3);
    const fire = list.items.find((s: { articles: number }) => s.articles === 4);
    expect(fire).toMatchObject({ outlets: 4, independentSources: 3 });
    const one = await runCli(['--db', db, 'story', fire.id, '--format', 'md']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^# /);
    expect(one.stdout).toContain('## Brief');
    expect(one.stdout).toContain('wording differs');
    expect((await runCli(['--db', db, 'story', 's_0000000000000000'])).code).toBe(1);
  });

  it('writes one self-contained HTML file in which article text cannot run', async () => {
    const out = join(dir, 'report.html');
    const run = await runCli(['--db', db, 'analyze', hostile, '--format', 'html', '--out', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    // Markup in plain text is dropped at extraction or escaped here; metadata keeps its characters, escaped.
    expect(html).toContain('Quillon &lt;Gazette&gt;');
    expect(html).toContain('Ferry &lt;script&gt;x&lt;/script&gt; timetable');
    expect(html).not.toMatch(/onerror=alert\(2\)>/);
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
  });

  it('exits 1 when an input is rejected, and still reports the rest', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = await runCli(['--db', db, 'analyze', empty, hostile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/EMPTY_INPUT/);
    expect(JSON.parse(run.stdout).stories).toHaveLength(1);
  });

  it('serve refuses a non-loopback address without a token', async () => {
    const run = await runCli(['--db', db, 'serve', '--host', '0.0.0.0', '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--token/);
  });
});
