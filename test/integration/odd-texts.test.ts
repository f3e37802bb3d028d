// Texts unlike news prose go through analysis and comparison without a crash and with a report: one sentence of
// 10,000 words, another language, only quotes, all capitals, a table of results, a list of 5,000 names, no names.
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../src/compare/index.js';
import { annotateArticle } from '../../src/language/index.js';
import type { Article } from '../../src/model/article.js';
import { assertAnalysisInvariants } from '../analysis-invariants.js';

const words = ['harbour', 'board', 'ferry', 'Quillon', 'approved', 'timetable', 'winter', 'crossing'];
const TEXTS: Record<string, string> = {
  'one sentence of 10,000 words': Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ') + '.',
  'another language': 'Der Hafenrat von Quillon hat am Montag einen neuen Fährfahrplan beschlossen. „Wir sind zufrieden“, sagte die Vorsitzende Anna Berg.',
  'only quotes': '"We will not sign." "Never." "This is over," he said. "No."',
  'all capitals': 'THE HARBOUR BOARD OF QUILLON APPROVED A NEW FERRY TIMETABLE ON MONDAY. "WE ARE PLEASED," SAID CHAIR ANNA BERG.',
  'a table of results': Array.from({ length: 300 }, (_, i) => `Team ${String.fromCharCode(65 + (i % 26))}${i} ${i % 5} - ${(i * 7) % 4} FC Northgate ${i % 3}`).join('\n'),
  'a list of 5,000 names': Array.from({ length: 5000 }, (_, i) => `Anna${i} Berg${i % 97}`).join(', ') + '.',
  'no names at all': 'the ferry left early and the crossing was calm. passengers said it was fine. nothing else happened that day.',
};

describe('odd texts', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`${name}: analysed with valid spans, and two copies make a report`, () => {
      const analysis = annotateArticle({ text, published: '2031-02-03' });
      const articles: Article[] = [0, 1].map((i) => ({ id: `a_${String(i).padStart(16, '0')}`, source: `odd-${i}`, text, removed: [], ...analysis }));
      for (const a of articles) assertAnalysisInvariants(a);
      const report = compareStory('s_0000000000000001', articles);
      expect(report.sources).toHaveLength(2);
      expect(report.brief.every((b) => text.includes(b.source.text) && (b.text === b.source.text || b.text === `${b.source.text}.`))).toBe(true);
    }, 60_000);
  }
});
