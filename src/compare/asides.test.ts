// What a sentence says in passing (a relative clause between commas, an appositive after a name, an age, a bracketed
// remark) is blanked, offsets kept; an opening phrase, a list and a clause of the sentence's own are not.
import { describe, expect, it } from 'vitest';
import { blankAsides, blankChannels, closeUp } from './asides.js';

/** The sentence as it reads once its asides are blanked. */
const read = (text: string) => closeUp(blankAsides(text));

describe('asides', () => {
  it('keeps every offset: each aside becomes spaces of its length', () => {
    const text = 'The Lowford ferry line, which opened in 1962, will stop its night crossings in March.';
    expect(blankAsides(text)).toHaveLength(text.length);
    expect(blankAsides(text).indexOf('will stop')).toBe(text.indexOf('will stop'));
  });

  it('blanks a relative clause between commas when the predicate goes on after it, and one that ends the sentence', () => {
    expect(read('The Lowford ferry line, which opened in 1962, will stop its night crossings in March.')).toBe('The Lowford ferry line will stop its night crossings in March.');
    expect(read('The pilots praised the new winter timetable, which starts in November.')).toBe('The pilots praised the new winter timetable .');
    // A comma after it that goes on with no predicate is a list: the relative clause is not read as an aside.
    expect(read('Ana Lin met deckhands, who had worked the ferry for years, pilots and clerks at the pier.')).toBe('Ana Lin met deckhands, who had worked the ferry for years, pilots and clerks at the pier.');
  });

  it('blanks an appositive and an age after a name, and an appositive nested before a relative clause', () => {
    expect(read('Ana Lin, 59, a former mayor of Lowford, said the pier would stay open.')).toBe('Ana Lin said the pier would stay open.');
    expect(read('Ana Lin, the mayor, who spoke to reporters on Sunday, said the pier would stay open.')).toBe('Ana Lin said the pier would stay open.');
    expect(read('The council sold the old ferry to Harbor Works, the Lowford shipyard.')).toBe('The council sold the old ferry to Harbor Works .');
  });

  it('leaves an opening phrase, a weekday and a clause of the sentence alone', () => {
    for (const text of [
      'In the port town of Lowford, the council voted to close the pier.',
      'On Friday, the mayor said the pier would close.',
      'The council met Ben Ortiz, the harbour master, and then voted to close the pier.',
      'The Lowford council, the dock union and the ferry owners met on Sunday.',
      'The closures will affect the piers north of Lowford, in the Harbor District, the old town and the islands.',
    ]) {
      expect(read(text)).toBe(text);
    }
  });

  it('blanks words in parentheses and between two dashes', () => {
    expect(read('The ferry (a vessel built in 1971) sank — harbour officials said — near the northern pier.')).toBe('The ferry sank near the northern pier.');
  });

  it('blanks how or where a subject spoke, between it and its verb, and nothing that goes on without a predicate', () => {
    const channel = (text: string) => closeUp(blankChannels(text));
    const text = 'Ana Lin, in a written note to the harbour council, said she would not resign.';
    expect(blankChannels(text)).toHaveLength(text.length);
    expect(channel(text)).toBe('Ana Lin said she would not resign.');
    expect(channel('Ben Ortiz, speaking at a rally in Lowford on Friday, told supporters the tolls would go.')).toBe('Ben Ortiz told supporters the tolls would go.');
    expect(channel('The minister, in a post on her account, wrote that the bridge would reopen.')).toBe('The minister wrote that the bridge would reopen.');
    for (const same of ['In Lowford, at the harbour, the council met on Monday.', 'Ana Lin met Ben Ortiz, in Lowford, and the pilots at the pier.', 'The ferry stopped, on Monday.']) expect(channel(same)).toBe(same);
  });
});
