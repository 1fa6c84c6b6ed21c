import { useEffect, useState } from 'react';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimResolution } from '../lib/claim-link';
import { isLinkHash } from '../lib/view-state';
import { useStoryLinks } from './use-story-links';

/** What a claim link shows while the anchoring code loads: nothing yet, and no complaint. */
const PENDING: ClaimResolution = { focus: null, disagreement: null, sentences: [], notices: [] };

/**
 * The claim link in the URL hash, resolved against this comparison; null when the hash holds
 * none. The anchoring code (fuzzy passage search) is loaded only when a claim link is opened,
 * so that the first page stays small; so is the story's passage register, when a short link
 * names a passage its text no longer has. With `storyId`, a link to another story is reported.
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
  const { register } = useStoryLinks();
  useEffect(() => {
    if (!isClaim) return;
    let current = true;
    void import('../lib/claim-link').then(async ({ needsRegister, resolveClaimHash }) => {
      const stored =
        register && needsRegister(index, hash) ? await register().catch(() => null) : null;
      const result = resolveClaimHash(index, hash, storyId, stored);
      if (current && result) setResolved({ hash, index, result });
    });
    return () => {
      current = false;
    };
  }, [index, hash, isClaim, storyId, register]);
  if (!isClaim) return null;
  return resolved && resolved.hash === hash && resolved.index === index ? resolved.result : PENDING;
}
