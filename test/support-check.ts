// An independent check that a brief sentence is supported by an article: some sentence of that article shares most of its
// content words (computed here, not with the comparison code under test).
import type { Article } from '../src/model/article.js';

const words = (t: string) => new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));

export function supports(article: Article, sentence: string, share = 0.5): boolean {
  const want = words(sentence);
  return (article.sentences ?? []).some((s) => {
    const have = words(article.text.slice(s.start, s.end));
    let n = 0;
    for (const w of want) if (have.has(w)) n++;
    return n / Math.max(1, Math.min(want.size, have.size)) >= share;
  });
}
