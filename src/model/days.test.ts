import { describe, expect, it } from 'vitest';
import { dayNumber, dayParts, isIsoDay } from './days.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01T23:59:00Z')! - dayNumber('2024-02-28')!).toBe(2);
    expect(dayParts(dayNumber('2000-02-29')!)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(dayNumber(undefined)).toBeUndefined();
    expect(dayNumber('June 2024')).toBeUndefined();
  });

  it('accepts only real calendar days written YYYY-MM-DD', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-13-01')).toBe(false);
    expect(isIsoDay('2024-6-1')).toBe(false);
    expect(isIsoDay('2024-06-01T00:00')).toBe(false);
  });
});
