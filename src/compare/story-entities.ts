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
  // A name one outlet prints alone that another prints as an alias of a longer name ("Valley Radio" beside "Valley
  // Radio News, also Valley Radio") is that entity, when exactly one entity of a compatible type has it as an alias.
  const aliasOf = new Map<string, Set<Group>>();
  for (const g of groups) {
    for (const n of g.names.keys()) {
      const k = keyOf(n).join(' ');
      if (g.keyed.has(k)) continue;
      aliasOf.set(k, (aliasOf.get(k) ?? new Set()).add(g));
    }
  }
  const typeOf = (g: Group) => [...g.votes].sort((a, b) => b[1] - a[1])[0]![0];
  const merged = new Set<Group>();
  for (const g of groups) {
    const homes = new Set([...g.keyed.keys()].flatMap((k) => [...(aliasOf.get(k) ?? [])]).filter((h) => h !== g && !merged.has(h)));
    const [home] = homes;
    if (homes.size !== 1 || ![...g.keyed.keys()].every((k) => aliasOf.get(k)?.has(home!))) continue;
    if (typeOf(g) !== typeOf(home!) && typeOf(g) !== 'other' && typeOf(home!) !== 'other') continue;
    for (const [t, v] of g.votes) home!.votes.set(t, (home!.votes.get(t) ?? 0) + v);
    for (const [n, v] of g.names) home!.names.set(n, (home!.names.get(n) ?? 0) + v);
    for (const [k, w] of g.keyed) home!.keyed.set(k, w);
    for (const id of g.articleIds) home!.articleIds.add(id);
    merged.add(g);
  }
  const entities = groups.filter((g) => !merged.has(g)).map((g) => {
    const wordsOf = (n: string) => n.split(/\s+/).length;
    const name = [...g.names].sort((a, b) => wordsOf(b[0]) - wordsOf(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { name, type: typeOf(g), aliases: [...g.names.keys()].filter((n) => n !== name).sort(), articleIds: [...g.articleIds] };
  });
  entities.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.name < b.name ? -1 : 1));
  const canonical = (name: string) => {
    const words = name.split(/\s+/);
    const hit = entities.find((e) => e.name === name || e.aliases.includes(name)) ?? entities.find((e) => e.type === 'person' && sameFullName(e.name.split(/\s+/), words));
    return hit ? hit.name : name;
  };
  return { entities, canonical };
}
