// Disagreements between outlets: one affirms what another denies, and only then.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const article = analysedArticle;
const polarity = (a: string, b: string) => compareStory('s_1', [article(1, a), article(2, b)]).discrepancies.filter((d) => d.kind === 'polarity');

describe('polarity disagreements', () => {
  it('finds one outlet denying what another states', () => {
    expect(polarity('The harbour council will not hold a vote on the new ferry contract this month.', 'The harbour council will hold a vote on the new ferry contract this month.')).toHaveLength(1);
  });
});
