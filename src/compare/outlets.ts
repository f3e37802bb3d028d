// A story's articles → distinct outlets and independent sources (copies folded into their originals).
import type { Article } from '../model/article.js';

/** The outlet an article is shown under: its outlet, else "unknown (<file or host name>)". */
export function outletOf(a: Article): string {
  if (a.outlet) return a.outlet;
  const base = a.source.split(/[\\/]/).filter(Boolean).at(-1) ?? a.source;
  return `unknown (${base})`;
}

/**
 * The story's distinct outlets. An exact copy whose outlet is unknown is no outlet of its own: the same text stored
 * twice (two files, two scrapes) counts under its original. Other articles of unknown outlet count one each.
 */
export function outlets(articles: Article[]): string[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byKey = new Map<string, string>();
  for (const a of articles) {
    const exactOf = !a.outlet && a.duplicateOf?.kind === 'exact' ? a.duplicateOf.id : undefined;
    const counted = (exactOf ? byId.get(exactOf) : undefined) ?? a;
    const key = counted.outlet ? `outlet:${counted.outlet}` : `unknown:${exactOf ?? a.id}`;
    if (!byKey.has(key)) byKey.set(key, outletOf(counted));
  }
  return [...new Set(byKey.values())];
}

/**
 * Counts independent sources: every article minus those that copy another (syndicated, exact or near duplicates);
 * a copy whose original is outside the story still counts once for that original.
 */
export function independentSources(articles: Article[]): number {
  const roots = new Set(articles.map((a) => a.duplicateOf?.id ?? a.id));
  return roots.size;
}
