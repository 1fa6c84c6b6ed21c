import type { Article } from '../../../core/contract';
import { ISO_DAY, MONTH_NAMES } from '../../../core/util/calendar';

/**
 * A short, unique name for each article's column: the outlet when known, else the file name
 * without its extension; a name shared by several articles gets a number ("DW (2)").
 *
 * @example sourceLabels([{ outlet: 'DW' }, { outlet: null, file: 'ap-story.txt' }]) // ['DW', 'ap-story']
 */
export function sourceLabels(articles: Pick<Article, 'outlet' | 'file'>[]): string[] {
  const base = articles.map((a) => a.outlet?.trim() || a.file.replace(/\.[^.]+$/, '') || 'Source');
  const total = new Map<string, number>();
  for (const name of base) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((name) => {
    if ((total.get(name) ?? 0) < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${n})`;
  });
}

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
