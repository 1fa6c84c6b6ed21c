/** How a sentence relates to the one in focus. */
export type SentenceState = 'focused' | 'related' | null;

/** What the comparison highlights right now, for every sentence at once. */
export type Highlights = {
  /** The sentence in focus: hovered, else chosen. */
  active: string | null;
  /** Its counterparts (and, for a claim link, the claim's family). */
  related: ReadonlySet<string>;
  /** The sentences that hold the claim the address links to (`aria-current`). */
  current: ReadonlySet<string>;
  /** The chosen sentence: its link controls join the tab order. */
  selected: string | null;
  /** The chosen disagreement: its marks are drawn as active. */
  activeDisagreement: string | null;
  /** Each column's one sentence that Tab reaches (arrow keys move on from it). */
  tabStops: ReadonlySet<string>;
  /** The sentence whose counterparts are open under it (narrow screens). */
  expanded: string | null;
};

/** One sentence's part of the highlights. */
export type SentenceHighlight = {
  state: SentenceState;
  current: boolean;
  selected: boolean;
  /** The chosen disagreement when the sentence has a mark of it, else null. */
  activeDisagreement: string | null;
  /** Whether Tab reaches it. */
  tabStop: boolean;
  /** Whether its counterparts are open under it. */
  expanded: boolean;
};

/** Nothing highlighted. */
export const NO_HIGHLIGHTS: Highlights = {
  active: null,
  related: new Set(),
  current: new Set(),
  selected: null,
  activeDisagreement: null,
  tabStops: new Set(),
  expanded: null,
};

/**
 * The highlights, held outside React so that each sentence subscribes to its own part: when the
 * focus moves, only the sentences whose part changed render again, not the whole comparison.
 */
export type HighlightStore = {
  get: () => Highlights;
  set: (next: Highlights) => void;
  subscribe: (onChange: () => void) => () => void;
  /**
   * The part of sentence `id` (whose marks belong to `disagreements`), the same object for the
   * same part, so that it can be a `useSyncExternalStore` snapshot.
   */
  highlightOf: (id: string, disagreements: readonly string[]) => SentenceHighlight;
};

/**
 * A store of the comparison's highlights, starting at `initial`.
 *
 * @example
 * const store = createHighlightStore(NO_HIGHLIGHTS);
 * store.set({ ...NO_HIGHLIGHTS, active: 'dw:3' });
 * store.highlightOf('dw:3', []).state // 'focused'
 */
export function createHighlightStore(initial: Highlights): HighlightStore {
  let highlights = initial;
  const listeners = new Set<() => void>();
  // One object per distinct part: a snapshot must be the same object while its part is unchanged.
  const parts = new Map<string, SentenceHighlight>();
  return {
    get: () => highlights,
    set(next) {
      if (next === highlights) return;
      highlights = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    highlightOf(id, disagreements) {
      const h = highlights;
      const state: SentenceState =
        id === h.active ? 'focused' : h.related.has(id) ? 'related' : null;
      const current = h.current.has(id);
      const selected = id === h.selected;
      const active =
        h.activeDisagreement !== null && disagreements.includes(h.activeDisagreement)
          ? h.activeDisagreement
          : null;
      const tabStop = h.tabStops.has(id);
      const expanded = id === h.expanded;
      const flags = [current, selected, tabStop, expanded].map((f) => (f ? 1 : 0)).join('');
      const key = `${state ?? ''}|${flags}|${active ?? ''}`;
      let part = parts.get(key);
      if (!part) {
        part = { state, current, selected, activeDisagreement: active, tabStop, expanded };
        parts.set(key, part);
      }
      return part;
    },
  };
}
