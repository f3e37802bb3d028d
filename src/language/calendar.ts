// Calendar arithmetic on plain dates (no time zones): ISO strings, day offsets, weekdays and ISO weeks.

import { dayNumberOf, dayParts } from '../model/days.js';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function dayFromIso(iso: string | undefined): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

export function isoDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** Days since 1970-01-01. */
export function ordinal(d: Day): number {
  return dayNumberOf(d.year, d.month, d.day);
}

export function fromOrdinal(n: number): Day {
  return dayParts(n);
}

export function addDays(d: Day, n: number): Day {
  return fromOrdinal(ordinal(d) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return (ordinal(d) + 4) % 7;
}

/** ISO 8601 week, `YYYY-Www`. */
export function isoWeek(d: Day): string {
  const n = ordinal(d);
  const thursday = n - ((weekday(d) + 6) % 7) + 3;
  const year = fromOrdinal(thursday).year;
  const week = Math.floor((thursday - ordinal({ year, month: 1, day: 1 })) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
