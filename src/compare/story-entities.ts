// Article entities → story entities: one per referent across outlets (spelling variants meet), with the articles naming it.
import { nameKey, sameFullKeys, sameFullName } from '../language/index.js';
import type { Article } from '../model/article.js';
import type { StoryEntity } from '../model/report.js';

export interface StoryEntities {
  entities: StoryEntity[];
  /** Maps any article-level canonical name to the story-level name. */
  canonical: (name: string) => string;
}

export function mergeEntities(articles: Article[]): StoryEntities {
  interface Group {
    /** Mentions per type across articles: outlets' texts give different cues, the majority decides. */
    votes: Map<StoryEntity['type'], number>;
    names: Map<string, number>;
    /** Distinct spellings as keyed words (variants compared once each). */
    keyed: Map<string, string[]>;
    articleIds: Set<string>;
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const keyOf = (n: string) => n.split(/\s+/).map(nameKey);
  for (const a of articles) {
    for (const e of a.entities ?? []) {
      const keys = keyOf(e.name);
      const k = keys.join(' ');
      let g = byKey.get(k);
      if (!g && e.type === 'person') g = groups.find((x) => (x.votes.get('person') ?? 0) > 0 && [...x.keyed.values()].some((w) => sameFullKeys(w, keys)));
      if (!g) {
        g = { votes: new Map(), names: new Map(), keyed: new Map(), articleIds: new Set() };
        groups.push(g);
      }
      // "other" only counts when nothing else does.
      g.votes.set(e.type, (g.votes.get(e.type) ?? 0) + (e.type === 'other' ? 0.01 : e.mentions.length));
      byKey.set(k, g);
      g.keyed.set(keys.join(' '), keys);
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + e.mentions.length);
      for (const al of e.aliases) g.names.set(al, g.names.get(al) ?? 0);
      g.articleIds.add(a.id);
    }
  }
  const entities = groups.map((g) => {
    const wordsOf = (n: string) => n.split(/\s+/).length;
    const name = [...g.names].sort((a, b) => wordsOf(b[0]) - wordsOf(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const type = [...g.votes].sort((a, b) => b[1] - a[1])[0]![0];
    return { name, type, aliases: [...g.names.keys()].filter((n) => n !== name).sort(), articleIds: [...g.articleIds] };
  });
  entities.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.name < b.name ? -1 : 1));
  const canonical = (name: string) => {
    const words = name.split(/\s+/);
    const hit = entities.find((e) => e.name === name || e.aliases.includes(name)) ?? entities.find((e) => e.type === 'person' && sameFullName(e.name.split(/\s+/), words));
    return hit ? hit.name : name;
  };
  return { entities, canonical };
}
