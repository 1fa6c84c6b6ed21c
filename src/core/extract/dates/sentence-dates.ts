import type { Token } from '../../types';
import { parseIsoDay } from '../../util/calendar';
import {
  type DateMatch,
  type DateScan,
  matchDayFirst,
  matchMonthFirst,
  matchNumericDate,
  matchYear,
} from './explicit-dates';
import {
  matchAgo,
  matchDayWord,
  matchPeriod,
  matchWeekday,
  weekdayOfToken,
} from './relative-dates';
import type { DateExpression } from '../types';

type Matcher = (scan: DateScan, i: number) => DateMatch | null;

/** Tried in order at each token; the first that matches wins. */
const MATCHERS: readonly Matcher[] = [
  matchWeekdayLed,
  matchNumericDate,
  matchMonthFirst,
  matchDayFirst,
  matchWeekday,
  matchDayWord,
  matchPeriod,
  matchAgo,
  matchYear,
];

/** Dates of one sentence, and the token indexes they own (no quantity may read those). */
export type SentenceDates = {
  dates: Omit<DateExpression, 'sentence'>[];
  taken: Set<number>;
};

/**
 * Finds the dates in one sentence: explicit ones ("March 16", "30.03.2014", "in February",
 * "in 2001") and relative ones resolved against `published` ("on Saturday", "yesterday",
 * "last week"); relative ones get a null date when there is no publication date.
 *
 * @example findDates(tokens('Lavrov on Saturday dismissed it.'), '2014-03-30').dates[0]?.date
 *   // '2014-03-29'
 */
export function findDates(tokens: readonly Token[], published: string | null): SentenceDates {
  const scan: DateScan = {
    tokens,
    words: tokens.map((t) => t.lower),
    published: parseIsoDay(published),
  };
  const dates: SentenceDates['dates'] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartDate(tokens[i])) continue;
    const match = firstMatch(scan, i);
    if (!match) continue;
    const start = tokens[match.first]?.start ?? 0;
    const end = tokens[match.last]?.end ?? start;
    dates.push({
      start,
      end,
      date: match.date,
      granularity: match.granularity,
      relative: match.relative,
    });
    if (match.take) for (let k = match.first; k <= match.last; k++) taken.add(k);
    i = Math.max(i, match.last);
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, taken };
}

function firstMatch(scan: DateScan, i: number): DateMatch | null {
  for (const matcher of MATCHERS) {
    const match = matcher(scan, i);
    if (match) return match;
  }
  return null;
}

/** "Friday, 9 March 2007": a weekday that only names the day of an explicit date. */
function matchWeekdayLed(scan: DateScan, i: number): DateMatch | null {
  if (weekdayOfToken(scan.tokens[i]?.text) === null) return null;
  const at = scan.words[i + 1] === ',' ? i + 2 : i + 1;
  const date = matchNumericDate(scan, at) ?? matchMonthFirst(scan, at) ?? matchDayFirst(scan, at);
  if (!date || date.granularity !== 'day') return null;
  return { ...date, first: scan.words[i - 1] === 'on' ? i - 1 : i };
}

/** Words that can lie inside a relative date; every other match starts at a capital or a figure. */
const DATE_WORDS = new Set(
  'yesterday today tonight tomorrow night morning afternoon evening week month year ago'.split(' '),
);

/** A cheap test that lets most tokens skip the date grammars. */
function mayStartDate(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    token.kind === 'number' ||
    token.kind === 'ordinal' ||
    /^[A-Z]/.test(token.text) ||
    DATE_WORDS.has(token.lower)
  );
}
