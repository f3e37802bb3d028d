// The CLI as a person at a terminal meets it: text reports, one-line mistakes, an archive that must exist to be read,
// outlets named by the user, plurals, the demo kept apart from the user's archive.
import { createServer } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliOnTerminal, tempDir } from '../helpers.js';

const dir = tempDir('triangulate-reader-');
const db = join(dir, 'archive.db');
const inputs = join(dir, 'reports');
const A =
  'The harbour board of Eastmere approved the new ferry terminal on Tuesday after a debate that lasted more than six hours. ' +
  'Board members said the terminal would open in two years and double the number of crossings to the islands. Residents had campaigned for it for a decade.';
const B =
  'Eastmere will get its ferry terminal: the harbour board voted for it late on Tuesday, ending a six-hour meeting. ' +
  'The cost was put at 40 million crowns, and the chair said building would start in the spring, with the first ferries due in two years.';
let storyId = '';

beforeAll(async () => {
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'report-a.txt'), `Ferry terminal approved\n${A}`);
  writeFileSync(join(inputs, 'report-b.txt'), `Eastmere backs new ferry terminal\n${B}`);
  writeFileSync(join(inputs, 'report-c.txt'), `Eastmere backs new ferry terminal\n${B}`);
  writeFileSync(join(inputs, 'outlets.json'), JSON.stringify({ 'report-a.txt': 'Eastmere Echo', 'report-b.txt': 'Island Post' }));
  const run = await runCli(['--db', db, 'ingest', inputs]);
  expect(run.code).toBe(0);
  storyId = /^(s_[0-9a-f]{16})/m.exec((await runCli(['--db', db, 'stories'])).stdout)![1]!;
});

describe('the CLI for a reader', () => {
  it('names outlets from the map beside the files, and counts an exact copy of unknown outlet as no new outlet', async () => {
    const list = await runCli(['--db', db, 'stories']);
    expect(list.stdout).toMatch(/3 articles\s+2 outlets\s+2 independent/);
    expect(list.stdout).toMatch(/^1 of 1 story$/m);
    const json = JSON.parse((await runCli(['--db', db, 'story', storyId, '--format', 'json'])).stdout) as { stories: { sources: { outlet: string; n: number }[] }[] };
    expect(json.stories[0]!.sources.map((s) => s.outlet)).toEqual(['Eastmere Echo', 'Island Post', 'unknown (report-c.txt)']);
  });

  it('with --workers, a map names only the documents that do not name their outlet themselves', async () => {
    const folder = join(dir, 'lines');
    mkdirSync(folder);
    writeFileSync(join(folder, 'feed.jsonl'), [JSON.stringify({ id: 'r1', outlet: 'Own Outlet', text: A }), JSON.stringify({ id: 'r2', text: B })].join('\n') + '\n');
    writeFileSync(join(dir, 'map.csv'), 'match,outlet\nfeed.jsonl,Mapped Outlet\n');
    const archive = join(dir, 'workers.db');
    const run = await runCli(['--db', archive, 'ingest', folder, '--workers', '2', '--outlets', join(dir, 'map.csv')]);
    expect(run.code, run.stderr).toBe(0);
    const listed = JSON.parse((await runCli(['--db', archive, '--json', 'list'])).stdout) as { items: { source: string; outlet?: string }[] };
    expect(Object.fromEntries(listed.items.map((a) => [a.source, a.outlet]))).toEqual({ r1: 'Own Outlet', r2: 'Mapped Outlet' });
  }, 60_000);

  it('prints a story as text on a terminal, and JSON when piped', async () => {
    const onTerminal = await runCliOnTerminal(['--db', db, 'story', storyId]);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stdout).toMatch(/^■ Ferry terminal approved$/m);
    expect(onTerminal.stdout).toMatch(/\[1\] Eastmere Echo/);
    expect(onTerminal.stdout).toMatch(/\[3\] unknown \(report-c\.txt\) — copy of \[2\]/);
    const piped = await runCli(['--db', db, 'story', storyId]);
    expect(() => JSON.parse(piped.stdout) as unknown).not.toThrow();
  });

  it('gives every story the same title in the list, the report and the API shape', async () => {
    const list = (await runCli(['--db', db, '--json', 'stories'])).stdout;
    const report = (await runCli(['--db', db, 'story', storyId, '--format', 'json'])).stdout;
    const title = (JSON.parse(list) as { items: { title: string }[] }).items[0]!.title;
    expect((JSON.parse(report) as { stories: { title: string }[] }).stories[0]!.title).toBe(title);
  });

  it('refuses to read an archive that does not exist, in one line, and creates nothing', async () => {
    for (const args of [['stories'], ['story', 's_0000000000000000'], ['list'], ['show', 'a_0000000000000000'], ['search', 'ferry'], ['export'], ['feeds'], ['outlets']]) {
      const run = await runCli(['--db', join(dir, 'typo.db'), ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/no archive at .*typo\.db/);
    }
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
  });

  it('says an unknown story or article in one line', async () => {
    const story = await runCli(['--db', db, 'story', 's_0000000000000000']);
    expect(story.code).toBe(1);
    expect(story.stderr.trim()).toBe('triangulate: no story has that id: s_0000000000000000');
    const article = await runCli(['--db', db, 'show', 'a_0000000000000000']);
    expect(article.stderr.trim()).toBe('triangulate: no article has that id: a_0000000000000000');
  });

  it('answers a typo with a suggestion and a pointer to the help, not the whole help', async () => {
    const run = await runCli(['--db', db, 'storiez']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'storiez'/);
    expect(run.stderr).toMatch(/Did you mean stories\?/);
    expect(run.stderr.split('\n').length).toBeLessThan(6);
  });

  it('shows the global options in each command\'s help', async () => {
    const run = await runCli(['story', '--help']);
    expect(run.stdout).toMatch(/--db <file\|url>/);
    expect(run.stdout).toMatch(/--json/);
  });

  it('says in one line that the port is taken', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    const run = await runCli(['--db', db, 'serve', '--port', String(port)]);
    busy.close();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`triangulate: the port is already in use: 127.0.0.1:${port} (stop what uses it, or choose another with --port)`);
  });

  it('runs the demo in its own archive unless --db is given', async () => {
    const cwd = tempDir('triangulate-demo-cwd-');
    const run = await runCli(['demo'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Archive: \.\/triangulate-demo\.db · 7 articles in 2 stories/);
    expect(run.stdout).toMatch(/Next: triangulate --db \.\/triangulate-demo\.db stories/);
    expect(existsSync(join(cwd, 'triangulate-demo.db'))).toBe(true);
    expect(existsSync(join(cwd, 'triangulate.db'))).toBe(false);
  });

  it('imports outlet profiles, reports the rows it skipped, and lists them', async () => {
    writeFileSync(join(dir, 'profiles.csv'), 'name,domains,country,lean\nEastmere Echo,echo.example,Norvania,left\nIsland Post,islandpost.example,Norvania,right\n,nameless.example,,\n');
    const run = await runCli(['--db', db, 'outlets', 'import', join(dir, 'profiles.csv')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^2 profiles imported, 1 row skipped$/m);
    expect(run.stderr).toMatch(/row 4: no name/);
    const listed = await runCli(['--db', db, 'outlets']);
    expect(listed.stdout).toMatch(/Eastmere Echo {2}lean left · Norvania · echo\.example/);
    const report = JSON.parse((await runCli(['--db', db, 'story', storyId, '--format', 'json'])).stdout) as { stories: { profiles?: { lean: { value: string }[]; unprofiled: string[] } }[] };
    expect(report.stories[0]!.profiles!.lean.map((g) => g.value).sort()).toEqual(['left', 'right']);
    expect(report.stories[0]!.profiles!.unprofiled).toEqual(['unknown (report-c.txt)']);
  });
});
