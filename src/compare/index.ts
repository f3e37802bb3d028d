// A story's articles → its report: outlets and independence, entities, quote groups, facts, discrepancies, framing,
// timeline and a cited brief. Pure: the same articles give the same report.
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/report.js';
import { buildBrief } from './brief.js';
import { factItems, findDiscrepancies, groupFacts, toFacts } from './facts.js';
import { framingOf } from './framing.js';
import { independentSources, outlets } from './outlets.js';
import { groupQuotes } from './quote-groups.js';
import { mergeEntities } from './story-entities.js';
import { buildTimeline } from './timeline.js';

export { outletOf } from './outlets.js';

/**
 * Compares the analysed articles of one story.
 * @example compareStory('s_1', articles).quotes.filter((g) => g.wordingDiffers)
 */
export function compareStory(id: string, articles: Article[]): StoryReport {
  const ordered = [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
  const { entities, canonical } = mergeEntities(ordered);
  const items = factItems(ordered);
  const groups = groupFacts(items);
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const independentOf = (ids: string[]) => independentSources(ids.map((i) => byId.get(i)!));
  const datesOf = (span: { articleId: string; start: number; end: number }) =>
    (byId.get(span.articleId)!.dates ?? []).filter((d) => d.start >= span.start && d.end <= span.end).map((d) => ({ ...d, articleId: span.articleId }));
  const brief = buildBrief(groups, independentOf);
  return {
    id,
    title: ordered.find((a) => a.title && !a.duplicateOf)?.title ?? ordered.find((a) => a.title)?.title ?? brief[0]?.text ?? id,
    articleIds: ordered.map((a) => a.id),
    outlets: outlets(ordered),
    independentSources: independentSources(ordered),
    entities,
    quotes: groupQuotes(ordered, canonical),
    facts: toFacts(groups),
    discrepancies: findDiscrepancies(items, groups, (aid) => byId.get(aid)?.duplicateOf?.id ?? aid, datesOf),
    framing: ordered.flatMap((a) => framingOf(a, canonical)),
    timeline: buildTimeline(ordered),
    brief,
  };
}
