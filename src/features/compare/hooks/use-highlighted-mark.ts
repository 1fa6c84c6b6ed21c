import { useEffect } from 'react';
import { PERF_MARKS } from '../../../workers/perf-marks';

/**
 * Sets `performance.mark`s when a comparison is on screen, for `npm run bench`: one when the
 * view has committed `shown` to the DOM, and one once the frame after that commit has been
 * painted (a task queued from the next animation frame runs after its paint), so the second
 * mark is what the reader sees: the columns with their highlights. A long story's first commit
 * holds the rows that fill the first screen (see `useProgressiveRows`): the marks time that
 * screen, fully drawn with its marks. The later batches of rows set neither mark (only
 * `parallax:story-rows-complete`, once the last row is drawn).
 */
export function useHighlightedMark(shown: unknown): void {
  useEffect(() => {
    performance.mark(PERF_MARKS.storyRendered);
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => performance.mark(PERF_MARKS.storyHighlighted), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown]);
}
