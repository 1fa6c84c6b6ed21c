import type { Token } from '../../types';
import { ISO_DAY, isoMonth, isoOfDay, makeDay, monthNumber } from '../../util/calendar';
import type { DateGranularity } from '../types';
import { isMeasureNoun } from '../quantities/units';

/** A date found at some tokens of a sentence. */
export type DateMatch = {
  first: number;
  last: number;
  date: string | null;
  granularity: DateGranularity;
  relative: boolean;
  /** Whether its number tokens are a date's, so no quantity may read them. */
  take: boolean;
};

/** What the date grammars see of a sentence. */
export type DateScan = {
  tokens: readonly Token[];
  words: readonly string[];
  /** Publication day (days since the epoch), or null. */
  published: number | null;
};

/** Words that make a lone month name a date: "in February", "since March", "last May". */
const MONTH_CONTEXT = new Set(
  'in since until till by during from through of early late mid last next this between before after'.split(
    ' ',
  ),
);
const HALF_YEAR_DAYS = 183;

/** 1–12 for a capitalized month name or abbreviation ("Dec."), else null. */
export function monthOf(token: Pick<Token, 'text' | 'lower'> | undefined): number | null {
  if (!token || !/^[A-Z]/.test(token.text)) return null;
  return monthNumber(token.lower.replace(/\.$/, ''));
}

function dayOf(token: Token | undefined): number | null {
  if (!token) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.lower);
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? day : null;
}

/** A four-digit year between 1800 and 2100 written as a number token, else null. */
export function yearOf(token: Token | undefined): number | null {
  if (!token || token.kind !== 'number' || !/^\d{4}$/.test(token.text)) return null;
  const year = Number(token.text);
  return year >= 1800 && year <= 2100 ? year : null;
}

/**
 * "March 16", "Dec. 15th, 2008", "February 2014", "in February": a date led by a month name.
 *
 * @example matchMonthFirst(scan('on March 16, 2014'), 1)?.date // '2014-03-16'
 */
export function matchMonthFirst(scan: DateScan, i: number): DateMatch | null {
  const { tokens, words } = scan;
  const month = monthOf(tokens[i]);
  if (month === null) return null;
  const day = dayOf(tokens[i + 1]);
  if (day !== null) {
    const yearAt = words[i + 2] === ',' && yearOf(tokens[i + 3]) !== null ? i + 3 : i + 2;
    const year = yearOf(tokens[yearAt]);
    return dayMatch(scan, i, year === null ? i + 1 : yearAt, year, month, day);
  }
  const year = yearOf(tokens[i + 1]);
  if (year !== null) return monthMatch(i, i + 1, isoMonth(year, month), false);
  if (!MONTH_CONTEXT.has(words[i - 1] ?? '') && !(words[i - 1] === '-' && words[i - 2] === 'mid')) {
    return null;
  }
  return monthMatch(i, i, inferMonth(scan.published, month), true);
}

/** "9 October 2007", "16th of March": a date led by the day. */
export function matchDayFirst(scan: DateScan, i: number): DateMatch | null {
  const { tokens, words } = scan;
  const day = dayOf(tokens[i]);
  if (day === null) return null;
  const monthAt = words[i + 1] === 'of' ? i + 2 : i + 1;
  const month = monthOf(tokens[monthAt]);
  if (month === null) return null;
  const year = yearOf(tokens[monthAt + 1]);
  return dayMatch(scan, i, year === null ? monthAt : monthAt + 1, year, month, day);
}

/** "2014-03-30", "30.03.2014", "12/16/08" (month first unless the first part exceeds 12). */
export function matchNumericDate(scan: DateScan, i: number): DateMatch | null {
  const token = scan.tokens[i];
  if (!token || token.kind !== 'number') return null;
  const iso = ISO_DAY.exec(token.text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.text);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(token.text);
  let day: number | null = null;
  if (iso) day = makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dotted) day = makeDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const year = fullYear(slashed[3] ?? '');
    day = a > 12 ? makeDay(year, b, a) : makeDay(year, a, b);
  }
  if (day === null) return null;
  return {
    first: i,
    last: i,
    date: isoOfDay(day),
    granularity: 'day',
    relative: false,
    take: true,
  };
}

/**
 * A year used as a date ("in 2001", "1999's", "the 2008 season"), not a count: a four-digit
 * figure is a count when a plural noun or a unit follows ("2000 troops", "2000 km").
 */
export function matchYear(scan: DateScan, i: number): DateMatch | null {
  const { tokens } = scan;
  const year = yearOf(tokens[i]);
  if (year === null || tokens[i - 1]?.kind === 'currency') return null;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADJ') k++;
  const next = tokens[k];
  if (next?.pos === 'NOUN' && (next.lemma !== next.lower || isMeasureNoun(next.lemma))) return null;
  if (next?.text === '%' || next?.lower === 'percent') return null;
  return {
    first: i,
    last: i,
    date: String(year),
    granularity: 'year',
    relative: false,
    take: true,
  };
}

function dayMatch(
  scan: DateScan,
  first: number,
  last: number,
  year: number | null,
  month: number,
  day: number,
): DateMatch | null {
  const resolvedYear = year ?? inferYear(scan.published, month, day);
  const value = resolvedYear === null ? null : makeDay(resolvedYear, month, day);
  if (resolvedYear !== null && value === null) return null;
  return {
    first,
    last,
    date: value === null ? null : isoOfDay(value),
    granularity: 'day',
    relative: year === null,
    take: true,
  };
}

function monthMatch(
  first: number,
  last: number,
  date: string | null,
  relative: boolean,
): DateMatch {
  return { first, last, date, granularity: 'month', relative, take: true };
}

/** The year that puts month/day within half a year of the publication day. */
function inferYear(published: number | null, month: number, day: number): number | null {
  if (published === null) return null;
  const year = Number(isoOfDay(published).slice(0, 4));
  const candidate = makeDay(year, month, day) ?? makeDay(year, month, 28) ?? published;
  if (candidate - published > HALF_YEAR_DAYS) return year - 1;
  if (published - candidate > HALF_YEAR_DAYS) return year + 1;
  return year;
}

/** The month's most recent occurrence up to the publication month ("in February"). */
function inferMonth(published: number | null, month: number): string | null {
  if (published === null) return null;
  const iso = isoOfDay(published);
  const year = Number(iso.slice(0, 4));
  return isoMonth(month > Number(iso.slice(5, 7)) ? year - 1 : year, month);
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}
