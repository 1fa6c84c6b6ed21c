/** What HTML elements mean to a reader: the one home of these rules for every HTML reader. */

/**
 * Elements whose content is never article text: code, embedded documents, media, form controls
 * and navigation. Their content is dropped unread (nothing is executed or fetched: the markup is
 * only tokenized).
 */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'select',
  'textarea',
  'button',
  'nav',
  'form',
  'head',
]);

/** Elements that start and end a paragraph of the readable text. */
export const BLOCKS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main ' +
    'menu ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * Whether an element's attributes hide it from readers (`hidden`, `aria-hidden="true"`, an
 * inline `display: none` or `visibility: hidden`).
 *
 * @example isHidden({ style: 'display:none' }) // true
 */
export function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  return (
    attribs.hidden !== undefined ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')
  );
}
