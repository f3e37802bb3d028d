// Story entities: one per referent across outlets.
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import type { Entity } from '../model/analysis.js';
import { mergeEntities } from './story-entities.js';

const mention = { text: 'x', start: 0, end: 1 };
const entity = (name: string, type: Entity['type'], aliases: string[] = []): Entity => ({ name, type, aliases, mentions: [mention] });
const article = (n: number, entities: Entity[]): Article => ({ id: `a_${String(n).padStart(16, '0')}`, source: `${n}.txt`, text: 'x', removed: [], entities });

describe('mergeEntities', () => {
  it('joins a name printed alone to the one entity that has it as an alias in another outlet', () => {
    const { entities, canonical } = mergeEntities([article(1, [entity('Valley Radio News', 'organization', ['Valley Radio'])]), article(2, [entity('Valley Radio', 'organization')])]);
    expect(entities.map((e) => [e.name, e.articleIds.length])).toEqual([['Valley Radio News', 2]]);
    expect(canonical('Valley Radio')).toBe('Valley Radio News');
  });

  it('keeps a name apart when two entities have it as an alias, or when the types differ', () => {
    const two = mergeEntities([
      article(1, [entity('Ana Lin', 'person', ['Lin'])]),
      article(2, [entity('Mei Lin', 'person', ['Lin'])]),
      article(3, [entity('Lin', 'organization')]),
    ]);
    expect(two.entities.map((e) => e.name).sort()).toEqual(['Ana Lin', 'Lin', 'Mei Lin']);
    const types = mergeEntities([article(1, [entity('Harlow County', 'place', ['Harlow'])]), article(2, [entity('Harlow', 'person')])]);
    expect(types.entities).toHaveLength(2);
  });
});
