// Starts a worker thread from a module beside the caller, whether the code runs compiled (.js) or from its TypeScript
// sources under tsx (tests, `npx tsx`), where the thread must register tsx's loader before importing the module.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker running `name` (without extension), resolved beside `from` (the caller's `import.meta.url`).
 *
 * @example startWorkerThread(import.meta.url, './extract-worker', { data })
 */
export function startWorkerThread(from: string, name: string, options: { workerData?: unknown } = {}): Worker {
  if (from.endsWith('.ts')) {
    const target = new URL(`${name}.ts`, from).href;
    // Resolved here, not in the worker: an eval'd worker resolves bare names from the working directory.
    // (Under vitest import.meta.resolve is missing: the package's `require` entry has an ESM twin beside it.)
    const tsx =
      typeof import.meta.resolve === 'function'
        ? import.meta.resolve('tsx/esm/api')
        : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`, { eval: true, workerData: options.workerData });
  }
  return new Worker(new URL(`${name}.js`, from), { workerData: options.workerData });
}
