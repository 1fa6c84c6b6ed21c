import { Parser } from 'htmlparser2';
import { isHidden, SKIPPED } from './html-elements';
import { installLinearStacks } from './open-element-stack';

/**
 * Makes a new, empty HTML document (with a head and a body): the browser's
 * `document.implementation.createHTMLDocument('')` on a page, linkedom's in a Web Worker and in
 * Node. The core builds pages in it and never touches a global DOM (see decision record 0014).
 */
export type CreateDocument = () => Document;

/**
 * How big a page the reader view takes on. Readability's work grows with the depth of the tree
 * times its size, and with the children of one element (linkedom recomputes `children` on each
 * read): 1 MB of `<div>` chains 100 deep takes 10–40 s, 26 000 deep overflows the stack. Within
 * these limits the worst shapes we built take under 2 s (decision record 0014); a page beyond
 * any of them is read by the linear hand rules instead. Real news pages, with scripts, styles,
 * SVG, navigation and forms left out, are well inside.
 */
export const READER_VIEW_LIMITS = {
  /** Elements open at once. */
  maxDepth: 48,
  /** Elements in the document. */
  maxElements: 6000,
  /** Child elements of one element. */
  maxChildren: 1000,
  /** UTF-16 code units of text in the body. */
  maxText: 300_000,
} as const;

export type PageLimits = {
  maxDepth: number;
  maxElements: number;
  maxChildren: number;
  maxText: number;
};

/** Attributes the reader view looks at; others (event handlers, sources, styles) are not copied. */
const KEPT_ATTRIBUTES = new Set([
  'id',
  'class',
  'role',
  'itemprop',
  'itemtype',
  'rel',
  'href',
  'lang',
  'dir',
  'datetime',
  'name',
  'property',
  'content',
  'alt',
]);
/** A class list longer than this says nothing more to a reader view; it is cut. */
const MAX_ATTRIBUTE_LENGTH = 1000;
/** A tag name every DOM accepts (htmlparser2 gives names lower-cased). */
const VALID_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Thrown inside the parser's callbacks to stop at once when a page is over a limit. */
class OverLimit extends Error {}

/** A built page: the document and what the build saw that the tree does not keep. */
export type BuiltPage = {
  document: Document;
  /** The text of the first `<h1>` outside skipped content (whitespace folded). */
  firstHeading: string | null;
  /**
   * The text of the first byline: an element marked `rel="author"`, `itemprop="author"`, or by
   * a class or id "byline" or "author". Readability may drop it with the block it is in.
   */
  firstByline: string | null;
};

/** Class or id words of a byline. */
const BYLINE_MARK = /(?:^|[\s_-])(?:byline|author)(?:$|[\s_-])/i;

function marksByline(attribs: Record<string, string>): boolean {
  if (attribs.rel === 'author' || /\bauthor\b/i.test(attribs.itemprop ?? '')) return true;
  return BYLINE_MARK.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`.replace(/_/g, ' '));
}

/**
 * Builds an HTML page as a tree in a new document from `createDocument`, through the same
 * linear tokenizer as the hand rules (htmlparser2, with O(1) stacks): scripts, styles, embedded
 * media, forms, navigation and hidden elements are left out, and only the attributes a reader
 * view reads are copied, so nothing in the tree can run or load. `<title>` and `<meta>` go to
 * the head. Returns null when the page goes past a limit (depth, element count, text size), at
 * the moment it does, so a hostile page costs no more than the limit.
 *
 * @example buildPage('<p>Hi <b>there</b></p>', createDocument)?.document.body.textContent // 'Hi there'
 */
export function buildPage(
  html: string,
  createDocument: CreateDocument,
  limits: PageLimits = READER_VIEW_LIMITS,
): BuiltPage | null {
  const doc = createDocument();
  const head = doc.head;
  const body = doc.body;
  /** What each open tag created: an element, or null (skipped, or structure such as <body>). */
  const open: (Element | null)[] = [];
  /** The elements open now, innermost last: where text and children go. */
  const parents: Element[] = [body];
  /** How many child elements each of `parents` has. */
  const childCounts: number[] = [0];
  let skipDepth = 0;
  let inHead = false;
  let elements = 0;
  let text = 0;
  let title: string | null = null;
  let titleText: string | null = null;
  let heading: string | null = null;
  let headingText: string | null = null;
  let byline: string | null = null;
  /** The byline being read, and how many elements deep inside it the parser is. */
  let bylineText: string | null = null;
  let bylineDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const headOnly = inHead && name !== 'title' && name !== 'meta';
        if (
          skipDepth > 0 ||
          headOnly ||
          (name !== 'head' && (SKIPPED.has(name) || isHidden(attribs)))
        ) {
          skipDepth++;
          open.push(null);
          return;
        }
        if (name === 'head') inHead = true;
        if (name === 'title' && title === null) titleText = '';
        if (name === 'h1' && heading === null) headingText = '';
        if (name === 'html' && attribs.lang) doc.documentElement.setAttribute('lang', attribs.lang);
        if (name === 'meta') head.appendChild(elementFor(doc, 'meta', attribs));
        const structural = name === 'html' || name === 'head' || name === 'body';
        if (structural || name === 'title' || name === 'meta' || !VALID_NAME.test(name)) {
          open.push(null);
          return;
        }
        const siblings = (childCounts[childCounts.length - 1] ?? 0) + 1;
        childCounts[childCounts.length - 1] = siblings;
        if (
          ++elements > limits.maxElements ||
          parents.length > limits.maxDepth ||
          siblings > limits.maxChildren
        ) {
          throw new OverLimit();
        }
        const element = elementFor(doc, name, attribs);
        (parents.at(-1) ?? body).appendChild(element);
        parents.push(element);
        childCounts.push(0);
        open.push(element);
        if (bylineText !== null) bylineDepth++;
        else if (byline === null && marksByline(attribs)) {
          bylineText = '';
          bylineDepth = 1;
        }
      },
      ontext(data) {
        if (titleText !== null) titleText += data;
        if (headingText !== null) headingText += data;
        if (skipDepth > 0 || titleText !== null) return;
        if (bylineText !== null) bylineText += data;
        text += data.length;
        if (text > limits.maxText) throw new OverLimit();
        const parent = parents.at(-1) ?? body;
        const last = parent.lastChild;
        // The tokenizer may give one run of text in pieces: keep it one node.
        if (last && last.nodeType === TEXT_NODE) (last as Text).appendData(data);
        else parent.appendChild(doc.createTextNode(data));
      },
      onclosetag(name) {
        const element = open.pop();
        if (element === undefined) return;
        if (bylineText !== null && element !== null && --bylineDepth === 0) {
          byline = fold(bylineText) || null;
          bylineText = null;
        }
        if (element === null) {
          if (skipDepth > 0) skipDepth--;
          else if (name === 'head') inHead = false;
          else if (name === 'title' && titleText !== null) {
            title = fold(titleText);
            titleText = null;
          }
          return;
        }
        if (name === 'h1' && headingText !== null) {
          heading = fold(headingText) || null;
          headingText = null;
        }
        parents.pop();
        childCounts.pop();
      },
    },
    { decodeEntities: true },
  );
  installLinearStacks(parser);
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (error instanceof OverLimit) return null;
    throw error;
  }
  if (title) doc.title = title;
  return { document: doc, firstHeading: heading, firstByline: byline };
}

/** `Node.TEXT_NODE`, without reading the DOM's globals (the core has none). */
const TEXT_NODE = 3;

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A new element with the attributes a reader view reads. */
function elementFor(doc: Document, name: string, attribs: Record<string, string>): Element {
  const element = doc.createElement(name);
  for (const [key, value] of Object.entries(attribs)) {
    if (KEPT_ATTRIBUTES.has(key)) element.setAttribute(key, value.slice(0, MAX_ATTRIBUTE_LENGTH));
  }
  return element;
}
