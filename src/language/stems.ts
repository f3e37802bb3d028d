// Text → content-word stems: the unit of text similarity for clustering and cross-outlet comparison.
import { FUNCTION_WORDS } from './rules/function-words.js';

/** Extra words too common in news to tell stories apart. */
const NEWS_STOPWORDS = new Set(
  ('said says told according reported report reports news also would could people year years time week weeks day days ' +
    'percent per cent including many much like just well back first last new one two three four five').split(' '),
);

/** Lower-cased content words of at least three letters, with a light suffix strip (plural, -ing, -ed). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    const w = m[0].replace(/['’]s$/u, '');
    if (w.length < 3 || FUNCTION_WORDS.has(w) || NEWS_STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
