import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import { articleTerms, assignStory, createStoryIndex, entityKey, mergeLoneStories, restoreStoryIndex, snapshotStory } from './index.js';

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

describe('mergeLoneStories', () => {
  // Centroids by hand: a story of three articles on strike terms, a lone article close to it, a lone one on fire terms.
  const index = (lonePublished = 20000) =>
    restoreStoryIndex({
      docs: 5,
      df: [],
      stories: [
        { id: 's_strike', centroid: [['strike', 2], ['dock', 1.5], ['wage', 1]], members: ['a_1', 'a_2', 'a_3'], first: 20000, last: 20001 },
        { id: 's_lone', centroid: [['strike', 0.7], ['dock', 0.6], ['ferri', 0.39]], members: ['a_4'], first: lonePublished, last: lonePublished },
        { id: 's_fire', centroid: [['fire', 0.8], ['wind', 0.6]], members: ['a_5'], first: 20000, last: 20000 },
      ],
    });

  it('puts a story of one article into the story now close to it, and leaves one close to none alone', () => {
    const ix = index();
    expect(mergeLoneStories(ix, ['s_strike'])).toEqual([{ into: 's_strike', from: 's_lone' }]);
    expect(ix.storyOf.get('a_4')).toBe('s_strike');
    expect(ix.stories.has('s_lone')).toBe(false);
    expect(ix.storyOf.get('a_5')).toBe('s_fire');
  });

  it('compares a lone story only with the stories the batch changed, and not with one far from it in time', () => {
    // Unchanged, the strike story is no closer to it than when its article was assigned.
    expect(mergeLoneStories(index(), ['s_lone'])).toEqual([]);
    expect(mergeLoneStories(index(), ['s_fire'])).toEqual([]);
    expect(mergeLoneStories(index(20090), ['s_strike'])).toEqual([]);
  });

  it('keeps a lone story below the threshold apart', () => {
    expect(mergeLoneStories(index(), ['s_strike'], 0.99)).toEqual([]);
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
