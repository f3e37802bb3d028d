import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const body = 'The council met on Tuesday and approved the budget after a long debate.';
const body2 = 'Officials said the new plan would take effect in the spring, subject to a final vote.';

/** Each rule on invented text: what must go, with which rule, and what must stay. */
const removalCases: { name: string; input: string; rules: string[]; keeps?: string }[] = [
  { name: 'comment counter', input: `${body}\n${body2}\n14 Comments`, rules: ['comment-counter'] },
  { name: 'comment prompt', input: `${body}\n${body2}\nLeave a comment`, rules: ['comment-counter'] },
  { name: 'share prompt', input: `${body}\nShare this article\n${body2}`, rules: ['share-subscribe-prompt'] },
  { name: 'subscribe prompt', input: `${body}\n${body2}\nSubscribe to our newsletter`, rules: ['share-subscribe-prompt'] },
  { name: 'markdown image residue', input: `![](https://img.example/a.jpg) ${body}\n${body2}`, rules: ['markdown-image'], keeps: body },
  { name: 'empty markdown image', input: `![]() ${body}\n${body2}`, rules: ['markdown-image'], keeps: body },
  { name: 'trailing pipe', input: `${body} |\n${body2}`, rules: ['trailing-pipe'], keeps: body },
  { name: 'html tag residue', input: `${body}<br>\n${body2}`, rules: ['html-tag-residue'], keeps: body },
  { name: 'image placeholder line', input: `${body}\n[Image]\n${body2}`, rules: ['image-placeholder'] },
  { name: 'photo credit', input: `${body}\nPhoto: Jane Roe / Example Agency\n${body2}`, rules: ['image-placeholder'] },
  { name: 'image credit in brackets', input: `${body}\n(Image credit: Example Agency)\n${body2}`, rules: ['image-credit'] },
  { name: 'gallery counter', input: `${body}\nImage 2 of 7\n${body2}`, rules: ['gallery-counter'] },
  { name: 'lone counter', input: `${body}\n37\n${body2}`, rules: ['lone-counter'] },
  { name: 'widget label', input: `${body}\nToggle caption\n${body2}`, rules: ['widget-label'] },
  { name: 'bare url', input: `${body}\nhttps://paper.example/2031/story\n${body2}`, rules: ['bare-url'] },
  { name: 'timestamp line', input: `Published 4:10 pm GMT, Tuesday, March 11, 2031\n${body}\n${body2}`, rules: ['timestamp-line'] },
  { name: 'byline line', input: `By Maria Ostrova\n${body}\n${body2}`, rules: ['byline-line'] },
  { name: 'author line at the foot', input: `${body}\n${body2}\nAuthor: Maria Ostrova`, rules: ['byline-line'] },
  { name: 'copyright footer', input: `${body}\n${body2}\n© 2031 Example Gazette. All rights reserved.`, rules: ['copyright-line'] },
  { name: 'wire credit', input: `${body}\n${body2}\n(Reporting by Ana Lind; Editing by Tom Roe)`, rules: ['wire-credit'] },
  {
    name: 'syndication footer block',
    input: `${body}\n${body2}\nClick here for the original article.\nThis story was originally published by The Example Gazette.`,
    rules: ['original-source-link', 'syndication-notice'],
  },
  {
    name: 'teaser headlines with counts and times',
    input: `${body}\n${body2}\nHarbour festival draws record crowds\n1204 17:36\nNew bridge opens to traffic\n88Yesterday, 09:15\nSchools close early for the holidays\n310 12.03.2031, 08:00`,
    rules: Array(6).fill('related-headlines'),
  },
  {
    name: 'labelled related list',
    input: `${body}\n${body2}\nRead more:\nHarbour festival draws record crowds\nNew bridge opens to traffic`,
    rules: ['related-headlines', 'related-headlines', 'related-headlines'],
  },
  {
    name: 'teaser cards with kickers',
    input: `${body}\n${body2}\nCITY LIFE\nHarbour festival draws record crowds\nThousands came to the waterfront.\nON THE ROAD\nNew bridge opens to traffic`,
    rules: Array(5).fill('related-headlines'),
  },
  {
    name: 'navigation menu',
    input: `Home\nNews\nSport\nWeather\nCulture\n${body}\n${body2}`,
    rules: Array(5).fill('navigation-menu'),
  },
];

describe('cleanText removes boilerplate by class', () => {
  it.each(removalCases)('$name', ({ input, rules, keeps }) => {
    const out = cleanText(input, { detectHeadline: false });
    expect(out.removed.map((r) => r.rule)).toEqual(rules);
    for (const r of out.removed) expect(r.reason.length).toBeGreaterThan(10);
    expect(out.text).toContain(keeps ?? body);
    expect(out.text).toContain(body2.slice(0, 30));
  });
});

/** Prose that shares words with boilerplate must stay. */
const keepCases: { name: string; input: string }[] = [
  { name: 'a sentence starting with "By"', input: `By Friday, the talks had collapsed and both sides blamed each other.\n${body}` },
  { name: 'a sentence starting with "Authorities"', input: `Authorities say that the cases appear to be unrelated.\n${body}` },
  { name: 'mid-article mention of first publication', input: `${body}\nThe memo, first published by a local paper in 2029, was later confirmed.\n${body2}` },
  { name: 'a subheading question', input: `${body}\nWhat happens next?\n${body2}` },
  { name: 'a short list inside the article', input: `${body}\nThe winners were:\nAnna Berg\nLuis Ortega\n${body2}` },
  { name: 'opening hours without a month', input: `${body}\n9.30 A.M. / 7.00 P.M.\n${body2}` },
  { name: 'a sign-up instruction that is news', input: `${body}\nSign up for the city bike scheme using the same card as the bus.\n${body2}` },
  { name: 'a copyright dispute mid-article', input: `${body}\nCopyright lawyers for the band said the claim would fail.\n${body2}` },
];

describe('cleanText keeps prose that resembles boilerplate', () => {
  it.each(keepCases)('$name', ({ input }) => {
    const out = cleanText(input, { detectHeadline: false });
    expect(out.removed).toEqual([]);
    expect(out.text.split('\n\n')).toEqual(input.split('\n'));
  });
});

describe('metadata recovered from removed lines', () => {
  it.each([
    { name: 'author line', input: `${body}\n${body2}\nAuthor: Maria Ostrova`, expected: { byline: 'Maria Ostrova' } },
    { name: 'byline with outlet', input: `By Maria Ostrova, Example Gazette\n${body}\n${body2}`, expected: { byline: 'Maria Ostrova' } },
    {
      name: 'syndication notice with URL and take-down contact',
      input: `${body}\n${body2}\nThis content is courtesy of, and owned by, https://www.gazette.example.com and its author. If you would like this content removed, please contact mirror-site.news using the form.`,
      expected: { originUrl: 'https://www.gazette.example.com', originOutlet: 'gazette.example.com', republisher: 'mirror-site.news' },
    },
    { name: 'feed footer', input: `${body}\n${body2}\nThe post Budget approved appeared first on Example Gazette.`, expected: { originOutlet: 'Example Gazette' } },
    { name: 'named original publisher', input: `${body}\n${body2}\nThis article was originally published by Harbour Review.`, expected: { originOutlet: 'Harbour Review' } },
  ])('$name', ({ input, expected }) => {
    expect(cleanText(input, { detectHeadline: false }).recovered).toEqual(expected);
  });
});

describe('headline detection for plain text', () => {
  it.each([
    { name: 'short first line without a period', input: `Council approves budget after long debate\n${body}\n${body2}`, title: 'Council approves budget after long debate' },
    { name: 'question headline', input: `Will the budget pass this year?\n${body}\n${body2}`, title: 'Will the budget pass this year?' },
    { name: 'first line is a sentence', input: `${body}\n${body2}`, title: undefined },
    { name: 'only one paragraph', input: `Council approves budget`, title: undefined },
  ])('$name', ({ input, title }) => {
    const out = cleanText(input, { detectHeadline: true });
    expect(out.title).toBe(title);
    if (title) expect(out.text).not.toContain(title);
  });

  it('drops a first paragraph that repeats a known title', () => {
    const out = cleanText(`Council approves budget\n${body}`, { detectHeadline: false, knownTitle: 'Council Approves Budget' });
    expect(out.text).toBe(body);
    expect(out.removed.map((r) => r.rule)).toEqual(['repeated-title']);
  });
});

describe('removed spans point into the cleaned text', () => {
  it('records where each span stood', () => {
    const out = cleanText(`![]() ${body}\nShare this article\n${body2} |\n3 Comments`, { detectHeadline: false });
    const at = Object.fromEntries(out.removed.map((r) => [r.rule, r.at]));
    expect(at['markdown-image']).toBe(0);
    expect(at['share-subscribe-prompt']).toBe(body.length);
    expect(at['trailing-pipe']).toBe(out.text.length);
    expect(at['comment-counter']).toBe(out.text.length);
    for (const r of out.removed) expect(r.at).toBeLessThanOrEqual(out.text.length);
  });

  it('joins hard-wrapped paragraphs', () => {
    const wrapped = [
      'The harbour master said on Monday that the new quay would open in',
      'the autumn, two years later than planned, because the contractor had',
      'gone bankrupt and a new one had to be found for the remaining work.',
      '',
      'Fishermen said they had waited long enough for the berths they were',
      'promised when the project was first announced by the city council.',
    ].join('\n');
    expect(cleanText(wrapped, { detectHeadline: false }).text.split('\n\n')).toHaveLength(2);
  });
});
