// How often the language stage gives a statement a speaker on real pages it was never tuned on: the article bodies of
// the Zyte extraction benchmark (181 pages: news in several languages, blogs, product pages), as the benchmark's
// annotators extracted them; and on ECB+'s news and GUM's prose, whose quotations speaker rules were read on. No
// speaker labels exist for them, so this is a regression gate on coverage, not a score of correctness;
// docs/evaluation.md records hand audits of samples for that.
import { annotateArticle, FUNCTION_WORDS } from '../src/language/index.js';
import { readJsonlGz } from './shared-data.js';

export interface Coverage {
  pages: number;
  /** Quotes read as someone's statement. */
  statements: number;
  /** Shares of those statements with a named speaker, with only a role ("a spokesperson"), and with neither. */
  named: number;
  roleOnly: number;
  unattributed: number;
}

export interface AttributionCoverage {
  /** Every page. */
  all: Coverage;
  /** Pages in English: the language stage reads English only (docs/architecture.md). */
  english: Coverage;
  /** ECB+'s 982 news documents, detokenised (straight marks printed with stray spaces: `"…, "Lin said`). */
  ecb: Coverage;
  /** GUM's 108 documents of English prose in six genres. */
  gum: Coverage;
}

/**
 * Share of a text's words that are English function words, at or above which a page is read as English. On these
 * pages English prose scores 0.26 and more, pages in Portuguese, Korean, Russian, Indonesian, German or Italian 0.18
 * and less.
 */
export const ENGLISH_FUNCTION_SHARE = 0.2;

export function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length >= ENGLISH_FUNCTION_SHARE;
}

type Counts = { pages: number; statements: number; named: number; roleOnly: number };

function countInto(text: string, into: Counts[]): void {
  for (const c of into) c.pages++;
  for (const q of annotateArticle({ text }).quotes) {
    if (q.kind !== 'statement') continue;
    for (const c of into) {
      c.statements++;
      if (q.speaker) c.named++;
      else if (q.speakerRole) c.roleOnly++;
    }
  }
}

function shares(c: Counts): Coverage {
  const share = (n: number) => (c.statements ? n / c.statements : 0);
  return { pages: c.pages, statements: c.statements, named: share(c.named), roleOnly: share(c.roleOnly), unattributed: share(c.statements - c.named - c.roleOnly) };
}

export function evaluateAttribution(): AttributionCoverage {
  const count = (): Counts => ({ pages: 0, statements: 0, named: 0, roleOnly: 0 });
  const [all, english, ecb, gum] = [count(), count(), count(), count()];
  for (const page of readJsonlGz<{ articleBody: string }>('data', 'zyte-article-extraction', 'items.jsonl.gz')) {
    countInto(page.articleBody, isEnglish(page.articleBody) ? [all, english] : [all]);
  }
  for (const d of readJsonlGz<{ text: string }>('data', 'ecbplus', 'documents.jsonl.gz')) countInto(d.text, [ecb]);
  for (const d of readJsonlGz<{ text: string }>('data', 'gum-entities', 'documents.jsonl.gz')) countInto(d.text, [gum]);
  return { all: shares(all), english: shares(english), ecb: shares(ecb), gum: shares(gum) };
}
