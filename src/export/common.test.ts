// What the exports say of a fact's independence.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../model/report.js';
import { factText, independenceNote, speakerLabel } from './common.js';

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
