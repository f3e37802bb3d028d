// How often the language stage gives a statement a speaker on real pages it was never tuned on: the article bodies of
// the Zyte extraction benchmark (181 pages: news in several languages, blogs, product pages), as the benchmark's
// annotators extracted them. No speaker labels exist for them, so this is a regression gate on coverage, not a score
// of correctness; docs/evaluation.md records hand audits of samples for that.
import { annotateArticle } from '../src/language/index.js';
import { readJsonlGz } from './shared-data.js';

export interface AttributionCoverage {
  pages: number;
  /** Quotes read as someone's statement. */
  statements: number;
  /** Shares of those statements with a named speaker, with only a role ("a spokesperson"), and with neither. */
  named: number;
  roleOnly: number;
  unattributed: number;
}

export function evaluateAttribution(): AttributionCoverage {
  const pages = readJsonlGz<{ articleBody: string }>('data', 'zyte-article-extraction', 'items.jsonl.gz');
  let statements = 0;
  let named = 0;
  let roleOnly = 0;
  for (const page of pages) {
    for (const q of annotateArticle({ text: page.articleBody }).quotes) {
      if (q.kind !== 'statement') continue;
      statements++;
      if (q.speaker) named++;
      else if (q.speakerRole) roleOnly++;
    }
  }
  const share = (n: number) => (statements ? n / statements : 0);
  return { pages: pages.length, statements, named: share(named), roleOnly: share(roleOnly), unattributed: share(statements - named - roleOnly) };
}
