// Day numbers: whole days since 1970-01-01 (UTC), the one arithmetic every stage uses for dates without a time.

export const DAY_MS = 86_400_000;

/** The day number of a date given as YYYY-MM-DD (anything after the day, such as a time, is ignored). */
export function dayNumber(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayNumberOf(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The year, month (1–12) and day of a day number. */
export function dayParts(n: number): { year: number; month: number; day: number } {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Today's day number. */
export function today(now = Date.now()): number {
  return Math.floor(now / DAY_MS);
}

/** True for a real calendar day written YYYY-MM-DD ("2024-02-30" is not one). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const p = dayParts(dayNumberOf(+m[1]!, +m[2]!, +m[3]!));
  return p.year === +m[1]! && p.month === +m[2]! && p.day === +m[3]!;
}
