// The CLI end to end: bad inputs reported one line each, exit codes, JSON outputs valid against the schema.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, assertArticle, runCli, tempDir } from '../helpers.js';

const dir = tempDir('triangulate-cli-');
const db = join(dir, 'archive.db');
const inputs = join(dir, 'inputs');
const story = 'The city council approved a new budget on Tuesday after a debate that lasted more than six hours. Council members said the plan would fund two new schools and repair the harbour wall.';

beforeAll(() => {
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'good.txt'), `Council approves budget\n${story}\n5 Comments`);
  copyFileSync(join(ROOT, 'demo/corpus/ledger-strike.html'), join(inputs, 'page.html'));
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(inputs, 'broken.rss'), '<?xml version="1.0"?><rss><channel><item><title>x</channel>');
  writeFileSync(join(inputs, 'lines.jsonl'), `${JSON.stringify({ id: 'j1', outlet: 'Harbour Review', text: story.replace('Tuesday', 'Monday') })}\n{oops\n`);
  writeFileSync(join(inputs, 'short.txt'), 'Too short.');
});

describe('triangulate CLI', () => {
  it('ingests what it can, reports each bad input on one line, exits 1', async () => {
    const run = await runCli(['--db', db, 'ingest', inputs, join(dir, 'does-not-exist.txt')]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    const codes = lines.map((l) => /\[([A-Z_]+)\]$/.exec(l)?.[1]).sort();
    expect(codes).toEqual(['BINARY_INPUT', 'EMPTY_INPUT', 'MALFORMED_JSON', 'MALFORMED_XML', 'MISSING_PATH', 'NOT_AN_ARTICLE']);
    expect(run.stdout).toMatch(/^3 new articles, 0 updated \(1 is a copy of another article\); 0 unchanged, 6 rejected$/m);
  });

  it('adds nothing when the same inputs come again', async () => {
    const run = await runCli(['--db', db, 'ingest', join(inputs, 'good.txt'), join(inputs, 'page.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 new articles, 0 updated; 2 unchanged/m);
  });

  it('lists, shows, searches and exports valid Article JSON', async () => {
    const list = JSON.parse((await runCli(['--db', db, '--json', 'list'])).stdout);
    expect(list.total).toBe(3);
    const good = list.items.find((i: { title?: string }) => i.title === 'Council approves budget');
    const shown = JSON.parse((await runCli(['--db', db, 'show', good.id, '--json'])).stdout);
    assertArticle(shown);
    expect(shown.removed.map((r: { rule: string }) => r.rule)).toEqual(['comment-counter']);

    const hits = JSON.parse((await runCli(['--db', db, '--json', 'search', 'harbour', 'wall'])).stdout);
    expect(hits.length).toBe(2);

    const jsonl = (await runCli(['--db', db, 'export'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(3);
    jsonl.forEach(assertArticle);
    const dup = jsonl.find((a) => a.duplicateOf);
    // One side's outlet is unknown (a plain text file), so the copy is 'near', not 'syndicated'.
    expect(dup.duplicateOf).toMatchObject({ id: good.id, kind: 'near' });

    const out = join(dir, 'all.json');
    expect((await runCli(['--db', db, 'export', '--format', 'json', '--out', out])).code).toBe(0);
  });

  it.each([
    { name: 'unknown command', args: ['frobnicate'], code: 2 },
    { name: 'missing argument', args: ['show'], code: 2 },
    { name: 'bad option value', args: ['list', '--limit', 'many'], code: 2 },
    { name: 'unsupported backend', args: ['--db', 'mysql://x/y', 'list'], code: 2 },
    { name: 'bad export format', args: ['export', '--format', 'xml'], code: 2 },
    { name: 'unknown id', args: ['show', 'a_0000000000000000'], code: 1 },
    { name: 'help', args: ['--help'], code: 0 },
  ])('exit code for $name is $code', async ({ args, code }) => {
    const run = await runCli(['--db', db, ...args]);
    expect(run.code).toBe(code);
    if (code !== 0) expect(run.stderr.length).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces for expected errors
  });

  it('runs the bundled demo', async () => {
    const run = await runCli(['--db', join(dir, 'demo.db'), 'demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/7 articles in 2 stories/);
    expect(run.stdout).toMatch(/5 articles · 5 outlets · 4 independent sources/);
    expect(run.stdout).toMatch(/— copy of \[\d+\]/);
    expect(run.stdout).toMatch(/Disagreement \(number\): 1,200 hectares \[\d\] vs 1,500 hectares \[\d\]/);
  });

  it('prints titles, outlets, texts and file names with control characters escaped, never raw', async () => {
    const hostile = join(dir, 'hostile');
    mkdirSync(hostile);
    const esc = '\x1b]0;pwned\x07\x1b[2J\u202e';
    writeFileSync(
      join(hostile, 'a.jsonl'),
      JSON.stringify({ id: `evil${esc}id`, outlet: `Outlet${esc}`, title: `Title${esc}`, text: `${story} ${story.replace("Tuesday", "Friday")} ${story.replace("Tuesday", "Sunday")} Closing line.${esc}` }) + '\n',
    );
    writeFileSync(join(hostile, `bad${'\x1b'}[31m.txt`), '');
    const archive = join(dir, 'hostile.db');
    const ingest = await runCli(['--db', archive, 'ingest', hostile]);
    const list = await runCli(['--db', archive, 'list']);
    const id = /^(a_[0-9a-f]{16})/m.exec(list.stdout)![1]!;
    const show = await runCli(['--db', archive, 'show', id]);
    const search = await runCli(['--db', archive, 'search', 'budget']);
    for (const run of [ingest, list, show, search]) {
      expect(run.stdout + run.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    }
    expect(list.stdout).toContain('Title\\x1b]0;pwned\\x07\\x1b[2J\\u202e');
    expect(ingest.stderr).toContain('bad\\x1b[31m.txt');
    const json = await runCli(['--db', archive, '--json', 'list']);
    expect(json.stdout).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202e](?<!\n)/);
    expect(JSON.parse(json.stdout).items[0].title).toBe(`Title${esc}`);
  });

  it('says in one line that the export could not be written to a full disk', async () => {
    for (const args of [['export', '--out', '/dev/full'], ['export', '--out', join(dir, 'no-such-folder', 'x.jsonl')]]) {
      const run = await runCli(['--db', db, ...args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^triangulate: the output could not be written: .*(ENOSPC|ENOENT)\n$/);
    }
  });
});
