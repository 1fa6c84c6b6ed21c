/**
 * A plain-text table: cells padded to the column widths, text left and numbers right
 * (`numeric[c]`), with a rule under the header.
 *
 * @example table(['a', 'n'], [['x', '1']], [false, true]) // 'a  n\n-  -\nx  1'
 */
export function table(header: string[], body: string[][], numeric: boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Milliseconds for a table: one decimal under 10, whole above. */
export const ms = (value: number): string =>
  Math.abs(value) < 10 ? value.toFixed(1) : value.toFixed(0);
