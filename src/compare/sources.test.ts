import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import { leadTitle } from '../model/story-title.js';
import { outlets } from './outlets.js';
import { profileCoverage, profileMatcher } from './profiles.js';
import { compareHeadlines, outletLabel, storySources, storyTitle } from './sources.js';

const art = (id: string, extra: Partial<Article> = {}): Article => ({ id: `a_${id.padStart(16, '0')}`, source: `${id}.txt`, text: 'Body text of the article.', removed: [], ...extra });

describe('citation key and titles', () => {
  it('numbers articles in the order they were added, and points a copy to its original', () => {
    const a = art('1', { outlet: 'Valley Times' });
    const b = art('2');
    const c = art('3', { duplicateOf: { id: a.id, similarity: 1, kind: 'exact' } });
    expect(storySources([a, b, c])).toEqual([
      { n: 1, articleId: a.id, outlet: 'Valley Times', label: 'Valley Times' },
      { n: 2, articleId: b.id, outlet: 'unknown (2.txt)', label: '2' },
      { n: 3, articleId: c.id, outlet: 'unknown (3.txt)', label: '3', copyOf: 1 },
    ]);
  });

  it('shortens outlet names for headers at a word', () => {
    expect(outletLabel('The Valley Times')).toBe('Valley Times');
    expect(outletLabel('www.harbourgazette.example')).toBe('harbourgazette.ex…');
    expect(outletLabel('Northern Provinces Broadcasting Corporation')).toBe('Northern Province…');
    expect(outletLabel('unknown (000_3c9055fc150b7312.txt)')).toBe('000_3c9055fc150b7…');
    for (const o of ['A very long outlet name indeed', 'x'.repeat(40)]) expect(outletLabel(o).length).toBeLessThanOrEqual(18);
  });

  it("titles a story by the first original's headline, else any headline, else the lead cut at a word", () => {
    const copy = art('1', { title: 'Copy headline', duplicateOf: { id: 'a_0000000000000009', similarity: 1, kind: 'exact' } });
    expect(storyTitle([copy, art('2', { title: 'Original headline' })], 's_1')).toBe('Original headline');
    expect(storyTitle([copy], 's_1')).toBe('Copy headline');
    expect(storyTitle([art('3', { text: 'Short lead. Then more.' })], 's_1')).toBe('Short lead.');
    // Not at the period of an initial, of letters spelt out or of a title.
    expect(leadTitle('Ana Lin told the L.A. Harbor Post she would run. More later.')).toBe('Ana Lin told the L.A. Harbor Post she would run.');
    expect(leadTitle('Dr. Ida Hale and J. Ortiz left. More later.')).toBe('Dr. Ida Hale and J. Ortiz left.');
    // A web address printed above the headline is no title.
    expect(leadTitle('https://lowford-ledger.example/harbour/pier-closes\n\nPier closes for the winter\n\nThe pier closed on Monday.')).toBe('Pier closes for the winter');
    const long = `${'word '.repeat(40)}end`;
    expect(leadTitle(long)).toMatch(/^(word ){23}word…$/);
    expect(leadTitle(long).length).toBeLessThanOrEqual(121);
  });

  it('marks the words of a headline no other headline uses, in any case or spelling of a name', () => {
    const h = compareHeadlines([
      art('1', { title: 'Markovich Rejects Talks Offer' }),
      art('2', { title: 'Markovitch rejects offer of talks' }),
      art('3', { title: 'Markovitch rejects offer of talks', duplicateOf: { id: 'a_0000000000000002', similarity: 1, kind: 'exact' } }),
    ]);
    expect(h).toHaveLength(2);
    expect(h[0]!.words.filter((w) => w.op === 'changed')).toEqual([]);
    const single = compareHeadlines([art('1', { title: 'Ferry strike ends' }), art('2', { title: 'Ferry strike ends after pay deal' })]);
    expect(single[1]!.words.filter((w) => w.op === 'changed').map((w) => w.text)).toEqual(['pay', 'deal']);
  });

  it('does not mark a word whose derivation another headline uses ("evacuated" / "evacuation")', () => {
    const h = compareHeadlines([art('1', { title: 'Hundreds evacuated as harbour fire spreads' }), art('2', { title: 'Harbour fire forces evacuation of hundreds' })]);
    expect(h[0]!.words.filter((w) => w.op === 'changed').map((w) => w.text)).toEqual(['spreads']);
    expect(h[1]!.words.filter((w) => w.op === 'changed').map((w) => w.text)).toEqual(['forces']);
  });

  it('counts an exact copy of unknown outlet under its original, other unknown articles one each', () => {
    const a = art('1', { outlet: 'Valley Times' });
    const exact = art('2', { duplicateOf: { id: a.id, similarity: 1, kind: 'exact' } });
    const near = art('3', { duplicateOf: { id: a.id, similarity: 0.9, kind: 'near' } });
    const lone = art('4');
    const loneCopy = art('5', { duplicateOf: { id: lone.id, similarity: 1, kind: 'exact' } });
    expect(outlets([a, exact, near, lone, loneCopy])).toEqual(['Valley Times', 'unknown (3.txt)', 'unknown (4.txt)']);
  });
});

describe('outlet profiles', () => {
  const profiles = [
    { name: 'Valley Times', domains: ['valleytimes.example'], lean: 'left', country: 'Norvania' },
    { name: 'Harbour Gazette', domains: ['harbour.example'], lean: 'right', owner: 'Harbour Media' },
  ];

  it('finds an article\'s profile by outlet name in any case, by its URL\'s domain or subdomain, or by a host-name outlet', () => {
    const match = profileMatcher(profiles);
    expect(match(art('1', { outlet: 'valley times' }))?.name).toBe('Valley Times');
    expect(match(art('2', { url: 'https://news.harbour.example/a' }))?.name).toBe('Harbour Gazette');
    expect(match(art('3', { outlet: 'www.valleytimes.example' }))?.name).toBe('Valley Times');
    expect(match(art('4', { outlet: 'Other' }))).toBeUndefined();
  });

  it('groups coverage by lean, country and owner, and finds blindspots', () => {
    const a = art('1', { outlet: 'Valley Times' });
    const b = art('2', { outlet: 'Valley Times', source: 'b' });
    const c = art('3', { outlet: 'Harbour Gazette' });
    const d = art('4', { outlet: 'Unprofiled' });
    const byId = new Map([a, b, c, d].map((x) => [x.id, x]));
    const fact = (ids: string[]) => ({ text: 'x', articleIds: ids, mentions: [], independentSources: ids.length });
    const cov = profileCoverage({ articleIds: [a.id, b.id, c.id, d.id], facts: [fact([a.id, b.id]), fact([a.id, c.id]), fact([c.id])] }, byId, profiles)!;
    expect(cov.lean).toEqual([
      { value: 'left', outlets: ['Valley Times'], articleIds: [a.id, b.id] },
      { value: 'right', outlets: ['Harbour Gazette'], articleIds: [c.id] },
    ]);
    expect(cov.owner).toEqual([{ value: 'Harbour Media', outlets: ['Harbour Gazette'], articleIds: [c.id] }]);
    expect(cov.unprofiled).toEqual(['Unprofiled']);
    expect(cov.blindspot).toBeUndefined();
    expect(cov.factBlindspots).toEqual([{ fact: 0, lean: 'left' }]);
    const oneSide = profileCoverage({ articleIds: [a.id, b.id], facts: [] }, byId, profiles)!;
    expect(oneSide.blindspot).toBe('left');
    expect(profileCoverage({ articleIds: [a.id], facts: [] }, byId, [])).toBeUndefined();
  });
});
