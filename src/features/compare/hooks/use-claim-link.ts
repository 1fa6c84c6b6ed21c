import { useEffect, useState } from 'react';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimResolution } from '../lib/claim-link';
import { isLinkHash } from '../lib/view-state';

/** What a claim link shows while the anchoring code loads: nothing yet, and no complaint. */
const PENDING: ClaimResolution = { focus: null, disagreement: null, sentences: [], notices: [] };

/**
 * The claim link in the URL hash, resolved against this comparison; null when the hash holds
 * none. The anchoring code (fuzzy passage search) is loaded only when a claim link is opened,
 * so that the first page stays small. With `storyId`, a link to another story is reported.
 */
export function useClaimLink(
  index: AnalysisIndex,
  hash: string,
  storyId?: string,
): ClaimResolution | null {
  const isClaim = isLinkHash(hash);
  const [resolved, setResolved] = useState<{
    hash: string;
    index: AnalysisIndex;
    result: ClaimResolution;
  } | null>(null);
  useEffect(() => {
    if (!isClaim) return;
    let current = true;
    void import('../lib/claim-link').then(({ resolveClaimHash }) => {
      const result = resolveClaimHash(index, hash, storyId);
      if (current && result) setResolved({ hash, index, result });
    });
    return () => {
      current = false;
    };
  }, [index, hash, isClaim, storyId]);
  if (!isClaim) return null;
  return resolved && resolved.hash === hash && resolved.index === index ? resolved.result : PENDING;
}
