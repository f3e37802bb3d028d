import { describe, expect, it } from 'vitest';
import { isRejection } from '../model/rejection.js';
import { decodeBytes, sniffHtmlCharset } from './encoding.js';

const text = 'Café “quoted” — naïve\nsecond line';
const utf16 = (s: string, be: boolean) => {
  const le = Buffer.from(s, 'utf16le');
  return be ? Buffer.from(le).swap16() : le;
};

describe('decodeBytes', () => {
  it.each([
    { name: 'UTF-8', bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encoding: 'utf-8' },
    { name: 'UTF-16LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]), encoding: 'utf-16le' },
    { name: 'UTF-16BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]), encoding: 'utf-16be' },
    { name: 'UTF-16LE without BOM', bytes: utf16('Plain ASCII text in UTF-16\nline two', false), encoding: 'utf-16le', expected: 'Plain ASCII text in UTF-16\nline two' },
    // Windows-1252: é = E9, “ = 93, ” = 94, — = 97, ï = EF
    { name: 'Windows-1252', bytes: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x97, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x0a, ...Buffer.from('second line')]), encoding: 'windows-1252' },
    { name: 'CRLF line ends', bytes: Buffer.from(text.replace('\n', '\r\n')), encoding: 'utf-8' },
    { name: 'declared Latin-1 charset', bytes: Buffer.from([0x43, 0x61, 0x66, 0xe9]), declared: 'iso-8859-1', encoding: 'windows-1252', expected: 'Café' },
  ])('$name', ({ bytes, encoding, declared, expected }) => {
    const out = decodeBytes(bytes, 'x', declared);
    if (isRejection(out)) throw new Error(out.reason);
    expect(out.encoding).toBe(encoding);
    expect(out.text).toBe(expected ?? text);
    expect(out.text).not.toContain('\uFFFD');
  });

  it.each([
    { name: 'empty', bytes: Buffer.alloc(0), code: 'EMPTY_INPUT' },
    { name: 'white space only', bytes: Buffer.from(' \n\t\n'), code: 'EMPTY_INPUT' },
    { name: 'binary with NUL bytes', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), code: 'BINARY_INPUT' },
    { name: 'control characters', bytes: Buffer.from('\x01\x02\x03\x04\x05\x06abc\x07\x08\x0e\x0f'), code: 'BINARY_INPUT' },
    { name: 'broken UTF-16 after a BOM', bytes: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), code: 'UNDECODABLE_TEXT' },
  ])('rejects $name', ({ bytes, code }) => {
    const out = decodeBytes(bytes, 'x');
    expect(isRejection(out) && out.code).toBe(code);
  });

  it('reads a charset from <meta>', () => {
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset="windows-1252"></head>'))).toBe('windows-1252');
    expect(sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
  });
});
