// compareStory on bad input: a report in bounded time, never a crash.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const article = analysedArticle;

describe('compareStory on bad input', () => {
  it.each([
    ['a 10,000-word sentence', Array.from({ length: 10_000 }, (_, i) => `harbour${i % 300} ferry`).join(' ') + '.'],
    ['text in another language', 'Der Bürgermeister von Quillon hat am Montag die Fähre wieder in Betrieb genommen. Die Rampe wurde erneuert.'],
    ['only quotes', '"The ferry runs again." "The ramp is new." "We are glad," she said.'],
    ['no sentence end at all', 'ferry ramp harbour council budget vote Monday'],
  ])('reports on %s', (_name, text) => {
    const started = performance.now();
    const report = compareStory('s_0000000000000001', [article(1, text), article(2, text.replace(/ferry/g, 'boat'))]);
    expect(report.articleIds).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('never presents a quotation as a fact or a brief sentence', () => {
    const text = '"The ferry will run again in May. The ramp is being rebuilt with new steel," Mayor Ana Lin said on Monday.';
    const report = compareStory('s_0000000000000001', [article(1, text), article(2, text)]);
    expect(report.facts.map((f) => f.text)).toEqual([]);
    expect(report.brief).toEqual([]);
    expect(report.quotes).toHaveLength(1);
  });
});
