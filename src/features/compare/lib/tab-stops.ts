import type { AlignedRow } from './aligned-rows';
import type { AnalysisIndex } from './analysis-index';
import { counterpartsOf } from './analysis-index';

/** The sentences a row shows in one column, in order (none for a column it leaves empty). */
function shownIn(row: AlignedRow, column: number): string[] {
  if (row.kind === 'gap') return (row.cells[column] ?? []).map((item) => item.info.id);
  return (row.cells[column]?.placed ?? []).map((p) => p.info.id);
}

/**
 * The one sentence of each column that Tab reaches in the aligned grid (arrow keys move from
 * it): the sentence in focus in its own column; in the others, the sentence level with its row
 * (the nearest row above that shows one, else below), so that Tab moves across, not to the top.
 *
 * @example alignedTabStops(rows, [0, 1], 'b:4', 6) // Set { 'a:5', 'b:4' }
 */
export function alignedTabStops(
  rows: readonly AlignedRow[],
  columns: readonly number[],
  focus: string | null,
  focusRow: number | null,
): Set<string> {
  const out = new Set<string>();
  const from = Math.min(Math.max(0, focusRow ?? 0), Math.max(0, rows.length - 1));
  for (const column of columns) {
    const at = (r: number) => {
      const row = rows[r];
      return row ? shownIn(row, column) : [];
    };
    if (focus !== null && focusRow !== null && at(focusRow).includes(focus)) {
      out.add(focus);
      continue;
    }
    let found: string | undefined;
    for (let r = from; r >= 0 && !found; r--) found = at(r)[0];
    for (let r = from + 1; r < rows.length && !found; r++) found = at(r)[0];
    if (found) out.add(found);
  }
  return out;
}

/**
 * The one sentence of each column that Tab reaches in the reading view: the sentence in focus,
 * its counterpart in the other columns, else each column's first sentence.
 *
 * @example readingTabStops(index, [0, 1], null) // each column's first sentence
 */
export function readingTabStops(
  index: AnalysisIndex,
  columns: readonly number[],
  focus: string | null,
): Set<string> {
  const out = new Set<string>();
  const counterparts = focus ? [focus, ...counterpartsOf(index, focus)] : [];
  for (const column of columns) {
    const body = index.body[column] ?? [];
    const shown = new Set(body.map((info) => info.id));
    const match = counterparts
      .filter((id) => shown.has(id))
      .sort(
        (a, b) => (index.sentences.get(a)?.index ?? 0) - (index.sentences.get(b)?.index ?? 0),
      )[0];
    const stop = match ?? body[0]?.id;
    if (stop) out.add(stop);
  }
  return out;
}
