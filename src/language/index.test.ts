import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { assertAnalysisInvariants } from '../../test/analysis-invariants.js';
import { ROOT } from '../../test/helpers.js';
import { annotateArticle } from './index.js';

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
