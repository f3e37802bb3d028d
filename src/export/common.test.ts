// What the exports say of a fact's independence.
import { describe, expect, it } from 'vitest';
import type { Fact, QuoteGroup, StorySource } from '../model/report.js';
import { factText, independenceNote, quoteRows, speakerLabel } from './common.js';
import { primarySourceLabel } from './markdown.js';

const fact = (extra: Partial<Fact>): Fact => ({ text: 'The ferry stopped.', articleIds: ['a_1', 'a_2', 'a_3'], independentSources: 3, mentions: [], ...extra });

describe('independenceNote', () => {
  it('says how many independent sources, and what they rest on, when fewer than the articles', () => {
    expect(independenceNote(fact({ independentSources: 1, primarySources: ['an interview with Radio Valmora'] }))).toBe('1 independent source, resting on an interview with Radio Valmora');
    expect(independenceNote(fact({ independentSources: 2 }))).toBe('2 independent sources');
  });

  it('says nothing when every article is its own source', () => {
    expect(independenceNote(fact({}))).toBeUndefined();
  });
});

describe('speakerLabel', () => {
  it('shows the speaker, else the role the text gives, else says it is unattributed', () => {
    expect(speakerLabel({ speaker: 'Ana Lin', speakerRole: 'a spokesperson' })).toBe('Ana Lin');
    expect(speakerLabel({ speaker: null, speakerRole: 'a union spokesperson' })).toBe('a union spokesperson');
    expect(speakerLabel({ speaker: null })).toBe('Unattributed');
  });
});

describe('factText', () => {
  it('names whom the outlets attribute a fact to when its text does not, and adds nothing when it does', () => {
    expect(factText(fact({ text: 'the dock union had no plan to strike', attributedTo: 'Ana Lin' }))).toBe('the dock union had no plan to strike (attributed to Ana Lin)');
    expect(factText(fact({ text: 'Lin said the dock union had no plan to strike.', attributedTo: 'Ana Lin' }))).toBe('Lin said the dock union had no plan to strike.');
    expect(factText(fact({ text: 'The ferry stopped.' }))).toBe('The ferry stopped.');
  });
});

describe('quoteRows', () => {
  it('prints the most printed wording in full on the first row that has it, as the rows are numbered', () => {
    const mention = (articleId: string, text: string, wording: 'reference' | 'same' | 'other') => ({ articleId, text, start: 0, end: text.length, wording });
    const group: QuoteGroup = {
      speaker: 'Ana Lin',
      wordingDiffers: true,
      mentions: [mention('a_1', 'We will not close the pier.', 'reference'), mention('a_2', 'We will not close the pier.', 'same'), mention('a_3', 'The pier stays open.', 'other')],
    };
    const source = (articleId: string, n: number): [string, StorySource] => [articleId, { n, articleId, outlet: `outlet ${n}`, label: `o${n}` }];
    const key = new Map([source('a_1', 3), source('a_2', 1), source('a_3', 2)]);
    expect(quoteRows(group, key).map((r) => [r.articleId, r.mentions[0]!.wording])).toEqual([
      ['a_2', 'reference'],
      ['a_3', 'other'],
      ['a_1', 'same'],
    ]);
  });
});

describe('primarySourceLabel', () => {
  it('says whose post it was when the text names its author, and no author when it does not', () => {
    const post = (name: string, subject?: string) => ({ name, kind: 'social' as const, ...(subject ? { subject } : {}), articleIds: ['a_1'], factCount: 0, mentions: [] });
    expect(primarySourceLabel(post('Ana Lin on Harborchat', 'Ana Lin'))).toBe('a post by Ana Lin on Harborchat');
    expect(primarySourceLabel(post('a post on Harborchat'))).toBe('a post on Harborchat');
  });
});
