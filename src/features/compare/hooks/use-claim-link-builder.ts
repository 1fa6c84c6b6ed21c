import { useEffect, useState } from 'react';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';

/**
 * The builder of this comparison's claim links, or null while it loads (or when the story has
 * no id to link to). Loaded on demand, like the anchoring code, so the first page stays small;
 * the link controls appear a moment after the columns.
 */
export function useClaimLinkBuilder(
  index: AnalysisIndex,
  storyId: string | undefined,
): ClaimLinkBuilder | null {
  const [loaded, setLoaded] = useState<{
    index: AnalysisIndex;
    storyId: string;
    builder: ClaimLinkBuilder;
  } | null>(null);
  useEffect(() => {
    if (!storyId) return;
    let current = true;
    void import('../lib/claim-link-builder').then(({ claimLinkBuilder }) => {
      if (current) setLoaded({ index, storyId, builder: claimLinkBuilder(index, storyId) });
    });
    return () => {
      current = false;
    };
  }, [index, storyId]);
  return loaded && loaded.index === index && loaded.storyId === storyId ? loaded.builder : null;
}
