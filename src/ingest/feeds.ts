// Feed text (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → feed items as RawDocuments.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { reject } from '../errors.js';
import type { MetadataHints, RawDocument } from '../model/raw-document.js';
import type { Rejection } from '../model/rejection.js';

export interface ParsedFeed {
  title?: string;
  items: RawDocument[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
});

type Node = Record<string, unknown>;

/** Text of an XML node that may be a string, a number, or an object with #text. */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (typeof v === 'object') return textOf((v as Node)['#text']) ?? textOf((v as Node).name);
  return undefined;
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as Node[];
  const alternate = list.find((l) => l && typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate'));
  return (alternate?.['@_href'] as string | undefined) ?? textOf(list[0]);
}

const looksLikeHtml = (s: string) => /<\/?[a-z][a-z0-9]*[\s>/]/i.test(s);

function toDocument(feedSource: string, index: number, hints: MetadataHints, id: string | undefined, content: string | undefined): RawDocument {
  const body = content ?? '';
  const clean: MetadataHints = {};
  for (const [k, v] of Object.entries(hints) as [keyof MetadataHints, string | undefined][]) if (v) clean[k] = v;
  return {
    source: id ?? hints.url ?? `${feedSource}#${index + 1}`,
    kind: looksLikeHtml(body) ? 'html' : 'text',
    content: body,
    encoding: 'utf-8',
    hints: clean,
  };
}

/** Parses an XML feed. Entity declarations are refused (they allow expansion bombs). */
export function parseXmlFeed(xml: string, source: string): ParsedFeed | Rejection {
  if (/<!ENTITY/i.test(xml)) return reject('MALFORMED_XML', source, 'entity declarations are not allowed in feeds');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return reject('MALFORMED_XML', source, `${valid.err.msg} at line ${valid.err.line}`);
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
    const title = textOf(channel.title);
    const items = ((rss ? channel.item : rdf?.item) as Node[] | undefined) ?? [];
    return {
      title,
      items: items.map((it, i) =>
        toDocument(
          source,
          i,
          {
            title: textOf(it.title),
            url: textOf(it.link),
            outlet: title,
            author: textOf(it['dc:creator']) ?? textOf(it.author),
            published: textOf(it.pubDate) ?? textOf(it['dc:date']),
          },
          textOf(it.guid) ?? textOf(it.link),
          textOf(it['content:encoded']) ?? textOf(it.description),
        ),
      ),
    };
  }
  if (atom) {
    const title = textOf(atom.title);
    const entries = (atom.entry as Node[] | undefined) ?? [];
    return {
      title,
      items: entries.map((e, i) => {
        const url = atomLink(e.link);
        return toDocument(
          source,
          i,
          { title: textOf(e.title), url, outlet: title, author: textOf(e.author), published: textOf(e.published) ?? textOf(e.updated) },
          textOf(e.id) ?? url,
          textOf(e.content) ?? textOf(e.summary),
        );
      }),
    };
  }
  return reject('MALFORMED_XML', source, 'not an RSS, RDF or Atom feed');
}

/** Parses a JSON Feed (https://jsonfeed.org, versions 1 and 1.1). */
export function parseJsonFeed(json: string, source: string): ParsedFeed | Rejection {
  let feed: Node;
  try {
    feed = JSON.parse(json) as Node;
  } catch (err) {
    return reject('MALFORMED_JSON', source, (err as Error).message);
  }
  if (!feed || typeof feed !== 'object' || !Array.isArray(feed.items)) return reject('MALFORMED_JSON', source, 'a JSON Feed needs an items array');
  const title = typeof feed.title === 'string' ? feed.title : undefined;
  return {
    title,
    items: (feed.items as Node[]).map((it, i) => {
      const authors = (it.authors ?? (it.author ? [it.author] : [])) as Node[];
      const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
      return toDocument(
        source,
        i,
        {
          title: str(it.title),
          url: str(it.url),
          outlet: title,
          author: authors.map((a) => str(a?.name)).filter(Boolean).join(', ') || undefined,
          published: str(it.date_published),
        },
        str(it.id) ?? str(it.url),
        str(it.content_html) ?? str(it.content_text) ?? str(it.summary),
      );
    }),
  };
}
