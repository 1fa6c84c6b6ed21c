/**
 * The calendar the core and the app share: English month names, which days exist, and day
 * arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day.
 */

const DAY_MS = 86_400_000;

/** A day written YYYY-MM-DD, with its year, month and day as groups 1–3. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The months' English names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month numbers by lower-case name and abbreviation: "march" and "mar" → 3, "sept" → 9. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, index) => {
    const lower = name.toLowerCase();
    const names = [lower, lower.slice(0, 3), ...(lower === 'september' ? ['sept'] : [])];
    return [...new Set(names)].map((key) => [key, index + 1] as [string, number]);
  }),
);

/**
 * 1–12 for an English month name or its abbreviation, in any case; null for anything else.
 *
 * @example monthNumber('March') // 3
 * @example monthNumber('sept') // 9
 * @example monthNumber('Marc') // null
 */
export function monthNumber(name: string): number | null {
  return MONTH_NUMBERS.get(name.toLowerCase()) ?? null;
}

/** Days since the epoch for a valid YYYY-MM-DD, or null. */
export function parseIsoDay(iso: string | null): number | null {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return makeDay(year, month, day);
}

/**
 * Days since the epoch for a calendar date, or null when the date does not exist: the one test
 * of whether a day is in the calendar.
 *
 * @example makeDay(2024, 2, 29) // 19782
 * @example makeDay(2023, 2, 29) // null
 */
export function makeDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The Monday that begins the (ISO) week holding `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/**
 * Where a weekday lies from the reference day: 'past' = on or before (news speaks of the past,
 * so the same weekday is the reference day itself), 'future' = on or after, 'before' = strictly
 * before ("last Friday"), 'after' = strictly after ("next Friday").
 */
export type WeekdayDirection = 'past' | 'future' | 'before' | 'after';

/**
 * The date of `weekday` (0 = Sunday) nearest to `reference` in the given direction.
 *
 * @example isoOfDay(resolveWeekday(parseIsoDay('2014-03-30')!, 6, 'past')) // '2014-03-29'
 */
export function resolveWeekday(
  reference: number,
  weekday: number,
  direction: WeekdayDirection,
): number {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(reference) + 7) % 7;
  switch (direction) {
    case 'past':
      return reference - back;
    case 'before':
      return reference - (back === 0 ? 7 : back);
    case 'future':
      return reference + forward;
    case 'after':
      return reference + (forward === 0 ? 7 : forward);
  }
}

/** YYYY-MM of a year and a month, shifted by `delta` months. */
export function isoMonth(year: number, month: number, delta = 0): string {
  const index = year * 12 + (month - 1) + delta;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
