// A story's articles as they are cited: stable numbers, outlets with short labels, the story's one title, and each
// outlet's headline with the words no other headline uses.
import { derivedOf, lemmasOf } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { Headline, StorySource } from '../model/report.js';
import { leadTitle } from '../model/story-title.js';
import { outletOf } from './outlets.js';
import { stemSet } from './similarity.js';

/** Longest short label (column headers and chips); longer outlet names are cut at a word. */
export const LABEL_CHARS = 18;

/**
 * The citation key of a story whose articles are given in the order they were added: numbers follow that order, so an
 * article added later never renumbers the others.
 */
export function storySources(articles: Article[]): StorySource[] {
  const numberOf = new Map(articles.map((a, i) => [a.id, i + 1]));
  return articles.map((a, i) => {
    const copyOf = a.duplicateOf ? numberOf.get(a.duplicateOf.id) : undefined;
    const outlet = outletOf(a);
    return { n: i + 1, articleId: a.id, outlet, label: outletLabel(outlet), ...(copyOf ? { copyOf } : {}) };
  });
}

/**
 * An outlet name short enough for a column header: without a leading "The" or "www.", an unknown outlet by its file or
 * host name without extension, cut at a word (or at the limit) with an ellipsis.
 * @example outletLabel('The Valley Times') // 'Valley Times'
 */
export function outletLabel(outlet: string): string {
  const unknown = /^unknown \((.*)\)$/.exec(outlet);
  let name = unknown ? unknown[1]!.replace(/\.(?:txt|html?|json|md)$/i, '') : outlet.replace(/^the\s+/i, '').replace(/^www\./i, '');
  if (name.length <= LABEL_CHARS) return name;
  const cut = name.lastIndexOf(' ', LABEL_CHARS - 1);
  name = name.slice(0, cut >= LABEL_CHARS / 2 ? cut : LABEL_CHARS - 1);
  return `${name.replace(/[\s,.;:–-]+$/u, '')}…`;
}

/**
 * The story's title: the headline of the first original article that has one, else any headline, else the first
 * original's lead sentence (cut at a word). The store's story list applies the same rule in SQL, and model/story-title
 * makes the lead a title.
 */
export function storyTitle(articles: Article[], fallback: string): string {
  const titled = articles.find((a) => a.title && !a.duplicateOf) ?? articles.find((a) => a.title);
  if (titled?.title) return titled.title;
  const first = articles.find((a) => !a.duplicateOf) ?? articles[0];
  return first ? leadTitle(first.text) : fallback;
}

/**
 * The headlines of the story's original articles (a copy repeats its original's), each word marked `changed` when it
 * is a content word that no other distinct headline uses. One distinct headline: nothing is marked.
 */
export function compareHeadlines(articles: Article[]): Headline[] {
  const titled = articles.filter((a) => a.title && !a.duplicateOf);
  // A headline's words as keys and lemmas, so that "evacuated" meets "evacuation" (a derivation) in another headline.
  const lemmas = (w: string) => lemmasOf(w.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
  const keysOf = (title: string) => words(title).flatMap((w) => [keyOf(w), ...lemmas(w)]);
  const distinct = new Map<string, Set<string>>();
  for (const a of titled) distinct.set(a.title!.toLowerCase(), new Set(keysOf(a.title!)));
  return titled.map((a) => {
    const own = a.title!.toLowerCase();
    const others = [...distinct].filter(([t]) => t !== own).map(([, keys]) => keys);
    return {
      articleId: a.id,
      text: a.title!,
      words: words(a.title!).map((w) => {
        const k = keyOf(w);
        const related = k === '' ? [] : [k, ...lemmas(w), ...lemmas(w).flatMap((l) => derivedOf(l))];
        const changed = others.length > 0 && k !== '' && !others.some((keys) => related.some((l) => keys.has(l)));
        return { text: w, op: changed ? ('changed' as const) : ('same' as const) };
      }),
    };
  });
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A word's comparison key: its content stem as the comparison of outlets keys it (any case, names by their name key, so
 * "Markovich" meets "Markovitch"), a figure by its digits, nothing for a function word.
 */
function keyOf(word: string): string {
  const [stem] = stemSet(word);
  return stem ?? (/\d/.test(word) ? word.replace(/[^\d.,]/g, '').replace(/[.,]$/, '') : '');
}
