import type { AlignedRow, FactCell, GapItem } from './aligned-rows';
import type { SentenceInfo } from './analysis-index';

/**
 * Rough heights of the aligned view's cells, in CSS pixels, from their text alone (before any
 * layout): how many rows fill the first screen, and the placeholder height of a cell that the
 * browser has not laid out yet (`contain-intrinsic-size`). They need not be exact: a cell's
 * real height replaces the estimate once the cell is drawn.
 */
export type CellMetrics = {
  /** Characters of running text per line in a column. */
  charsPerLine: number;
  /** Below the `md` breakpoint each cell also shows its fact label. */
  wide: boolean;
};

/** A sentence's line: 0.975rem serif at leading-relaxed. */
const LINE = 25.4;
/** A cell's vertical padding and top rule (outside its content box). */
export const CELL_CHROME = 25;
/** A small sans-serif label line (fact label, "Only in …") with its bottom margin. */
const LABEL = 21;
/** "Not reported by …". */
const NOT_REPORTED = 20;
/** Space between the items of a cell between fact rows. */
const ITEM_GAP = 6;
/** The least height of a fact row: its number, symbol and name in the fact gutter. */
const FACT_GUTTER = 66;
/**
 * What a sentence shows besides its words, in characters of its text: its link controls (about
 * six), and the tag of a sentence shown out of place (about sixteen).
 */
const CONTROLS_CHARS = 6;
const TAG_CHARS = 16;
/** An average character of the serif text, in px at 0.975rem. */
const CHAR_PX = 6.8;
/** A column's horizontal padding and rules, px. */
const COLUMN_CHROME = 36;

/** The side panel's width and the fact gutter's, px, at the `md` breakpoint and above. */
const PANEL = 320;
const GUTTER = 72;
/** A column's least width, px (19rem). */
const MIN_COLUMN = 304;

/**
 * About how wide each of `columns` columns is in a window `viewportPx` wide: at least 19rem
 * beside the side panel and the fact gutter, or the whole width where one column shows at a time.
 *
 * @example columnWidth(1440, 12, true) // 304
 */
export function columnWidth(viewportPx: number, columns: number, wide: boolean): number {
  if (!wide) return viewportPx;
  return Math.max(MIN_COLUMN, (viewportPx - PANEL - GUTTER) / Math.max(1, columns));
}

/**
 * How many columns of their least width fit beside the side panel and the fact gutter in a
 * window `viewportPx` wide.
 *
 * @example columnsFitting(1440) // 3
 */
export function columnsFitting(viewportPx: number): number {
  return Math.floor((viewportPx - PANEL - GUTTER) / MIN_COLUMN);
}

/**
 * The metrics of columns `columnPx` wide.
 *
 * @example metricsFor(304, true).charsPerLine // 39
 */
export function metricsFor(columnPx: number, wide: boolean): CellMetrics {
  return { charsPerLine: Math.max(12, Math.floor((columnPx - COLUMN_CHROME) / CHAR_PX)), wide };
}

/** The height of one sentence of `extra` characters besides its text. */
function sentenceHeight(info: SentenceInfo, extra: number, m: CellMetrics): number {
  const chars = info.text.length + CONTROLS_CHARS + extra;
  return Math.ceil(chars / m.charsPerLine) * LINE + 4;
}

/** The estimated height of one column's cell in a fact row. */
export function factCellHeight(cell: FactCell, m: CellMetrics): number {
  const label = m.wide ? 0 : LABEL;
  const sentences = [
    ...cell.placed.map((p) => sentenceHeight(p.info, p.outOfOrder ? TAG_CHARS : 0, m)),
    ...cell.repeats.map((r) => sentenceHeight(r.info, TAG_CHARS + 10, m)),
  ];
  const body = sentences.length === 0 ? NOT_REPORTED : sentences.reduce((a, b) => a + b, 0);
  return Math.round(CELL_CHROME + label + body);
}

/** The estimated height of one column's cell between fact rows (0 when it is empty). */
export function gapCellHeight(items: GapItem[], m: CellMetrics): number {
  if (items.length === 0) return 0;
  let height = CELL_CHROME + ITEM_GAP * (items.length - 1);
  items.forEach((item, k) => {
    const startsRun = item.linkedTo === null && (k === 0 || items[k - 1]?.linkedTo !== null);
    height += (startsRun ? LABEL : 0) + sentenceHeight(item.info, item.linkedTo ? TAG_CHARS : 0, m);
  });
  return Math.round(height);
}

/** A line of the reading view: 0.99rem serif at leading-relaxed. */
const READING_LINE = 25.7;
/** What a sentence of the reading view shows besides its words: a fact number, link controls. */
const READING_EXTRA_CHARS = 9;

/**
 * The estimated height of a paragraph of the reading view, whose sentences run on in one block.
 *
 * @example paragraphHeight([info], metricsFor(304, true)) // 77 for a 90-character sentence
 */
export function paragraphHeight(sentences: readonly SentenceInfo[], m: CellMetrics): number {
  const chars = sentences.reduce((n, info) => n + info.text.length + READING_EXTRA_CHARS + 1, 0);
  return Math.round(Math.ceil(chars / m.charsPerLine) * READING_LINE);
}

/** The estimated height of a row: its tallest cell. */
export function rowHeight(row: AlignedRow, m: CellMetrics): number {
  if (row.kind === 'gap') return Math.max(0, ...row.cells.map((items) => gapCellHeight(items, m)));
  return Math.max(FACT_GUTTER, ...row.cells.map((cell) => factCellHeight(cell, m)));
}

/** How much rendering a row takes: a cell per column, and its sentences (which cost more). */
export function rowWeight(row: AlignedRow): number {
  if (row.kind === 'gap') {
    const items = row.cells.reduce((n, items) => n + items.length, 0);
    return row.cells.filter((items) => items.length > 0).length + 2 * items;
  }
  const sentences = row.cells.reduce((n, c) => n + c.placed.length + c.repeats.length, 0);
  return row.cells.length + 2 * sentences;
}

/**
 * How many rows from `from` on to draw in one go: enough to fill `fillPx` of height by the
 * estimates, and at least `minWeight` of rendering work (so a small story is drawn whole at once).
 *
 * @example rowsToDraw(rows, 0, 1200, 400, metrics) // e.g. 23 rows of a 12-source story
 */
export function rowsToDraw(
  rows: readonly AlignedRow[],
  from: number,
  fillPx: number,
  minWeight: number,
  m: CellMetrics,
): number {
  let height = 0;
  let weight = 0;
  let r = from;
  while (r < rows.length && (height < fillPx || weight < minWeight)) {
    const row = rows[r] as AlignedRow;
    if (fillPx > 0) height += rowHeight(row, m);
    weight += rowWeight(row);
    r++;
  }
  return r - from;
}
