// Decides what a decoded input is (text, HTML, feed, JSON Lines) from its content first, its name second.

export type InputKind = 'text' | 'html' | 'feed' | 'json-feed' | 'jsonl';

const EXTENSION_KINDS: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

function extensionOf(name: string): string {
  const base = name.split(/[?#]/)[0] ?? name;
  const dot = base.lastIndexOf('.');
  return dot > base.lastIndexOf('/') ? base.slice(dot).toLowerCase() : '';
}

/**
 * Content wins over the extension: a `.txt` that holds a whole HTML page is HTML, a `.xml` that
 * holds an HTML page is HTML. The extension decides only between kinds the content cannot tell
 * apart (plain text that merely starts with a brace).
 */
export function detectKind(name: string, text: string, contentType?: string): InputKind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const lowerHead = head.slice(0, 1024).toLowerCase();
  const byExt = EXTENSION_KINDS[extensionOf(name)];
  const ct = (contentType ?? '').toLowerCase();

  if (/^<\?xml|^<(rss|feed|rdf:rdf)\b/.test(lowerHead)) {
    if (/<(rss|feed|rdf:rdf)\b/.test(lowerHead)) return 'feed';
    if (/<html\b/.test(lowerHead)) return 'html';
    return 'feed';
  }
  if (/^<!doctype html|^<html\b|^<head\b|^<body\b/.test(lowerHead)) return 'html';
  if (head.startsWith('{')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head)) return 'json-feed';
    if (byExt === 'jsonl' || /json/.test(ct) || byExt === undefined || extensionOf(name) === '.json') return 'jsonl';
  }
  if (/(rss|atom)\+xml|application\/xml|text\/xml/.test(ct)) return 'feed';
  if (/html/.test(ct)) return 'html';
  if (byExt) return byExt === 'feed' && !head.startsWith('<') ? 'text' : byExt;
  // No extension: markup-heavy content is HTML.
  if (/<(p|div|article|span|a)\b[^>]*>/i.test(head) && /<\/(p|div|article)>/i.test(text.slice(0, 65536))) return 'html';
  return 'text';
}
