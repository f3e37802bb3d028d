import { describe, expect, it } from 'vitest';
import { annotateArticle } from './index.js';
import { genderOfFirstName, isFirstName, listedGenderOfFirstName } from './first-names.js';

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
  it('lets "she" reach a woman whose first name is given to both sexes', () => {
    const text =
      'Taylor Vance wrote to the harbour board on Monday. Her family’s boatyard was sold to a fund run by Quill Ortiz in May. Ortiz has denied any wrongdoing. She said the fund had cut her crews. "Nobody asked the welders before the sale," she said.';
    expect(annotateArticle({ text }).quotes.map((q) => q.speaker)).toEqual(['Taylor Vance']);
  });
});
