/**
 * Whether two canonical name keys can name the same person, team or place across articles,
 * where one article writes the full name and another a part: "rovers"/"harbor city rovers",
 * "ferrandi"/"luis ferrandi". Different given names ("nora vance"/"nora blake") do not.
 *
 * @example namesMatch('ferrandi', 'luis ferrandi') // true
 * @example namesMatch('nora vance', 'nora blake') // false
 */
export function namesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length) return false;
  if (!short.every((w) => long.includes(w))) return false;
  return short.length === 1 || short.at(-1) === long.at(-1);
}

/** Whether any name of one list can name the same thing as any of the other. */
export function shareName(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.some((y) => namesMatch(x, y))) n++;
  return n;
}
