import type { AlignedRow, FactRow } from './aligned-rows';
import { nextFactRow } from './aligned-rows';
import type { SentenceInfo } from './analysis-index';

/** Where a step through the facts (j/k) lands: a fact row, and its sentence that takes focus. */
export type FactStop = { row: number; info: SentenceInfo };

/**
 * The sentence of a fact row that j/k focuses: `column`'s (one the row places before one it
 * repeats), else the first sentence the row places, else the first it repeats. A row may place
 * none at all: an agreeing or conflicting Fact whose every sentence another row already places
 * still gets its row (see `claimRows`), and j/k must land on it too.
 *
 * @example factRowSentence(row, lead)?.id // "a:1"
 */
export function factRowSentence(row: FactRow, column: number): SentenceInfo | null {
  const placed = row.cells.flatMap((cell) => cell.placed.map((p) => p.info));
  const repeated = row.cells.flatMap((cell) => cell.repeats.map((r) => r.info));
  const all = [...placed, ...repeated];
  return all.find((info) => info.column === column) ?? all[0] ?? null;
}

/**
 * The next (delta 1) or previous (delta -1) fact row after row `from` that has a sentence to
 * focus, with that sentence (see `factRowSentence`); with no starting row, the first or the
 * last. Null when there is none in that direction. Steps count rows, not sentences: a sentence
 * that reports several facts is landed on once in each of its rows.
 *
 * @example factStop(rows, null, 1) // { row: 1, info: … } (the first fact row)
 */
export function factStop(
  rows: AlignedRow[],
  from: number | null,
  delta: 1 | -1,
  column: number,
): FactStop | null {
  for (let r = nextFactRow(rows, from, delta); r !== null; r = nextFactRow(rows, r, delta)) {
    const row = rows[r];
    const info = row?.kind === 'fact' ? factRowSentence(row, column) : null;
    if (info) return { row: r, info };
  }
  return null;
}
