// Resolved dates across a story's articles → one timeline entry per date, ordered, each with the articles behind it.
import type { Article } from '../model/article.js';
import type { TimelineEntry } from '../model/report.js';

export function buildTimeline(articles: Article[]): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const a of articles) {
    for (const d of a.dates ?? []) {
      if (!d.value) continue;
      const sentence = (a.sentences ?? []).find((s) => s.start <= d.start && d.end <= s.end);
      const text = sentence ? a.text.slice(sentence.start, sentence.end) : d.text;
      let e = byDate.get(d.value);
      if (!e) byDate.set(d.value, (e = { date: d.value, text, articleIds: [], mentions: [] }));
      if (!e.articleIds.includes(a.id)) e.articleIds.push(a.id);
      e.mentions.push({ articleId: a.id, text: d.text, start: d.start, end: d.end });
      if (text.length < e.text.length) e.text = text;
    }
  }
  return [...byDate.values()].sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)) || x.date.localeCompare(y.date));
}

/** A sortable day for every value granularity: a year or month sorts at its start, an ISO week at its Monday. */
export function sortKey(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(+week[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+week[2]! - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}
