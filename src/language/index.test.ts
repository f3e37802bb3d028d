import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertAnalysisInvariants } from '../../test/analysis-invariants.js';
import { ROOT } from '../../test/helpers.js';
import type { Article } from '../model/article.js';
import { analysisOf } from '../model/article.js';
import { ANALYSIS_VERSION, annotateArticle, withAnalysis } from './index.js';

describe('annotateArticle invariants', () => {
  const dir = join(ROOT, 'demo', 'corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  const edge: [string, string][] = [
    ['empty quotes and stray marks', 'He said "" and then “ and ’tis ‘ odd.'],
    ['unclosed quote at the end', '“We will never'],
    ['only punctuation', '… — ?! ” “'],
    ['non-Latin script', 'Премьер-министр Иван Петров сказал: «Нет». 東京で会議があった。'],
  ];
  for (const [name, text] of [...texts, ...edge]) {
    it(name, () => assertAnalysisInvariants({ id: 'a_0000000000000000', source: name, text, removed: [], ...annotateArticle({ text }) }));
  }
});

describe('withAnalysis', () => {
  const text = 'The union voted on Friday. “We are ready,” Ana Lin said.';
  const base: Article = { id: 'a_0000000000000001', source: 'x.txt', text, removed: [], published: '2025-08-24' };
  const current = { ...base, ...annotateArticle(base) };

  it('keeps an analysis this version made, and stores it with its version', () => {
    expect(withAnalysis(current)).toBe(current);
    expect(analysisOf(current)?.analysisVersion).toBe(ANALYSIS_VERSION);
  });

  it('analyses again an article stored by another version, or by none (an upgrade never compares stale analyses)', () => {
    const { analysisVersion: _v, ...unversioned } = { ...current, dates: [] };
    const stales: Article[] = [unversioned, { ...current, dates: [], analysisVersion: ANALYSIS_VERSION - 1 }];
    for (const stale of stales) {
      const fresh = withAnalysis(stale);
      expect(fresh.analysisVersion).toBe(ANALYSIS_VERSION);
      expect(fresh.dates).toEqual(current.dates);
      expect(fresh.dates!.length).toBeGreaterThan(0);
    }
  });
});

describe('types of names that speak', () => {
  const typeOf = (text: string, name: string) => annotateArticle({ text }).entities.find((e) => e.name === name)?.type;
  it('reads a name typed a place that speaks and opens with a first name as a person', () => {
    const text = `The harbour story broke in Ben Fairhold's column in 2005. "The memo was a cover," Fairhold wrote in the book. In Fairhold, the crews had stopped work.`;
    expect(typeOf(text, 'Ben Fairhold')).toBe('person');
  });
  it('keeps a place that speaks as a place when a word for a place ends its name ("Grace Harbour said")', () => {
    const text = `The talks were held in Grace Harbour, a town in Velmar. "The crossing stays open," Grace Harbour said in a statement.`;
    expect(typeOf(text, 'Grace Harbour')).toBe('place');
  });
});
