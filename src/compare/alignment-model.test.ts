// The alignment model: the shipped file matches the measures, more shared content raises its probability, and it
// never overrules a flipped polarity, swapped roles or different figures.
import { describe, expect, it } from 'vitest';
import { ALIGNMENT_FEATURES, alignmentModel, sameProbability } from './alignment-model.js';
import { alignmentMeasures, compareStatementTerms, DEFAULT_COMPARE_OPTIONS, SAME_STATEMENT_SCORE } from './compare-statements.js';
import { toStatement } from './statement.js';
import { termWeight } from './term-weights.js';

const always = { ...alignmentModel(), threshold: 0 };
const compare = (a: string, b: string, model: typeof always | null) => compareStatementTerms(toStatement(a), toStatement(b), termWeight, { ...DEFAULT_COMPARE_OPTIONS, model });

describe('alignment model', () => {
  it('is fitted on the measures compareStatements gives, with a threshold and its provenance', () => {
    const m = alignmentModel();
    expect(m.features).toEqual([...ALIGNMENT_FEATURES]);
    expect(m.weights).toHaveLength(ALIGNMENT_FEATURES.length);
    expect(m.threshold).toBeGreaterThan(0.5);
    expect(m.threshold).toBeLessThan(1);
    expect(m.provenance.command).toBe('npx tsx scripts/fit-alignment.ts');
  });

  it('reads whether two sentences print a figure of the same value and unit', () => {
    const shared = (a: string, b: string) => alignmentMeasures(toStatement(a), toStatement(b)).measures[ALIGNMENT_FEATURES.indexOf('sharedFigure')];
    expect(shared('Harbor Works hired 40 deckhands on Monday.', 'The ferry firm took on 40 deckhands.')).toBe(1);
    expect(shared('Harbor Works hired 40 deckhands on Monday.', 'The ferry firm took on 45 deckhands.')).toBe(0);
    expect(shared('Harbor Works hired deckhands on Monday.', 'The ferry firm took on deckhands.')).toBe(0);
  });

  it('gives two sentences sharing more of their content a higher probability', () => {
    const base = 'The harbour council in Brenmoor approved a new ferry contract with Valley Lines on Tuesday.';
    const m = alignmentModel();
    const closer = sameProbability(m, alignmentMeasures(toStatement(base), toStatement('On Tuesday the Brenmoor harbour council approved the new Valley Lines ferry contract.')).measures);
    const farther = sameProbability(m, alignmentMeasures(toStatement(base), toStatement('The Brenmoor harbour council met on Tuesday.')).measures);
    expect(closer).toBeGreaterThan(farther);
  });

  it.each([
    ['one negated, the other not', 'A meeting between the two ministers is planned for Monday in Brenmoor.', 'No meeting between the two ministers is planned for Monday in Brenmoor.'],
    ['who did what to whom reversed', 'Mayor Lin is willing to meet Governor Okafor next week.', 'Governor Okafor is willing to meet Mayor Lin next week.'],
    ['different figures of one unit about different things', 'Tariffs of 25% will apply to imported steel.', 'Tariffs of 10% will apply to imported aluminium.'],
  ])('never overrules: %s', (_name, a, b) => {
    expect(compare(a, b, always).same).toBe(false);
  });

  it('without the model, "same" is the score’s threshold alone', () => {
    const r = compare('The harbour council approved a ferry contract on Tuesday.', 'The council in the harbour town signed a deal for ferries on Tuesday.', null);
    expect(r.same).toBe(r.score >= SAME_STATEMENT_SCORE);
  });
});
