import { describe, expect, it } from 'vitest';
import { parseNumber } from './facts.js';

describe('parseNumber', () => {
  const cases: [string, number | null][] = [
    ['45', 45],
    ['1,200', 1200],
    ['2.5 million', 2_500_000],
    ['$2.3 billion', 2_300_000_000],
    ['Forty', 40],
    ['forty-five', 45],
    ['6 percent', 6],
    ['a few', null],
  ];
  for (const [text, value] of cases) it(text, () => expect(parseNumber(text)).toBe(value));
});
