/**
 * Calendar arithmetic for the timestamps extractor: proleptic Gregorian dates as plain
 * `{ year, month, day }` (month 1-12), computed in UTC so no local zone leaks in, and
 * ISO-8601 prefixes at a chosen precision. Pure functions.
 */

/** A calendar date (month 1-12, day 1-31). */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** A date with an optional clock time, as parsed from an ISO-8601 string. */
export interface DateTimeParts extends Ymd {
  hour?: number;
  minute?: number;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

const toUtc = (d: Ymd): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (t: Date): Ymd => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });

/** `2025-05-28`. */
export const isoDay = (d: Ymd): string => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
/** `2025-05`. */
export const isoMonth = (year: number, month: number): string => `${year}-${pad2(month)}`;

/** Days since 1970-01-01 (for ordering and distances). */
export const dayNumber = (d: Ymd): number => Math.round(toUtc(d).getTime() / 86_400_000);

/** The date `n` days after `d` (n may be negative). */
export function addDays(d: Ymd, n: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** The month `n` months after (year, month), as `{ year, month }`. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day `n` months later, clamped to the month's last day (31 March − 1 month → 28/29 February). */
export function addMonthsToDay(d: Ymd, n: number): Ymd {
  const { year, month } = addMonths(d.year, d.month, n);
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: Ymd): number => toUtc(d).getUTCDay();

/** Whether a day exists (rejects 31 April, 29 February 2025). */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The Monday of the ISO week holding `d`. */
export const mondayOf = (d: Ymd): Ymd => addDays(d, -((weekdayOf(d) + 6) % 7));

/**
 * The date and time at the start of an ISO-8601 string (`2025-05-28`, `2025-05-28T10:00:00Z`,
 * `2025-05-28 10:00`), or null. A time is kept as written (its zone is not applied: the
 * published day as the publisher wrote it is the anchor).
 */
export function parseIsoPrefix(text: string | null | undefined): DateTimeParts | null {
  if (!text) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (m) {
    const parts: DateTimeParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (!isValidDay(parts.year, parts.month, parts.day)) return null;
    if (m[4] !== undefined) {
      parts.hour = Number(m[4]);
      parts.minute = Number(m[5]);
    }
    return parts;
  }
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : fromUtc(new Date(t));
}
