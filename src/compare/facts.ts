// Aligned claims → facts: every article that carries each, whom the outlets attribute it to, and how many independent
// sources stand behind it once copies and shared primary sources are counted once.
import type { Fact } from '../model/report.js';
import type { ClaimGroup } from './align.js';
import type { Claim } from './claims.js';

export interface FactContext {
  /** The original an article copies, or the article itself. */
  rootOf: (articleId: string) => string;
  /** The keys of the primary sources a claim rests on. */
  sourcesOf: (claim: Claim) => string[];
  /** A primary source's display name. */
  sourceName: (key: string) => string;
}

export interface BuiltFact {
  fact: Fact;
  group: ClaimGroup;
}

/**
 * One fact per claim group: most reports first (copies folded), then most independent sources, then earliest.
 * A fact's origins are its claims' primary sources where they rest on one, else their articles' originals.
 */
export function buildFacts(groups: ClaimGroup[], ctx: FactContext): BuiltFact[] {
  const built = groups.map((group): BuiltFact => {
    const origins = new Set<string>();
    const sources = new Set<string>();
    for (const c of group.claims) {
      const keys = ctx.sourcesOf(c);
      keys.forEach((k) => sources.add(k));
      if (keys.length > 0) keys.forEach((k) => origins.add(`source:${k}`));
      else origins.add(`article:${ctx.rootOf(c.articleId)}`);
    }
    const fact: Fact = {
      text: group.display.span.text,
      articleIds: [...new Set(group.claims.map((c) => c.articleId))],
      mentions: group.claims.map((c) => c.span),
      independentSources: Math.max(1, origins.size),
    };
    const attributed = attribution(group.claims, group.display.claim);
    if (attributed) fact.attributedTo = attributed;
    if (sources.size > 0) fact.primarySources = [...sources].map(ctx.sourceName);
    if (group.near.length > 0) fact.similarIn = group.near;
    return { fact, group };
  });
  // Ordered by the reports that carry it independently (copies folded), then by independent sources, then by place.
  const reports = (f: BuiltFact) => new Set(f.group.claims.map((c) => ctx.rootOf(c.articleId))).size;
  return built.sort(
    (a, b) => reports(b) - reports(a) || b.fact.independentSources - a.fact.independentSources || a.group.display.claim.position - b.group.display.claim.position,
  );
}

/**
 * The name most of a fact's claims attribute it to, when at least half of them say and the claim shown is one of them:
 * the fact is shown as "… (attributed to X)", which must be true of the words shown.
 */
function attribution(claims: Claim[], shown: Claim): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.attributedTo) counts.set(c.attributedTo, (counts.get(c.attributedTo) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 >= claims.length && shown.attributedTo === top[0] ? top[0] : undefined;
}
