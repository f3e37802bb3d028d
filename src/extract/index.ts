// RawDocument → Article | Rejection: main text (HTML cascade or plain text), cleaning, metadata merged from every source.
import { messageOf, reject } from '../errors.js';
import { articleIdFor } from '../model/article-id.js';
import type { Article, ExtractionAttempt, Origin } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import type { Rejection } from '../model/rejection.js';
import { cleanText } from './clean.js';
import { extractHtml } from './html.js';
import { guessLanguage } from './language-guess.js';
import { normalizeDate, type PageMetadata } from './metadata.js';
import { hostOutlet } from './rules/boilerplate.js';

export { cleanText } from './clean.js';
export { extractHtml } from './html.js';

/** Cleaned text shorter than this is not an article (a teaser, an error page, a caption). */
export const MIN_CLEAN_TEXT_CHARS = 80;

/**
 * Turns a decoded document into an article. Metadata precedence: what the container gave (feed
 * item, JSONL fields, the fetched URL), then the page's own metadata, then what cleaning recovered
 * from removed lines.
 *
 * @example extractArticle({ source: 'a.txt', kind: 'text', content: 'Title\nBody.', encoding: 'utf-8', hints: {} })
 */
export function extractArticle(raw: RawDocument): Article | Rejection {
  let body = raw.content;
  let page: PageMetadata = {};
  let method = 'plain-text';
  let attempts: ExtractionAttempt[] = [{ method, chars: body.length, accepted: true, reason: 'input is plain text' }];
  if (raw.kind === 'html') {
    try {
      const html = extractHtml(raw.content);
      ({ text: body, metadata: page, method, attempts } = html);
    } catch (err) {
      return reject('MALFORMED_HTML', raw.source, messageOf(err));
    }
  }
  const knownTitle = raw.hints.title ?? page.title;
  const cleaned = cleanText(body, { detectHeadline: raw.kind === 'text', knownTitle });
  if (cleaned.text.length < MIN_CLEAN_TEXT_CHARS) {
    return reject('NOT_AN_ARTICLE', raw.source, `${cleaned.text.length} characters of text after cleaning (method ${method})`);
  }
  const url = raw.hints.url ?? page.canonicalUrl;
  const { recovered } = cleaned;
  const origin: Origin = {};
  if (recovered.originOutlet) origin.outlet = recovered.originOutlet;
  if (recovered.originUrl) origin.url = recovered.originUrl;
  const article: Article = {
    id: articleIdFor(raw.source),
    source: raw.source,
    url,
    outlet: raw.hints.outlet ?? page.siteName ?? recovered.republisher ?? (url ? hostOutlet(url) : undefined),
    title: knownTitle ?? cleaned.title,
    byline: raw.hints.author ?? page.byline ?? recovered.byline,
    published: normalizeDate(raw.hints.published) ?? page.published,
    language: page.language ?? guessLanguage(cleaned.text),
    origin: origin.outlet || origin.url ? origin : undefined,
    text: cleaned.text,
    removed: cleaned.removed,
    extraction: { method, attempts },
  };
  for (const key of Object.keys(article) as (keyof Article)[]) if (article[key] === undefined) delete article[key];
  return article;
}
