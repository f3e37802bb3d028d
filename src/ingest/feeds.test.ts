import { describe, expect, it } from 'vitest';
import { isRejection } from '../model/rejection.js';
import { parseJsonFeed, parseXmlFeed, type ParsedFeed } from './feeds.js';

const ok = (x: ParsedFeed | { code: string }): ParsedFeed => {
  if (isRejection(x)) throw new Error(x.reason);
  return x as ParsedFeed;
};

describe('parseXmlFeed', () => {
  it('reads RSS 2.0 items with content:encoded, dc:creator and pubDate', () => {
    const feed = ok(parseXmlFeed(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Review</title>
<item><title>Quay opens &amp; ferries return</title><link>https://harbour.example/quay</link><guid>hr-1</guid>
<dc:creator>Ana Lind</dc:creator><pubDate>Tue, 11 Mar 2031 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The quay opened.</p>]]></content:encoded><description>Short</description></item>
<item><title>Second</title><link>https://harbour.example/2</link><description>Plain summary only.</description></item>
</channel></rss>`, 'feed.xml'));
    expect(feed.title).toBe('Harbour Review');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      source: 'hr-1',
      kind: 'html',
      content: '<p>The quay opened.</p>',
      hints: { title: 'Quay opens & ferries return', url: 'https://harbour.example/quay', outlet: 'Harbour Review', author: 'Ana Lind', published: 'Tue, 11 Mar 2031 08:00:00 GMT' },
    });
    expect(feed.items[1]).toMatchObject({ source: 'https://harbour.example/2', kind: 'text', content: 'Plain summary only.' });
  });

  it('reads Atom entries with alternate links and author names', () => {
    const feed = ok(parseXmlFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title type="html">Bridge vote</title><id>tag:valley,2031:1</id>
<link rel="self" href="https://valley.example/self"/><link rel="alternate" href="https://valley.example/bridge"/>
<author><name>Luis Ortega</name></author><published>2031-03-12T10:00:00Z</published>
<content type="html">&lt;p&gt;The council voted.&lt;/p&gt;</content></entry></feed>`, 'a.atom'));
    expect(feed.items[0]).toMatchObject({
      source: 'tag:valley,2031:1',
      kind: 'html',
      hints: { title: 'Bridge vote', url: 'https://valley.example/bridge', author: 'Luis Ortega', outlet: 'Valley Times', published: '2031-03-12T10:00:00Z' },
    });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const feed = ok(parseXmlFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>Old Format News</title></channel>
<item><title>One</title><link>https://old.example/1</link><description>Text of one.</description></item></rdf:RDF>`, 'r.rdf'));
    expect(feed.items[0]).toMatchObject({ source: 'https://old.example/1', hints: { outlet: 'Old Format News' } });
  });

  it.each([
    { name: 'unclosed tag', xml: '<rss><channel><item><title>x</channel></rss>', code: 'MALFORMED_XML' },
    { name: 'entity expansion', xml: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss><channel/></rss>', code: 'MALFORMED_XML' },
    { name: 'XML that is not a feed', xml: '<catalog><book/></catalog>', code: 'MALFORMED_XML' },
  ])('rejects $name', ({ xml, code }) => {
    const out = parseXmlFeed(xml, 'bad.xml');
    expect(isRejection(out) && out.code).toBe(code);
  });
});

describe('parseJsonFeed', () => {
  it('reads items, authors and dates', () => {
    const feed = ok(parseJsonFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Lakeside Notes',
      items: [{ id: 'ln-7', url: 'https://lake.example/7', title: 'Ice melts early', content_text: 'The ice melted.', date_published: '2031-03-01T06:00:00Z', authors: [{ name: 'Ivo Petrov' }] }],
    }), 'f.json'));
    expect(feed.items[0]).toMatchObject({ source: 'ln-7', kind: 'text', content: 'The ice melted.', hints: { outlet: 'Lakeside Notes', author: 'Ivo Petrov' } });
  });

  it('rejects a feed without items', () => {
    const out = parseJsonFeed('{"version":"https://jsonfeed.org/version/1"}', 'f.json');
    expect(isRejection(out) && out.code).toBe('MALFORMED_JSON');
  });
});
