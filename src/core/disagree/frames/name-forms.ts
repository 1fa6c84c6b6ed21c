import { sameGivenName } from '../../lexicon/given-names';

/**
 * Edit distance with transpositions (optimal string alignment): the letters to insert, delete,
 * substitute or swap to turn one word into the other.
 *
 * @example editDistance('kurbanguly', 'gurbanguly') // 1
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * Whether two spellings of a name part can be one name: a typo or a transliteration
 * ("Khalilov"/"Halilov", "Jon"/"John": one edit; two edits in names of seven letters or
 * more, "Abdurakhmanov"/"Abdurahmanow"), an initial ("J."/"John"), or a short form that
 * starts the long one ("Chris"/"Christopher").
 *
 * @example spellingVariants('jon', 'john') // true
 * @example spellingVariants('vance', 'blake') // false
 */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.startsWith(short);
  if (short.length >= 3 && long.startsWith(short)) return true;
  const allowed = short.length >= 7 ? 2 : 1;
  return long.length - short.length <= allowed && editDistance(a, b) <= allowed;
}

/**
 * Whether two given names can be one person's: a spelling variant or a usual short form
 * ("William"/"Bill", "Robert"/"Bob").
 *
 * @example givenNamesAgree('william', 'bill') // true
 * @example givenNamesAgree('glen', 'greg') // false
 */
export function givenNamesAgree(a: string, b: string): boolean {
  return spellingVariants(a, b) || sameGivenName(a, b);
}
