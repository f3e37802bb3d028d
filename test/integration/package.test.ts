// The installed shape: `bin/triangulate.js` running the compiled dist (as `npx triangulate` does), not the sources.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const bin = join(ROOT, 'bin', 'triangulate.js');

function run(args: string[], onStdout?: (chunk: Buffer, child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env: { ...process.env, TRIANGULATE_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      onStdout?.(d, child);
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('the built package', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
  }, 120_000);

  it('runs the demo end to end from dist (extraction workers included)', async () => {
    const out = await run(['--db', join(tempDir(), 'demo.db'), 'demo']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/7 articles in 2 stories/);
  });

  it('exits quietly when the reader closes the pipe early', async () => {
    const out = await run(['--db', join(tempDir(), 'pipe.db'), 'demo'], (_chunk, child) => child.stdout?.destroy());
    expect(out.stderr).not.toMatch(/EPIPE|Error/);
    expect(out.code).toBe(0);
  });
});
