// Quote groups: one statement by one speaker across outlets.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const article = analysedArticle;

describe('quote groups', () => {
  it('carry the role the outlets give as the speaker when none names one', () => {
    const story = compareStory('s_1', [
      article(1, 'The dock strike went into its third day. “We will not give up until the port improves its offer,” a union spokesperson said.'),
      article(2, 'Dockers stayed out on Sunday. “We will not give up until the port improves its offer,” a union spokesperson said on Sunday.'),
    ]);
    const group = story.quotes.find((g) => g.mentions.length === 2)!;
    expect(group).toMatchObject({ speaker: null, speakerRole: 'a union spokesperson' });
  });

  it('take the next statements of two outlets as one only when they say about as much', () => {
    const first = (said: string) => `“The tide tables for the harbour were printed wrong all spring,” ${said}.`;
    const story = compareStory('s_1', [
      article(1, `${first('Ida Hale said')}\n\n“I told my brother to wait, the wall was safer.”`),
      article(2, `${first('said Ida Hale, who runs the Lowford moorings')}\n\n“Spray came over the harbour wall as my brother and I crouched there, and the mast cracked in two. The crew went below. Ropes lay across the quay.”`),
      article(3, `${first('Ida Hale told the council')}\n\n“I told my brother: wait, the wall is safer for us.”`),
    ]);
    const groupOf = (words: string) => story.quotes.find((g) => g.mentions.some((m) => m.text.includes(words)))!;
    expect(groupOf('to wait').mentions.map((m) => m.articleId)).toEqual(['a_0000000000000001', 'a_0000000000000003']);
    expect(groupOf('Ropes lay').mentions).toHaveLength(1);
  });

  it('list a statement an article prints twice once', () => {
    const text = 'Mayor Ana Lin opened the bridge on Monday.\n\n"Nobody will stop this town now."\n\nThe crowd cheered.\n\n"Nobody will stop this town now," said Tom Fields, a ferryman.';
    const story = compareStory('s_1', [article(1, text), article(2, 'The bridge opened on Monday after years of delay.')]);
    expect(story.quotes.flatMap((g) => g.mentions)).toHaveLength(1);
  });
});
