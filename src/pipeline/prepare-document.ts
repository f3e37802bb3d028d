// RawDocument → analysed Article | Rejection: the per-document stages that need no store (extract, clean, analyse).
import { extractArticle } from '../extract/index.js';
import { withAnalysis } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import { isRejection, type Rejection } from '../model/rejection.js';

/** Extracts the article and adds its language analysis. */
export function prepareDocument(raw: RawDocument): Article | Rejection {
  const article = extractArticle(raw);
  if (isRejection(article)) return article;
  return withAnalysis(article);
}
