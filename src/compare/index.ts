// A story's articles → its report: outlets and independence, entities, the outlets' claims aligned into facts, primary
// sources, quote groups, discrepancies, framing, timeline and a cited brief. Pure: the same articles give the same report.
import type { Article } from '../model/article.js';
import type { OutletProfile } from '../model/outlet.js';
import type { PrimarySource, StoryReport } from '../model/report.js';
import { alignClaims } from './align.js';
import { buildBrief } from './brief.js';
import { articleClaims, type Claim } from './claims.js';
import { findDiscrepancies } from './discrepancies.js';
import { buildFacts } from './facts.js';
import { framingOf } from './framing.js';
import { independentSources, outlets } from './outlets.js';
import { findSourceMentions, splitInterviewsBySubject, type SourceMention } from './primary-sources.js';
import { speakerDiscrepancies } from './quote-speakers.js';
import { profileCoverage } from './profiles.js';
import { groupQuotes } from './quote-groups.js';
import { compareHeadlines, storySources, storyTitle } from './sources.js';
import { mergeEntities } from './story-entities.js';
import { buildTimeline } from './timeline.js';

export { outletOf } from './outlets.js';
export { outletLabel, storyTitle } from './sources.js';
export { leadTitle } from '../model/story-title.js';
export { profileMatcher } from './profiles.js';
export { NEUTRAL_VERBS } from './rules/framing.js';
export { compareStatements } from './compare-statements.js';
export { sortKey } from './timeline.js';

/**
 * Articles compared at most in one report. Comparing claims grows faster than the article count; past this the report
 * compares the originals first (copies add no claim of their own), then the earliest, and says it is partial. Chosen
 * with bench/run.ts: a story of this size reports in a few seconds on one core.
 */
export const MAX_COMPARED_ARTICLES = 1500;

/**
 * Compares the analysed articles of one story, given in the order they were added (their citation numbers).
 * @example compareStory('s_1', articles).quotes.filter((g) => g.wordingDiffers)
 */
export function compareStory(id: string, articles: Article[], options: { profiles?: OutletProfile[] } = {}): StoryReport {
  const ordered = [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
  const compared = ordered.length > MAX_COMPARED_ARTICLES ? budget(ordered) : ordered;
  const { entities, canonical } = mergeEntities(compared);
  const byId = new Map(compared.map((a) => [a.id, a]));
  const rootOf = (aid: string) => byId.get(aid)?.duplicateOf?.id ?? aid;
  const claims = compared.flatMap((a) => articleClaims(a).map((c) => (c.attributedTo ? { ...c, attributedTo: canonical(c.attributedTo) } : c)));
  const alignment = alignClaims(claims);
  const mentions = new Map<string, SourceMention[]>(compared.map((a) => [a.id, []]));
  for (const m of splitInterviewsBySubject(compared.flatMap((a) => findSourceMentions(a, canonical)))) mentions.get(m.span.articleId)!.push(m);
  const sourceGroups = groupSources([...mentions.values()].flat());
  const sourcesOf = (c: Claim) => restsOn(c, mentions.get(c.articleId) ?? []);
  const facts = buildFacts(alignment.groups, { rootOf, sourcesOf, sourceName: (k) => sourceGroups.get(k)?.name ?? k });
  const factSources = facts.map((f) => new Set(f.group.claims.flatMap(sourcesOf)));
  const primarySources: PrimarySource[] = [...sourceGroups.entries()]
    .map(([key, s]) => ({ ...s, factCount: factSources.filter((keys) => keys.has(key)).length }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.factCount - a.factCount);
  const brief = buildBrief(facts, rootOf);
  const factList = facts.map((f) => f.fact);
  const profiles = profileCoverage({ articleIds: articles.map((a) => a.id), facts: factList }, new Map(articles.map((a) => [a.id, a])), options.profiles ?? []);
  return {
    id,
    title: storyTitle(articles, id),
    articleIds: articles.map((a) => a.id),
    outlets: outlets(articles),
    sources: storySources(articles),
    headlines: compareHeadlines(articles),
    independentSources: independentSources(ordered),
    primarySources,
    ...(compared.length < ordered.length
      ? { partial: { compared: compared.length, articles: ordered.length, reason: `the story has more than ${MAX_COMPARED_ARTICLES} articles: originals were compared first, then the earliest` } }
      : {}),
    entities,
    quotes: groupQuotes(compared, canonical),
    facts: factList,
    discrepancies: [...findDiscrepancies(facts, alignment, rootOf, byId), ...speakerDiscrepancies(compared, canonical)],
    framing: compared.flatMap((a) => framingOf(a, canonical)),
    timeline: buildTimeline(compared, claims),
    brief,
    ...(profiles ? { profiles } : {}),
  };
}

/** The articles a partial report compares: originals first, then copies, each in publication order. */
function budget(ordered: Article[]): Article[] {
  const originals = ordered.filter((a) => !a.duplicateOf);
  const copies = ordered.filter((a) => a.duplicateOf);
  const keep = new Set([...originals, ...copies].slice(0, MAX_COMPARED_ARTICLES));
  return ordered.filter((a) => keep.has(a));
}

/** Source mentions across the story → one primary source per key: its most used name, kind and subject. */
function groupSources(all: SourceMention[]): Map<string, Omit<PrimarySource, 'factCount'>> {
  const byKey = new Map<string, SourceMention[]>();
  for (const m of all) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const out = new Map<string, Omit<PrimarySource, 'factCount'>>();
  const most = <T>(xs: T[]) => {
    const counts = new Map<T, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || String(b[0]).length - String(a[0]).length)[0]?.[0];
  };
  for (const [key, ms] of byKey) {
    const subject = most(ms.flatMap((m) => (m.subject ? [m.subject] : [])));
    out.set(key, {
      name: most(ms.map((m) => m.name))!,
      kind: most(ms.map((m) => m.kind))!,
      ...(subject ? { subject } : {}),
      articleIds: [...new Set(ms.map((m) => m.span.articleId))],
      mentions: ms.map((m) => m.span),
    });
  }
  return out;
}

/**
 * The primary sources a claim rests on: a source its article names in the claim itself, or whose subject the claim is
 * attributed to ("Markovich told Radio Valmora …" makes Markovich's reported words in that article rest on the interview).
 */
function restsOn(claim: Claim, mentions: SourceMention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) {
    const inside = m.wholeArticle || (m.span.start >= claim.span.start && m.span.end <= claim.span.end);
    const bySubject = m.subject !== undefined && claim.attributedTo !== undefined && m.subject === claim.attributedTo;
    if (inside || bySubject) keys.add(m.key);
  }
  return [...keys];
}
