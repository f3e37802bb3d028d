// Claims: the outlet's own voice only. Quotations (over several sentences, broken by their attribution, single or double
// marks) are never claims; headlines, captions, bylines, ads and questions are not claims; clauses carry content.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../language/index.js';
import type { Article } from '../model/article.js';
import { articleClaims, standsAlone } from './claims.js';
import { compareStatementTerms, termMatch } from './compare-statements.js';
import { toStatement } from './statement.js';

const article = (text: string): Article => ({ id: 'a_0000000000000001', source: 'test', text, removed: [], ...annotateArticle({ text }) });
const claims = (text: string) => articleClaims(article(text)).map((c) => c.span.text);
/** Whom each claim of a text is attributed to (null: no one). */
const attributed = (text: string) => articleClaims(article(text)).map((c) => c.attributedTo ?? null);

/** Quotation marks in a text are balanced: every opening double mark closed. */
const balanced = (t: string) =>
  (t.match(/["“”]/g)?.length ?? 0) % 2 === 0 && (t.match(/‘/g)?.length ?? 0) <= (t.match(/’/g)?.length ?? 0) && (t.match(/``/g)?.length ?? 0) === (t.match(/''/g)?.length ?? 0);

describe('articleClaims', () => {
  it('never makes a claim of a quotation that runs over several sentences, or of its middle', () => {
    const out = claims(
      'Mayor Ana Lin spoke to reporters at the harbour on Monday morning about the repairs.\n' +
        '"The ferry will run again in May. The ramp is being rebuilt with new steel. We will not cut the timetable," Lin said.',
    );
    expect(out).toEqual(['Mayor Ana Lin spoke to reporters at the harbour on Monday morning about the repairs.']);
  });

  it('compares a claim opening with "he" or "she" as if it named the person meant, and shows it as printed', () => {
    const [, second] = articleClaims(article('Ana Lin met Ben Ortiz at the harbour office on Monday morning. She thanked Ortiz for reopening the ferry to Velmar.'));
    expect(second!.span.text).toBe('She thanked Ortiz for reopening the ferry to Velmar.');
    expect(second!.statement.terms.some((t) => t.kind === 'name' && t.key.includes('lin'))).toBe(true);
    // Only a person of the other gender named before: the pronoun stays as it is.
    const [, lone] = articleClaims(article('Ben Ortiz reopened the harbour office on Monday morning. She thanked the harbour crews for the ferry to Velmar.'));
    expect(lone!.statement.terms.some((t) => t.kind === 'name' && t.key.includes('ortiz'))).toBe(false);
    // The person the text is about, not the one named last ("… shot Deputy Tom Reyes. He fled …").
    const fled = articleClaims(article('Ben Ortiz escaped from the court in Velmar on Monday. He shot Judge Ana Lin and Deputy Tom Reyes. He fled downtown Velmar and evaded hundreds of police officers overnight.')).find((c) => c.span.text.startsWith('He fled'));
    const names = fled!.statement.terms.filter((t) => t.kind === 'name').map((t) => t.key);
    expect(names.some((k) => k.includes('ortiz'))).toBe(true);
    expect(names.some((k) => k.includes('reyes'))).toBe(false);
  });

  it('compares "both leaders" as the two leaders named last before it, shows it as printed, and does not let it stand alone', () => {
    const text =
      'Velmar President Ana Lin and Norvania President Ben Ortiz traded accusations over the harbour on Monday. ' +
      'Mayor Ida Hale held talks with both leaders to prepare a deal on the ferry.';
    const [, second] = articleClaims(article(text));
    expect(second!.span.text).toBe('Mayor Ida Hale held talks with both leaders to prepare a deal on the ferry.');
    const names = second!.statement.terms.filter((t) => t.kind === 'name').map((t) => t.key);
    expect(names.some((k) => k.includes('lin'))).toBe(true);
    expect(names.some((k) => k.includes('ortiz'))).toBe(true);
    expect(second!.standalone).toBe(false);
    // With one leader named before, nothing is guessed.
    const [, alone] = articleClaims(article('Velmar President Ana Lin visited the harbour on Monday. Mayor Ida Hale held talks with both leaders on the ferry.'));
    expect(alone!.statement.terms.some((t) => t.kind === 'name' && t.key.includes('lin'))).toBe(false);
  });

  it('compares "the two sides" as the pair of names printed last before it, in the claim and in its clauses', () => {
    const text =
      'Talks between Oslo and Tallinn over the ferry stalled on Monday. ' +
      'Mayor Ida Hale thanked Ana Lin and Tallinn for the new ferry. ' +
      'The port board is now seeking a new round of talks, but the tolls still divide the two sides on most points.';
    const [, , third] = articleClaims(article(text));
    const keys = (terms: { kind: string; key: string }[]) => terms.filter((t) => t.kind === 'name').map((t) => t.key);
    // The last pair of names of one kind: a person and a place ("Ana Lin and Tallinn") are no pair.
    for (const terms of [third!.statement.terms, third!.clauses.at(-1)!.statement.terms]) {
      expect(keys(terms).some((k) => k.includes('oslo'))).toBe(true);
      expect(keys(terms).some((k) => k.includes('tallinn'))).toBe(true);
      expect(keys(terms).some((k) => /\blin\b/.test(k))).toBe(false);
    }
    expect(third!.span.text).toContain('the two sides');
    expect(third!.standalone).toBe(false);
    // Companies are organisations: no pair of places stands for them.
    const [, other] = articleClaims(article('Talks between Oslo and Tallinn over the ferry stalled on Monday. The tolls still divide the two companies on most points.'));
    expect(keys(other!.statement.terms).some((k) => k.includes('oslo'))).toBe(false);
    // A place named inside another name is no party: "Air Portugal and Tallinn" are an airline and a city.
    const [, airline] = articleClaims(article('Talks between Air Portugal and Tallinn over the ferry stalled on Monday. The tolls still divide the two sides on most points.'));
    expect(keys(airline!.statement.terms).some((k) => k.includes('portugal'))).toBe(false);
    // Two people named together before "the two men".
    const [, men] = articleClaims(article('Ana Lin and Ben Ortiz met at the pier on Monday. The harbour board then asked the two men to settle the dispute over tolls by May.'));
    expect(keys(men!.statement.terms).some((k) => k.includes('ortiz'))).toBe(true);
  });

  it('compares a person in a country’s government role as speaking for the country, one step up, and no one else', () => {
    const text =
      'Moldovan Foreign Minister Ana Lin and Moldovan President Ben Ortiz met reporters at the port on Monday. ' +
      'Lin demanded a second ferry pier and longer hours for the harbour crews. ' +
      'Ortiz later toured the ferry terminal with harbour officials.';
    const [, terms, toured] = articleClaims(article(text));
    const lin = terms!.statement.terms.find((t) => t.lemmas.includes('=lin'))!;
    expect(lin.country).toEqual({ name: 'Moldova', capital: false, speaksFor: true });
    const country = toStatement('Moldova demanded a second ferry pier and longer hours for the harbour crews.').terms.find((t) => t.kind === 'name')!;
    expect(termMatch(lin, country)).toBeGreaterThan(0);
    expect(termMatch(lin, toured!.statement.terms.find((t) => t.lemmas.includes('=ortiz'))!)).toBe(0);
    // The claim and the country's claim are one statement; without the role, not.
    const plain = articleClaims(article('Ana Lin met reporters at the port on Monday. Lin demanded a second ferry pier and longer hours for the harbour crews.'))[1]!;
    const other = toStatement('Moldova demanded a second ferry pier and longer hours for the harbour crews.');
    expect(compareStatementTerms(terms!.statement, other).score).toBeGreaterThan(compareStatementTerms(plain.statement, other).score);
  });

  it('compares an organisation’s spokesperson or chief as speaking for it, one step up; not a town’s mayor', () => {
    const company = toStatement('Quillsoft said the plant in Tarrow would close in March.');
    const said = (text: string) => articleClaims(article(text))[1]!.statement;
    const spokeswoman = said('Quillsoft spokeswoman Ida Hale spoke to reporters at the plant on Monday. Hale said the plant in Tarrow would close in March.');
    expect(spokeswoman.terms.filter((t) => t.voiceOf).map((t) => t.kind)).toEqual(['name']);
    expect(compareStatementTerms(spokeswoman, company).same).toBe(true);
    const chief = said('Ben Ortiz, the chief executive of Harbor Works, met the staff on Monday. Ortiz said the plant in Tarrow would close in March.');
    expect(compareStatementTerms(chief, toStatement('Harbor Works said the plant in Tarrow would close in March.')).score).toBeGreaterThan(compareStatementTerms(chief, company).score);
    expect(compareStatementTerms(chief, company).same).toBe(false);
    // Without the role, or for another body, the person and the company are two subjects.
    expect(compareStatementTerms(said('Ida Hale spoke to reporters at the plant on Monday. Hale said the plant in Tarrow would close in March.'), company).same).toBe(false);
    expect(said('Lowford mayor Ben Ortiz met the staff on Monday. Ortiz said the plant in Tarrow would close in March.').terms.some((t) => t.voiceOf)).toBe(false);
  });

  it('reads the government role of a person whose country is printed before a role in lower case', () => {
    const [, terms] = articleClaims(article('Moldovan foreign minister Ana Lin met reporters at the port on Monday. Lin demanded a second ferry pier and longer hours for the harbour crews.'));
    expect(terms!.statement.terms.find((t) => t.lemmas.includes('=lin'))!.country).toEqual({ name: 'Moldova', capital: false, speaksFor: true });
  });

  it('reads a quote broken by its attribution as a statement, and keeps the outlet’s own sentence after it', () => {
    const out = claims(
      '"The ramp is unsafe," harbour master Edda Morn said. "We closed it on Friday."\n' +
        'The harbour office said the ferry would resume service once inspectors had approved the new ramp.',
    );
    expect(out).toEqual(['The harbour office said the ferry would resume service once inspectors had approved the new ramp.']);
  });

  it('makes no claim of a quotation whose attribution is in the passive ("was quoted as saying")', () => {
    const out = claims('"The ramp will reopen once it is inspected," Lowford harbour master Edda Morn was quoted as saying.\nThe ferry line resumed its sailings on Tuesday.');
    expect(out).toEqual(['The ferry line resumed its sailings on Tuesday.']);
  });

  it('keeps the outlet’s own clause of a sentence that is mostly a quotation, without the quote', () => {
    const out = claims('Lin went as far as questioning the council’s budget for the harbour, saying: “The council said no to everything. How can we plan with people who never answer?”');
    expect(out).toEqual(['Lin went as far as questioning the council’s budget for the harbour']);
    // Not the speaker and the appositives before "said:": what is left of that clause is its subject, stating nothing.
    expect(claims('Ben Ortiz, chief editor and owner of the Harbor Ledger, said: “We chose her because no one knows the harbour, its crews and its ferry timetables better than she does.”')).toEqual([]);
  });

  it('treats single marks and `` \'\' marks as quotations too, and leaves no unbalanced mark in any claim', () => {
    const text =
      "The minister said the plan was ‘a first step towards a deal with the unions’ and would cost little.\n" +
      'They say, ‘We cannot allow the port to close. We cannot allow the unions to win.’ They speak in these terms, Lin said.\n' +
      'Union leader Okafor rejected the offer on Tuesday and called a strike for the following week.\n' +
      "``We will not sign a deal that closes the port. The port is our town,'' Lin told the council on Monday.\n" +
      "Okafor called the offer ‘‘a first step towards peace with the unions’’ and left the hall.";
    const out = claims(text);
    for (const c of out) expect(balanced(c), c).toBe(true);
    expect(out).not.toContainEqual(expect.stringMatching(/We cannot allow the unions to win/));
    expect(out).not.toContainEqual(expect.stringMatching(/The port is our town|closes the port|peace with the unions/));
    expect(out).toContain('Union leader Okafor rejected the offer on Tuesday and called a strike for the following week.');
  });

  it("makes no claim of the tail of a quotation closed by '' in a later sentence; '' after a digit is inches", () => {
    const text =
      "Ana Lin ran the ferry for years.\n\" I loved the work.\nNothing beat the open water,'' she told the Lowford Post in 1996.\n" +
      "Harborlink showed its new 15'' tablet to buyers at the Lowford fair on Monday.";
    expect(claims(text)).toEqual(['Ana Lin ran the ferry for years.', "Harborlink showed its new 15'' tablet to buyers at the Lowford fair on Monday."]);
  });

  it.each([
    ['a headline (no sentence end)', 'Harbour ferry to resume service after ramp repairs'],
    ['a caption label', 'Photo: The new ferry ramp in Quillon harbour on Monday morning.'],
    ['a caption credit', 'The new ferry ramp in Quillon harbour on Monday morning (Getty Images).'],
    ['an advertisement', 'Sponsored: Book your summer ferry crossing now and save twenty percent.'],
    ['a byline', 'By Ana Lin and Edda Morn'],
    ['a question', 'What does the closure mean for the island’s shops and schools?'],
    ['a press release section heading', 'About Harbor Works Ferry Services, Inc.'],
  ])('does not take %s as a claim', (_name, line) => {
    expect(claims(`${line}\nThe harbour office said the ferry would resume service once inspectors had approved the new ramp.`)).toEqual([
      'The harbour office said the ferry would resume service once inspectors had approved the new ramp.',
    ]);
  });

  it('never makes a claim of credit lines, notices, editor\'s notes, author biographies or calls to follow', () => {
    const text = [
      'The port reopened on Monday after a week-long strike.',
      'The Valley Wire contributed to this report.',
      'All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'This story has been updated with additional information.',
      'Ana Lin is a reporter covering shipping for the Ledger.',
      'Follow us on Twitter and Facebook.',
      'Union leader Ben Ortiz is a veteran negotiator for the dockers.',
    ].join('\n');
    expect(claims(text)).toEqual(['The port reopened on Monday after a week-long strike.', 'Union leader Ben Ortiz is a veteran negotiator for the dockers.']);
  });

  it('never makes a claim of a time stamp line, a blog\'s post line or a wire archive caption, and drops a list bullet from a claim', () => {
    const text = [
      'Aug. 24, 2031, 3:15 PM ET / Updated Aug. 25, 2031, 10:42 AM ET.',
      '• The port reopened on Monday after the long strike.',
      'FILE - Ships wait outside the port of Valmora, Aug. 20, 2031.',
      'On Monday, the port reopened at 9 a.m. after the strike.',
      'Posted in Ferry Claims on Monday, March 2, 2026.',
      'Posted by Tom Fields in Harbor News on May 1, 2026.',
      'The video was posted in Harbor Chat on Monday, March 3, 2025.',
    ].join('\n');
    expect(claims(text)).toEqual([
      'The port reopened on Monday after the long strike.',
      'On Monday, the port reopened at 9 a.m. after the strike.',
      'The video was posted in Harbor Chat on Monday, March 3, 2025.',
    ]);
  });

  it('never makes a claim of a post embedded from social media', () => {
    const text = 'The mayor answered online on Monday evening.\n\nWe are ready for any talks with the union. The port must reopen.\n\n— Ana Lin (@AnaLinPort) August 20, 2025\n\nOfficials at the port did not comment.';
    expect(claims(text)).toEqual(['The mayor answered online on Monday evening.', 'Officials at the port did not comment.']);
  });

  it('marks sentences that need their context as not standing alone', () => {
    const found = articleClaims(article('The council approved the harbour budget on Tuesday after a long debate.\nHere is what the vote means for the ferry and its passengers.\nBut the unions said they would fight the plan in court.'));
    expect(found.map((c) => c.standalone)).toEqual([true, false, false]);
  });

  it('gives each clause with content of its own, and what reported speech reports', () => {
    const [c] = articleClaims(article('The council is now seeking a new ferry operator, but the dock unions say the ferry contract with the city stays valid until spring.'));
    expect(c!.clauses.map((k) => c!.span.text.slice(k.start - c!.span.start, k.end - c!.span.start))).toEqual([
      'The council is now seeking a new ferry operator',
      'but the dock unions say the ferry contract with the city stays valid until spring.',
      'the ferry contract with the city stays valid until spring.',
    ]);
  });

  /** A claim's clauses as printed. */
  const clauses = (text: string) => {
    const [c] = articleClaims(article(text));
    return c!.clauses.map((k) => c!.span.text.slice(k.start - c!.span.start, k.end - c!.span.start));
  };

  it('gives the first of two joined predicates, with its subject, as a clause; not for adjectives, gerunds or a verb alone after "to"', () => {
    expect(clauses('The Velmar delegation insists that Norvania should stay out of the harbour league and accept its fishing quotas.')).toContain('The Velmar delegation insists that Norvania should stay out of the harbour league');
    expect(clauses('The Lowford council approved the new harbour budget and rejected the ferry plan on Monday.')).toContain('The Lowford council approved the new harbour budget');
    expect(clauses('Police in Lowford said the missing boy is tall and thin and should be easy to spot in a crowd.')).not.toContain('the missing boy is tall');
    expect(clauses('Ana Lin was paid a large fee for coaching and managing the harbour team in Lowford last year.')).toEqual([]);
    // "but" meaning "except" joins no clause: "held in all" says something else.
    for (const k of clauses('About 300 families left in the long dock strikes of Lowford, held in all but two winters since 1980 over pay and the night shifts.')) expect(k).not.toMatch(/in all$/);
    expect(clauses('The Lowford council approved the new harbour budget, but the mayor rejected the ferry plan on Monday.')).toContain('The Lowford council approved the new harbour budget');
  });

  it('opens no second predicate at a preposition or an adjective after "and" (the first predicate goes on)', () => {
    const compared = (text: string) => articleClaims(article(text))[0]!.clauses.map((k) => k.statement.text);
    expect(compared('The frigate Tarrow will patrol the Velmar strait and off the cape of Lowford until the spring.').filter((t) => /\bwill off\b/.test(t))).toEqual([]);
    expect(compared('The Lowford council plans to build a larger harbour office and modern ferry docks for the Velmar routes.').filter((t) => /\bto modern\b/.test(t))).toEqual([]);
    // "to" before a determiner or a name is a preposition: no modal predicate for "and" to continue.
    expect(compared('The coastguard sent its divers on two boats to the wreck off Tarrow and saved the crew.').filter((t) => /\bto saved\b/.test(t))).toEqual([]);
  });

  it('ends a relative clause set off inside the subject where it ends, not with the main predicate after it', () => {
    const out = clauses('The harbour tug Tarrow, which was two miles from the Lowford pier at the time, fired flares at the drifting ferry on Monday.');
    expect(out.filter((k) => /^which/.test(k) && /fired/.test(k))).toEqual([]);
  });

  it('divides a sentence before a conjunction made stronger by "even" ("…, even though …", "…, even after …")', () => {
    expect(clauses('The Tarrow ferry kept its old timetable all winter, even though the harbour board had cut two crews in Lowford.')).toContain(
      'even though the harbour board had cut two crews in Lowford.',
    );
    expect(clauses('Ben Ortiz stayed on the Quillsoft board for a decade, even after the company moved its offices and staff to Velmar.')).toContain(
      'even after the company moved its offices and staff to Velmar.',
    );
  });

  it('makes no clause of a circumstance with no subject ("while turning …"): it says nothing alone', () => {
    const out = clauses('The Lowford ferry lost its mooring in the storm — a gust, the crew said — while turning toward the pier late on Monday.');
    expect(out.some((k) => k.startsWith('while turning'))).toBe(false);
    // A clause with its own subject stays one; so does a participle that states the subject's act.
    expect(clauses('The pier at Lowford was closed on Monday for repairs, while the harbour board met the ferry crews.')).toContain('while the harbour board met the ferry crews.');
    expect(clauses('The harbour board closed the pier at Lowford on Monday, blaming the ferry crews for the damage to the ramp.')).toContain('blaming the ferry crews for the damage to the ramp.');
  });

  it('makes no clause of an alternative the sentence sets aside ("as opposed to …"), but keeps a main clause after one', () => {
    const out = clauses('The ferry was late because of the fog over the bay, which lifted at noon, as opposed to the crew having refused to sail that morning.');
    expect(out.some((k) => k.startsWith('as opposed to'))).toBe(false);
    expect(clauses('Rather than wait for the tide, the crew of the Lowford ferry sailed at dawn; the harbour pier stayed closed all day.')).toContain('Rather than wait for the tide, the crew of the Lowford ferry sailed at dawn');
  });

  it('makes no clause of names alone, the subject of a predicate after a relative clause or an aside', () => {
    const out = clauses('The Lowford Rowing Club, Harbor Works and the Tarrow Sailing Society, which together employ some 4,200 people, sent letters to the council on Monday.');
    expect(out).not.toContain('The Lowford Rowing Club, Harbor Works and the Tarrow Sailing Society');
    expect(clauses('Ana Lin, Ben Ortiz and Tom Fields — the three harbour pilots on duty — refused to sail on Monday.')).not.toContain('Ana Lin, Ben Ortiz and Tom Fields');
    // A clause of names and a verb stays one.
    expect(clauses('The Lowford council approved the harbour budget on Monday, while Ana Lin resigned from the board.')).toContain('while Ana Lin resigned from the board.');
  });

  /** What a claim's clauses state, as the comparison reads them. */
  const statements = (text: string) => articleClaims(article(text))[0]!.clauses.map((k) => k.statement.text);

  it('reads the sentence without its asides as a clause, never shown (its words are not contiguous)', () => {
    const [c] = articleClaims(article('The Lowford ferry line, which opened in 1962, will stop its night crossings in March.'));
    const core = c!.clauses.find((k) => k.statement.text === 'The Lowford ferry line will stop its night crossings in March.');
    expect(core).toBeDefined();
    expect(core!.main).toBe(false);
  });

  it('reads the second of two predicates after a modal or "to" with the first one\'s subject', () => {
    expect(statements('The harbour board should repaint the cranes at the pier and replace the old gates.')).toContain('The harbour board should replace the old gates.');
    // A base form that is also a noun is the verb before a noun phrase ("and ship its parts"), not otherwise.
    expect(statements('The crews in Lowford were ordered to clear the slipway and ship the spare engine parts.')).toContain('The crews in Lowford were ordered to ship the spare engine parts.');
    expect(statements('The council wants to paint the northern pier and harbour wall before the ferry season.').some((t) => t.includes('to harbour'))).toBe(false);
  });

  it('reads a speech verb after a determiner as a participle describing a noun, not as what someone said', () => {
    expect(clauses('Quillsoft is under pressure to keep to the newly announced ferry timetable for the winter months.')).toEqual([]);
    expect(clauses('The Lowford council approved the announced cuts to the ferry budget on Monday, the mayor said.')).toEqual([]);
    // A report is still one: what follows the verb is a clause.
    expect(clauses('The Lowford council said that the ferry budget would be cut by a third, the largest cut in a decade.')).toContain('the ferry budget would be cut by a third, the largest cut in a decade.');
  });

  it('offers the clause after an opening clause that leaves it asserted as a main clause, and none after a condition', () => {
    const main = (text: string) => {
      const [c] = articleClaims(article(text));
      return c!.clauses.filter((k) => k.main).map((k) => c!.span.text.slice(k.start - c!.span.start, k.end - c!.span.start));
    };
    expect(main('During a radio debate with the mayor on Friday, Ana Lin said the dock union had no plan to strike, despite the council’s threats.')).toEqual([
      'Ana Lin said the dock union had no plan to strike',
    ]);
    expect(main('If the talks with the council fail this week, the dock unions will strike for ten days, despite the fines.')).toEqual([]);
  });

  it('never offers a clause holding quoted words (scare quotes included) as a main clause: it is shown as printed', () => {
    const [c] = articleClaims(article('Harbour master Edda Morn stressed that the ferry could run again once the ramp is “fully safe” for passengers.'));
    expect(c!.standalone).toBe(false);
    expect(c!.clauses.length).toBeGreaterThan(0);
    expect(c!.clauses.filter((k) => k.main)).toEqual([]);
  });

  it('attributes reported speech to its speaker', () => {
    const [c] = articleClaims(article('Harbour master Edda Morn said the ferry would resume service once inspectors had approved the new ramp.'));
    expect(c!.attributedTo).toBe('Edda Morn');
  });

  it.each([
    ['a possessive: a noun, not a verb', 'Despite Mayor Ana Lin’s calls for calm, the harbour board laid out its demands to the union.'],
    ['a name inside another phrase', 'The ferry union was formed after the Velmar Accord to counter the new timetable.'],
    ['a name after a relative word: naming, not saying', 'The closure, which Velmar still calls a “pause”, has cost the harbour millions.'],
    ['a name in a subordinate clause', 'The union listed its demands, to be settled before Ben Ortiz will agree to sign the lease.'],
    ['a passive reporting verb', 'Crews were called to the harbour warehouse shortly after midnight on Monday.'],
    ['a verb of action, not of assertion', 'Mayor Tom Reyes ordered the harbour guard to close the gates to the ferry.'],
    ['a verb followed by what it is about', 'Tom Reyes wrote of the winter storms that closed the harbour of Velmar.'],
    ['a capitalised word that names no one', 'Rumours suggest that the ferry company will be sold before the spring.'],
    ['a report in the claim’s second clause', 'The harbour closed to ferries in May, but Ana Lin said it would reopen before the summer.'],
    ['a report the main clause answers', 'While Ana Lin claimed the harbour was safe, three engineers who inspected it found cracks.'],
  ])('attributes no speaker to %s', (_, text) => {
    const [c] = articleClaims(article(text));
    expect(c!.attributedTo).toBeUndefined();
  });

  it('finds the speaker of reported speech at the end, by title, by pronoun, and the right one of two who share a family name', () => {
    expect(attributed('The ferry will not run on Monday, Harbour Police Inspector Ida Hale said.')).toEqual(['Ida Hale']);
    expect(attributed('Ana Lin met Ben Ortiz at the harbour on Monday. She said the ferry would run again in May.')).toEqual([null, 'Ana Lin']);
    expect(attributed('Officials said the harbour would reopen on Friday after the repairs.')).toEqual(['Officials']);
    expect(attributed('Velmar continues to insist that the ferry fares must rise in May.')).toEqual(['Velmar']);
    expect(attributed('But Ana Lin said the harbour would reopen on Friday after the repairs.')).toEqual(['Ana Lin']);
    expect(attributed('The ferry terminal will close for a month, according to Lowford officials.')).toEqual(['Lowford officials']);
    expect(attributed('Harbour pilot Tom Reyes of Lowford said the channel was too shallow for the new ferry.')).toEqual(['Tom Reyes']);
    expect(attributed('The ferry operator was fined on Thursday, according to Lowford County Deputy District Attorney Ida Hale.')).toEqual(['Ida Hale']);
    expect(attributed('Yesterday the Bank of Aldmark said its rates would stay where they are.')).toEqual(['Bank of Aldmark']);
    // A place named inside the speaker's name is not the speaker.
    expect(attributed('Air Portugal said it would cancel the Velmar flights in March.')).toEqual(['Air Portugal']);
    expect(attributed('The University of Nevada said it would close the harbour lab in March.')).toEqual(['University of Nevada']);
    expect(
      attributed('Dora Lin, the mayor of Velmar, opened the new harbour ramp on Monday. Her nephew Tom Lin runs the ferry. After the opening, Dora Lin said the ramp had cost less than planned.'),
    ).toEqual([null, null, 'Dora Lin']);
  });

  it('attributes a sentence to the role, group, document or name its closing attribution gives', () => {
    expect(attributed('The ferry to Lowford will resume service in early May, police said on Friday.')).toEqual(['police']);
    expect(attributed('The ferry to Lowford will resume service in early May, the port authority told reporters.')).toEqual(['the port authority']);
    expect(attributed('The ferry to Lowford will resume service in early May, a spokeswoman for the port said.')).toEqual(['a spokeswoman for the port']);
    expect(attributed('The ferry to Lowford will resume service in early May, said Ida Hale, a spokeswoman for the port.')).toEqual(['Ida Hale']);
    expect(attributed('The ferry to Lowford will resume service in early May, Harbor Works has confirmed.')).toEqual(['Harbor Works']);
    expect(attributed('The ferry to Lowford will resume service in early May, the lawsuit said.')).toEqual(['the lawsuit']);
    expect(attributed('Ana Lin met the board on Monday. The ferry to Lowford will resume service in May, she said.')).toEqual([null, 'Ana Lin']);
    expect(attributed('The ferry to Lowford will resume service in early May, according to police.')).toEqual(['police']);
    expect(attributed('According to a spokesman for the port, the ferry to Lowford will resume service in May.')).toEqual(['a spokesman for the port']);
    expect(attributed('The ferry to Lowford will resume service in May, according to the latest figures from the port.')).toEqual([null]);
    // Whose lawyer is not said here: an attribution, but to no one the claim can name.
    expect(attributed('The ferry to Lowford will resume service in early May, his lawyer said.')).toEqual([null]);
  });
});

describe('headlines in title case', () => {
  const texts = (text: string) => articleClaims(article(text)).map((c) => c.span.text);
  it('is not a claim, though it ends with a period; prose full of names and a line in capitals are', () => {
    expect(texts('Harbor Works to Acquire Ferry Software Maker.\nHarbor Works agreed on Monday to buy the ferry software maker Tide Systems.')).toEqual(['Harbor Works agreed on Monday to buy the ferry software maker Tide Systems.']);
    expect(texts('Harbor Works To Buy Ferry Software, Booking Firm Tide.\nHarbor Works agreed on Monday to buy the ferry software maker Tide Systems.')).toHaveLength(1);
    expect(texts('Tide Systems Chief Executive Ana Lin met Harbor Securities Chairman Ben Ortiz in Velmar.')).toHaveLength(1);
    expect(texts('The victims were Ana Lin, Ben Ortiz and Ida Hale of Velmar.')).toHaveLength(1);
    expect(texts('POLICE IN VELMAR HAVE ARRESTED TWO MEN AFTER THE HARBOUR FIRE ON MONDAY.')).toHaveLength(1);
  });
});

describe('quotation marks left unpaired', () => {
  it('is not the outlet’s claim: whose words they are is unclear', () => {
    const texts = articleClaims(article('The harbour board met in Velmar on Monday to discuss the ferry. We will fund the ferry until spring, " the chair said after the vote.')).map((c) => c.span.text);
    expect(texts).toEqual(['The harbour board met in Velmar on Monday to discuss the ferry.']);
    // Marks of two kinds that pair up (“…") leave the claim in place.
    expect(articleClaims(article('The harbour board voted on Monday to keep the “night ferry" running to Velmar until spring.'))).toHaveLength(1);
  });
});

describe('predicates joined by "and" inside a relative clause on the subject', () => {
  it('are no clause of their own before the main verb', () => {
    const [c] = articleClaims(article('A former clerk who opened the harbour safe and took the cash was charged with theft in Lowford on Monday.'));
    expect(c!.clauses.filter((k) => k.main && !k.fragment).map((k) => k.statement.text)).not.toContain('A former clerk who opened the harbour safe');
  });

  it('are none after "that" either, when a verb follows it; "that" opening what someone says or fears stays apart', () => {
    const main = (text: string) => articleClaims(article(text))[0]!.clauses.filter((k) => k.main && !k.fragment).map((k) => k.statement.text);
    expect(main('Ferries that are booked to regularly sail and unload freight at night will be inspected by the Velmar port board.')).not.toContain('Ferries that are booked to regularly sail');
    expect(main('The harbour board said on Monday that the ferry to Velmar ran aground and lost its cargo of timber.')).toContain('The harbour board said on Monday that the ferry to Velmar ran aground');
  });
});

describe('a list closed by a serial comma', () => {
  it('cuts no sentence to show at ", and" (its pieces are still compared)', () => {
    const [c] = articleClaims(article('Ferry links between Lowford, the Velmar coast, and Tarrow were cut on Monday after the storm.'));
    const shown = c!.clauses.filter((k) => k.main && !k.fragment).map((k) => k.statement.text);
    expect(shown).not.toContain('Ferry links between Lowford, the Velmar coast');
    expect(c!.clauses.map((k) => k.statement.text)).toContain('Ferry links between Lowford, the Velmar coast');
  });
});

describe('a subordinate clause alone', () => {
  it('does not stand alone as a sentence, unless a main clause runs on without a comma', () => {
    expect(standsAlone('Where the tides of the bay are the cause of the flooding.')).toBe(false);
    expect(standsAlone('If the ferry sails on time.')).toBe(false);
    expect(standsAlone('If Ana Lin needed the skipper she would leave a lamp lit on the pier.')).toBe(true);
    expect(standsAlone('Where the river bends, the town of Lowford begins.')).toBe(true);
  });
});

describe('a name and its descriptions with no verb', () => {
  it('do not stand alone: the predicate was cut off, as a clause before ", but" or at a sentence break', () => {
    expect(standsAlone('On Sunday, the Lowford teacher Ana Lin, 54')).toBe(false);
    expect(standsAlone('Tom Fields, an inspector at the Velmar museum.')).toBe(false);
    // A verb the lexicon also has as a noun, a verb whose past is its base form, a contraction: each a verb.
    expect(standsAlone('Harbour pilots in Lowford face a pay cut.')).toBe(true);
    expect(standsAlone('Last winter the storm hit Lowford.')).toBe(true);
    expect(standsAlone("The night ferry to Lowford isn't late this week.")).toBe(true);
    // Text the English lexicon does not know is not judged.
    expect(standsAlone('Der Hafen von Lowford bleibt am Montag geschlossen.')).toBe(true);
  });

  it('leave a sentence cut at ", but" inside its subject no clause to show', () => {
    const [c] = articleClaims(article('Ana Lin, the Lowford teacher of history and art, but also a councillor in Tarrow, won the rowing race on the bay on Sunday.'));
    const shown = c!.clauses.filter((k) => k.main && !k.fragment).map((k) => k.statement.text);
    expect(shown).not.toContain('Ana Lin, the Lowford teacher of history and art');
  });
});

describe('a sentence whose subject the one before names', () => {
  it('does not stand alone with "it" or "this" as its subject after an opening phrase, as opening the sentence', () => {
    expect(standsAlone("According to the Tarrow Post's critic, it is the finest ferry on the coast.")).toBe(false);
    expect(standsAlone("According to the Tarrow Post's critic, the ferry is the finest on the coast.")).toBe(true);
  });
});

describe('a label before a sentence', () => {
  it('is left out of the claim ("Summary: …")', () => {
    expect(articleClaims(article('Summary: The harbour board in Velmar voted on Monday to fund the night ferry.')).map((c) => c.span.text)).toEqual(['The harbour board in Velmar voted on Monday to fund the night ferry.']);
  });

  it('makes a list or a dateline after a label no sentence that stands alone, unless the label says who speaks', () => {
    expect(standsAlone('Ferry lines cut this spring: Lowford, Eastmere and the night crossing to Velmar.')).toBe(false);
    expect(standsAlone('Lowford / Eastmere : The harbour council closed the old ferry pier on Friday.')).toBe(false);
    expect(standsAlone('Ana Lin said: the talks had failed on Monday.')).toBe(true);
    expect(standsAlone('At 9:25 the ferry left the harbour of Lowford.')).toBe(true);
    expect(standsAlone('Ana Lin has run the harbour before: she led it through the 2019 strike.')).toBe(true);
  });
});

describe('a sentence opening with a marker of its place in a sequence or an argument', () => {
  it('does not stand alone ("First, …", "True, …"), while a title that opens with such a word does', () => {
    expect(standsAlone('First, Ben Ortiz fooled the Lowford keeper with a move he had not made all season.')).toBe(false);
    expect(standsAlone('True, Ana Lin held her own as host in 2019, but hosting the cup final is harder.')).toBe(false);
    expect(standsAlone('Finally, the council voted to close the ferry pier in Velmar.')).toBe(false);
    expect(standsAlone('First Minister Ana Lin visited the ferry pier in Velmar on Monday.')).toBe(true);
    expect(standsAlone('Second-half goals by Ben Ortiz gave Lowford the cup on Sunday.')).toBe(true);
  });
});

describe('a sentence with a plural pronoun', () => {
  it('stands alone only when what "they" can stand for comes before it', () => {
    expect(standsAlone('As the Norwegian prime minister Ana Lin looked out from her office, she saw how angry they were.')).toBe(false);
    expect(standsAlone('Ben Ortiz said their families had asked for privacy.')).toBe(false);
    expect(standsAlone('Ana Lin and Ben Ortiz said they would marry in Velmar.')).toBe(true);
    expect(standsAlone('Harbor Works said they would close the Lowford plant.')).toBe(true);
    expect(standsAlone('Police in Velmar said they found a shotgun in the car.')).toBe(true);
    expect(standsAlone('Mayor Ana Lin told reporters they must wait for the vote.')).toBe(true);
  });
});

describe('a sentence with a single quotation mark left unpaired', () => {
  it('is no claim: the mark opens or closes a quotation over several paragraphs', () => {
    expect(claims("The ferry left Lowford late on Monday night. The skipper recalls 'We lost the radio first and then the lights.")).toEqual(['The ferry left Lowford late on Monday night.']);
    expect(claims("Nobody on deck knew where the shore was,' Tom Fields wrote in his log from Velmar.")).toEqual([]);
  });

  it('is a claim when its single marks pair, or are apostrophes', () => {
    expect(claims("He called it 'a disgrace' and left the Velmar council on Monday.")).toHaveLength(1);
    expect(claims("Ida Hale said the players' union and the clubs' owners would meet in Velmar on Monday.")).toHaveLength(1);
  });
});

describe('a sentence that is only an attribution', () => {
  it('is no claim: the quotation it belonged to was cut away', () => {
    expect(claims('The ferry left Lowford late on Monday night. Ida Hale, press chief, Velmar ferry board, said.')).toEqual(['The ferry left Lowford late on Monday night.']);
    expect(claims('Ben Ortiz, the mayor of Lowford, resigned on Monday, officials said.')).toEqual(['Ben Ortiz, the mayor of Lowford, resigned on Monday, officials said.']);
  });
});

describe('what is left of a sentence when its quotation is taken out', () => {
  it('is no claim when it is the attribution after the quotation, however it goes on', () => {
    const text = 'The ferry left Lowford late on Monday night. "The harbour will reopen next week, once the repairs are done," Ida Hale, the port\'s press chief, said after the board met.';
    expect(claims(text)).toEqual(['The ferry left Lowford late on Monday night.']);
  });

  it('is no claim when it names the speaker after a description ("Lin’s lawyer Ben T. Ortiz told …")', () => {
    const text = 'The ferry left Lowford late on Monday night. "We will appeal the ruling," the ferry company\'s lawyer Ben T. Ortiz told the Tarrow Post.';
    expect(claims(text)).toEqual(['The ferry left Lowford late on Monday night.']);
  });

  it('is no claim when it names the speaker after a body’s name and a role ("Velmar Office of … chief inspector Ida Hale wrote …")', () => {
    const text = 'The ferry left Lowford late on Monday night. "No ferry of that size may dock at the old pier after dark," Velmar Office of Ports and Coastal Lights chief inspector Ida Hale wrote to the Ledger.';
    expect(claims(text)).toEqual(['The ferry left Lowford late on Monday night.']);
    expect(claims('"We are ready." The Velmar council voted on Monday to close the pier, Ida Hale said.')).toEqual(['The Velmar council voted on Monday to close the pier, Ida Hale said.']);
  });

  it('is no claim when it only leads into the quotation ("was quoted as saying about the ferry:")', () => {
    expect(claims('The ferry left Lowford late on Monday night. Ben Ortiz was quoted as saying about the ferry: "It was the finest boat on the fjord and all of us will miss it dearly."')).toEqual([
      'The ferry left Lowford late on Monday night.',
    ]);
  });

  it('is no claim when the quotation completes it ("called the ferry “…”")', () => {
    expect(claims('The ferry left Lowford late on Monday night. The mayor called the new ferry "a triumph of engineering and the pride of the whole coast of the fjord."')).toEqual([
      'The ferry left Lowford late on Monday night.',
    ]);
  });

  it('is no sentence of its own when a quotation completes it inside a longer sentence', () => {
    const [c] = articleClaims(article('The builder of such famous harbour ferries as “Sea Lark,” “Velmar Tide” and “The Last Crossing” passed away in Lowford on Thursday at the age of 91.'));
    expect(c!.clauses.filter((k) => k.main).map((k) => k.statement.text)).toEqual([]);
  });

  it('is no claim, nor a clause to show, when a speech verb and a few words lead into the quotation after a comma', () => {
    expect(claims('The ferry left Lowford late on Monday night. The crowd cheered when Ida Hale told the council, "Nobody sails from this harbour until the pier is safe again, not one boat, not one crew, not even the mail ferry."')).toEqual([
      'The ferry left Lowford late on Monday night.',
    ]);
    const [c] = articleClaims(article('Ida Hale, the longest-serving skipper of the Lowford line, told the board on Friday, "Every crossing this winter ran late because of the broken crane," and then left the room.'));
    expect(c!.clauses.map((k) => k.statement.text).filter((t) => t.endsWith('on Friday'))).toEqual([]);
    // A noun that is also a speech verb's form ("report") names what is quoted: the words before it are a claim.
    expect(claims('The council published its annual report, "Lowford Harbour in 2030: a plan for the ferries, the piers, the cranes and every crossing of the bay."')).toEqual([
      'The council published its annual report',
    ]);
    // Words that go on with what was said are a clause of their own.
    const [d] = articleClaims(article('Ida Hale said on Monday that the harbour budget had passed, "a historic step for Lowford."'));
    expect(d!.clauses.filter((k) => k.main).map((k) => k.statement.text)).toEqual(['Ida Hale said on Monday that the harbour budget had passed']);
  });

  it('stays a claim when it is a clause of its own before the quotation', () => {
    expect(claims('Ben Ortiz defended the new timetable for the Velmar ferry on Friday, saying: "Every crossing runs on time now, the crews are rested, and the fares have not gone up for anyone in a year."')).toEqual([
      'Ben Ortiz defended the new timetable for the Velmar ferry on Friday',
    ]);
  });
});

describe('a speech verb followed by a preposition', () => {
  it('does not report what follows ("related to", "said to be")', () => {
    const [c] = articleClaims(article('The deal would give Harbor Works new services related to the ferry software market in Velmar and Eastmere.'));
    expect(c!.clauses.map((k) => k.statement.text)).not.toContain('to the ferry software market in Velmar and Eastmere.');
    expect(c!.reported).toBeUndefined();
  });

  it('reports what follows "that" after a phrase ("said in a statement that"), and nothing after "called on", "commented on"', () => {
    const [said] = articleClaims(article('Ana Lin said in a statement on Sunday that the harbour council will close the old bridge to ferry traffic in May.'));
    expect(said!.clauses.map((k) => k.statement.text)).toContain('the harbour council will close the old bridge to ferry traffic in May.');
    const [called] = articleClaims(article('Ana Lin called on the harbour council to close the old bridge to ferry traffic in May.'));
    expect(called!.clauses.map((k) => k.statement.text)).toEqual([]);
    const [commented] = articleClaims(article('Ben Ortiz commented on the harbour council plan to close the old bridge to ferry traffic, which he opposes.'));
    expect(commented!.clauses.map((k) => k.statement.text).filter((t) => /^on\b/.test(t))).toEqual([]);
  });
});

describe('what a claim states on a condition or as a possibility', () => {
  it('is read per clause: a possibility in one clause leaves another clause stated outright', () => {
    const [c] = articleClaims(article('It may not be over yet: Ana Lin said she has spoken with the harbour council about a second inspection of the old bridge.'));
    expect(c!.possible).toBe(true);
    const outright = c!.clauses.filter((k) => !k.possible).map((k) => k.statement.text);
    expect(outright).toContain('she has spoken with the harbour council about a second inspection of the old bridge.');
    expect(c!.clauses.find((k) => /may not/.test(k.statement.text))?.possible).toBe(true);
  });
});

describe('a sentence that stands alone', () => {
  it('is not in the writer’s or the reader’s voice: advice, opinion, a blog’s asides', () => {
    expect(standsAlone('Frankly, you should not expect the harbour of Lowford to change its timetable.')).toBe(false);
    expect(standsAlone('To be fair, we have heard that the ferry ran aground near Velmar.')).toBe(false);
    expect(standsAlone('Ana Lin, I suspect, will win the harbour vote in Velmar.')).toBe(false);
    expect(standsAlone('DO N\'T Miss the last ferry to Velmar on a Sunday night.')).toBe(false);
    expect(standsAlone('Don’t expect the ferry to Velmar to leave before nine on Sundays.')).toBe(false);
    expect(standsAlone('The Velmar ferry has run every day since World War I, the harbour council said.')).toBe(true);
  });

  it('does not count what the sentences before named ("Two managed to …"), nor leave its speaker a pronoun ("…, he added")', () => {
    expect(standsAlone('Two managed to reach the pier before dark, and the rest waited in Velmar.')).toBe(false);
    expect(standsAlone('Three were arrested near the ferry pier in Velmar on Monday.')).toBe(false);
    expect(standsAlone('Two of the ferries reached the pier in Velmar before dark.')).toBe(true);
    expect(standsAlone('12 deckhands were hired at the ferry pier in Velmar.')).toBe(true);
    expect(standsAlone('The Velmar ferry returned to the harbour before noon, he added.')).toBe(false);
    expect(standsAlone('Mayor Ana Lin stepped down on Tuesday, her office said.')).toBe(true);
    expect(standsAlone('The Velmar ferry returned to the harbour before noon, the harbour police said.')).toBe(true);
  });

  it('does not point back with "these" or "those" to what sentences before named', () => {
    expect(standsAlone('Critics in Lowford say these ferries are far too slow.')).toBe(false);
    expect(standsAlone('Critics in Lowford say these skippers are paid too much.')).toBe(false);
    expect(standsAlone('The board in Lowford ignored those inspectors last winter.')).toBe(false);
    expect(standsAlone('Three crews asked for new boats, and two of those boats arrived in May.')).toBe(true);
    expect(standsAlone('Ana Lin said those responsible for the ferry timetable will meet on Monday.')).toBe(true);
    expect(standsAlone('In those days the ferry to Velmar ran twice a week.')).toBe(true);
    expect(standsAlone('The US and Norvania signed the ferry treaty in Velmar on Monday.')).toBe(true);
  });


  it('has its brackets paired: a piece of a longer sentence does not', () => {
    expect(standsAlone('6 million) in jewels, a police source in Velmar said.')).toBe(false);
    expect(standsAlone('Tide Systems (TSI) bought the ferry line in Velmar.')).toBe(true);
  });
});
