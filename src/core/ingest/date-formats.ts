/** Calendar dates in the formats news pages print them, normalized to YYYY-MM-DD. */
import { isoOfDay, makeDay, monthNumber as namedMonthNumber } from '../util/calendar';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** One way of writing a date (a global pattern, reset before each use), and which groups hold its year, month and day. */
type DateFormat = { pattern: RegExp; year: number; month: number; day: number };

const FORMATS: DateFormat[] = [
  // 2014-03-30, 2014-03-30T10:00Z, 2014/03/30
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, year: 1, month: 2, day: 3 },
  // March 30, 2014 · Mar. 30 2014 · Sunday, March 30th, 2014
  {
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    year: 3,
    month: 1,
    day: 2,
  },
  // 30 March 2014 · 30th of March, 2014
  {
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}\\b`, 'gi'),
    year: 3,
    month: 2,
    day: 1,
  },
  // 30.03.2014 (day first, as in Europe)
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, year: 3, month: 2, day: 1 },
  // 03/30/2014 (month first, as in the US; read day first when the month would be over 12)
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, year: 3, month: 1, day: 2 },
];

function monthNumber(month: string | number): number {
  if (typeof month === 'number') return month;
  if (/^\d+$/.test(month)) return Number(month);
  // The patterns above admit only month names; their first three letters name the month.
  return namedMonthNumber(month.slice(0, 3)) ?? 0;
}

/**
 * A valid calendar date as YYYY-MM-DD, or null.
 *
 * @example isoDate('2014', 'March', '30') // '2014-03-30'
 * @example isoDate('2014', '2', '30') // null
 */
export function isoDate(year: string, month: string | number, day: string): string | null {
  const y = Number(year);
  const m = monthNumber(month);
  const d = Number(day);
  if (![y, m, d].every(Number.isInteger)) return null;
  if (y < 1900 || y > 2100) return null;
  const dayNumber = makeDay(y, m, d);
  return dayNumber === null ? null : isoOfDay(dayNumber);
}

/** A date found in a text: its normalized value and where it is written. */
export type FoundDate = { date: string; index: number; length: number };

/**
 * The earliest date written in `text` in any common format.
 *
 * @example findDate('Published June 14, 2012 It seems…') // { date: '2012-06-14', index: 10, length: 13 }
 * @example findDate('| News | DW | 30.03.2014')?.date // '2014-03-30'
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const format of FORMATS) {
    const global = format.pattern;
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (best && m.index >= best.index) break;
      const group = (i: number): string => m?.[i] ?? '';
      const date =
        isoDate(group(format.year), group(format.month), group(format.day)) ??
        isoDate(group(format.year), group(format.day), group(format.month));
      if (date) {
        best = { date, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}

/**
 * The date in a URL's path: /2013/05/02/, /2009/dec/07/, /2009-04-28-091.asp.
 *
 * @example dateFromUrl('http://www.example-news.com/culture/2012/06/14/story/') // '2012-06-14'
 */
export function dateFromUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const numeric = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (numeric) return isoDate(numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? '');
  const named = new RegExp(`/((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=/|$)`, 'i').exec(path);
  return named ? isoDate(named[1] ?? '', named[2] ?? '', named[3] ?? '') : null;
}
