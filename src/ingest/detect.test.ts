import { describe, expect, it } from 'vitest';
import { detectKind } from './detect.js';

describe('detectKind', () => {
  it.each([
    { name: 'plain text', file: 'a.txt', text: 'A headline\nBody text.', kind: 'text' },
    { name: 'HTML by content despite .txt', file: 'a.txt', text: '<!DOCTYPE html><html><body><p>x</p></body></html>', kind: 'html' },
    { name: 'HTML by extension', file: 'page.htm', text: '<div><p>Body</p></div>', kind: 'html' },
    { name: 'HTML fragment without extension', file: 'page', text: '<article><p>Body text here.</p></article>', kind: 'html' },
    { name: 'RSS', file: 'feed', text: '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', kind: 'feed' },
    { name: 'Atom', file: 'x.xml', text: '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', kind: 'feed' },
    { name: 'XHTML with XML declaration', file: 'x.xml', text: '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', kind: 'html' },
    { name: 'JSON Feed', file: 'feed.json', text: '{"version": "https://jsonfeed.org/version/1.1", "items": []}', kind: 'json-feed' },
    { name: 'JSON Lines', file: 'a.jsonl', text: '{"text":"x"}\n{"text":"y"}', kind: 'jsonl' },
    { name: 'JSON Lines without extension', file: 'dump', text: '{"text":"x"}', kind: 'jsonl' },
    { name: 'text that starts with a brace', file: 'notes.txt', text: '{draft} The mayor said …', kind: 'text' },
    { name: 'HTML by content type', file: '/story', text: 'Hello', contentType: 'text/html; charset=utf-8', kind: 'html' },
  ])('$name', ({ file, text, contentType, kind }) => {
    expect(detectKind(file, text, contentType)).toBe(kind);
  });
});
