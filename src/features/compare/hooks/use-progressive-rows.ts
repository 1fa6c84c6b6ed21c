import { flushSync } from 'react-dom';
import { startTransition, useEffect, useState } from 'react';
import type { AlignedRow } from '../lib/aligned-rows';
import type { CellMetrics } from '../lib/row-estimates';
import { rowsToDraw, rowWeight } from '../lib/row-estimates';

/**
 * A story up to this much rendering work (see `rowWeight`) is drawn whole at once, in a few tens
 * of ms: the seed story, and most stories of two to four sources.
 */
const WHOLE_WEIGHT = 250;
/** The rendering work of each later batch of rows. */
const BATCH_WEIGHT = 600;
/** The first batch fills this many screen heights (by the estimates). */
const FIRST_SCREENS = 1.25;

/** Set once every row of a comparison is rendered (not read by the bench; for profiling). */
export const ROWS_COMPLETE_MARK = 'parallax:story-rows-complete';

/**
 * How many of `rows` to render: a small story all at once; a long one, the rows that fill the
 * first screen (by the estimated heights) at once, then the rest in batches, each in a
 * transition (React renders it in slices between frames, and each commit adds a batch of rows),
 * so that a long comparison never holds the main thread for long. Row `mustShow` (e.g. a linked
 * passage's) is always drawn at once, with half a screen of rows after it, so that it can be
 * scrolled to the middle. New rows start again from the first screen; printing draws them all.
 */
export function useProgressiveRows(
  rows: AlignedRow[],
  metrics: CellMetrics,
  mustShow: number | null,
): number {
  const [drawn, setDrawn] = useState(() => ({ rows, count: firstCount(rows, metrics) }));
  let current = drawn;
  if (drawn.rows !== rows) {
    // A new row layout (a new analysis, another lead source): a screenful first again.
    current = { rows, count: firstCount(rows, metrics) };
    setDrawn(current);
  }
  const atLeast =
    mustShow === null
      ? 0
      : mustShow + 1 + rowsToDraw(rows, mustShow + 1, screenHeight() / 2, 0, metrics);
  const shown = Math.min(rows.length, Math.max(current.count, atLeast));

  useEffect(() => {
    if (shown >= rows.length) {
      performance.mark(ROWS_COMPLETE_MARK);
      return;
    }
    const next = shown + rowsToDraw(rows, shown, 0, BATCH_WEIGHT, metrics);
    startTransition(() =>
      setDrawn((d) => (d.rows === rows ? { rows, count: Math.max(d.count, next) } : d)),
    );
  }, [rows, shown, metrics]);

  useEffect(() => {
    const drawAll = () => flushSync(() => setDrawn({ rows, count: rows.length }));
    window.addEventListener('beforeprint', drawAll);
    return () => window.removeEventListener('beforeprint', drawAll);
  }, [rows]);

  return shown;
}

const screenHeight = () => (typeof window === 'undefined' ? 900 : window.innerHeight);

function firstCount(rows: AlignedRow[], metrics: CellMetrics): number {
  const weight = rows.reduce((sum, row) => sum + rowWeight(row), 0);
  if (weight <= WHOLE_WEIGHT) return rows.length;
  return rowsToDraw(rows, 0, screenHeight() * FIRST_SCREENS, 0, metrics);
}
