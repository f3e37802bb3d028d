// What every rendering of a report (terminal text, Markdown, HTML) picks from it the same way: citation numbers and
// labels, the quote groups worth a row each, the facts shown and how many are not, and the summary band's counts.
import { nameWordsIn } from '../language/index.js';
import type { BriefSentence, Fact, QuoteGroup, StoryReport, StorySource } from '../model/report.js';

/** Facts shown in a list before the rest are folded (and counted). */
export const FACTS_SHOWN = 20;
/** More articles than this and coverage is shown per outlet, not per article. */
export const COVERAGE_COLUMNS = 12;

/** The story's citation key: article id → its source entry. */
export function sourceKey(s: StoryReport): Map<string, StorySource> {
  return new Map(s.sources.map((x) => [x.articleId, x]));
}

/** Citation numbers of articles, ascending, without repeats. */
export function citationNumbers(key: Map<string, StorySource>, ids: string[]): number[] {
  return [...new Set(ids.map((id) => key.get(id)?.n).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

/** Label of a brief sentence's articles that carry its fact in words of their own (`alsoIn`). */
export const IN_OTHER_WORDS = 'in other words';

/** A brief sentence's citations as plain text: the articles stating it, then those carrying it in other words. */
export function briefCitations(b: BriefSentence, cite: (ids: string[]) => string): string {
  return `${cite(b.articleIds)}${b.alsoIn ? `; ${IN_OTHER_WORDS} ${cite(b.alsoIn)}` : ''}`;
}

/** Articles that quote a group. */
export const groupArticles = (g: QuoteGroup): number => new Set(g.mentions.map((m) => m.articleId)).size;

/** Quote groups printed by more than one article (a row per article each), and those printed by one only. */
export function splitQuotes(s: StoryReport): { shared: QuoteGroup[]; single: QuoteGroup[] } {
  return { shared: s.quotes.filter((g) => groupArticles(g) > 1), single: s.quotes.filter((g) => groupArticles(g) === 1) };
}

/** Facts reported by several articles and by one only. */
export function splitFacts(s: StoryReport): { shared: Fact[]; single: Fact[] } {
  return { shared: s.facts.filter((f) => f.articleIds.length > 1), single: s.facts.filter((f) => f.articleIds.length === 1) };
}

/** A group's mentions as rows: one per article, in citation order, its parts joined in order. */
export function quoteRows(g: QuoteGroup, key: Map<string, StorySource>): { articleId: string; mentions: QuoteGroup['mentions'] }[] {
  const rows = new Map<string, QuoteGroup['mentions']>();
  for (const m of g.mentions) rows.set(m.articleId, [...(rows.get(m.articleId) ?? []), m]);
  const sorted = [...rows].map(([articleId, mentions]) => ({ articleId, mentions })).sort((a, b) => (key.get(a.articleId)?.n ?? 0) - (key.get(b.articleId)?.n ?? 0));
  // The most printed wording is printed in full on the first row that has it, as the rows are numbered; "same words"
  // after it.
  const first = sorted.find((r) => r.mentions.some((m) => m.wording === 'reference' || m.wording === 'same'));
  return sorted.map((r) => ({
    articleId: r.articleId,
    mentions: r.mentions.map((m) => (m.wording !== 'reference' && m.wording !== 'same' ? m : { ...m, wording: r === first ? ('reference' as const) : ('same' as const) })),
  }));
}

/** The heading of a quote group: speaker and key words. */
export function quoteHeading(g: QuoteGroup): string {
  return `${speakerLabel(g)}${g.topic?.length ? ` — ${g.topic.join(' · ')}` : ''}`;
}

/**
 * How independent a fact's reports are, when copies or a shared primary source make them fewer than its articles
 * ("1 independent source, resting on an interview with Radio Valmora"); nothing when every article is its own source.
 */
export function independenceNote(f: Fact): string | undefined {
  if (f.independentSources >= new Set(f.articleIds).size) return undefined;
  return `${plural(f.independentSources, 'independent source')}${f.primarySources?.length ? `, resting on ${f.primarySources.join(', ')}` : ''}`;
}

/**
 * A fact as shown: its text, and whom the outlets attribute it to when the text does not say ("the union had no plan to
 * strike (attributed to Ana Lin)"), so a clause of reported speech is never read as the outlets' own statement.
 */
export function factText(f: Fact): string {
  if (!f.attributedTo) return f.text;
  return nameWordsIn(f.attributedTo, f.text).length > 0 ? f.text : `${f.text} (attributed to ${f.attributedTo})`;
}

/** How a fact's `similarIn` articles are introduced: close wording, not a citation. */
export const SIMILAR_LABEL = 'similar wording in';

/** Who said it, as shown: the speaker's name, else the role or group the text gives, else "Unattributed". */
export function speakerLabel(q: { speaker: string | null; speakerRole?: string }): string {
  return q.speaker ?? q.speakerRole ?? 'Unattributed';
}

/** "(12 of 77 shown)" when a list is cut, else nothing. */
export function shownNote(shown: number, total: number): string {
  return shown < total ? ` (${shown} of ${total} shown)` : '';
}

/** The summary band's figures. */
export function summaryFigures(s: StoryReport): { label: string; value: string }[] {
  const { shared, single } = splitFacts(s);
  const agreeing = shared.length + single.length === 0 ? 0 : Math.round((100 * shared.length) / (shared.length + single.length));
  return [
    { label: 'outlets', value: String(s.outlets.length) },
    { label: 'articles', value: String(s.articleIds.length) },
    { label: 'independent sources', value: String(s.independentSources) },
    { label: 'primary sources', value: String(s.primarySources.length) },
    { label: 'facts in several articles', value: `${shared.length} of ${shared.length + single.length} (${agreeing}%)` },
    { label: 'disagreements', value: String(s.discrepancies.length) },
  ];
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
