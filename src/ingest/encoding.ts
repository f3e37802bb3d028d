// Bytes → text: BOM, declared charset, UTF-8 validity, then Windows-1252; binary and undecodable input rejected.
import { TextDecoder } from 'node:util';
import { reject } from '../errors.js';
import type { Rejection } from '../model/rejection.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Share of control characters (other than tab, newline, carriage return, form feed) above which
 * decoded text is treated as binary. Text files seen in practice have none; 1% tolerates a few
 * stray bytes in otherwise readable scrapes.
 */
export const MAX_CONTROL_CHAR_SHARE = 0.01;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined bytes keep their C1 code). Node's
 * TextDecoder decodes 'windows-1252' as Latin-1 there, turning curly quotes and dashes into
 * control characters, so this range is mapped here.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (and Latin-1, which the web treats as the same) correctly in every Node build. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chars[i] = String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
  }
  return chars.join('');
}

const isWindows1252 = (encoding: string) => encoding === 'windows-1252';

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-range text. */
function looksLikeBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * A decoded text that is really binary (NUL characters, or more control characters than MAX_CONTROL_CHAR_SHARE) as a
 * Rejection; undefined for text. For text that arrives already decoded (a JSON record's field).
 */
export function binaryText(text: string, source: string): Rejection | undefined {
  if (text.includes('\u0000')) return reject('BINARY_INPUT', source, 'contains NUL characters');
  if (controlShare(text) > MAX_CONTROL_CHAR_SHARE) return reject('BINARY_INPUT', source, 'mostly control characters');
  return undefined;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return controls / n;
}

/** Normalises line ends to \n and drops a leading BOM character. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Decodes bytes to text. Order: byte-order mark, the declared charset (HTTP header or `<meta>`),
 * strict UTF-8, then Windows-1252 (a superset of Latin-1's printable range, and what mislabelled
 * Western pages use). U+FFFD is never produced for bytes one of these decoders accepts.
 *
 * @example decodeBytes(readFileSync('a.txt'), 'a.txt') // { text, encoding: 'utf-8' }
 */
export function decodeBytes(bytes: Uint8Array, source: string, declared?: string): DecodedText | Rejection {
  if (bytes.length === 0) return reject('EMPTY_INPUT', source);
  let encoding: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = looksLikeBomlessUtf16(bytes);

  let text: string | undefined;
  if (encoding) {
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return reject('UNDECODABLE_TEXT', source, `invalid ${encoding} byte sequence`);
    }
  } else {
    if (bytes.subarray(0, 8192).includes(0)) return reject('BINARY_INPUT', source, 'contains NUL bytes');
    const declaredDecoder = declared ? decoderFor(declared) : undefined;
    if (declaredDecoder) {
      try {
        encoding = declaredDecoder.encoding;
        text = isWindows1252(encoding) ? decodeWindows1252(bytes) : declaredDecoder.decode(bytes);
      } catch {
        // A wrong label is common on the web; fall through to detection.
      }
    }
    if (text === undefined) {
      try {
        text = UTF8.decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (controlShare(text) > MAX_CONTROL_CHAR_SHARE) return reject('BINARY_INPUT', source, 'mostly control characters');
  text = normalizeNewlines(text);
  if (text.trim().length === 0) return reject('EMPTY_INPUT', source, 'only white space');
  return { text, encoding: encoding ?? 'utf-8' };
}

/** Reads a charset declared in the first bytes of an HTML page (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Reads the charset parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1]?.toLowerCase();
}
