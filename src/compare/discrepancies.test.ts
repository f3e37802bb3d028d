// Disagreements between outlets: one affirms what another denies, and only then.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import type { Article } from '../model/article.js';
import { compareStory } from './index.js';

const article = (n: number, text: string): Article => ({ id: `a_${String(n).padStart(16, '0')}`, source: `test/${n}`, text, removed: [], ...annotateArticle({ text }) });
const polarity = (a: string, b: string) => compareStory('s_1', [article(1, a), article(2, b)]).discrepancies.filter((d) => d.kind === 'polarity');

describe('polarity disagreements', () => {
  it('finds one outlet denying what another states', () => {
    expect(polarity('The harbour council will not hold a vote on the new ferry contract this month.', 'The harbour council will hold a vote on the new ferry contract this month.')).toHaveLength(1);
  });
});
