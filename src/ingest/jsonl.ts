// JSON Lines text → one RawDocument (or Rejection) per line: {id?, url?, outlet?, title?, published?, author?, text? | html?}.
import { reject } from '../errors.js';
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
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      out.push(reject('MALFORMED_JSON', where, (err as Error).message));
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      out.push(reject('INVALID_RECORD', where, 'each line must be a JSON object'));
      continue;
    }
    const wrong = STRING_FIELDS.filter((k) => rec[k] !== undefined && rec[k] !== null && typeof rec[k] !== 'string' && !(k === 'id' && typeof rec[k] === 'number'));
    if (wrong.length) {
      out.push(reject('INVALID_RECORD', where, `fields must be strings: ${wrong.join(', ')}`));
      continue;
    }
    const str = (k: string) => (rec[k] === undefined || rec[k] === null || rec[k] === '' ? undefined : String(rec[k]));
    const text = str('text');
    const html = str('html');
    if (!text && !html) {
      out.push(reject('INVALID_RECORD', where, 'a line needs "text" or "html"'));
      continue;
    }
    const hints: MetadataHints = {};
    for (const [hint, field] of [['url', 'url'], ['outlet', 'outlet'], ['title', 'title'], ['published', 'published'], ['author', 'author']] as const) {
      const v = str(field);
      if (v) hints[hint] = v;
    }
    out.push({
      source: str('id') ?? str('url') ?? where,
      kind: html ? 'html' : 'text',
      content: (html ?? text ?? '').replace(/\r\n?/g, '\n'),
      encoding: 'utf-8',
      hints,
    });
  }
  return out;
}
