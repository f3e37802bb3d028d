// A story title from an article's lead, for stories none of whose articles has a headline: the same in the report
// (compare/sources.ts) and in the story list (store/rows.ts), so a story has one title everywhere.

/** Longest story title taken from an article's lead. */
export const LEAD_TITLE_CHARS = 120;

/** A title from an article's opening: its first sentence, or its first words cut at a word with an ellipsis. */
export function leadTitle(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(line)?.[0] ?? line;
  if (sentence.length <= LEAD_TITLE_CHARS) return sentence;
  const cut = sentence.lastIndexOf(' ', LEAD_TITLE_CHARS - 1);
  return `${sentence.slice(0, cut > 0 ? cut : LEAD_TITLE_CHARS - 1).replace(/[\s,.;:–-]+$/u, '')}…`;
}
