// Test helpers: temp folders, running the CLI from source, validating against the Article schema.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compareStory } from '../src/compare/index.js';
import { annotateArticle } from '../src/language/index.js';
import type { Article } from '../src/model/article.js';
import { ARTICLE_SCHEMA } from '../src/model/article-schema.js';
import { REPORT_SCHEMA } from '../src/model/report-schema.js';

export const ROOT = resolve(import.meta.dirname, '..');

export function tempDir(prefix = 'triangulate-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Node options that run TypeScript sources: the tsx loader by path, so it is found from any working directory. */
export const TSX = ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href];

/** Runs `triangulate …` from the TypeScript sources in a child process. */
export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...TSX, join(ROOT, 'src/cli/run.ts'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, TRIANGULATE_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateArticle = ajv.compile(ARTICLE_SCHEMA);

/** Throws with the schema errors when `value` is not a valid Article. */
export function assertArticle(value: unknown): void {
  if (!validateArticle(value)) throw new Error(`not a valid Article: ${ajv.errorsText(validateArticle.errors)}`);
}

const validateReport = ajv.compile(REPORT_SCHEMA);

/** Throws with the schema errors when `value` is not a valid Report. */
export function assertReport(value: unknown): void {
  if (!validateReport(value)) throw new Error(`not a valid Report: ${ajv.errorsText(validateReport.errors)}`);
}

/** Runs `triangulate …` with its standard output on a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
export function runCliOnTerminal(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, ...TSX, join(ROOT, 'src/cli/run.ts'), ...args].map(quote).join(' ');
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? ROOT, env: { ...process.env, TRIANGULATE_DB: '' } });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout: stdout.replace(/\r\n/g, '\n'), stderr: '' }));
  });
}

/** Article number `n` of a test story (id `a_000…n`, source `test/n`), with its language analysis. */
export function analysedArticle(n: number, text: string): Article {
  return { id: `a_${String(n).padStart(16, '0')}`, source: `test/${n}`, text, removed: [], ...annotateArticle({ text }) };
}

/** The report of one story made of these texts, one article each (ids a_…1, a_…2, … in order). */
export function storyOf(...texts: string[]) {
  return compareStory('s_0000000000000001', texts.map((t, i) => analysedArticle(i + 1, t)));
}
