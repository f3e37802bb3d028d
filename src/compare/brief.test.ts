// The brief (whom a sentence cites, how a clause is shown) and the facts' close wordings in other articles.
import { describe, expect, it } from 'vitest';
import { analysedArticle, storyOf } from '../../test/helpers.js';
import { compareStory } from './index.js';

/** The number of articles of each fact of a story made of these reports, one article each. */
const factSizes = (...texts: string[]) => storyOf(...texts).facts.map((f) => f.articleIds.length);

describe('brief', () => {
  it('cites an article that states the sentence in other words, and not one that states a small part of it', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, "Port director Ana Lin told Radio Valmora on Friday that there was no planned meeting between the dockers' union and the shipping firms."),
      analysedArticle(2, "Port director Ana Lin said on Friday that the dockers' union and the shipping companies had no meeting scheduled while cranes stood idle."),
      analysedArticle(3, 'Ana Lin spoke on Friday. The ferry to Quillon was late again.'),
    ]);
    const top = report.brief[0]!;
    expect(top.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000002']);
  });

  it('puts the sentences the most articles state first, though a fact another outlet carries in other words is listed before', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'A long interview with harbour master Ana Lin has made plain how divided the union and the board remain. The ferry to Quillon was cancelled on Monday after a crane collapsed at the dock.'),
      analysedArticle(2, 'Lin’s interview laid bare how divided the union and the board remain on the central questions of the dispute. The ferry to Quillon was cancelled on Monday after a crane collapsed at the dock.'),
      analysedArticle(3, 'Lin’s complaints showed how divided the two camps still are. Divers searched the harbour floor for fuel drums on Sunday.'),
    ]);
    // The interview is the first fact (two articles, in other words); only the ferry's sentence is stated by both.
    expect(report.facts[0]!.text).toMatch(/^Lin’s interview/);
    expect(report.facts[0]!.articleIds).toHaveLength(2);
    expect(report.brief.map((b) => [b.text.slice(0, 9), b.articleIds.length])).toEqual([
      ['The ferry', 2],
      ['Lin’s int', 1],
      ['Divers se', 1],
    ]);
    // The interview's other article carries its fact in words of its own: listed as such, not cited for the sentence.
    expect(report.brief.map((b) => b.alsoIn?.length ?? 0)).toEqual([0, 1, 0]);
  });

  it('neither cites nor lists as carrying the sentence an article whose claim undoes it ("left" the clinic it "checked into")', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'Hours after she left a clinic in Tarrow on Thursday, Ida Hale has checked into the Harbor Clinic in Lowford.'),
      analysedArticle(2, 'Ida Hale has checked into the Harbor Clinic in Lowford.'),
      analysedArticle(3, 'Ida Hale has left the Harbor Clinic in Lowford for a clinic in Velmar.'),
    ]);
    const checkedIn = report.brief.find((b) => b.text.includes('checked into'))!;
    expect([...checkedIn.articleIds, ...(checkedIn.alsoIn ?? [])]).not.toContain('a_0000000000000003');
  });

  it('cites an article that prints the sentence’s date in an aside', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'A strike in 2021 lasted nine days.'),
      analysedArticle(2, 'The last strike at the Tarrow docks, in 2021, lasted nine days and ended with a mediated deal.'),
    ]);
    const strike = report.brief.find((b) => b.text.includes('nine days'))!;
    expect(strike.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000002']);
    expect(strike.alsoIn).toBeUndefined();
  });

  it('lists the fact’s other articles as carrying it in other words, and orders sentences by all the reports that carry them', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'Divers searched the harbour floor for fuel drums on Sunday. Mayor Ana Lin said the ferry strike would end soon.'),
      analysedArticle(2, 'Divers searched the harbour floor for fuel drums on Sunday. The Quillon ferry was late again.'),
      analysedArticle(3, 'A long interview with harbour master Ida Hale has made plain how divided the union and the board remain.'),
      analysedArticle(4, 'Hale’s interview laid bare how divided the union and the board remain on the central questions of the dispute.'),
      analysedArticle(5, 'Hale’s complaints in the interview showed how divided the union and the board remain after a month of strikes.'),
    ]);
    const interview = report.facts.find((f) => f.text.includes('interview'))!;
    expect(interview.articleIds).toHaveLength(3);
    const first = report.brief[0]!;
    expect(first.text).toMatch(/interview/);
    expect([...first.articleIds, ...(first.alsoIn ?? [])].sort()).toEqual([...interview.articleIds].sort());
    expect(first.articleIds.some((id) => first.alsoIn?.includes(id))).toBe(false);
    expect(report.brief[1]!.text).toMatch(/^Divers/);
  });

  it('cites no article whose claim lacks a date or a figure the sentence states, though the fact lists it', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, "Port director Ana Lin told Radio Valmora on Friday that there was no planned meeting between the dockers' union and the shipping firms."),
      analysedArticle(2, "Port director Ana Lin told Radio Valmora on Friday that there was no planned meeting between the dockers' union and the shipping firms yet."),
      analysedArticle(3, "Ana Lin runs the port. She told Radio Valmora that there was no planned meeting between the dockers' union and the shipping firms."),
    ]);
    const friday = report.brief.find((b) => b.text.includes('on Friday'))!;
    expect(friday.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000002']);
    expect(report.facts.find((f) => f.text.includes('on Friday'))!.articleIds).toHaveLength(3);
    // Nor is it listed as carrying the sentence in other words: the sentence's day is not in it.
    expect(friday.alsoIn).toBeUndefined();
  });

  it('states the main clause without a purpose the other articles do not give ("… in an effort to …"), and cites them', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'Mayor Ana Lin held talks with the harbour board and the dock union on Monday in an effort to end the ferry strike.'),
      analysedArticle(2, 'Mayor Ana Lin held talks with the harbour board and the dock union on Monday, as ferries stayed tied up in Velmar.'),
    ]);
    const top = report.brief[0]!;
    expect(top.text).toBe('Mayor Ana Lin held talks with the harbour board and the dock union on Monday.');
    expect(top.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000002']);
  });

  it('takes the main clause after an opening clause when it is what every article states, and cites them all', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'During a radio debate with the mayor on Friday, Ana Lin said the dock union had no plan to strike, despite the council’s threats.'),
      analysedArticle(2, 'Ana Lin told Radio Valmora on Friday that the dock union had no plan to strike.'),
      analysedArticle(3, 'Speaking on Radio Valmora, Ana Lin said the dock union had no plan to strike this month.'),
    ]);
    const top = report.brief[0]!;
    expect(top.text).toBe('Ana Lin said the dock union had no plan to strike.');
    expect(top.articleIds).toHaveLength(report.facts[0]!.articleIds.length);
  });

  it('ends a main clause shown alone with a period, keeping the printed words as its source', () => {
    const text = 'The port authority is now seeking talks with the union, but the union’s demands show how far apart the sides remain.';
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, text),
      analysedArticle(2, 'The port authority is now seeking talks with the union, while shipping firms count their losses from the strike.'),
    ]);
    const clause = report.brief.find((b) => b.source.text !== b.text);
    expect(clause).toBeDefined();
    expect(clause!.text).toBe(`${clause!.source.text}.`);
    expect(clause!.text).toMatch(/^The port authority is now seeking talks with the union\.$/);
  });
});

describe('who said it', () => {
  it('does not state as fact a clause cut from its attribution ("…, the port authority said"), and keeps a clause before another speaker\'s report', () => {
    const report = storyOf(
      'The ferry to Lowford will resume service on Monday, and the old pier will reopen to visitors in May, the port authority said.',
      'The ferry to Lowford will resume service on Monday after the storm, the port authority said on Friday.',
      'Ana Lin said the ferry to Lowford will resume service on Monday, and the old pier will reopen in May.',
    );
    const ferry = report.brief.filter((b) => /resume service/.test(b.text));
    expect(ferry.length).toBeGreaterThan(0);
    for (const b of ferry) expect(b.text).toMatch(/\bsaid\b/);
    // Who said it is part of what the sentence states: an article reporting another speaker's same words is not cited.
    for (const b of ferry.filter((x) => /port authority said/.test(x.text))) expect(b.articleIds).not.toContain('a_0000000000000003');
    for (const b of ferry.filter((x) => /Ana Lin said/.test(x.text))) expect(b.articleIds).toEqual(['a_0000000000000003']);
    const own = storyOf(
      'The harbour council approved the ferry budget on Monday, but Ana Lin said the vote had been rushed through.',
      'The harbour council approved the ferry budget on Monday after a short debate.',
    );
    expect(own.brief.map((b) => b.text)).toContain('The harbour council approved the ferry budget on Monday.');
  });
});

describe('similar wording', () => {
  it('names the other articles whose claim is close to a fact not judged the same, and none when nothing is', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, "Port director Ana Lin told Radio Valmora on Friday that there was no planned meeting between the dockers' union and the shipping firms."),
      analysedArticle(2, "The dockers' union said on Friday it had not been invited to any meeting with the shipping firms."),
      analysedArticle(3, 'The ferry to Quillon was late again on Friday, and passengers waited on the quay.'),
    ]);
    const fact = (n: number) => report.facts.find((f) => f.articleIds.includes(`a_${String(n).padStart(16, '0')}`))!;
    expect(fact(1).articleIds).toEqual(['a_0000000000000001']);
    expect(fact(1).similarIn).toEqual(['a_0000000000000002']);
    expect(fact(3).similarIn).toBeUndefined();
  });
});

describe('fact text', () => {
  it('shows a sentence that names its subject rather than one that needs the sentence before it', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, "Port director Edda Morn spoke to the council on Friday. She said the union's demand would add 31 million crowns a year to the port's costs."),
      analysedArticle(2, "The port authority's director, Edda Morn, said the union's demand would cost the port 31 million crowns a year."),
    ]);
    const fact = report.facts.find((f) => f.articleIds.length === 2)!;
    expect(fact.text).toBe("The port authority's director, Edda Morn, said the union's demand would cost the port 31 million crowns a year.");
  });
});

describe('facts reported as someone’s position', () => {
  it('keeps one person’s position and another’s same words apart, and still joins two reports of one person’s words', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'Velmar has long insisted that the harbour should stay closed to foreign ships and accept no new cranes.'),
      analysedArticle(2, 'Mayor Ben Ortiz has consistently maintained that the harbour should stay closed to foreign ships and accept no new cranes.'),
      analysedArticle(3, 'Mayor Ben Ortiz said on Monday that the harbour should stay closed to foreign ships and accept no new cranes.'),
    ]);
    const shared = report.facts.filter((f) => f.articleIds.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.articleIds.sort()).toEqual(['a_0000000000000002', 'a_0000000000000003']);
  });
});

describe('conditions and possibilities', () => {
  it('does not make a claim stated on a condition, or of what may happen, one fact with the same claim stated outright', () => {
    for (const [conditional, outright, alsoConditional] of [
      [
        'If the talks with the port authority fail this week, the dock union will strike for ten days in Velmar.',
        'The dock union will strike for ten days in Velmar, its leader Ana Lin said on Monday.',
        'The dock union will strike for ten days in Velmar if the talks with the port authority fail.',
      ],
      [
        'The harbour council may close the old swing bridge to lorries next spring.',
        'The harbour council will close the old swing bridge to lorries next spring.',
        'The harbour council might close the old swing bridge to lorries next spring, officials said.',
      ],
    ] as const) {
      const report = compareStory('s_0000000000000001', [analysedArticle(1, conditional), analysedArticle(2, outright), analysedArticle(3, alsoConditional)]);
      expect(report.facts.find((f) => f.articleIds.includes('a_0000000000000002'))!.articleIds).toEqual(['a_0000000000000002']);
      expect(report.facts.find((f) => f.articleIds.includes('a_0000000000000001'))!.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000003']);
    }
  });
});

describe('two reports of one claim, or of two', () => {
  it.each([
    ['two possibilities, one naming its condition: one fact', true, 'Ben Ortiz could be sentenced to up to 40 years in prison for the harbour fraud.', 'Ben Ortiz may receive up to 40 years in prison for the harbour fraud if convicted.'],
    [
      'a body and its named officer reporting one claim: one fact',
      true,
      'Police allege that Ben Ortiz, 61, opened fire at a Velmar office party on Friday, killing one man.',
      'Constable Tom Reyes alleges that Ben Ortiz, 61, opened fire at a Velmar office party on Friday, killing one man.',
    ],
    [
      'a possibility in another clause of one claim: one fact',
      true,
      'It may not be over yet: Ana Lin said she has spoken with the harbour council about a second inspection of the old bridge.',
      'Ana Lin said on Friday that she had spoken with the harbour council about a second inspection of the old bridge.',
    ],
    // Two people named by name still report two facts (see compareClaims).
    ['two named people saying one thing: two facts', false, 'Mayor Ana Lin insists that the harbour board will reopen the ferry ramp to lorries in March.', 'Governor Ida Hale insists that the harbour board will reopen the ferry ramp to lorries in March.'],
    [
      'two claims ending with the same official named: two facts',
      false,
      'In a village near Eastmere, one man was killed when a landslide buried a farm road, said harbour agency official Ida Hale.',
      'Around 40 houses were damaged by the storm, including some which were flattened, said harbour agency official Ida Hale.',
    ],
  ] as const)('%s', (_case, one, a, b) => {
    if (one) expect(factSizes(a, b)).toContain(2);
    else expect(factSizes(a, b)).not.toContain(2);
  });
});

describe('facts', () => {
  it('hold four reports of one deadlock in other words, the split written in figures and in words', () => {
    expect(
      factSizes(
        'After four days of talks on whether to recommend a fine for the harbour board, the Velmar jury deadlocked at 9-3 on Monday.',
        'The Velmar jury deadlocked at 9-3 on the harbour board fine on Monday after four days.',
        'The jury in Velmar deadlocked on Monday, nine to three, over the harbour board fine.',
        'Jurors split nine to three on a fine for the harbour board after four days of talks.',
      ),
    ).toEqual([4]);
  });

  it('hold only claims that state what the fact shows, not a claim that met one of its other clauses', () => {
    const report = compareStory('s_0000000000000001', [
      analysedArticle(1, 'There was no immediate comment from the harbour board in Velmar on Monday, as a bitter strike broke out at the Tide Systems docks between the crane crews and the port police.'),
      analysedArticle(2, 'There was no immediate comment from the harbour board in Velmar on Monday.'),
      analysedArticle(3, 'The port police, who have been fighting the crane crews at the Tide Systems docks since March, denied the claims.'),
    ]);
    const comment = report.facts.find((f) => f.text.includes('no immediate comment'))!;
    expect(comment.articleIds.sort()).toEqual(['a_0000000000000001', 'a_0000000000000002']);
    expect(comment.text).toBe('There was no immediate comment from the harbour board in Velmar on Monday.');
  });
});
