import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../model/rejection.js';
import { tempDir } from '../../test/helpers.js';
import { DEFAULT_READ_OPTIONS, InputReader, listInputs, parseOutletMap, type InputRef, type OutletMap } from './index.js';

const TEXT = 'The harbour board of Quillon approved a new ferry timetable on Monday after residents asked for earlier crossings in winter.';

function mapOf(text: string, name: string): OutletMap {
  const m = parseOutletMap(text, name);
  if (isRejection(m)) throw new Error(m.reason);
  return m;
}

describe('outlet maps', () => {
  it('maps file names, paths, folders and domains (with their subdomains), in JSON or CSV', () => {
    const json = mapOf(JSON.stringify({ 'a.txt': 'Alpha News', 'east/': 'Eastern Echo', 'east/special.txt': 'Special', 'valley.example': 'Valley Times' }), 'outlets.json');
    expect(json.forFile('a.txt')).toBe('Alpha News');
    expect(json.forFile('deep/A.TXT')).toBe('Alpha News');
    expect(json.forFile('east/b.txt')).toBe('Eastern Echo');
    expect(json.forFile('east/special.txt')).toBe('Special');
    expect(json.forFile('west/b.txt')).toBeUndefined();
    expect(json.forHost('www.valley.example')).toBe('Valley Times');
    expect(json.forHost('news.valley.example')).toBe('Valley Times');
    expect(json.forHost('example')).toBeUndefined();
    const csv = mapOf('match,outlet\n"a.txt","Alpha, the News"\nvalley.example,Valley Times\n', 'outlets.csv');
    expect(csv.forFile('a.txt')).toBe('Alpha, the News');
    expect(csv.entries).toBe(2);
  });

  it('refuses a malformed map with the reason', () => {
    expect(parseOutletMap('{oops', 'outlets.json')).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(parseOutletMap('["a"]', 'outlets.json')).toMatchObject({ code: 'INVALID_RECORD' });
    expect(parseOutletMap('{"a.txt": 3}', 'outlets.json')).toMatchObject({ code: 'INVALID_RECORD', reason: expect.stringMatching(/"a\.txt"/) });
    expect(parseOutletMap('match,outlet\na.txt,\n', 'outlets.csv')).toMatchObject({ code: 'INVALID_RECORD', reason: expect.stringMatching(/row 2/) });
  });

  it('applies the map beside the files of a folder (not reading the map as an article), and beside a file named directly', async () => {
    const dir = tempDir('triangulate-outlets-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'sub', 'b.txt'), TEXT);
    writeFileSync(join(dir, 'outlets.json'), JSON.stringify({ 'a.txt': 'Alpha News', 'sub/': 'Sub Gazette' }));
    const refs = await listInputs([dir], dir);
    expect(refs).toEqual([
      { type: 'file', path: join(dir, 'a.txt'), source: 'a.txt', outlet: 'Alpha News' },
      { type: 'file', path: join(dir, 'sub', 'b.txt'), source: 'sub/b.txt', outlet: 'Sub Gazette' },
    ]);
    expect(await listInputs([join(dir, 'a.txt')], dir)).toEqual([{ type: 'file', path: join(dir, 'a.txt'), source: 'a.txt', outlet: 'Alpha News' }]);
    writeFileSync(join(dir, 'outlets.json'), '{broken');
    const broken = await listInputs([dir], dir);
    expect(broken[0]).toMatchObject({ code: 'MALFORMED_JSON', source: 'outlets.json' });
    expect(broken.filter((r) => !isRejection(r))).toHaveLength(2);
  });

  it('--outlet names every input; the map fills in only where the input names no outlet', async () => {
    const dir = tempDir('triangulate-outlets-');
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'r.jsonl'), JSON.stringify({ id: 'r1', outlet: 'Record Outlet', text: TEXT }) + '\n' + JSON.stringify({ id: 'r2', text: TEXT }) + '\n');
    const read = async (ref: InputRef, o: Partial<typeof DEFAULT_READ_OPTIONS>) => {
      const docs = await new InputReader({ ...DEFAULT_READ_OPTIONS, cwd: dir, ...o }).read(ref);
      return docs.map((d) => (isRejection(d) ? d.code : d.hints.outlet));
    };
    const a: InputRef = { type: 'file', path: join(dir, 'a.txt'), source: 'a.txt' };
    const r: InputRef = { type: 'file', path: join(dir, 'r.jsonl'), source: 'r.jsonl' };
    const map = mapOf(JSON.stringify({ 'a.txt': 'Mapped', 'r.jsonl': 'Mapped Lines' }), 'outlets.json');
    expect(await read(a, { outletMap: map })).toEqual(['Mapped']);
    expect(await read(r, { outletMap: map })).toEqual(['Record Outlet', 'Mapped Lines']);
    expect(await read(r, { outlet: 'Given', outletMap: map })).toEqual(['Given', 'Given']);
    expect(await read({ ...a, outlet: 'Beside' }, { outletMap: map })).toEqual(['Beside']);
  });
});
