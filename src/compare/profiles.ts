// A story's coverage through the user's outlet profiles: outlets grouped by lean, country and owner, and blindspots
// (a story, or a fact, that only outlets of one lean carry).
import type { Article } from '../model/article.js';
import type { OutletProfile } from '../model/outlet.js';
import type { ProfileCoverage, StoryReport } from '../model/report.js';
import { outletOf } from './outlets.js';

/** A fact is a blindspot candidate only when at least this many articles report it (one report is not a pattern). */
export const BLINDSPOT_MIN_ARTICLES = 2;

/** Finds an article's profile: by outlet name (any case), else by the domain of its URL or of its outlet's host name. */
export function profileMatcher(profiles: OutletProfile[]): (a: Article) => OutletProfile | undefined {
  const byName = new Map(profiles.map((p) => [p.name.toLowerCase(), p]));
  const byDomain = new Map(profiles.flatMap((p) => p.domains.map((d) => [d.toLowerCase(), p] as const)));
  const domainOf = (host: string) => {
    const parts = host.toLowerCase().replace(/^www\./, '').split('.');
    for (let k = 0; k < parts.length - 1; k++) {
      const hit = byDomain.get(parts.slice(k).join('.'));
      if (hit) return hit;
    }
    return undefined;
  };
  return (a) => {
    const named = a.outlet ? byName.get(a.outlet.toLowerCase()) : undefined;
    if (named) return named;
    const host = a.url ? safeHost(a.url) : undefined;
    return (host ? domainOf(host) : undefined) ?? (a.outlet && /^[\w-]+(?:\.[\w-]+)+$/.test(a.outlet) ? domainOf(a.outlet) : undefined);
  };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The story's coverage by profile, or undefined when there are no profiles. */
export function profileCoverage(story: Pick<StoryReport, 'articleIds' | 'facts'>, byId: Map<string, Article>, profiles: OutletProfile[]): ProfileCoverage | undefined {
  if (profiles.length === 0) return undefined;
  const match = profileMatcher(profiles);
  const profileOf = new Map<string, OutletProfile | undefined>();
  for (const id of story.articleIds) {
    const a = byId.get(id);
    if (a) profileOf.set(id, match(a));
  }
  const unprofiled = [...new Set(story.articleIds.filter((id) => byId.has(id) && !profileOf.get(id)).map((id) => outletOf(byId.get(id)!)))];
  const group = (attr: 'lean' | 'country' | 'owner') => {
    const groups = new Map<string, { outlets: Set<string>; articleIds: string[] }>();
    for (const [id, p] of profileOf) {
      const value = p?.[attr];
      if (!p || !value) continue;
      const g = groups.get(value) ?? { outlets: new Set<string>(), articleIds: [] };
      g.outlets.add(p.name);
      g.articleIds.push(id);
      groups.set(value, g);
    }
    return [...groups]
      .map(([value, g]) => ({ value, outlets: [...g.outlets], articleIds: g.articleIds }))
      .sort((x, y) => y.articleIds.length - x.articleIds.length || x.value.localeCompare(y.value));
  };
  const lean = group('lean');
  const knownLeans = new Set(profiles.map((p) => p.lean).filter((l): l is string => Boolean(l)));
  const blindspot = lean.length === 1 && knownLeans.size > 1 ? lean[0]!.value : undefined;
  const factBlindspots =
    lean.length > 1
      ? story.facts.flatMap((f, fact) => {
          if (f.articleIds.length < BLINDSPOT_MIN_ARTICLES) return [];
          const leans = new Set(f.articleIds.map((id) => profileOf.get(id)?.lean));
          const only = leans.size === 1 ? [...leans][0] : undefined;
          return only ? [{ fact, lean: only }] : [];
        })
      : [];
  return { unprofiled, lean, country: group('country'), owner: group('owner'), ...(blindspot ? { blindspot } : {}), factBlindspots };
}
