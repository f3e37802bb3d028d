// compareStatements: the same statement in other words is one; different things, figures, roles or polarity are not.
import { describe, expect, it } from 'vitest';
import { compareStatements, compareStatementTerms, termMatch } from './compare-statements.js';
import { toStatement } from './statement.js';

/** What each figure of a text counts or measures. */
const units = (text: string) => toStatement(text).terms.filter((t) => t.kind === 'quantity').map((t) => t.unit);

describe('compareStatements', () => {
  it.each([
    ['a visit in other words, with the date written two ways', 'Minister Ana Lin will visit the UK on July 13.', 'Minister Lin’s trip to Britain is set for the 13th of July.'],
    ['synonyms', 'The mayor laid out the wide gaps between the two councils.', 'The mayor laid out the major disagreements between the two councils.'],
    ['one figure written two ways', 'Unemployment in Valmora rose to 20% in March.', 'Unemployment in Valmora rose to 20 percent in March.'],
    ['a negated plan and its synonym', 'There is no meeting planned between the two ministers.', 'No meeting between the two ministers is on the schedule.'],
    ['two names joined as equals, in the other order', 'A summit between Mayor Lin and Governor Okafor is planned for the spring.', 'A summit between Governor Okafor and Mayor Lin is planned for the spring.'],
    ['both denied, names listed in another order', 'There was no vote by Lin, Okafor, Brill and Morn on the harbour plan.', 'There was no vote by Morn, Brill, Okafor and Lin on the harbour plan.'],
    ['both denied, titled names in another order', 'There is no plan for a summit between Mayor Lin and Governor Okafor.', 'There is no plan for a summit between Governor Okafor and Mayor Lin.'],
    ['staying out as not joining', 'Velmar should stay out of the harbour league.', 'Velmar should not join the harbour league.'],
    ['"not only … but" affirming both', 'The Velmar navy repelled an attack on a freighter in the Eastmere strait on Monday and seized 12 pirates.', 'A Velmar navy warship not only repelled an attack on a freighter in the Eastmere strait, but also seized 12 pirates.'],
    ['a spelling variant of a name', 'Foreign Minister Aleksey Markov told the Quillon Post that talks would resume.', 'Foreign Minister Aleksei Markov told the Quillon Post that talks would resume.'],
    ['a verb of two words and its synonym', 'Harbor Works chief Ana Lin stepped down after the vote.', 'Harbor Works chief Ana Lin resigned after the vote.'],
    ['a denying verb of two words and its synonym', 'The Lowford council turned down the harbour plan.', 'The Lowford council rejected the harbour plan.'],
    ['a count with where they come from, and without', 'The Eastmere coast guard has detained 23 Norvanian sailors.', 'The Eastmere coast guard detained 23 sailors near Lowford after a chase at sea on Saturday, the ministry said.'],
  ])('same: %s', (_name, a, b) => {
    expect(compareStatements(a, b).same).toBe(true);
  });

  it.each([
    ['different things with different figures', 'Tariffs of 25% will apply to imported steel.', 'Tariffs of 10% will apply to imported aluminium.'],
    ['different events of one kind', 'A fire broke out in a storage hall in Brenmoor on Tuesday night.', 'The city council approved a new budget for Brenmoor on Tuesday.'],
    ['who did what to whom reversed', 'Mayor Lin is willing to meet Governor Okafor next week.', 'Governor Okafor is willing to meet Mayor Lin next week.'],
    ['one negated, the other not', 'A meeting between the two ministers is planned for Monday.', 'No meeting between the two ministers is planned for Monday.'],
    ['unlikely against expected', 'The prince is unlikely to meet the president during the visit.', 'The prince is expected to meet the president during the visit.'],
    ['turned down against accepted', 'The Lowford council turned down the harbour plan.', 'The Lowford council accepted the harbour plan.'],
  ])('not the same: %s', (_name, a, b) => {
    expect(compareStatements(a, b).same).toBe(false);
  });

  it('reads a verb of several words as one term, keeping its words', () => {
    const [verb] = toStatement('Ana Lin stepped down').terms.filter((t) => t.kind === 'word');
    expect(verb?.key).toBe('step_down');
    expect(termMatch(verb!, toStatement('resigned').terms[0]!)).toBeGreaterThanOrEqual(0.9);
    // "caught fire" still meets "the fire".
    expect(compareStatements('The Lowford town hall caught fire on Monday night.', 'A fire destroyed the Lowford town hall on Monday night.').score).toBeGreaterThan(0.5);
  });

  it('ends a name at a date that follows it', () => {
    const terms = toStatement('The Lowford Lions signed Coach Ana Lin Tuesday evening.').terms;
    expect(terms.filter((t) => t.kind === 'date').map((t) => t.key)).toEqual(['@tue']);
    expect(terms.filter((t) => t.kind === 'name').map((t) => t.key)).toEqual(toStatement('The Lowford Lions signed Ana Lin.').terms.filter((t) => t.kind === 'name').map((t) => t.key));
  });

  it('keeps a title out of the name it stands before: two people with one title are two people', () => {
    expect(compareStatements('Harbor Works hired Dr. Ana Lin as its new chief engineer on Monday.', 'Harbor Works hired Dr. Ben Ortiz as its new chief engineer on Monday.').same).toBe(false);
    // The name before the title is a name of its own.
    const names = toStatement("The Ledger's Dr. Ida Hale wrote it.").terms.filter((t) => t.kind === 'name');
    expect(names.map((t) => t.lemmas.some((l) => l === '=dr'))).toEqual(names.map(() => false));
    expect(compareStatements('Mr. Ortiz resigned from the Quillsoft board on Friday.', 'Ben Ortiz resigned from the Quillsoft board on Friday.').same).toBe(true);
  });

  it('counts the thing a figure counts past where it comes from', () => {
    expect(units('The coast guard detained 23 Norvanian and Velmari sailors.')).toEqual(['sailor']);
    expect(units('The coast guard detained 23 heavily armed Norvanian sailors.')).toEqual(['sailor']);
    expect(units('Officials said 23 died in the blast.')).toEqual(['die']);
    expect(units('23 Democrats voted against the bill.')).toEqual(['democrat']);
    expect(units('The coast guard detained 23 Norvanian sailors.')).toEqual(units('The coast guard detained 26 sailors.'));
    expect(units('The coast guard detained 23 of the sailors.')).toEqual(['sailor']);
    expect(units('The coast guard detained one of the sailors.')).toEqual([]);
  });

  it('counts the head of a compound, not the noun that modifies it', () => {
    expect(units('Divers raised two of the fishing skiffs near Kessel Fjord.')).toEqual(['skiff']);
    expect(units('Three harbour officers were hurt in the fire.')).toEqual(['officer']);
    // A plural is the counted thing whatever follows it.
    expect(units('The coast guard rescued 23 fishermen today.')).toEqual(['fisherman']);
    expect(units('Five people dead after the storm in Velmar.')).toEqual(['people']);
    // Two of the skiffs and 23 fishermen are counts of different things, not one count given two values.
    expect(termMatch(toStatement('Divers raised two of the fishing skiffs.').terms.find((t) => t.kind === 'quantity')!, toStatement('Divers raised the skiffs and rescued 23 fishermen.').terms.find((t) => t.kind === 'quantity')!)).toBe(0);
  });

  it('counts the noun a number word is joined to by hyphens, as the figure written apart counts it', () => {
    const figure = (text: string) => toStatement(text).terms.find((t) => t.kind === 'quantity')!;
    expect(figure('A six-day strike closed the Lowford docks.').key).toBe(figure('A strike closed the Lowford docks for six days.').key);
    expect(figure('A six-day strike closed the Lowford docks.').key).toBe('#6 day');
    expect(figure('Ben Ortiz got a twenty-five-year sentence.').key).toBe('#25 year');
    expect(figure('The ten-year-old deckhand was rescued.').key).toBe(figure('The 10-year-old deckhand was rescued.').key);
    expect(figure('The harbour master ran five-mile loops.').key).toBe('#5 mile');
    expect(units('A one-sided vote and a so-called plan.')).toEqual([]);
    expect(termMatch(figure('A six-day strike closed the Lowford docks.'), figure('A seven-day strike closed the Lowford docks.'))).toBe(0);
  });

  it('reads a year or a day before a comma as a date, and a comma only between thousands as part of a number', () => {
    const kinds = (text: string) => toStatement(text).terms.filter((t) => t.kind === 'date' || t.kind === 'quantity').map((t) => t.key);
    expect(kinds('The last strike at the port, in 2024, lasted six days.')).toEqual(['@2024', '#6 day']);
    expect(kinds('The ferry sails on March 3, 2026, from Lowford.')).toEqual(['@03-03', '@2026']);
    expect(kinds('The yard paid 1,200,000 euros, and 45, not 40, workers left.')).toEqual(['#1200000 eur', '#45 ', '#40 worker']);
  });

  it('reads times of day, fractions and "ago" as what they are, and a model’s number or a street address as no count', () => {
    const kinds = (text: string) => toStatement(text).terms.filter((t) => t.kind === 'date' || t.kind === 'quantity').map((t) => t.key);
    expect(kinds('The ferry left Lowford at 3:17 a.m. and docked at 9:05 p.m.')).toEqual(['@T03:17', '@T21:05']);
    expect(kinds('Ben Ortiz served 3 1/2 years, sold 1/4 of the boats and left five weeks ago.')).toEqual(['#3.5 year', '#0.25 boat', '@rel:ago-5-week']);
    expect(kinds('Lowford scored with 14 seconds left; Tarrow led with 6 minutes remaining; 5 dockers left.')).toEqual(['@rel:left-14-second', '@rel:left-6-minute', '#5 docker']);
    expect(kinds('The Quillsoft 7100 RX card and the 5300XE chip last 11 hours.')).toEqual(['#11 hour']);
    expect(kinds('Ana Lin was seen in the 4700 block of Harbor Street; police closed 3 blocks.')).toEqual(['#3 block']);
    expect(kinds('The Quillsoft phone holds 256GB and runs at 3GHz.')).toEqual(['#256 gb', '#3 ghz']);
  });

  it('reads a number after a scale\'s noun as a value on that scale, and "and a half" as part of the number', () => {
    const kinds = (text: string) => toStatement(text).terms.filter((t) => t.kind === 'date' || t.kind === 'quantity').map((t) => t.key);
    expect(kinds('A magnitude 5.4 earthquake and a Category 4 storm hit Velmar.')).toEqual(['#5.4 magnitude', '#4 category']);
    expect(kinds('Ben Ortiz served three and a half weeks, then 2 and a half years.')).toEqual(['#3.5 week', '#2.5 year']);
    expect(compareStatements('A magnitude 5.4 earthquake struck Velmar on Tuesday.', 'A 5.4-magnitude quake struck Velmar on Tuesday.').same).toBe(true);
  });

  it('meets one figure converted into another unit of its dimension, rounded, and not another figure', () => {
    const figure = (text: string) => toStatement(text).terms.find((t) => t.kind === 'quantity')!;
    expect(termMatch(figure('Ana Lin fell about 1,500 feet.'), figure('Ana Lin fell about 460 metres.'))).toBeGreaterThanOrEqual(0.9);
    expect(termMatch(figure('The storm moved 5 miles inland.'), figure('The storm moved 8 km inland.'))).toBeGreaterThanOrEqual(0.9);
    expect(termMatch(figure('Ana Lin fell about 1,500 feet.'), figure('Ana Lin fell about 900 metres.'))).toBe(0);
    expect(termMatch(figure('The fire burned 1,200 hectares.'), figure('The fire burned 1,200 acres.'))).toBe(0);
  });

  it('meets one count of things named in other words, not another count', () => {
    const count = (text: string) => toStatement(text).terms.find((t) => t.kind === 'quantity')!;
    expect(termMatch(count('The coast guard detained 17 sailors.'), count('The coast guard detained 17 of the seamen.'))).toBeGreaterThanOrEqual(0.7);
    expect(termMatch(count('The coast guard detained 17 sailors.'), count('The coast guard detained 18 seamen.'))).toBe(0);
    expect(termMatch(count('The coast guard detained 17 sailors.'), count('The coast guard detained 17 boats.'))).toBe(0);
  });

  it('reads a statement and its denial as opposite', () => {
    const r = compareStatementTerms(toStatement('The prince is unlikely to meet the president during the visit.'), toStatement('The prince is expected to meet the president during the visit.'));
    expect(r.opposite).toBe(true);
  });

  it('does not read one party rejecting a figure as a denial of another party wanting it', () => {
    const r = compareStatementTerms(
      toStatement("Ana Lin, who leads the Dock Workers' Union, said the authority had walked away after rejecting a 7 percent raise spread over two years."),
      toStatement("The Dock Workers' Union, led by Ana Lin, wants a 7 percent raise over two years"),
    );
    expect(r.opposite).toBe(false);
  });

  it('finds a short statement contained in a longer one that adds more', () => {
    const r = compareStatementTerms(
      toStatement('Markov said there is no plan for a summit between Lin and Okafor.'),
      toStatement('Foreign Minister Aleksey Markov told the Quillon Post on Friday that there was no planned summit between Lin and Okafor, as many issues remain open.'),
    );
    expect(r.contained).toBe(true);
  });

  it('scores between 0 and 1, and gives a report for empty, huge or foreign input without throwing', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `word${i % 500}`).join(' ');
    for (const [a, b] of [['', ''], ['', 'A sentence.'], [huge, huge], ['Der Minister hat das Treffen abgesagt.', 'The minister called off the meeting.'], ['“”', '"']]) {
      const r = compareStatements(a!, b!);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('capitals standing for their country', () => {
  it('matches a capital to its country one step up, a country to itself in full, and no other capital', () => {
    const score = (a: string, b: string) => compareStatementTerms(toStatement(a), toStatement(b)).score;
    const country = 'The council accused Norway of blocking the fishing agreement.';
    const capital = score('The council accused Oslo of blocking the fishing agreement.', country);
    expect(capital).toBeLessThan(score(country, country));
    expect(capital).toBeGreaterThan(score('The council accused Madrid of blocking the fishing agreement.', country));
  });

  it('leaves a capital that is also a first name to the person', () => {
    expect(toStatement('Sofia said the vote was delayed.').terms.find((t) => t.kind === 'name')?.country).toBeUndefined();
    expect(toStatement('Oslo said the vote was delayed.').terms.find((t) => t.kind === 'name')?.country).toEqual({ name: 'Norway', capital: true });
  });
});

describe('statements of opposite direction', () => {
  const compare = (a: string, b: string) => compareStatementTerms(toStatement(a), toStatement(b));
  it('reads an antonym or a contrary verb in the place of a word as the opposite statement, whatever its share', () => {
    for (const [a, b] of [
      ['Ana Lin won the mayoral election in Velmar.', 'Ana Lin lost the mayoral election in Velmar.'],
      ['The ministry raised the fuel tax by 5 percent.', 'The ministry cut the fuel tax by 5 percent.'],
      ['The court upheld the ban on night ferries.', 'The court overturned the ban on night ferries.'],
    ]) {
      const r = compare(a!, b!);
      expect([r.same, r.opposite]).toEqual([false, true]);
    }
    // An antonym elsewhere in the sentence is about something else: "winner" / "loser" do not turn it.
    const r = compare('Fans of the winner crowded the Velmar quay on Sunday after the harbour race.', 'Fans crowded the Velmar quay on Sunday after the harbour race, the loser said.');
    expect([r.same, r.opposite]).toEqual([true, false]);
  });
  it('reads verbs of which one undoes the other as two facts, neither one nor opposite ("suspended" / "resumed")', () => {
    for (const [a, b] of [
      ['The ferry service was suspended after the storm.', 'The ferry service resumed after the storm.'],
      ['Police arrested the harbour master on Friday.', 'Police released the harbour master on Friday.'],
      ['Ana Lin has checked into the Harbor Clinic.', 'Ana Lin has left the Harbor Clinic.'],
      ['Ana Lin checked in to the Harbor Clinic on Monday.', 'Ana Lin checked out of the Harbor Clinic on Monday.'],
    ]) {
      const r = compare(a!, b!);
      expect([r.same, r.opposite, r.successive]).toEqual([false, false, true]);
    }
    // A statement holding both is not set against one holding one of them.
    expect(compare('Police arrested the harbour master and released him on Friday.', 'Police arrested the harbour master on Friday.').contained).toBe(true);
  });
  it('reads a name in the place of another as another fact, but not a spelling variant, an abbreviation or a name added elsewhere', () => {
    expect(compare('The fire spread to Eastmere on Monday night.', 'The fire spread to Lowford on Monday night.').same).toBe(false);
    expect(compare('Ana Lin was elected mayor of Velmar on Sunday.', 'Ben Ortiz was elected mayor of Velmar on Sunday.').same).toBe(false);
    expect(compare('The ferry left Eastmere with Ida Velke on board.', 'The ferry left Eastmere with Ida Velk on board.').same).toBe(true);
    expect(compare('The jury acquitted Ben Ortiz of Fort Hale, Okla.', 'The jury acquitted Ben Ortiz of Fort Hale, Oklahoma.').same).toBe(true);
    expect(compare('The coast guard rescued 23 fishermen near Velmar on Saturday.', 'The coast guard rescued 23 Norvanian fishermen near Velmar on Saturday.').same).toBe(true);
  });
  it('reads two names printed with one word in common and ending in others as two referents, wherever they stand', () => {
    const velmar = 'A Norvanian frigate, HMS Velmar patrolling the strait, fired on two boats of smugglers after a trawler signalled for help.';
    const tarrow = 'Last month the navy frigate HMS Tarrow, a missile ship, had sunk a boat of the smugglers and rescued two trawlers under attack.';
    expect(compare(velmar, tarrow).same).toBe(false);
    // One name written two ways stays one.
    expect(compare('On Friday the climber Ben Ortiz fell about 60 metres from a ridge.', 'The climber Ben Ortis fell about 60 metres from a ridge on Friday.').same).toBe(true);
  });
  it('reads a denial in the place of an affirmation as opposite, however much else the statements share', () => {
    const r = compare('No injuries were reported after the ferry ran aground near Velmar.', 'Several injuries were reported after the ferry ran aground near Velmar.');
    expect([r.same, r.opposite]).toEqual([false, true]);
    expect(compare('The company reported a profit of 3 million crowns.', 'The company reported a loss of 3 million crowns.').opposite).toBe(true);
  });
  it('reads a denied contrary as the same statement ("did not win" / "lost")', () => {
    const r = compare('Ana Lin did not win the mayoral election in Velmar.', 'Ana Lin lost the mayoral election in Velmar.');
    expect([r.same, r.opposite]).toEqual([true, false]);
    expect(compare('Ana Lin won the mayoral election in Velmar.', 'Ana Lin lost the mayoral election in Velmar.').opposite).toBe(true);
  });
  it('reads all of a thing against part of it as two facts ("all 40 workers" / "some workers")', () => {
    for (const [a, b] of [
      ['All 40 workers were evacuated from the Tide Systems plant.', 'Some workers were evacuated from the Tide Systems plant.'],
      ['All the ferries to Velmar were cancelled on Monday.', 'Most of the ferries to Velmar were cancelled on Monday.'],
    ] as const) {
      const r = compare(a, b);
      expect([r.same, r.opposite, r.contained]).toEqual([false, false, false]);
    }
    expect(compare('Workers were evacuated from the Tide Systems plant.', 'Some workers were evacuated from the Tide Systems plant.').same).toBe(true);
  });
  it('reads one denial placed differently as the same statement, and two denials against one as opposite', () => {
    expect(compare('A date for the ferry contract vote was not set by the harbour council.', 'No date for the ferry contract vote was set by the harbour council.').same).toBe(true);
    expect(compare('No injuries were reported after the ferry ran aground near Velmar.', 'Injuries were not reported after the ferry ran aground near Velmar.').opposite).toBe(false);
    const r = compare('The council did not approve the harbour plan, and no vote was held.', 'The council approved the harbour plan, but no vote was held.');
    expect([r.same, r.opposite]).toEqual([false, true]);
  });
  it('reads two people on either side of one verb in the other order as swapped roles, with more names in the sentence', () => {
    expect(compare('Ana Lin attacked Ben Ortiz outside the Velmar court.', 'Ben Ortiz attacked Ana Lin outside the Velmar court.').same).toBe(false);
    expect(compare('Ana Lin was attacked by Ben Ortiz outside the Velmar court.', 'Ben Ortiz attacked Ana Lin outside the Velmar court.').same).toBe(true);
  });
  it('reads a passive without its agent against the active as the same roles ("the club fired Lin" / "Lin was fired as coach of the club")', () => {
    expect(compare('The Tarrow club fired coach Lin on Saturday.', 'Lin was fired as coach of the Tarrow club.').same).toBe(true);
    // Two actives keep their order.
    expect(compare('The Lowford Rovers fired Ana Lin on Saturday.', 'Ana Lin fired the Lowford Rovers on Saturday.').same).toBe(false);
  });
  it('reads two names in the other order as swapped roles only when what is said between them is the same', () => {
    expect(compare('Lin is out as coach of the Tarrow club.', 'The Tarrow club fired its coach Lin on Saturday.').same).toBe(true);
    expect(compare('On Monday, Ortiz said he wanted talks with Lin soon.', 'Lin wants talks with Ortiz soon, her office said.').same).toBe(false);
    expect(compare('Brandauer is willing to meet Markovich.', 'Markovich is willing to meet Brandauer.').same).toBe(false);
  });
  it('reads a shorter statement as stated within a longer one only when every ordinary word of it is there', () => {
    const longer = 'Harbor Works said on Monday that the Tide Systems ferry software team will move to its Velmar office next spring.';
    expect(compare('Harbor Works moves the Tide Systems ferry software team to Velmar', longer).contained).toBe(true);
    // "fires" has no match: most of the weight is there, but not what happens.
    expect(compare('Harbor Works fires the Tide Systems ferry software team', longer).contained).toBe(false);
  });
  it('reads two times relative to the report that differ as two facts ("next week" / "last week")', () => {
    expect(compare('The minister will visit Velmar next week.', 'The minister visited Velmar last week.').same).toBe(false);
    expect(compare('The minister will visit Velmar next week.', 'The minister is to visit Velmar next week.').same).toBe(true);
  });
  it('prefers an antonym to a word only related to it, and reads "denied that" and "called off" as denying what follows', () => {
    expect(compare('The union accepted the offer from the port authority.', 'The union rejected the offer from the port authority.').same).toBe(false);
    expect(compare('Officials confirmed that the bridge would close in May.', 'Officials denied that the bridge would close in May.').same).toBe(false);
    expect(toStatement('Officials denied that the bridge would close in May.').terms.filter((t) => t.negated).map((t) => t.key)).toEqual(['bridge', 'close', '@05']);
    expect(compare('The union called off the strike at the port.', 'The union called a strike at the port.').same).toBe(false);
  });
});
