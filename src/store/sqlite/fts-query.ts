// Free text → search terms: letters and digits only, so user input never becomes query syntax in either backend.

/** The words of a free-text query (NFKC-normalised runs of letters and digits). */
export function ftsTerms(query: string): string[] {
  return query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Turns free text into an FTS5 query of quoted terms (all must match), so user input is never FTS syntax. */
export function ftsQuery(query: string): string {
  return ftsTerms(query)
    .map((t) => `"${t}"`)
    .join(' ');
}
