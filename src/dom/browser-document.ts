// The document the core's reader view builds pages in on the page itself: an inert document of
// the browser's own DOM (no browsing context: nothing in it runs, loads or renders).

import type { CreateDocument } from '../core/ingest/html-document';

/**
 * A new, empty document of the page's DOM implementation.
 *
 * @example ingestArticle(input, { createDocument: createBrowserDocument })
 */
export const createBrowserDocument: CreateDocument = () =>
  document.implementation.createHTMLDocument('');
