// The document the core's reader view builds pages in where there is no DOM: the Web Worker,
// the command line, the scripts and the tests. linkedom's worker build is plain ECMAScript (no
// Node built-ins, no optional canvas), so one module serves all of them.
import { parseHTML } from 'linkedom/worker';
import type { CreateDocument } from '../core/ingest/html-document';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/**
 * A new, empty linkedom document.
 *
 * @example ingestArticle(input, { createDocument: createLinkedomDocument })
 */
export const createLinkedomDocument: CreateDocument = () => parseHTML(EMPTY_PAGE).document;
