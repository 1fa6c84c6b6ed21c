import type { AlignedRow } from './aligned-rows';
import { columnsFitting } from './row-estimates';

/** From this many sources on, the reader picks the columns shown side by side. */
export const PICKER_MIN_SOURCES = 4;

/**
 * How many columns fit side by side in a window `viewportPx` wide beside the side panel and
 * the fact gutter, at their least width: at least two, at most `sources`.
 *
 * @example columnsThatFit(1440, 12) // 3
 */
export function columnsThatFit(viewportPx: number, sources: number): number {
  return Math.min(sources, Math.max(2, columnsFitting(viewportPx)));
}

/**
 * The columns shown at first: all of them below four sources, else the first ones that fit.
 *
 * @example defaultColumns(12, 3) // [0, 1, 2]
 */
export function defaultColumns(sources: number, fit: number): number[] {
  const count = sources < PICKER_MIN_SOURCES ? sources : Math.max(1, Math.min(sources, fit));
  return Array.from({ length: count }, (_, c) => c);
}

/**
 * The aligned rows as they are drawn with only `columns` shown: the other columns' cells
 * emptied, and the rows left with nothing to show dropped. Fact rows keep their numbers, so
 * that "fact 12" is fact 12 whichever sources are shown.
 *
 * @example projectRows(rows, [0, 2]).every((row) => row.cells.length === rows[0]?.cells.length) // true
 */
export function projectRows(rows: readonly AlignedRow[], columns: readonly number[]): AlignedRow[] {
  const shown = new Set(columns);
  const out: AlignedRow[] = [];
  for (const row of rows) {
    if (row.kind === 'gap') {
      const cells = row.cells.map((items, c) => (shown.has(c) ? items : []));
      if (cells.some((items) => items.length > 0)) out.push({ ...row, cells });
      continue;
    }
    const cells = row.cells.map((cell, c) => (shown.has(c) ? cell : { placed: [], repeats: [] }));
    if (cells.some((cell) => cell.placed.length + cell.repeats.length > 0))
      out.push({ ...row, cells });
  }
  return out;
}
