import { describe, expect, it } from 'vitest';
import { isRejection } from '../model/rejection.js';
import { parseJsonl } from './jsonl.js';

describe('parseJsonl', () => {
  const lines = [
    JSON.stringify({ id: 'gz-1', url: 'https://gazette.example/1', outlet: 'Gazette', title: 'T', published: '2031-01-02', author: 'A. Writer', text: 'Body one.' }),
    JSON.stringify({ url: 'https://gazette.example/2', html: '<p>Body two.</p>' }),
    JSON.stringify({ text: 'Body three.' }),
    '',
    '{not json',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ text: 42 }),
    '[1,2]',
  ].join('\n');
  const out = parseJsonl(lines, 'dump.jsonl');

  it('takes the source from id, else url, else file#line', () => {
    expect(out.slice(0, 3).map((d) => d.source)).toEqual(['gz-1', 'https://gazette.example/2', 'dump.jsonl#3']);
  });

  it('keeps metadata as hints and picks text or html', () => {
    expect(out[0]).toMatchObject({ kind: 'text', content: 'Body one.', hints: { outlet: 'Gazette', title: 'T', published: '2031-01-02', author: 'A. Writer', url: 'https://gazette.example/1' } });
    expect(out[1]).toMatchObject({ kind: 'html', content: '<p>Body two.</p>' });
  });

  it('rejects bad lines with their line numbers and goes on', () => {
    const rejected = out.filter(isRejection);
    expect(rejected.map((r) => [r.source, r.code])).toEqual([
      ['dump.jsonl#5', 'MALFORMED_JSON'],
      ['dump.jsonl#6', 'INVALID_RECORD'],
      ['dump.jsonl#7', 'INVALID_RECORD'],
      ['dump.jsonl#8', 'INVALID_RECORD'],
    ]);
  });
});
