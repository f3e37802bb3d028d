// Free text → search terms: letters and digits only, so user input never becomes query syntax in either backend.

/** The words of a free-text query (NFKC-normalised runs of letters and digits). */
export function ftsTerms(query: string): string[] {
  return query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
