import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import { articleTerms, assignStory, createStoryIndex, entityKey, restoreStoryIndex, snapshotStory } from './index.js';

const article = (id: string, title: string, text: string, published?: string) => ({
  id,
  terms: articleTerms({ title, text, entities: annotateArticle({ text }).entities }),
  ...(published ? { published } : {}),
});

const STRIKE_1 = article('a_1', 'Valmora dockers strike', 'Dockworkers at the port of Valmora went on strike on Friday after wage talks with the Valmora Port Authority broke down. Union leader Teodor Markovich said members would stay out.', '2031-03-14');
const STRIKE_2 = article('a_2', 'Strike shuts Valmora port', 'The strike at the port of Valmora entered its second day as union leader Teodor Markovitch said wage talks with the Valmora Port Authority had failed.', '2031-03-15');
const OTHER_STRIKE = article('a_3', 'Dockers strike in Karsholm', 'Dockworkers in Karsholm stopped work on Monday in a dispute over night shifts at the Karsholm Harbour Company, union official Ines Berg said.', '2031-05-02');
const FIRE = article('a_4', 'Wildfire in Harlow County', 'A wildfire forced the evacuation of two villages in Harlow County as strong winds pushed flames toward houses, fire chief Ruth Okafor said.', '2031-03-15');

describe('assignStory', () => {
  it('puts two reports of one event in one story and opens new stories for others', () => {
    const ix = createStoryIndex();
    const a = assignStory(ix, STRIKE_1);
    const b = assignStory(ix, STRIKE_2);
    const c = assignStory(ix, OTHER_STRIKE);
    const d = assignStory(ix, FIRE);
    expect(a.created).toBe(true);
    expect(b.storyId).toBe(a.storyId);
    expect(c.created).toBe(true);
    expect(d.created).toBe(true);
    expect(a.storyId).toBe('s_1');
  });

  it('sends a copy to its original’s story whatever its text', () => {
    const ix = createStoryIndex();
    const a = assignStory(ix, STRIKE_1);
    assignStory(ix, FIRE);
    expect(assignStory(ix, { ...FIRE, id: 'a_9', duplicateOf: 'a_1' }).storyId).toBe(a.storyId);
  });

  it('survives a snapshot round trip with the same decisions', () => {
    const ix = createStoryIndex();
    assignStory(ix, STRIKE_1);
    assignStory(ix, FIRE);
    const restored = restoreStoryIndex({ docs: ix.docs, df: [...ix.df], stories: [...ix.stories.values()].map(snapshotStory) });
    expect(assignStory(restored, STRIKE_2).storyId).toBe('s_1');
  });
});

describe('articleTerms', () => {
  it('does not count a place named only inside an organisation\'s name', () => {
    const text = 'Ida Hale studied at the University of Nevada before she joined the Velmar harbour board.';
    const entities = annotateArticle({ text }).entities;
    expect(entities.some((e) => e.name === 'Nevada')).toBe(true);
    const terms = articleTerms({ text, entities });
    expect(terms.has(`e:${entityKey('Nevada')}`)).toBe(false);
    expect(terms.has(`e:${entityKey('University of Nevada')}`)).toBe(true);
  });
});
