/** How the comparison is shown. */
export type ViewMode = 'aligned' | 'reading';

/** What the URL hash remembers, so that a link opens the same view on the same passage. */
export type ViewState = {
  view: ViewMode;
  /** The focused sentence's id. */
  focus: string | null;
  /** The chosen disagreement's id. */
  disagreement: string | null;
};

/** The view when the hash says nothing: aligned, nothing focused or chosen. */
export const DEFAULT_VIEW_STATE: ViewState = { view: 'aligned', focus: null, disagreement: null };

/**
 * Reads the view state from a location hash ("#view=reading&focus=dw%3A3"); unknown or missing
 * parts fall back to the defaults.
 *
 * @example parseViewState('#view=reading') // { view: 'reading', focus: null, disagreement: null }
 */
export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#\/?/, ''));
  return {
    view: params.get('view') === 'reading' ? 'reading' : 'aligned',
    focus: params.get('focus') || null,
    disagreement: params.get('disagreement') || null,
  };
}

/**
 * Writes the view state as a hash, leaving defaults out so that the plain page has no hash.
 *
 * @example formatViewState({ view: 'aligned', focus: 'dw:3', disagreement: null }) // '#focus=dw%3A3'
 */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== 'aligned') params.set('view', state.view);
  if (state.focus) params.set('focus', state.focus);
  if (state.disagreement) params.set('disagreement', state.disagreement);
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
