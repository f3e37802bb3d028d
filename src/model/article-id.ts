// Article ids: derived from the source, so re-ingesting the same input finds the same id.
import { createHash } from 'node:crypto';

/** `a_` + 16 hex digits of SHA-256 of the source string. */
export function articleIdFor(source: string): string {
  return 'a_' + createHash('sha256').update(source).digest('hex').slice(0, 16);
}
