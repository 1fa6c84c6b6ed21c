import {
  type WeekdayDirection,
  isoMonth,
  isoOfDay,
  mondayOf,
  resolveWeekday,
} from '../../util/calendar';
import type { DateMatch, DateScan } from './explicit-dates';
import { readNumberWords } from '../quantities/number-words';

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [
    d,
    i,
  ]),
);
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const TIMING_WORDS = new Set(['late', 'later', 'early', 'earlier']);
/** Words before a weekday in the same sentence that put it in the future. */
const FUTURE_CUES = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'planning',
  'plans',
  'scheduled',
  'due',
]);
const SHIFTS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['next', 1],
  ['coming', 1],
]);

/** 0 (Sunday) … 6 for a capitalized weekday name, else null. */
export function weekdayOfToken(text: string | undefined): number | null {
  if (!text || !/^[A-Z]/.test(text)) return null;
  return WEEKDAYS.get(text.toLowerCase()) ?? null;
}

/**
 * "on Saturday", "later on Sunday", "last Friday", "Monday morning": a weekday resolved against
 * the publication day (past by default; future after "will", "next"…).
 *
 * @example matchWeekday(scan('Lavrov on Saturday dismissed', '2014-03-30'), 2)?.date // '2014-03-29'
 */
export function matchWeekday(scan: DateScan, i: number): DateMatch | null {
  const { words, published } = scan;
  const weekday = weekdayOfToken(scan.tokens[i]?.text);
  if (weekday === null) return null;
  let first = i;
  let direction: WeekdayDirection = hasFutureCue(words, i) ? 'future' : 'past';
  const shift = SHIFTS.get(words[i - 1] ?? '');
  if (shift !== undefined) {
    first = i - 1;
    if (shift < 0) direction = 'before';
    if (shift > 0) direction = 'after';
  } else if (words[i - 1] === 'on') {
    first = TIMING_WORDS.has(words[i - 2] ?? '') ? i - 2 : i - 1;
  }
  const last = PARTS_OF_DAY.has(words[i + 1] ?? '') ? i + 1 : i;
  const date = published === null ? null : isoOfDay(resolveWeekday(published, weekday, direction));
  return { first, last, date, granularity: 'day', relative: true, take: false };
}

/** "yesterday", "today", "tomorrow", "tonight", "last night", "this morning". */
export function matchDayWord(scan: DateScan, i: number): DateMatch | null {
  const { words, published } = scan;
  const word = words[i] ?? '';
  let offset = DAY_WORDS.get(word);
  let first = i;
  if (offset === undefined && PARTS_OF_DAY.has(word)) {
    const before = words[i - 1];
    if (before === 'last' && word === 'night') offset = -1;
    else if (before === 'this') offset = 0;
    first = i - 1;
  }
  if (offset === undefined) return null;
  const date = published === null ? null : isoOfDay(published + offset);
  return { first, last: i, date, granularity: 'day', relative: true, take: false };
}

/** "last week", "earlier this week", "earlier in the week", "next month", "this year". */
export function matchPeriod(scan: DateScan, i: number): DateMatch | null {
  const { words, published } = scan;
  const period = words[i];
  if (period !== 'week' && period !== 'month' && period !== 'year') return null;
  let shift = SHIFTS.get(words[i - 1] ?? '');
  let first = i - 1;
  if (shift === undefined && words[i - 1] === 'the' && words[i - 2] === 'in') {
    if (!TIMING_WORDS.has(words[i - 3] ?? '')) return null;
    shift = 0;
    first = i - 3;
  }
  if (shift === undefined) return null;
  if (TIMING_WORDS.has(words[first - 1] ?? '')) first--;
  const date = published === null ? null : periodDate(published, period, shift);
  return { first, last: i, date, granularity: period, relative: true, take: false };
}

const AGO_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['decade', 'year'],
]);

/** "three days ago", "two decades ago", "a year ago": counted back from publication. */
export function matchAgo(scan: DateScan, i: number): DateMatch | null {
  const { tokens, words, published } = scan;
  if (words[i] !== 'ago') return null;
  const unitLemma = tokens[i - 1]?.lemma ?? '';
  const granularity = AGO_UNITS.get(unitLemma);
  if (!granularity) return null;
  const countWord = words[i - 2] ?? '';
  const count =
    countWord === 'a' || countWord === 'an'
      ? 1
      : /^\d+$/.test(countWord)
        ? Number(countWord)
        : (readNumberWords([countWord], 0)?.value ?? null);
  if (count === null) return null;
  const units = unitLemma === 'decade' ? count * 10 : count;
  let date: string | null = null;
  if (published !== null) {
    if (granularity === 'day') date = isoOfDay(published - units);
    else if (granularity === 'week') date = isoOfDay(mondayOf(published - 7 * units));
    else date = periodDate(published, granularity, -units);
  }
  return { first: i - 2, last: i, date, granularity, relative: true, take: false };
}

function periodDate(published: number, period: 'week' | 'month' | 'year', shift: number): string {
  if (period === 'week') return isoOfDay(mondayOf(published + 7 * shift));
  const iso = isoOfDay(published);
  const year = Number(iso.slice(0, 4));
  if (period === 'year') return String(year + shift);
  return isoMonth(year, Number(iso.slice(5, 7)), shift);
}

function hasFutureCue(words: readonly string[], before: number): boolean {
  for (let k = 0; k < before; k++) if (FUTURE_CUES.has(words[k] ?? '')) return true;
  return false;
}
