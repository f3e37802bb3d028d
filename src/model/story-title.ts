// A story title from an article's lead, for stories none of whose articles has a headline: the same in the report
// (compare/sources.ts) and in the story list (store/rows.ts), so a story has one title everywhere.

/** Longest story title taken from an article's lead. */
export const LEAD_TITLE_CHARS = 120;

/**
 * The end of a lead's first sentence: a stop before a space and no lower-case word, or the line's end; not the period of
 * an initial or of letters spelt out ("the L.A. Harbor Post", "J. Ortiz") nor of a title or a company's form ("Dr. Lin",
 * "Inc."). A short list of its own, not language/sentences.ts with its abbreviations: the store, which makes a listed
 * story's title from its lead, may not import the language stage.
 */
const FIRST_SENTENCE = /^.+?(?<!(?:^|[\s.(])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|No|Inc|Co|Corp|Ltd|vs))[.!?](?=\s+[^\s\p{Ll}]|\s*$)/u;

/** A line that is a web address ("https://…", "www.…"): what a scraped page may print above its headline, no title. */
const WEB_ADDRESS = /^(?:https?:|www\.)\S*$/i;

/**
 * A title from an article's opening (its first line that is not a web address): its first sentence, or its first
 * words cut at a word with an ellipsis.
 */
export function leadTitle(text: string): string {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => !WEB_ADDRESS.test(l)) ?? lines[0] ?? '';
  const sentence = FIRST_SENTENCE.exec(line)?.[0] ?? line;
  if (sentence.length <= LEAD_TITLE_CHARS) return sentence;
  const cut = sentence.lastIndexOf(' ', LEAD_TITLE_CHARS - 1);
  return `${sentence.slice(0, cut > 0 ? cut : LEAD_TITLE_CHARS - 1).replace(/[\s,.;:–-]+$/u, '')}…`;
}
