// Invariants every analysed article must satisfy: spans inside the text, ordered, non-empty, texts equal to their spans.
import { expect } from 'vitest';
import type { Article } from '../src/model/article.js';

export function assertAnalysisInvariants(a: Article): void {
  const { text } = a;
  expect(a.sentences, `${a.source}: sentences`).toBeDefined();
  const inside = (s: { start: number; end: number }, what: string) => {
    expect(s.start, what).toBeGreaterThanOrEqual(0);
    expect(s.end, what).toBeGreaterThan(s.start);
    expect(s.end, what).toBeLessThanOrEqual(text.length);
  };
  const ordered = (spans: { start: number }[], what: string) => {
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start, `${what} ordered`).toBeGreaterThanOrEqual(spans[i - 1]!.start);
  };
  a.sentences!.forEach((s, i) => {
    inside(s, 'sentence');
    if (i > 0) expect(s.start, 'sentences do not overlap').toBeGreaterThanOrEqual(a.sentences![i - 1]!.end);
  });
  const names = new Set(a.entities!.map((e) => e.name));
  for (const e of a.entities!) {
    expect(e.mentions.length, `${e.name} has mentions`).toBeGreaterThan(0);
    for (const m of e.mentions) {
      inside(m, `mention of ${e.name}`);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    ordered(e.mentions, `mentions of ${e.name}`);
  }
  for (const q of a.quotes!) {
    inside(q, 'quote');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker !== null) expect(names.has(q.speaker), `speaker ${q.speaker} is an entity`).toBe(true);
    if (q.kind !== 'statement') expect(q.speaker).toBeNull();
  }
  ordered(a.quotes!, 'quotes');
  for (const d of a.dates!) {
    inside(d, 'date');
    expect(text.slice(d.start, d.end)).toBe(d.text);
    if (d.value !== null) expect(d.value).toMatch(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?|--\d{2}-\d{2})$/);
  }
  ordered(a.dates!, 'dates');
}
