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

/**
 * Class or id words of page furniture that a reader view may keep inside an article: sign-up
 * and paywall boxes, share bars, related and recommended links, comments, consent notices,
 * pull quotes (a repeat of the text), screen-reader labels, bylines, breadcrumbs and kickers.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:newsletters?|signup|subscribe|subscription|barrier|promo|share|sharing|sharedaddy|social|related|relatedposts|recommend\w*|outbrain|taboola|comments?|disqus|respond|cookies?|consent|gdpr|cmp\d*|pull-?quote|pullout|visually-?hidden|sr-only|screen-reader-text|byline|authors?|breadcrumbs?|kicker|eyebrow)(?:$|[\s_-])/i;
/** Class or id words of a byline, whose text names the author. */
const BYLINE = /(?:^|[\s_-])(?:byline|authors?)(?:$|[\s_-])/i;
/** Inside a figure, the parts that credit the picture ("Photo: Reuters/…", "Image source"). */
const CREDIT = /credit|copyright|\bsource\b|attribution/i;
/** A list whose text is nearly all link text is navigation or related links, not the article. */
const LINK_LIST_SHARE = 0.9;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The element's local name, lower-cased, whatever the DOM. */
const nameOf = (node: Node): string => node.nodeName.toLowerCase();

/** An element's class and id, split where CSS names split words ("Newsletter_root__j3"). */
const marksOf = (element: Element): string =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.replace(/_/g, ' ');

/** Whether a list's text is (nearly) all inside links. */
function isLinkList(list: Element): boolean {
  const all = fold(list.textContent ?? '').length;
  if (all === 0) return false;
  let linked = 0;
  for (const link of Array.from(list.querySelectorAll('a')))
    linked += fold(link.textContent ?? '').length;
  return linked >= LINK_LIST_SHARE * all;
}

/** The paragraphs of a reader view's content, and the bylines left out of them. */
export type ContentBlocks = { blocks: string[]; bylines: string[] };

/**
 * The paragraphs of a reader view's content: one per block element or line break, as the hand
 * rules cut them. Left out: furniture marked by its class or id (see `FURNITURE`) unless it holds
 * most of the text, lists of links, and a picture's credit. Iterative, so a deep tree cannot
 * overflow the stack.
 */
export function contentBlocks(root: Node): ContentBlocks {
  const blocks: string[] = [];
  const bylines: string[] = [];
  const total = fold(root.textContent ?? '').length;
  let current = '';
  const flush = (): void => {
    const block = fold(current);
    current = '';
    if (block) blocks.push(block);
  };
  /** Whether an element is furniture to leave out; a byline's text is kept aside. */
  const leftOut = (element: Element, inFigure: boolean): boolean => {
    const name = nameOf(element);
    if (SKIPPED.has(name)) return true;
    if ((name === 'ul' || name === 'ol') && isLinkList(element)) return true;
    const marks = marksOf(element);
    if (inFigure && CREDIT.test(marks)) return true;
    if (!FURNITURE.test(marks)) return false;
    const text = fold(element.textContent ?? '');
    if (text.length * 2 > total) return false;
    if (BYLINE.test(marks) && text) bylines.push(text);
    return true;
  };
  type Step = { node: Node; figure: boolean } | { close: string };
  const steps: Step[] = [{ node: root, figure: false }];
  while (steps.length > 0) {
    const step = steps.pop() as Step;
    if ('close' in step) {
      if (BLOCKS.has(step.close)) flush();
      continue;
    }
    const { node, figure } = step;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node !== root && node.nodeType !== ELEMENT_NODE) continue;
    if (node !== root && leftOut(node as Element, figure)) continue;
    const name = nameOf(node);
    if (BLOCKS.has(name)) flush();
    steps.push({ close: name });
    const inFigure = figure || name === 'figure' || name === 'figcaption';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) steps.push({ node: child, figure: inFigure });
    }
  }
  flush();
  return { blocks, bylines };
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
  const { blocks, bylines } = contentBlocks(article.content);
  if (blocks.length === 0) return null;
  return {
    blocks,
    title: page.firstHeading ?? (fold(article.title ?? '') || null),
    byline: fold(article.byline ?? '') || bylines[0] || page.firstByline,
    siteName: fold(article.siteName ?? '') || null,
    publishedTime: fold(article.publishedTime ?? '') || null,
  };
}
