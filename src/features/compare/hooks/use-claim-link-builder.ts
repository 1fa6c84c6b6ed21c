import { startTransition, useEffect, useMemo, useState } from 'react';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimLinkBuilder, claimLinkBuilder } from '../lib/claim-link-builder';
import { useStoryLinks } from './use-story-links';

type BuilderModule = { claimLinkBuilder: typeof claimLinkBuilder };

// The link code is a chunk of its own, so the first page stays small. It is loaded once the
// page is idle after starting up (while the first analysis runs in the worker), so that a
// comparison almost always has it at its first render: one that got its links later would
// render every sentence a second time.
let loaded: BuilderModule | null = null;
let loading: Promise<BuilderModule | null> | null = null;

function loadBuilder(): Promise<BuilderModule | null> {
  loading ??= import('../lib/claim-link-builder').then(
    (module) => (loaded = module),
    () => null,
  );
  return loading;
}

if (typeof window !== 'undefined') {
  const load = () => void loadBuilder();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 300);
}

/**
 * The builder of this comparison's claim links (short ones when the story shown ships with a
 * passage register), or null while its code loads (rarely: see above) or when the story has no
 * id to link to. Should the code arrive after the comparison is
 * on screen, the links are added in a transition, which React renders in slices.
 */
export function useClaimLinkBuilder(
  index: AnalysisIndex,
  storyId: string | undefined,
): ClaimLinkBuilder | null {
  const [module, setModule] = useState<BuilderModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    let current = true;
    void loadBuilder().then((arrived) => {
      if (current && arrived) startTransition(() => setModule(arrived));
    });
    return () => {
      current = false;
    };
  }, [module]);
  const short = useStoryLinks().register !== undefined;
  return useMemo(
    () => (module && storyId ? module.claimLinkBuilder(index, storyId, { short }) : null),
    [module, index, storyId, short],
  );
}
