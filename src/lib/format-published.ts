import { ISO_DAY, MONTH_NAMES } from '../core/util/calendar';

/**
 * A publication date as readers expect it ("30 March 2014"), or null when the date is missing or
 * not a valid YYYY-MM-DD. Read in UTC so the day never shifts with the viewer's time zone. (Not
 * with Intl.DateTimeFormat: the first formatter a page makes costs ~10 ms, on the way to the
 * first comparison.)
 *
 * @example formatPublished('2014-03-30') // '30 March 2014'
 */
export function formatPublished(date: string | null | undefined): string | null {
  if (!date || !ISO_DAY.test(date)) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return null;
  return `${parsed.getUTCDate()} ${MONTH_NAMES[parsed.getUTCMonth()] ?? ''} ${parsed.getUTCFullYear()}`;
}
