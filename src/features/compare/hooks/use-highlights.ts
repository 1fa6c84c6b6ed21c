import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { counterpartsOf } from '../lib/analysis-index';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimResolution } from '../lib/claim-link';
import { createHighlightStore, NO_HIGHLIGHTS } from '../lib/highlight-store';
import type { HighlightStore, Highlights, SentenceHighlight } from '../lib/highlight-store';

/** The comparison's highlight store; outside a comparison, nothing is highlighted. */
export const HighlightContext = createContext<HighlightStore>(createHighlightStore(NO_HIGHLIGHTS));

type Options = {
  index: AnalysisIndex;
  /** The resolved claim link in the hash, if any. */
  claim: ClaimResolution | null;
  /** The chosen sentence. */
  focus: string | null;
  /** The sentence under the pointer. */
  hovered: string | null;
  activeDisagreement: string | null;
  /** Each column's one sentence that Tab reaches. */
  tabStops: ReadonlySet<string>;
  /** The sentence whose counterparts are open under it. */
  expanded: string | null;
};

/**
 * The comparison's highlights (what is focused, its counterparts, what a claim link names), in
 * a store that each sentence reads its own part of (`useSentenceHighlight`): moving the focus
 * renders only the sentences whose highlight changes, never the whole comparison.
 */
export function useHighlightStore(options: Options): HighlightStore {
  const { index, claim, focus, hovered, activeDisagreement, tabStops, expanded } = options;
  const active = hovered ?? focus;
  // An opened claim link highlights every sentence it holds and all of their counterparts.
  const claimSentences = useMemo(() => new Set(claim?.sentences ?? []), [claim]);
  // A figure's or a disagreement's counterparts are also the other sides of its disagreement.
  const claimFamily = useMemo(() => {
    const out = new Set(claimSentences);
    const disagreement = claim?.disagreement
      ? index.disagreements.find((d) => d.id === claim.disagreement)
      : undefined;
    for (const side of [...(disagreement?.sides ?? []), ...(disagreement?.related ?? [])])
      out.add(side.sentence);
    return out;
  }, [index, claim, claimSentences]);
  const related = useMemo(() => {
    const out = active ? counterpartsOf(index, active) : new Set<string>();
    if (hovered === null) {
      for (const id of claimFamily) {
        out.add(id);
        for (const other of counterpartsOf(index, id)) out.add(other);
      }
    }
    if (active) out.delete(active);
    return out;
  }, [index, active, hovered, claimFamily]);

  const highlights = useMemo<Highlights>(
    () => ({
      active,
      related,
      current: claimSentences,
      selected: focus,
      activeDisagreement,
      tabStops,
      expanded,
    }),
    [active, related, claimSentences, focus, activeDisagreement, tabStops, expanded],
  );
  const [store] = useState(() => createHighlightStore(highlights));
  // Before paint: the sentences update in the same frame as the rest of the comparison.
  useLayoutEffect(() => store.set(highlights), [store, highlights]);
  return store;
}

/**
 * Sentence `id`'s part of the highlights (its marks belong to `disagreements`, a list that
 * keeps its identity): the component renders again only when that part changes.
 */
export function useSentenceHighlight(
  id: string,
  disagreements: readonly string[],
): SentenceHighlight {
  const store = useContext(HighlightContext);
  const read = useCallback(() => store.highlightOf(id, disagreements), [store, id, disagreements]);
  return useSyncExternalStore(store.subscribe, read, read);
}
