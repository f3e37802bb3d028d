// OPML subscription lists → the feed URLs they hold.
import { XMLParser } from 'fast-xml-parser';
import { TriangulateError } from '../errors.js';

/** The feed URLs of an OPML subscription list (every outline with an xmlUrl, at any depth). */
export function opmlFeedUrls(xml: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true });
  if (/<!ENTITY/i.test(xml)) throw new TriangulateError('USAGE', 'entity declarations are not allowed in OPML');
  const urls: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n['@_xmlUrl'] === 'string') urls.push(n['@_xmlUrl'].trim());
    for (const [k, v] of Object.entries(n)) if (!k.startsWith('@_')) walk(v);
  };
  walk(parser.parse(xml));
  return [...new Set(urls.filter((u) => /^https?:\/\//i.test(u)))];
}

