// Terminal output helpers shared by the commands: JSON, rejection lines, the ingest summary.
import type { IngestResult } from '../service/articles.js';
import type { Rejection } from '../model/rejection.js';
import { plural } from '../export/common.js';

/**
 * Control characters a terminal would act on: C0 (but newline and tab), DEL, C1, and the bidirectional overrides and
 * isolates that reorder what is shown. Titles, outlets, texts and file names are untrusted: an ESC sequence in them
 * could move the cursor, rewrite lines or set the window title.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as it may be printed to a terminal: every control character shown as a visible escape (`\x1b`, `\u202e`). */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Writes text to standard output, made safe for a terminal. */
export const out = (text: string): void => void process.stdout.write(terminalSafe(text));
/** Writes text to standard error, made safe for a terminal. */
export const err = (text: string): void => void process.stderr.write(terminalSafe(text));

/** JSON on standard output; C1 and bidirectional controls (which JSON leaves raw) are written as \u escapes. */
export function printJson(value: unknown): void {
  process.stdout.write(jsonSafe(JSON.stringify(value, null, 2)) + '\n');
}

/** One value as one line of JSON on standard output (JSON Lines). */
export const printJsonLine = (value: unknown): void => void process.stdout.write(jsonSafe(JSON.stringify(value)) + '\n');

/** JSON text with the characters a terminal acts on that JSON.stringify leaves raw escaped (still the same JSON). */
export const jsonSafe = (json: string): string => json.replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function rejectionLine(r: Rejection): string {
  return `rejected ${r.source}: ${r.reason} [${r.code}]`;
}

export { plural } from '../export/common.js';

/** The ingest summary: copies are counted inside the new and updated articles they are, not beside them. */
export function summaryLine(result: IngestResult): string {
  const c = result.counts;
  const copies = c.duplicates ? ` (${plural(c.duplicates, 'is a copy', 'are copies')} of another article)` : '';
  return `${plural(c.added, 'new article')}, ${c.updated} updated${copies}; ${c.unchanged} unchanged, ${c.rejected} rejected`;
}

/** Exit status of a batch: 0 when every input succeeded, 1 when some failed. */
export const batchExitCode = (result: Pick<IngestResult, 'rejected'>) => (result.rejected.length > 0 ? 1 : 0);
