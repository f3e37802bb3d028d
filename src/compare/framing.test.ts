// Framing cues: one per wording, and scare-quoted terms without the sentence's punctuation.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import type { Article } from '../model/article.js';
import { framingOf } from './framing.js';

const article = (text: string): Article => ({ id: 'a_0000000000000001', source: 'x.txt', text, removed: [], ...annotateArticle({ text }) });

describe('framingOf', () => {
  it('counts a cue inside a longer cue once, and keeps a scare-quoted term without the period inside its marks', () => {
    const items = framingOf(article('The council closed the ramp under false pretenses, critics wrote. The council refused to use the word "closure," instead using the preferred term "temporary pause."'), (n) => n);
    expect(items.filter((i) => i.kind === 'hedge').map((i) => i.text)).toEqual(['under false pretenses']);
    expect(items.filter((i) => i.kind === 'term').map((i) => i.text)).toEqual(['closure', 'temporary pause']);
  });

  it('does not say the outlet keeps its distance from a term it uses in its own words', () => {
    const text = 'The closure of the ramp began in May. Its chief would not call it a "closure," preferring the term "temporary pause."';
    const items = framingOf(article(text), (n) => n);
    expect(items.filter((i) => i.kind === 'term').map((i) => i.text)).toEqual(['temporary pause']);
  });
});
