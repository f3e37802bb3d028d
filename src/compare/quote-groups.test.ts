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
    const first = (said: string) => `“I thought it was a firework, but it was a gunshot,” ${said}.`;
    const story = compareStory('s_1', [
      article(1, `${first('Ida Hale said')}\n\n“I told my daughter to run, the pavement was safer.”`),
      article(2, `${first('said Ida Hale, who was walking with her daughter')}\n\n“When my daughter and I lay on the pavement, I saw the driver slump over the wheel. I truly believed he was dead. There was glass everywhere.”`),
      article(3, `${first('Ida Hale told the court')}\n\n“I said to my daughter: run, the pavement is safer for us.”`),
    ]);
    const groupOf = (words: string) => story.quotes.find((g) => g.mentions.some((m) => m.text.includes(words)))!;
    expect(groupOf('to run').mentions.map((m) => m.articleId)).toEqual(['a_0000000000000001', 'a_0000000000000003']);
    expect(groupOf('glass everywhere').mentions).toHaveLength(1);
  });

  it('list a statement an article prints twice once', () => {
    const text = 'Mayor Ana Lin opened the bridge on Monday.\n\n"Nobody will stop this town now."\n\nThe crowd cheered.\n\n"Nobody will stop this town now," said Tom Fields, a ferryman.';
    const story = compareStory('s_1', [article(1, text), article(2, 'The bridge opened on Monday after years of delay.')]);
    expect(story.quotes.flatMap((g) => g.mentions)).toHaveLength(1);
  });
});
