// A sentence's closing attribution: where it starts and whom it names, or none when the words after the last comma are
// a clause of the outlet's own.
import { describe, expect, it } from 'vitest';
import { closingAttribution } from './closing-attribution.js';

const speaker = (text: string) => {
  const found = closingAttribution(text);
  return found ? (found.speaker ?? 'unnamed') : null;
};

describe('closingAttribution', () => {
  it.each([
    ['The ferry will resume service in May, police said on Friday.', 'police'],
    ['The ferry will resume service in May, the port authority said in a statement.', 'the port authority'],
    ['The ferry will resume service in May, a spokeswoman for the port authority said.', 'a spokeswoman for the port authority'],
    ['The ferry will resume service in May, said Ida Hale, a spokeswoman for the port.', 'Ida Hale'],
    ['The ferry will resume service in May, Harbor Works has confirmed.', 'Harbor Works'],
    ['The ferry will resume service in May, the Board of Harbours and Ferries said.', 'Board of Harbours and Ferries'],
    ['The ferry will resume service in May, the Lowford Courier reported Tuesday.', 'Lowford Courier'],
    ['The ferry will resume service in May, reports the Lowford Courier.', 'Lowford Courier'],
    ['The ferry will resume service in May, officials told reporters.', 'officials'],
    ['The ferry will resume service in May, he said.', 'he'],
    ['The pilot quit because “the pay was too low,” his sister said.', 'unnamed'],
    ['The ferry will resume service in May, it said in a statement.', 'unnamed'],
  ])('reads %s', (text, who) => {
    expect(speaker(text)).toBe(who);
  });

  it.each([
    ['a clause of its own after a joiner', 'The pier closed in May, but Ana Lin said the talks had failed.'],
    ['what was said after the verb', 'The pier closed in May, officials said that repairs would take a year.'],
    ['a participle', 'Ana Lin resigned on Monday, saying the talks had failed.'],
    ['a speech word that is no verb of a speaker', 'The ferry stopped at Eastmere, the last report point of its route.'],
    ['a verb of answering followed by what it answers', 'Crews from Lowford and Eastmere responded to the distress call.'],
    ['the listener after "told"', 'The ferry will resume service in May, Ida Hale, a harbour pilot, told the Lowford Courier.'],
    ['no comma', 'Police said the ferry would resume service in May.'],
  ])('finds none in %s', (_, text) => {
    expect(closingAttribution(text)).toBeUndefined();
  });

  it('starts at the comma that opens it', () => {
    const text = 'The ferry will resume service in May, said Ida Hale, a spokeswoman for the port.';
    expect(closingAttribution(text)!.start).toBe(text.indexOf(', said'));
  });
});
