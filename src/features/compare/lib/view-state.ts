/**
 * The ways a comparison is shown, in the order the view switcher lists them: the readers'
 * summary (what is disputed, what only one source has), the coverage matrix, the aligned grid
 * and each article in its own order. What each one is and does: `views/view-registry.ts`.
 */
export const VIEW_IDS = ['summary', 'matrix', 'aligned', 'reading'] as const;

/** How the comparison is shown. */
export type ViewId = (typeof VIEW_IDS)[number];

/** What the URL hash remembers, so that a link opens the same view on the same passage. */
export type ViewState = {
  view: ViewId;
  /** The focused sentence's id. */
  focus: string | null;
  /** The chosen disagreement's id. */
  disagreement: string | null;
  /**
   * The columns shown side by side, as written ("0,2,5", or "all"); null: those that fit. See
   * `pickedColumns`.
   */
  columns: string | null;
};

/** The view when the hash says nothing: the summary, nothing focused or chosen. */
export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'summary',
  focus: null,
  disagreement: null,
  columns: null,
};

/**
 * The view a hash that names none opens: the summary, or the aligned grid when it names a
 * passage (links made before the summary existed name a passage and no view).
 */
function impliedView(focus: string | null): ViewId {
  return focus ? 'aligned' : 'summary';
}

function isViewId(value: string | null): value is ViewId {
  return (VIEW_IDS as readonly (string | null)[]).includes(value);
}

/**
 * Reads the view state from a location hash ("#view=reading&focus=dw%3A3"); unknown or missing
 * parts fall back to the defaults.
 *
 * @example parseViewState('#view=reading').view // 'reading'
 * @example parseViewState('#focus=dw%3A3').view // 'aligned'
 */
export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#\/?/, ''));
  const focus = params.get('focus') || null;
  const view = params.get('view');
  return {
    view: isViewId(view) ? view : impliedView(focus),
    focus,
    disagreement: params.get('disagreement') || null,
    columns: params.get('columns') || null,
  };
}

/**
 * The columns a view state's `columns` names, among `sources` columns, in order; null when it
 * names none (the view shows those that fit).
 *
 * @example pickedColumns('2,0,9', 4) // [0, 2]
 * @example pickedColumns('all', 3) // [0, 1, 2]
 */
export function pickedColumns(columns: string | null, sources: number): number[] | null {
  if (columns === 'all') return Array.from({ length: sources }, (_, c) => c);
  const picked = [...new Set((columns ?? '').split(',').filter((c) => /^\d+$/.test(c)))]
    .map(Number)
    .filter((c) => c < sources)
    .sort((a, b) => a - b);
  return picked.length > 0 ? picked : null;
}

/**
 * Writes the view state as a hash, leaving out what a reader of it would infer, so that the
 * plain page has no hash.
 *
 * @example formatViewState({ ...DEFAULT_VIEW_STATE, view: 'aligned', focus: 'dw:3' }) // '#focus=dw%3A3'
 * @example formatViewState({ ...DEFAULT_VIEW_STATE, view: 'matrix' }) // '#view=matrix'
 */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== impliedView(state.focus)) params.set('view', state.view);
  if (state.focus) params.set('focus', state.focus);
  if (state.disagreement) params.set('disagreement', state.disagreement);
  if (state.columns) params.set('columns', state.columns);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * True for a hash that is a claim link (`#/claim/v…`, see core/anchoring), whatever its state.
 *
 * @example isClaimHash('#/claim/v1/seed/s?a=1.c8a5c70d&q=…') // true
 */
export function isClaimHash(hash: string): boolean {
  return /^#?\/claim\//.test(hash);
}

/**
 * True for a hash that looks like another app's route (`#/notes/2`, `#/claim…` aside): not view
 * state (which has no path) and not a claim link, so the reader is told the link is not ours
 * rather than shown the story as if nothing was asked.
 *
 * @example isForeignRouteHash('#/notes/section-2') // true
 * @example isForeignRouteHash('#view=reading') // false
 */
export function isForeignRouteHash(hash: string): boolean {
  if (!/^#?\/./.test(hash) || isClaimHash(hash)) return false;
  const path = hash.replace(/^#?\//, '').split('?')[0] ?? '';
  return !path.includes('=');
}

/**
 * True for a hash the viewer opens as a link to a claim: a claim link, or something that
 * claims to be a route (and is then reported as foreign).
 *
 * @example isLinkHash('#/claim/v1/%%%garbage') // true
 */
export function isLinkHash(hash: string): boolean {
  return isClaimHash(hash) || isForeignRouteHash(hash);
}
