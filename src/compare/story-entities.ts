// Article entities → story entities: one per referent across outlets (spelling variants meet), with the articles naming it.
import { nameKey, sameFullName } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { StoryEntity } from '../model/report.js';

export interface StoryEntities {
  entities: StoryEntity[];
  /** Maps any article-level canonical name to the story-level name. */
  canonical: (name: string) => string;
}

export function mergeEntities(articles: Article[]): StoryEntities {
  const groups: { type: StoryEntity['type']; names: Map<string, number>; words: string[][]; articleIds: Set<string> }[] = [];
  const key = (n: string) => n.split(/\s+/).map(nameKey).join(' ');
  for (const a of articles) {
    for (const e of a.entities ?? []) {
      const words = e.name.split(/\s+/);
      const g = groups.find(
        (x) => x.type === e.type && (e.type === 'person' ? x.words.some((w) => sameFullName(w, words)) : x.words.some((w) => key(w.join(' ')) === key(e.name))),
      );
      const weight = e.mentions.length;
      if (g) {
        g.names.set(e.name, (g.names.get(e.name) ?? 0) + weight);
        for (const al of e.aliases) g.names.set(al, g.names.get(al) ?? 0);
        g.words.push(words);
        g.articleIds.add(a.id);
      } else {
        const names = new Map([[e.name, weight]]);
        for (const al of e.aliases) names.set(al, 0);
        groups.push({ type: e.type, names, words: [words], articleIds: new Set([a.id]) });
      }
    }
  }
  const entities = groups.map((g) => {
    const wordsOf = (n: string) => n.split(/\s+/).length;
    const name = [...g.names].sort((a, b) => wordsOf(b[0]) - wordsOf(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { name, type: g.type, aliases: [...g.names.keys()].filter((n) => n !== name).sort(), articleIds: [...g.articleIds] };
  });
  entities.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.name < b.name ? -1 : 1));
  const canonical = (name: string) => {
    const words = name.split(/\s+/);
    const hit = entities.find((e) => e.name === name || e.aliases.includes(name)) ?? entities.find((e) => e.type === 'person' && sameFullName(e.name.split(/\s+/), words));
    return hit ? hit.name : name;
  };
  return { entities, canonical };
}
