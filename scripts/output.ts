// Where the data-building scripts write: data/ beside them, or the folder after `--out` (the reproducibility test,
// test/integration/shipped-data.test.ts, builds into a temporary folder and compares with what ships).
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--out');

/** The path of a data file the script writes: `data/<file>`, or `<dir>/<file>` with `--out <dir>`. */
export function outputPath(file: string): string {
  return join(at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : resolve(import.meta.dirname, '..', 'data'), file);
}

/** The command line's arguments other than `--out <dir>`. */
export function inputArgs(): string[] {
  return at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
}
