// Text → paragraphs: one paragraph per line, or per blank-line block when the text is hard-wrapped.

/** Lines at least this share of which look wrapped (mid-sentence, similar width) mark a hard-wrapped text. */
export const HARD_WRAP_SHARE = 0.6;

const ENDS_SENTENCE = /[.!?…:;"”'’)\]]$/;

function isHardWrapped(lines: string[]): boolean {
  let candidates = 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || (lines[i + 1] ?? '').trim() === '') continue;
    candidates++;
    if (line.length >= 40 && line.length <= 100 && !ENDS_SENTENCE.test(line.trimEnd())) wrapped++;
  }
  return candidates >= 3 && wrapped / candidates >= HARD_WRAP_SHARE;
}

/** Splits text into trimmed, non-empty paragraphs with runs of spaces folded. */
export function splitParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const blocks = isHardWrapped(lines) ? text.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ')) : lines;
  return blocks.map((p) => p.replace(/[ \t\u00a0\u2000-\u200a\u202f]+/g, ' ').trim()).filter((p) => p.length > 0);
}
