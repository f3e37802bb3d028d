// Free text → an FTS5 query of quoted terms, so user input is never FTS syntax.

/** Turns free text into an FTS5 query of quoted terms (all must match), so user input is never FTS syntax. */
export function ftsQuery(query: string): string {
  const terms = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((t) => `"${t}"`).join(' ');
}
