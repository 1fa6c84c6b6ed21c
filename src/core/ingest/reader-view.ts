import { Readability } from '@mozilla/readability';
import { BLOCKS, SKIPPED } from './html-elements';
import {
  buildPage,
  type CreateDocument,
  type PageLimits,
  READER_VIEW_LIMITS,
} from './html-document';

/** An article as a reader view shows it: its paragraphs and what the page says about it. */
export type ReaderPage = {
  /** The article's paragraphs, whitespace folded, in reading order (the headline not included). */
  blocks: string[];
  /** The page's first `<h1>`, else the title the reader view found (from `<title>`). */
  title: string | null;
  /** The byline the reader view found in the page ("By Jane Doe"), as written. */
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
};

/** Inside a caption, the parts that credit the picture ("Photo: Reuters/…"). */
const CREDIT_CLASS = /credit|copyright|byline|\bsource\b|attribution/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The element's local name, lower-cased, whatever the DOM. */
const nameOf = (node: Node): string => node.nodeName.toLowerCase();

function isCredit(element: Element, inCaption: boolean): boolean {
  if (!inCaption) return false;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return CREDIT_CLASS.test(marks) || nameOf(element) === 'small';
}

/**
 * The paragraphs of a reader view's content: one per block element or line break, as the hand
 * rules cut them; a caption's credit (an element marked as one, or `<small>`) is left out.
 * Iterative, so a deep tree cannot overflow the stack.
 */
export function contentBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const block = fold(current);
    current = '';
    if (block) blocks.push(block);
  };
  type Step = { node: Node; caption: boolean } | { close: string };
  const steps: Step[] = [{ node: root, caption: false }];
  while (steps.length > 0) {
    const step = steps.pop() as Step;
    if ('close' in step) {
      if (BLOCKS.has(step.close)) flush();
      continue;
    }
    const { node, caption } = step;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node !== root && node.nodeType !== ELEMENT_NODE) continue;
    const name = nameOf(node);
    if (node !== root && (SKIPPED.has(name) || isCredit(node as Element, caption))) continue;
    if (BLOCKS.has(name)) flush();
    steps.push({ close: name });
    const inCaption = caption || name === 'figcaption';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) steps.push({ node: child, caption: inCaption });
    }
  }
  flush();
  return blocks;
}

/**
 * Reads an HTML page as Firefox's Reader View does (Mozilla's Readability), over a tree built
 * by `buildPage` in a document from `createDocument`. Returns null when the page is beyond the
 * reader view's limits or Readability finds no article in it: the caller then reads the page
 * with the hand rules.
 *
 * @example readPage(html, () => document.implementation.createHTMLDocument(''))?.blocks
 */
export function readPage(
  html: string,
  createDocument: CreateDocument,
  limits: PageLimits = READER_VIEW_LIMITS,
): ReaderPage | null {
  const page = buildPage(html, createDocument, limits);
  if (!page) return null;
  const article = new Readability<Node>(page.document, {
    serializer: (node) => node,
    keepClasses: true,
    // The tree holds no scripts: JSON-LD is read by the metadata reader instead.
    disableJSONLD: true,
  }).parse();
  if (!article?.content) return null;
  const blocks = contentBlocks(article.content);
  if (blocks.length === 0) return null;
  return {
    blocks,
    title: page.firstHeading ?? (fold(article.title ?? '') || null),
    byline: fold(article.byline ?? '') || null,
    siteName: fold(article.siteName ?? '') || null,
    publishedTime: fold(article.publishedTime ?? '') || null,
  };
}
