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

/** A parsed XML or JSON value as an object node, when it is one. */
const node = (v: unknown): Node | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : undefined);
/** A value that may be one node or a list of them, as a list of nodes. */
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map(node).filter((n): n is Node => n !== undefined);

/** Text of an XML node that may be a string, a number, or an object with #text. */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  const n = node(v);
  return n ? (textOf(n['#text']) ?? textOf(n.name)) : undefined;
}

function atomLink(links: unknown): string | undefined {
  const list = nodes(links);
  const alternate = list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate');
  const href = alternate?.['@_href'];
  return typeof href === 'string' ? href : textOf(Array.isArray(links) ? links[0] : links);
}

const looksLikeHtml = (s: string) => /<\/?[a-z][a-z0-9]*[\s>/]/i.test(s);

function toDocument(feedSource: string, index: number, hints: MetadataHints, id: string | undefined, content: string | undefined): RawDocument {
  const body = content ?? '';
  const clean: MetadataHints = {};
  for (const k of ['url', 'outlet', 'title', 'published', 'author'] as const) {
    const v = hints[k];
    if (v) clean[k] = v;
  }
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
  const root = node(parser.parse(xml)) ?? {};
  const rss = node(root.rss);
  const rdf = node(root['rdf:RDF']);
  const atom = node(root.feed);
  if (rss || rdf) {
    const channel = node(rss?.channel ?? rdf?.channel) ?? {};
    const title = textOf(channel.title);
    const items = nodes(rss ? channel.item : rdf?.item);
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
    const entries = nodes(atom.entry);
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
  let feed: Node | undefined;
  try {
    feed = node(JSON.parse(json));
  } catch (err) {
    return reject('MALFORMED_JSON', source, err instanceof Error ? err.message : String(err));
  }
  if (!feed || !Array.isArray(feed.items)) return reject('MALFORMED_JSON', source, 'a JSON Feed needs an items array');
  const title = typeof feed.title === 'string' ? feed.title : undefined;
  return {
    title,
    items: nodes(feed.items).map((it, i) => {
      const authors = nodes(it.authors ?? it.author);
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
