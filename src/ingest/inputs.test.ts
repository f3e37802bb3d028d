// Listing and reading local inputs: regular files only; devices, FIFOs and sockets refused, links inside folders reported.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.js';
import { isRejection } from '../model/rejection.js';
import { DEFAULT_READ_OPTIONS, InputReader, listInputs } from './index.js';

const ARTICLE = 'Volunteers rebuilt the footbridge over the Lessa river in two weekends, the village council said on Monday.';

describe('local inputs', () => {
  it('refuses a device given directly instead of reading it forever', async () => {
    const [listed] = await listInputs(['/dev/zero']);
    expect(isRejection(listed!) && listed.code).toBe('NOT_A_FILE');
  });

  it('reports FIFOs, sockets and symbolic links found in a folder, and reads the files beside them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const socket = createServer().listen(join(dir, 'sock'));
    await new Promise((r) => socket.once('listening', r));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'secret.txt'), 'not an article');
    symlinkSync('/etc/passwd', join(dir, 'link.txt'));
    try {
      const listed = await listInputs([dir], dir);
      const rejected = listed.filter(isRejection).map((r) => [r.source, r.code]);
      expect(rejected).toEqual([
        ['link.txt', 'SYMLINK_SKIPPED'],
        ['pipe', 'NOT_A_FILE'],
        ['sock', 'NOT_A_FILE'],
      ]);
      expect(listed.filter((x) => !isRejection(x)).map((x) => 'source' in x && x.source)).toEqual(['a.txt', 'outside/secret.txt']);
    } finally {
      socket.close();
    }
  });

  it('leaves a folder\'s README and licence out, and reads them when named directly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'README.md'), '# Reports of the footbridge story');
    writeFileSync(join(dir, 'LICENSE'), 'Free to use.');
    const sources = (listed: Awaited<ReturnType<typeof listInputs>>) => listed.filter((x) => !isRejection(x)).map((x) => 'source' in x && x.source);
    expect(sources(await listInputs([dir], dir))).toEqual(['a.txt']);
    expect(sources(await listInputs([join(dir, 'README.md')], dir))).toEqual(['README.md']);
  });

  it('refuses a FIFO that took a listed file\u2019s place, without blocking on it', async () => {
    const dir = tempDir();
    const path = join(dir, 'pipe');
    execFileSync('mkfifo', [path]);
    const docs = await new InputReader(DEFAULT_READ_OPTIONS).read({ type: 'file', path, source: 'pipe' });
    expect(docs).toEqual([expect.objectContaining({ code: 'NOT_A_FILE', source: 'pipe' })]);
  });
});
