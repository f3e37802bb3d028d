// Transcripts printed in articles: each labelled turn is its speaker's words, never the outlet's.
import { describe, expect, it } from 'vitest';
import { articleClaims } from '../compare/claims.js';
import { analysedArticle } from '../../test/helpers.js';
import { annotateArticle } from './index.js';
import { findIntroducedSpeech, findTranscriptTurns } from './transcripts.js';

const turns = (text: string) => findTranscriptTurns(text).map((t) => [text.slice(t.label.start, t.label.end), text.slice(t.start, t.end)]);

describe('transcript turns', () => {
  it('reads questions and answers, an answer running over paragraphs up to the next label', () => {
    const text = [
      'Tom Fields has kept the Lowford lighthouse for thirty years.',
      'Q: What did the storm of 2019 take from you?',
      'A: The lamp room, mostly. We rebuilt it with our own hands.',
      'The keepers before me would not have believed it.',
      'Q: And the new radar?',
      'A: It sees further than any of us, but it cannot climb stairs.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['Q', 'What did the storm of 2019 take from you?'],
      ['A', 'The lamp room, mostly. We rebuilt it with our own hands.\n\nThe keepers before me would not have believed it.'],
      ['Q', 'And the new radar?'],
      ['A', 'It sees further than any of us, but it cannot climb stairs.'],
    ]);
    // No one is named: who asks and who answers is what the labels say.
    expect(annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole])).toEqual([
      [null, 'the interviewer'],
      [null, 'the interviewee'],
      [null, 'the interviewee'],
      [null, 'the interviewer'],
      [null, 'the interviewee'],
    ]);
  });

  it('takes a named label as the speaker, and a speech announced as a transcript runs on to the end', () => {
    const text = 'Below is the full text of the mayor’s address.\n\nMayor Ida Hale: Good evening. Tonight I speak of our harbour.\n\nThe pier has stood for a century.\n\nIt will stand for another.';
    expect(turns(text)).toEqual([['Mayor Ida Hale', 'Good evening. Tonight I speak of our harbour.\n\nThe pier has stood for a century.\n\nIt will stand for another.']]);
    // A quotation per paragraph, each the speaker's.
    const quotes = annotateArticle({ text }).quotes;
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ida Hale', 'Good evening. Tonight I speak of our harbour.'],
      ['Ida Hale', 'The pier has stood for a century.'],
      ['Ida Hale', 'It will stand for another.'],
    ]);
    // None of the address is the outlet's claim.
    expect(articleClaims(analysedArticle(1, text)).map((c) => c.span.text)).toEqual(['Below is the full text of the mayor’s address.']);
  });

  it('makes no turn of a headline in the form "Name: words", a list of labelled entries, or furniture', () => {
    expect(turns('Hale: Harbour pier will reopen in May\n\nThe Lowford pier will reopen in May, the mayor said on Monday.')).toEqual([]);
    expect(turns('Ben Ortiz: theft of a boat engine and a trailer, fined.\n\nAna Lin: damage to a parked car on Quay Street, cautioned.')).toEqual([]);
    expect(turns('Note: We have updated this story with the council’s reply.\n\nUpdated: We added the mayor’s comments on Monday evening.')).toEqual([]);
  });

  it('keeps a one-paragraph turn to its paragraph when nothing announces a transcript', () => {
    const text = 'Ben Ortiz: I never asked the council for money, and I never will.\n\nOrtiz, who runs the Tarrow boatyard, spoke after the vote on Monday.';
    expect(turns(text)).toEqual([['Ben Ortiz', 'I never asked the council for money, and I never will.']]);
    expect(articleClaims(analysedArticle(1, text)).map((c) => c.span.text)).toEqual(['Ortiz, who runs the Tarrow boatyard, spoke after the vote on Monday.']);
  });

  it('reads the paragraphs in the first person after an introduction ending in a colon as the speaker’s, up to the first that is not', () => {
    const text = [
      'The Lowford council confirmed Ida Hale as harbour master on Tuesday.',
      'Speaking on the quay afterwards, Ida Hale told the crews what she plans:',
      'My first task is the pier. We will mend it before the spring tides.',
      'And I will keep the night ferry running.',
      'The council will review the post in a year.',
    ].join('\n\n');
    const found = findIntroducedSpeech(text).map((t) => text.slice(t.start, t.end));
    expect(found).toEqual(['My first task is the pier. We will mend it before the spring tides.\n\nAnd I will keep the night ferry running.']);
    expect(annotateArticle({ text }).quotes.map((q) => q.speaker)).toEqual(['Ida Hale', 'Ida Hale']);
    expect(articleClaims(analysedArticle(1, text)).map((c) => c.span.text)).toEqual([
      'The Lowford council confirmed Ida Hale as harbour master on Tuesday.',
      'The council will review the post in a year.',
    ]);
    // Nor is the page's own reply after a claim it reports, whoever spoke in a sentence before.
    expect(findIntroducedSpeech('Ben Ortiz testified on Monday. Since then, posts online have claimed that the yard is bankrupt:\n\nWe found no record of any such debt.')).toEqual([]);
    // A list after a colon is no one's speech.
    expect(findIntroducedSpeech('The new timetable has three changes:\n\nWe sail at six instead of seven.\n\nThe pier opens at noon.')).toEqual([]);
  });

  it('gives the answers to the one person an interview\'s introduction names, and to "the interviewee" when it names two', () => {
    const turns = 'Q: What did the storm take from you?\n\nA: The lamp room, mostly. We rebuilt it with our own hands.';
    const speakers = (intro: string) => annotateArticle({ text: `${intro}\n\n${turns}` }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
    expect(speakers('Lighthouse keeper Ida Hale sat down with us to talk about the storm.')).toEqual([
      [null, 'the interviewer'],
      ['Ida Hale', null],
    ]);
    expect(speakers('By Tom Fields. Lighthouse keeper Ida Hale sat down with us to talk about the storm.')).toEqual([
      [null, 'the interviewer'],
      [null, 'the interviewee'],
    ]);
  });
});
