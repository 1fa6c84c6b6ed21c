import type { AlignedRow, FactRow } from './aligned-rows';
import { nextFactRow } from './aligned-rows';
import type { SentenceInfo } from './analysis-index';

/** Where a step through the facts (j/k) lands: a fact row, and its sentence that takes focus. */
export type FactStop = { row: number; info: SentenceInfo };

/**
 * The sentence of a fact row that j/k focuses: `column`'s, else the row's first. Every fact row
 * places at least one sentence (see `claimRows`); the ones it only refers to are shown in other
 * rows and are not stops of this one.
 *
 * @example factRowSentence(row, lead)?.id // "a:1"
 */
export function factRowSentence(row: FactRow, column: number): SentenceInfo | null {
  const placed = row.cells.flatMap((cell) => cell.placed.map((p) => p.info));
  return placed.find((info) => info.column === column) ?? placed[0] ?? null;
}

/**
 * The next (delta 1) or previous (delta -1) fact row after row `from` that has a sentence to
 * focus, with that sentence (see `factRowSentence`); with no starting row, the first or the
 * last. Null when there is none in that direction.
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
