// Free text → an FTS5 query of quoted terms (all must match), so user input is never FTS syntax.
import { ftsTerms } from '../fts-terms.js';

export function ftsQuery(query: string): string {
  return ftsTerms(query)
    .map((t) => `"${t}"`)
    .join(' ');
}
