import { describe, expect, it } from 'vitest';
import { annotateArticle } from './index.js';
import { subjectPronounReferent } from './pronouns.js';
import { genderOfFirstName, genderOfGivenName, isFirstName, listedGenderOfFirstName } from './first-names.js';

describe('the gender a first name marks', () => {
  it('marks none for a name given to girls and boys alike, and corrects a name listed under the wrong gender', () => {
    expect(listedGenderOfFirstName('taylor')).toBe('male');
    expect(genderOfFirstName('taylor')).toBeUndefined();
    expect(genderOfFirstName('madison')).toBe('female');
    expect(genderOfFirstName('andrei')).toBe('male');
    // Names the lists and the births agree on keep their gender; the set of first names is unchanged.
    expect(genderOfFirstName('ida')).toBe('female');
    expect(genderOfFirstName('ben')).toBe('male');
    expect(isFirstName('taylor')).toBe(true);
  });
  it('reads a first name written with accents, and the first name after initials', () => {
    expect(isFirstName('María')).toBe(true);
    expect(genderOfFirstName('José')).toBe('male');
    expect(genderOfGivenName(['W', 'Ben', 'Ortiz'])).toBe('male');
    expect(genderOfGivenName(['J.', 'Rose'])).toBeUndefined();
    const text = 'Ana Lin chairs the harbour board. W. Ben Ortiz resigned from it on Monday. She said the board would meet on Friday.';
    const a = annotateArticle({ text });
    expect(subjectPronounReferent(text, a.sentences, a.entities, text.indexOf('She'))?.name).toBe('Ana Lin');
  });
  it('lets "she" reach a woman whose first name is given to both sexes', () => {
    const text =
      'Taylor Vance wrote to the harbour board on Monday. Her family’s boatyard was sold to a fund run by Quill Ortiz in May. Ortiz has denied any wrongdoing. She said the fund had cut her crews. "Nobody asked the welders before the sale," she said.';
    expect(annotateArticle({ text }).quotes.map((q) => q.speaker)).toEqual(['Taylor Vance']);
  });
});
