// A story's articles → distinct outlets and independent sources (copies folded into their originals).
import type { Article } from '../model/article.js';

/** The outlet an article counts under: its outlet, else its source's file or host name (unknown outlets are distinct). */
export function outletOf(a: Article): string {
  if (a.outlet) return a.outlet;
  const base = a.source.split(/[\\/]/).filter(Boolean).at(-1) ?? a.source;
  return `unknown (${base})`;
}

export function outlets(articles: Article[]): string[] {
  return [...new Set(articles.map(outletOf))];
}

/**
 * Counts independent sources: every article minus those that copy another (syndicated, exact or near duplicates);
 * a copy whose original is outside the story still counts once for that original.
 */
export function independentSources(articles: Article[]): number {
  const roots = new Set(articles.map((a) => a.duplicateOf?.id ?? a.id));
  return roots.size;
}
