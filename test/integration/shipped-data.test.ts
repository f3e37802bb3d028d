// The data files that ship are what their scripts build today: each script is run into a temporary folder and its
// output compared with data/. A change to the code a script reads (the lemmatiser, the name finder, the comparison)
// that would change its output fails here until the file is rebuilt and its figures measured again.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedAvailable } from '../../eval/shared-data.js';
import { ROOT, TSX } from '../helpers.js';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'triangulate-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A data file's content: gzip files unpacked (the comparison is of what they hold, not of the compressor's bytes). */
const content = (path: string) => {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

async function rebuilds(script: string, files: string[], args: string[] = []): Promise<void> {
  await run(process.execPath, [...TSX, join(ROOT, 'scripts', script), ...args, '--out', out], { cwd: ROOT, maxBuffer: 1 << 26 });
  for (const file of files) expect(content(join(out, file)) === content(join(ROOT, 'data', file)), `data/${file} differs from what scripts/${script} builds`).toBe(true);
}

const present = sharedAvailable('data');
describe.skipIf(!present)(present ? 'data built from ../shared/data' : 'data built from ../shared/data — SKIPPED: ../shared/data not found beside the project', () => {
  it('news-df.json.gz and story-df.json.gz are what scripts/build-term-weights.ts builds', () => rebuilds('build-term-weights.ts', ['news-df.json.gz', 'story-df.json.gz']), 120_000);
  it('alignment-model.json is what scripts/fit-alignment.ts fits', () => rebuilds('fit-alignment.ts', ['alignment-model.json']), 240_000);
  it('name-types.json.gz is what scripts/train-name-types.ts trains', () => rebuilds('train-name-types.ts', ['name-types.json.gz']), 240_000);
});

// WordNet as Debian packages it (`wordnet-base`, which .ci/run installs).
const WORDNET = '/usr/share/wordnet';
const wordnet = existsSync(join(WORDNET, 'data.noun'));
if (!wordnet && process.env.CI) throw new Error(`CI: ${WORDNET} is missing (apt-get install wordnet-base)`);
describe.skipIf(!wordnet)(wordnet ? 'data built from WordNet' : `data built from WordNet — SKIPPED: ${WORDNET} not found`, () => {
  it('wordnet.json.gz and its licence are what scripts/build-wordnet.ts builds', () => rebuilds('build-wordnet.ts', ['wordnet.json.gz', 'WORDNET-LICENSE'], [WORDNET]), 240_000);
});
