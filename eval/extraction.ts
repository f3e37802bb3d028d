// Scores HTML extraction on the Zyte article-extraction benchmark with its own metric.
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/index.js';
import { domToText, type DomNode } from '../src/extract/html-text.js';
import { isRejection } from '../src/model/rejection.js';
import { readJsonlGz } from './shared-data.js';
import { scoreExtraction, type ExtractionScore } from './scorers/shingle-f1.js';

interface ZyteItem {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

export interface ExtractionEval {
  triangulate: ExtractionScore;
  /** The trivial baseline the benchmark also reports: all of the page's text. */
  wholePage: ExtractionScore;
  pagesPerSecond: number;
}

export function evaluateExtraction(): ExtractionEval {
  const items = readJsonlGz<ZyteItem>('data', 'zyte-article-extraction', 'items.jsonl.gz');
  const ours: { gold: string; pred: string }[] = [];
  const whole: { gold: string; pred: string }[] = [];
  const started = performance.now();
  for (const it of items) {
    const a = extractArticle({ source: it.url, kind: 'html', content: it.html, encoding: 'utf-8', hints: {} });
    ours.push({ gold: it.articleBody, pred: isRejection(a) ? '' : a.text });
  }
  const seconds = (performance.now() - started) / 1000;
  for (const it of items) {
    const doc = parseHTML(it.html).document;
    whole.push({ gold: it.articleBody, pred: domToText((doc.body ?? doc) as unknown as DomNode) });
  }
  return { triangulate: scoreExtraction(ours), wholePage: scoreExtraction(whole), pagesPerSecond: items.length / seconds };
}
