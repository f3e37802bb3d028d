// The timeline: dated claims in the outlets' own words, one entry per date.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import type { Article } from '../model/article.js';
import { articleClaims } from './claims.js';
import { buildTimeline } from './timeline.js';

const article = (text: string): Article => ({ id: 'a_0000000000000001', source: 'x.txt', text, removed: [], published: '2025-08-24', ...annotateArticle({ text, published: '2025-08-24' }) });

describe('buildTimeline', () => {
  it('shows a dated claim that quotes someone by its own clause around the date, without the quote', () => {
    const a = article('The harbour council closed the ferry ramp in March 2024, but Mayor Ana Lin said the town had "asked for repairs many times over the years."');
    const [entry] = buildTimeline([a], articleClaims(a));
    expect(entry).toMatchObject({ date: '2024-03', text: 'The harbour council closed the ferry ramp in March 2024' });
  });

  it('shows a dated claim without quotes whole', () => {
    const a = article('The harbour council closed the ferry ramp in March 2024 after an inspection.');
    const [entry] = buildTimeline([a], articleClaims(a));
    expect(entry).toMatchObject({ date: '2024-03', text: 'The harbour council closed the ferry ramp in March 2024 after an inspection.' });
  });

  it('does not date a sentence by a year that names a thing before a noun ("the 2019 flood")', () => {
    const a = article('A storm struck Velmar on Tuesday, in a region hit by the 2019 flood. The harbour was rebuilt in 2021 by Tide Systems.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.date)).toEqual(['2021', '2025-08-19']);
  });
});
