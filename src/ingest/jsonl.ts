// JSON Lines text → one RawDocument (or Rejection) per line: {id?, url?, outlet?, title?, published?, author?, text? | html?}.
import { messageOf, reject } from '../errors.js';
import { binaryText } from './encoding.js';
import type { MetadataHints, RawDocument } from '../model/raw-document.js';
import type { Rejection } from '../model/rejection.js';

const STRING_FIELDS = ['id', 'url', 'outlet', 'title', 'published', 'author', 'text', 'html'] as const;

/**
 * Parses each non-blank line. A line's source is its `id`, else its `url`, else `<file>#<line>`.
 * A bad line is a Rejection; the other lines still count.
 */
export function parseJsonl(content: string, file: string): (RawDocument | Rejection)[] {
  const out: (RawDocument | Rejection)[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${file}#${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      out.push(reject('MALFORMED_JSON', where, messageOf(err)));
      continue;
    }
    out.push(recordToDocument(rec, where));
  }
  return out;
}

/**
 * One record ({id?, url?, outlet?, title?, published?, author?, text? | html?}) → a RawDocument, or a Rejection saying
 * what is wrong with it. Its source is its `id`, else its `url`, else `where`. Also used for a document submitted
 * through the HTTP API, so both paths apply the same checks.
 */
export function recordToDocument(rec: unknown, where: string): RawDocument | Rejection {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return reject('INVALID_RECORD', where, 'each line must be a JSON object');
  const r = rec as Record<string, unknown>;
  const wrong = STRING_FIELDS.filter((k) => r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string' && !(k === 'id' && typeof r[k] === 'number'));
  if (wrong.length) return reject('INVALID_RECORD', where, `fields must be strings: ${wrong.join(', ')}`);
  const str = (k: string) => (r[k] === undefined || r[k] === null || r[k] === '' ? undefined : String(r[k]));
  const text = str('text');
  const html = str('html');
  if (!text && !html) return reject('INVALID_RECORD', where, 'a line needs "text" or "html"');
  const binary = binaryText(html ?? text!, str('id') ?? str('url') ?? where);
  if (binary) return binary;
  const hints: MetadataHints = {};
  for (const [hint, field] of [['url', 'url'], ['outlet', 'outlet'], ['title', 'title'], ['published', 'published'], ['author', 'author']] as const) {
    const v = str(field);
    if (v) hints[hint] = v;
  }
  return {
    source: str('id') ?? str('url') ?? where,
    kind: html ? 'html' : 'text',
    content: (html ?? text ?? '').replace(/\r\n?/g, '\n'),
    encoding: 'utf-8',
    hints,
  };
}
