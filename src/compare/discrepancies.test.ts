// Disagreements between outlets: one affirms what another denies, and only then.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const article = analysedArticle;
const polarity = (a: string, b: string) => compareStory('s_1', [article(1, a), article(2, b)]).discrepancies.filter((d) => d.kind === 'polarity');

describe('polarity disagreements', () => {
  it('finds one outlet denying what another states', () => {
    expect(polarity('The harbour council will not hold a vote on the new ferry contract this month.', 'The harbour council will hold a vote on the new ferry contract this month.')).toHaveLength(1);
  });
});

const figures = (...texts: string[]) =>
  compareStory(
    's_1',
    texts.map((t, i) => article(i + 1, t)),
  ).discrepancies.filter((d) => d.kind === 'number');
const valuesOf = (...texts: string[]) => figures(...texts).map((d) => d.values.map((v) => v.text).sort());

describe('figure disagreements', () => {
  it('finds two outlets giving one count two values', () => {
    expect(valuesOf('Forty workers were evacuated from the Tide Systems plant in Velmar on Tuesday night.', '45 workers were evacuated from the Tide Systems plant in Velmar on Tuesday night.')).toEqual([['45 workers', 'Forty workers']]);
  });

  it('reads "at least" and "more than" as bounds that a larger count meets', () => {
    expect(valuesOf('The storm in Velmar killed at least three people on Monday, officials said.', 'The storm in Velmar killed at least five people on Monday, officials said.')).toEqual([]);
    expect(valuesOf('The storm in Velmar killed more than 20 people on Monday, officials said.', 'The storm in Velmar killed 12 people on Monday, officials said.')).toEqual([['12 people', '20 people']]);
  });

  it('reads "about" as an estimate and a figure as exact to its last decimal', () => {
    expect(valuesOf('The fire in Velmar burned about 1,200 hectares of forest by Sunday.', 'The fire in Velmar burned 1,250 hectares of forest by Sunday.')).toEqual([]);
    expect(valuesOf('The sinkhole in Velmar reached a depth of 3.1 miles on Monday.', 'The sinkhole in Velmar reached a depth of three miles on Monday.')).toEqual([]);
  });

  it('reads the part in "14 of 22 shots" as a count of shots, which the other outlet gives too', () => {
    expect(valuesOf('Ben Ortiz put 14 shots on the Velmar goal after the break.', 'Ben Ortiz put 14 of 22 shots on the Velmar goal after the break.')).toEqual([]);
  });

  it('does not compare counts of what different verbs say happened', () => {
    expect(valuesOf('The storm hit Velmar on Monday, killing four people across the district.', 'The storm hit Velmar on Monday, injuring 30 people across the district.')).toEqual([]);
  });

  it('does not compare a count of another year or another place', () => {
    expect(valuesOf('A storm with winds of 120 km/h struck the coast of Norvania on Monday, and roofs fell in Velmar.', 'In 2015 a storm with winds of 160 km/h struck the coast of Norvania, and roofs fell in Velmar.')).toEqual([]);
    expect(valuesOf('The flood on Monday damaged 10 houses in Velmar, the agency said.', 'The flood on Monday damaged 300 houses in Eastmere, the agency said.')).toEqual([]);
  });

  it('does not compare a count whose period a bracket after it dates with one of no such period', () => {
    expect(
      valuesOf(
        'Ben Ortiz has played 14 seasons for the Harbor Herons and became their coach in May.',
        'Ben Ortiz played three seasons for the Harbor Herons as their scout (2001-2004) before he became their coach in May.',
      ),
    ).toEqual([]);
  });

  it('does not set a count a word marks as another kind ("career points") against a plain one', () => {
    expect(valuesOf('Ben Ortiz scored 20 points for the Harbor Herons in the win on Friday night.', 'Ben Ortiz has scored 1,874 career points for the Harbor Herons after the win on Friday night.')).toEqual([]);
    expect(valuesOf('Forty workers were evacuated from the Tide Systems plant in Velmar on Tuesday night.', 'The police counted 45 evacuated workers at the Tide Systems plant in Velmar on Tuesday night.')).toHaveLength(1);
  });

  it('does not set a value against an article that gives it too', () => {
    expect(valuesOf('The tremor struck at a depth of 12 kilometres, 40 kilometres from Velmar, on Monday.', 'The tremor on Monday struck 40 kilometres from Velmar, the survey said.')).toEqual([]);
  });

  it('does not read a number joined to a name as a count ("F-16")', () => {
    expect(valuesOf('The Norvanian air force flew two F-16 jets over Velmar on Monday.', 'The Norvanian air force flew two F-35 jets over Velmar on Monday.')).toEqual([]);
  });

  it('shows no disagreement when many outlets each give their own value (a line each fills in)', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `The Velmar ferry carried ${100 + i * 10} passengers on its first crossing on Monday.`);
    expect(valuesOf(...lines)).toEqual([]);
    expect(valuesOf(...lines.slice(0, 3))).toHaveLength(1);
  });

  it('reads a figure before "ago" as a time, not a count, and a fraction as its value', () => {
    expect(valuesOf('Ben Ortiz bought the trawler five months before the fire in Velmar.', 'Ben Ortiz bought the trawler about four months ago, before the fire in Velmar.')).toEqual([]);
    expect(valuesOf('The Velmar ferry burned a half-tonne of diesel on its first crossing.', 'The Velmar ferry burned 1/2 tonne of diesel on its first crossing.')).toEqual([]);
    expect(valuesOf('The Velmar ferry burned a half-tonne of diesel on its first crossing.', 'The Velmar ferry burned 2 tonnes of diesel on its first crossing.')).toEqual([['2 tonnes', 'half-tonne']]);
  });

  it('sets ages against each other only when they are of the same person or the same kind of person', () => {
    expect(valuesOf('A 9-year-old boy was hurt when Ben Ortiz fired from a roof in Velmar.', 'Twenty-year-old Ben Ortiz was charged after firing from a roof in Velmar.')).toEqual([]);
    expect(valuesOf('A 52-year-old fisherman drowned off Velmar on Friday.', 'A 63-year-old fisherman drowned off Velmar on Friday.')).toEqual([['52-year-old', '63-year-old']]);
    // Ages written apart, as some outlets print them: still ages, still of whom the word after says.
    expect(valuesOf('Rescuers say a 7 year old boy was pulled from the river at Tarrow by Ida Hale.', 'Thirty year old Ida Hale pulled a boy from the river at Tarrow.')).toEqual([]);
    expect(valuesOf('A 52 year old fisherman drowned off Velmar on Friday.', 'A 63-year-old fisherman drowned off Velmar on Friday.')).toEqual([['52 year old', '63-year-old']]);
  });

  it('does not set a count of a selection ("the first two", "his last three") against another', () => {
    expect(valuesOf('Lowford scored on its first two drives against Velmar on Sunday.', 'Lowford scored on four of its first five drives against Velmar on Sunday.')).toEqual([]);
    expect(valuesOf('Ben Ortiz scored nine goals in his last three games for Lowford.', 'Ben Ortiz scored nine goals in his last five games for Lowford.')).toEqual([]);
  });

  it('does not set a count with a window after it, or one since a time, against another', () => {
    expect(valuesOf('Ida Hale has nine goals and three assists in her last five matches for Lowford.', 'Ida Hale has 21 goals for Lowford this year.')).toEqual([]);
    expect(valuesOf('Since March, Ida Hale has 12 goals for Lowford.', 'Ida Hale has 21 goals for Lowford this year.')).toEqual([]);
  });

  it('does not set counts a phrase after them tells apart ("from penalty kicks", "from open play") against each other', () => {
    expect(valuesOf('Ida Hale scored 14 goals from open play for Lowford this year.', 'Ida Hale scored five goals from penalty kicks for Lowford this year.')).toEqual([]);
    expect(valuesOf('Ida Hale scored 14 goals from open play for Lowford this year.', 'Ida Hale scored 11 goals from open play for Lowford this year.')).toEqual([['11 goals', '14 goals']]);
  });

  it('reads a magnitude as no count of what it measures, and "three and a half" as one figure', () => {
    expect(valuesOf('A magnitude 5.4 earthquake hit the coast of Velmar on Tuesday.', 'Two powerful earthquakes hit the coast of Velmar on Tuesday.')).toEqual([]);
    expect(valuesOf('Ben Ortiz served three and a half weeks in prison in Velmar.', 'Ben Ortiz served 3.5 weeks in prison in Velmar.')).toEqual([]);
    expect(valuesOf('Ben Ortiz served three and a half weeks in prison in Velmar.', 'Ben Ortiz served six weeks in prison in Velmar.')).toEqual([['six weeks', 'three and a half weeks']]);
  });

  it('shows each figure as printed when the claim names who "he" is', () => {
    const found = figures('Ben Ortiz toured Velmar on Monday. He said 22 houses were damaged by the flood in Velmar.', 'Officials said 30 houses were damaged by the flood in Velmar on Monday.');
    expect(found.map((d) => d.values.map((v) => v.text).sort())).toEqual([['22 houses', '30 houses']]);
  });
});

describe('date disagreements', () => {
  const dates = (a: string, b: string) => compareStory('s_1', [article(1, a), article(2, b)]).discrepancies.filter((d) => d.kind === 'date').map((d) => d.values.map((v) => v.text));
  it('finds two days given for one event', () => {
    expect(dates('The harbour council in Velmar voted to close the ferry ramp on March 3, 2025.', 'The harbour council in Velmar voted to close the ferry ramp on March 5, 2025.')).toEqual([['March 3, 2025', 'March 5, 2025']]);
    // A date in an opening phrase dates the clause after it.
    expect(dates('The harbour council in Velmar voted to close the ferry ramp on March 3, 2025.', 'On March 5, 2025, the harbour council in Velmar voted to close the ferry ramp.')).toEqual([['March 3, 2025', 'March 5, 2025']]);
  });
  it('does not set a year one text leaves out against one the other gives', () => {
    expect(dates('The harbour council in Velmar voted to close the ferry ramp on 3 March.', 'The harbour council in Velmar voted to close the ferry ramp on March 3, 2025.')).toEqual([]);
  });
  it('does not set dates of what different clauses of one fact say happened against each other', () => {
    // When each outlet reported it, not when it happened.
    expect(dates('The harbour council in Velmar voted to close the ferry ramp on Monday, the Velmar Herald reported on March 3, 2025.', 'The harbour council in Velmar voted to close the ferry ramp on Monday, the Lowford Post reported on March 5, 2025.')).toEqual([]);
    // Two events of one sentence.
    const joined = 'Ana Lin, deputy director of the Velmar port authority, talked to reporters about the ferry contracts, after which the port board stepped down in 2017.';
    expect(dates('Ana Lin was deputy director of the Velmar port authority in 2015 when she began talking to reporters about the ferry contracts.', joined)).toEqual([]);
  });
  it('finds two years given for one event, each opening its sentence before a comma', () => {
    expect(dates('In 2019, Ben Ortiz was charged with bribing the harbour police of Velmar.', 'In 2020, Ben Ortiz was charged with bribing the harbour police of Velmar.')).toEqual([['2019', '2020']]);
  });
  it('does not set the dates of two events one clause tells of against each other ("convicted in" / "went back to jail in")', () => {
    expect(dates('Ben Ortiz is serving ten years after he was convicted in May 2019 of arson at the Velmar harbour.', 'Ben Ortiz went back to jail in May 2020 to serve ten years for arson at the Velmar harbour.')).toEqual([]);
    expect(dates('Voters in Velmar in 2019 approved a harbour bond of 3 million euros, Ana Lin said.', 'Velmar voters in 2020 approved a harbour bond of 3 million euros.')).toEqual([['2019', '2020']]);
  });
  it('does not set dates against each other when each clause names someone or somewhere the other does not', () => {
    expect(dates('Ana Lin took charge of the Lowford ferry museum on its reopening in 2010.', 'Ana Lin took charge of the Tarrow harbour museum on its reopening in 2014.')).toEqual([]);
    // A name one clause adds is no other referent.
    expect(dates('Ana Lin took charge of the Lowford ferry museum on its reopening in 2010.', 'Ana Lin took charge of the ferry museum on its reopening in 2014.')).toEqual([['2010', '2014']]);
  });

  it('finds two years given for one event in claims worded closely that the dates kept apart as facts', () => {
    expect(dates('In 1957, Ana Lin vanished from the glow of the quay lamps and from public life.', 'Ana Lin abruptly vanished from the harbour in 1958.')).toEqual([['1957', '1958']]);
  });
  it('does not set the start of a span of time ("since 1987") against the date of an event', () => {
    expect(dates('Ana Lin has run the Lowford clinic since 1987.', 'In 1990, Ana Lin founded the Lowford clinic.')).toEqual([]);
  });
  it('does not date the clause by a year that dates a noun, nor by one of two times in a clause', () => {
    expect(dates('In March 2021 a Velmar jury found Ben Ortiz guilty over his role in a harbour fraud.', 'Ben Ortiz was found guilty over his role in the 2017 harbour fraud, a Velmar jury decided.')).toEqual([]);
    expect(dates('In 2021, Ben Ortiz admitted he had hidden a trawler in the 1980s to avoid the harbour tax.', 'Ben Ortiz hid a trawler in 1984 to avoid the harbour tax.')).toEqual([]);
  });
});

describe('date disagreements between sentences joined by one clause', () => {
  it('does not set the date of one clause against the date of another', () => {
    const found = compareStory('s_1', [
      article(1, 'The trial is set for June 17 for Ben Ortiz of Lowford, who is accused of fatally stabbing Ida Hale of Eastmere.'),
      article(2, 'Prosecutors have charged Ben Ortiz with two counts of first-degree murder in the April 2024 stabbing death of Ida Hale of Eastmere and the death of her unborn child.'),
    ]).discrepancies.filter((d) => d.kind === 'date');
    expect(found).toEqual([]);
  });
});
