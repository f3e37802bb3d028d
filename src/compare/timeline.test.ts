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

  it('gives a year-less date the year of the full dates the story\'s articles state, when none has a publication date', () => {
    const undated = (n: number, text: string): Article => ({ id: `a_000000000000000${n}`, source: `${n}.txt`, text, removed: [], ...annotateArticle({ text }) });
    const a = undated(1, 'Ben Ortiz was arrested in Velmar on April 9, 2031, after a chase through the harbour district.');
    const b = undated(2, 'The judge ordered Ben Ortiz held without bail until his next hearing on April 19.');
    const timeline = buildTimeline([a, b], [...articleClaims(a), ...articleClaims(b)]);
    expect(timeline.map((e) => e.date)).toEqual(['2031-04-09', '2031-04-19']);
    // With no full date in the story, it stays year-less: a month or a year alone does not say which year is meant.
    const c = undated(3, 'The ferry service was cut in May 2029. The new ferry sailed on April 19.');
    expect(buildTimeline([c], articleClaims(c)).map((e) => e.date)).toEqual(['2029-05', '--04-19']);
    // A full date an article recalls further on (a birth, an old storm) says nothing of the story's year.
    const d = undated(
      4,
      'The new ferry sailed to Lowford on April 19. Crowds lined the harbour to watch it leave. Its captain, Ida Hale, waved from the bridge. Hale was born in Velmar on June 2, 1961, and has sailed the route for decades.',
    );
    expect(buildTimeline([d], articleClaims(d)).map((e) => e.date)).toEqual(['1961-06-02', '--04-19']);
    // Nor does an opening's full date that its sentence tells apart from the day it speaks of.
    const g = undated(7, 'Tom Fields was fined on Monday for the thefts he carried out at the Lowford docks on June 4, 2030.');
    const h = undated(8, 'His trial had opened on Sept. 9 in Velmar.');
    expect(buildTimeline([g, h], [...articleClaims(g), ...articleClaims(h)]).map((e) => e.date)).toEqual(['2030-06-04', '--09-09']);
    // A year-less day that the story prints in full elsewhere, with one year, is that day.
    const e = undated(5, 'The ferry board met in Lowford. Crowds lined the harbour. Its captain waved from the bridge. The new ferry first sailed to Lowford on April 19, 2030.');
    const f = undated(6, 'The harbour board said the new ferry first sailed to Lowford on April 19 with Ida Hale at the helm.');
    expect(buildTimeline([e, f], [...articleClaims(e), ...articleClaims(f)]).map((x) => [x.date, x.articleIds.length])).toEqual([['2030-04-19', 2]]);
  });

  it('does not date a claim by the start of a period it speaks of ("since 1991", "since the floods in 2019")', () => {
    const b = article('Dockers in Velmar staged their longest walkout since strikes in 2019. The worst storm since the floods of 2017 hit Lowford harbour.');
    expect(buildTimeline([b], articleClaims(b))).toEqual([]);
    const c = article('On March 19, the frigate Velmar seized a pirate skiff, its second catch since its launch on March 2.');
    expect(buildTimeline([c], articleClaims(c)).map((e) => e.date)).toEqual(['2025-03-19']);
    const d = article('Before 2020, Ben Ortiz had sailed the Lowford route only once, in 2011.');
    expect(buildTimeline([d], articleClaims(d)).map((e) => e.date)).toEqual(['2011']);
    const a = article('Norvania has had no working harbour authority since 1991. The new authority opened on Monday.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.date)).toEqual(['2025-08-18']);
  });

  it('does not date a claim by the year that ends a period it speaks of ("through 2030"), but keeps a day that ends one', () => {
    const a = article('Tide Systems signed a lease on the Velmar pier on Monday that runs through 2030.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.date)).toEqual(['2025-08-18']);
    const b = article('Ida Hale was missing at sea off Velmar until Aug. 7, when a ferry picked her up.');
    expect(buildTimeline([b], articleClaims(b)).map((e) => e.date)).toEqual(['2025-08-07']);
  });

  it('does not date a claim by a year in a relative clause about something it names', () => {
    const a = article('In March the council allowed the navy to patrol the waters of Norvania, which fell into chaos in 1991.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.date)).toEqual(['2025-03']);
  });

  it('does not date a sentence by a year that names a thing before a noun ("the 2019 flood")', () => {
    const a = article('A storm struck Velmar on Tuesday, in a region hit by the 2019 flood. The harbour was rebuilt in 2021 by Tide Systems.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.date)).toEqual(['2021', '2025-08-19']);
  });

  it('does not date a sentence by a year between a determiner and a name ("the 2007 Harbor Cup", a model year)', () => {
    const a = article('In March Lowford hired Ana Lin, the winner of the 2007 Harbor Cup. Ben Ortiz crashed his 2013 Tarvex on Tuesday. Tom Fields won in 2009 Lowford races.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => [e.date, e.text])).toEqual([
      ['2009', 'Tom Fields won in 2009 Lowford races.'],
      ['2025-03', 'In March Lowford hired Ana Lin, the winner of the 2007 Harbor Cup.'],
      ['2025-08-19', 'Ben Ortiz crashed his 2013 Tarvex on Tuesday.'],
    ]);
  });

  it('does not date a sentence by a month or a day with its year between a determiner and a noun ("the June 2030 strike")', () => {
    const a = article('Ida Hale was charged on Tuesday over the June 4, 2030, collapse of the Velmar pier. Ben Ortiz left his March 2029 post in May.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => [e.date, e.text])).toEqual([
      ['2025-05', 'Ben Ortiz left his March 2029 post in May.'],
      ['2025-08-19', 'Ida Hale was charged on Tuesday over the June 4, 2030, collapse of the Velmar pier.'],
    ]);
  });

  it('dates a sentence by a year that a verb follows ("the council in 2019 passed"), not one before an adjective or a noun', () => {
    const a = article('The Lowford council in 2019 passed the harbour tax. The 2021 annual report of Tide Systems came out in March.');
    expect(buildTimeline([a], articleClaims(a)).map((e) => [e.date, e.text])).toEqual([
      ['2019', 'The Lowford council in 2019 passed the harbour tax.'],
      ['2025-03', 'The 2021 annual report of Tide Systems came out in March.'],
    ]);
  });

  it('puts no sentence with a quotation mark left unpaired on the timeline (wire copy\'s \'\' closing a quote)', () => {
    const a = article("Ana Lin ran the ferry for years.\n\n\" I loved the work.\n\nNothing beat the open water,'' she told the Lowford Post in 1996.\n\nShe retired from the ferry in 2001.");
    expect(buildTimeline([a], articleClaims(a)).map((e) => e.text)).toEqual(['She retired from the ferry in 2001.']);
  });
});
