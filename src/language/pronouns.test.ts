import { describe, expect, it } from 'vitest';
import { annotateArticle } from './index.js';
import { subjectPronounReferent } from './pronouns.js';

const referent = (text: string, pronounAt: string) => {
  const a = annotateArticle({ text });
  return subjectPronounReferent(text, a.sentences, a.entities, text.lastIndexOf(pronounAt))?.name;
};

describe('subjectPronounReferent', () => {
  it('takes the subject the sentences before were about, not the person named last', () => {
    const text = 'Ben Ortiz escaped from the court in Velmar on Monday. He shot Judge Ana Lin and Deputy Tom Reyes. He fled the city overnight.';
    expect(referent(text, 'He fled')).toBe('Ben Ortiz');
  });

  it('follows the subject past an opening phrase ("In 2019 he …") and past sentences about something else', () => {
    const text = 'Ana Lin grew up in Velmar. In 2019 she moved to Lowford with Ben Ortiz. The harbour board hired Tom Reyes. She joined it in 2021.';
    expect(referent(text, 'She joined')).toBe('Ana Lin');
  });

  it('passes over opening phrases one after another, a participle\'s too', () => {
    expect(referent('Ana Lin spoke first. Meanwhile, despite the strike, Ben Ortiz kept the ferry running. He thanked the crews.', 'He')).toBe('Ben Ortiz');
    expect(referent('Ana Lin spoke first. Speaking to reporters, Ben Ortiz praised the crews. He thanked them.', 'He')).toBe('Ben Ortiz');
  });

  it('reads a subject named with a courtesy title ("Mr. Ortiz left …")', () => {
    expect(referent('Mr. Ortiz left the Lowford jail in 2018 after a fraud term. Ms. Hale had reported that fraud. He was arrested again in 2020.', 'He was arrested')).toBe('Ortiz');
  });

  it('guesses nothing when a sentence passed over names another fitting person', () => {
    expect(referent('Tom Reyes met the harbour board on Monday. The board backed the plan of Ben Ortiz. He welcomed the vote.', 'He')).toBeUndefined();
  });

  it('takes the subject of its own sentence when it comes first', () => {
    const text = 'Tom Reyes met Ben Ortiz on Monday. Ana Lin said the talks went well, and she thanked Ortiz.';
    expect(referent(text, 'she thanked')).toBe('Ana Lin');
  });

  it('skips a subject of the other gender, and says nothing when only an object fits', () => {
    expect(referent('Ben Ortiz met Ana Lin on Monday. She thanked Ortiz for the ferry.', 'She')).toBeUndefined();
    expect(referent('Ana Lin met Ben Ortiz on Monday. The board fined Tom Reyes. He appealed.', 'He')).toBeUndefined();
  });
});
