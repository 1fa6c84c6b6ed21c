import { useEffect, useState } from 'react';
import type { Analysis } from '../../../core/contract';
import type { PreparedComparison } from '../lib/prepare-comparison';
import { prepareComparison, preparedInSteps } from '../lib/prepare-comparison';

/** What to draw for an analysis: it and what was prepared for it, or nothing yet. */
export type ComparisonToDraw = { analysis: Analysis; prepared: PreparedComparison | null } | null;

/**
 * The comparison to draw for `analysis`. A small analysis is drawn at once (the view computes
 * what it needs as it renders). A large one is prepared first, in steps the page can breathe
 * between (`prepareComparison`); meanwhile the comparison drawn before, if any, stays, and
 * there is nothing to draw when there was none.
 */
export function usePreparedComparison(analysis: Analysis | undefined): ComparisonToDraw {
  const inSteps = analysis !== undefined && preparedInSteps(analysis);
  const [prepared, setPrepared] = useState<PreparedComparison | null>(null);
  useEffect(() => {
    if (!analysis || !inSteps) return;
    let live = true;
    void prepareComparison(analysis, () => !live).then((done) => {
      if (live && done) setPrepared(done);
    });
    return () => {
      live = false;
    };
  }, [analysis, inSteps]);
  if (!analysis) return null;
  if (!inSteps) return { analysis, prepared: null };
  if (prepared?.analysis === analysis) return { analysis, prepared };
  // The comparison drawn before stays until the new one is ready.
  return prepared ? { analysis: prepared.analysis, prepared } : null;
}
