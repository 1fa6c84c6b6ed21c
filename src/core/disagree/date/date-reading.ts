import { weekdayOfToken } from '../../extract/dates/relative-dates';
import { readNumberWords } from '../../extract/quantities/number-words';
import { monthNumber, parseIsoDay, weekdayOf } from '../../util/calendar';
/**
 * What a date expression says, in parts: a year, a month, a day, a decade, or a distance back
 * from the day the article was written ("almost four weeks ago"), as a range of days.
 */
export type DateReading = {
  year: number | null;
  month: number | null;
  day: number | null;
  /** 1930 for "the 1930s". */
  decade: number | null;
  /** Day of the week, 0 (Sunday) to 6: written ("on Thursday"), or of the resolved date. */
  weekday: number | null;
  /** Days before publication, [least, most]: "more than two weeks ago" is [14, 21). */
  daysAgo: [number, number] | null;
};

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30.44,
  year: 365.25,
};

/**
 * Reads a date as written, with the ISO date the extraction resolved (when the article's date
 * was known): "In 1987" → year 1987; "in August" → month 8; "December 2" → month 12, day 2;
 * "almost four weeks ago" → 24.5 to 28 days back.
 *
 * @example readDate('more than two weeks ago', null).daysAgo // [14, 21]
 */
export function readDate(written: string, iso: string | null): DateReading {
  const text = written.toLowerCase();
  const reading: DateReading = {
    year: null,
    month: null,
    day: null,
    decade: null,
    weekday: null,
    daysAgo: null,
  };
  const decade = /\b(1[5-9]\d0|20\d0)['’]?s\b/.exec(text);
  if (decade) reading.decade = Number(decade[1]);
  const year = /\b(1[5-9]\d\d|20\d\d)\b(?!['’]?s\b)/.exec(text);
  if (year) reading.year = Number(year[1]);
  // The extraction has already judged the span a date: a month name in it is a month.
  const words = written.match(/\p{L}+/gu) ?? [];
  const month = words.map(monthNumber).find((m) => m !== null);
  if (month !== undefined) reading.month = month;
  if (reading.month !== null) {
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\b\d{4}\b/g, ''));
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) reading.day = Number(day[1]);
  }
  if (iso) {
    const [y, m, d] = iso.split('-').map(Number);
    reading.year ??= y ?? null;
    if (m) reading.month ??= m;
    if (d) reading.day ??= d;
  }
  reading.daysAgo = daysAgo(text);
  reading.weekday = weekdayIn(words, iso);
  return reading;
}

/** The day of the week a date names ("on Thursday") or falls on (a full ISO date). */
function weekdayIn(words: readonly string[], iso: string | null): number | null {
  const titled = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`;
  const named = words.map((w) => weekdayOfToken(titled(w))).find((d) => d !== null);
  if (named !== undefined) return named;
  const day = parseIsoDay(iso);
  return day === null ? null : weekdayOf(day);
}

/** "almost four weeks ago" → [24.5, 28]; "more than two weeks ago" → [14, 21]. */
function daysAgo(text: string): [number, number] | null {
  const m =
    /(?:(almost|nearly|about|around|roughly|more than|over|less than|under|just over|just under)\s+)?(\d+|[a-z]+)\s+(day|week|fortnight|month|year)s?\s+ago\b/.exec(
      text,
    );
  if (!m) return null;
  const word = m[2] ?? '';
  const n = /^\d+$/.test(word)
    ? Number(word)
    : word === 'a' || word === 'an'
      ? 1
      : readNumberWords([word], 0)?.value;
  const unit = UNIT_DAYS[m[3] ?? ''];
  if (!n || !unit) return null;
  const at = n * unit;
  switch (m[1]) {
    case 'almost':
    case 'nearly':
    case 'just under':
      return [at - unit / 2, at];
    case 'more than':
    case 'over':
    case 'just over':
      // "More than a week" is read as less than two: a reader would say "two weeks" otherwise.
      return [at, at + unit];
    case 'less than':
    case 'under':
      return [0, at];
    default:
      return [at - unit / 2, at + unit / 2];
  }
}

/**
 * Whether two readings of one event's date cannot both be right: different years, different
 * months (of one year, or where neither names a year), different days, a year outside a decade,
 * different days of the week, or distances back that do not meet.
 *
 * @example datesConflict(readDate('in 1987', null), readDate('in 1978', null)) // true
 */
export function datesConflict(a: DateReading, b: DateReading): boolean {
  if (a.daysAgo && b.daysAgo) return a.daysAgo[1] < b.daysAgo[0] || b.daysAgo[1] < a.daysAgo[0];
  if (a.daysAgo || b.daysAgo) return false;
  if (a.year !== null && b.year !== null && a.year !== b.year) return true;
  const decadeOf = (r: DateReading) => r.decade ?? null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const decade = decadeOf(x);
    if (decade !== null && y.year !== null && (y.year < decade || y.year > decade + 9)) return true;
  }
  if (a.year !== null && b.year !== null && a.year !== b.year) return true;
  const sameYearOrUnknown = a.year === null || b.year === null || a.year === b.year;
  if (!sameYearOrUnknown) return false;
  if (a.month !== null && b.month !== null && a.month !== b.month) {
    // A month without a year next to a year with another month: only certain inside one year.
    return a.year === b.year || a.year === null || b.year === null;
  }
  if (a.month !== null && a.month === b.month && a.day !== null && b.day !== null)
    return a.day !== b.day;
  // "On Thursday" against "on Wednesday": one event falls on one day of the week.
  return a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday;
}
