// Locates ../shared/data and reads its gzipped JSON Lines; absent data is reported, never faked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `../shared` beside the project (overridable with TRIANGULATE_SHARED for other layouts). */
export const SHARED_DIR = process.env.TRIANGULATE_SHARED ?? resolve(projectRoot, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/**
 * Whether tests and the eval may use `../shared/<parts>`: locally an absent folder means the suite that needs it is
 * skipped (and says so); under CI=true it is an error, like a missing PostgreSQL or chromium, so a CI run can never
 * pass by skipping.
 */
export function sharedAvailable(...parts: string[]): boolean {
  if (hasShared(...parts)) return true;
  if (process.env.CI) throw new Error(`CI: ${sharedPath(...parts)} is missing (a clean clone needs ../shared beside it, or TRIANGULATE_SHARED)`);
  return false;
}

export function readJsonlGz<T>(...parts: string[]): T[] {
  const text = gunzipSync(readFileSync(sharedPath(...parts))).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
