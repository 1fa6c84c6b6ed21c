import { Parser } from 'htmlparser2';
import type { Span } from '../types';
import { BLOCKS, isHidden, SKIPPED } from './html-elements';
import { readJsonLd } from './json-ld';
import { installLinearStacks } from './open-element-stack';

/** What the markup says about the article besides its text. */
export type HtmlMetadata = {
  /** The document's <title>. */
  documentTitle: string | null;
  /** og:title, twitter:title or the JSON-LD headline. */
  headline: string | null;
  /** og:site_name, application-name or the JSON-LD publisher. */
  siteName: string | null;
  /** The publication time as written (article:published_time, datePublished, <time>…). */
  publishedRaw: string | null;
  /** The canonical address (link rel=canonical, og:url). */
  url: string | null;
  /** Who wrote it (meta author, article:author, the JSON-LD author). */
  author: string | null;
  /** The language the page declares (`<html lang>`), e.g. "en-GB". */
  lang: string | null;
};

/** Readable text of an HTML document and where its first <h1> stands in it. */
export type HtmlText = { text: string; heading: Span | null; metadata: HtmlMetadata };

const SITE_KEYS = [
  'og:site_name',
  'application-name',
  'publisher',
  'dc.publisher',
  'cxenseparse:recs:publisher',
];
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'originalpublicationdate',
];
const HEADLINE_KEYS = ['og:title', 'twitter:title'];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'dc.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
];

/** A meta author that names a person, not a profile address; "By A" read as "A". */
function authorName(value: string | null): string | null {
  const name = value
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return name && !/^(?:https?:)?\/\//i.test(name) ? name : null;
}

const first = (meta: Map<string, string>, keys: string[]): string | null =>
  keys.map((k) => meta.get(k)).find((v) => v !== undefined && v.trim() !== '') ?? null;

/**
 * Reduces an HTML document to readable text: one paragraph per block element, separated by a
 * blank line; whitespace folded; entities decoded; scripts, styles, embedded and hidden content
 * dropped; images dropped. Also reads the title, site name, publication time and address from
 * <title>, <meta>, <link rel=canonical>, <time> and JSON-LD.
 *
 * @example htmlToText('<h1>Hi</h1><p>A &amp; B<script>x()</script></p>').text // 'Hi\n\nA & B'
 */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let headingBlock = -1;
  let inHeading = false;
  let inPre = 0;
  let skipDepth = 0;
  const skipping: boolean[] = [];
  let title: string | null = null;
  let titleText = '';
  let inTitle = false;
  let jsonLd: string | null = null;
  let firstTime: string | null = null;
  let lang: string | null = null;
  const meta = new Map<string, string>();

  const flush = (): void => {
    const block = current.replace(/ {2,}/g, ' ').trim();
    current = '';
    if (!block) return;
    if (inHeading && headingBlock < 0) headingBlock = blocks.length;
    blocks.push(block);
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'title') inTitle = true;
      if (name === 'html' && attribs.lang && lang === null) lang = attribs.lang.trim() || null;
      if (name === 'meta') {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
        if (key && attribs.content && !meta.has(key)) meta.set(key, attribs.content);
      }
      if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) {
        meta.set('canonical', attribs.href);
      }
      if (name === 'time' && attribs.datetime && firstTime === null) firstTime = attribs.datetime;
      // Microdata on any element: <abbr itemprop="datePublished" title="2024-03-12T19:41:00Z">.
      const stamp = attribs.content ?? attribs.datetime ?? attribs.title;
      if (attribs.itemprop === 'datePublished' && stamp && !meta.has('datepublished')) {
        meta.set('datepublished', stamp);
      }
      if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) jsonLd = '';
      const skip = skipDepth > 0 || SKIPPED.has(name) || isHidden(attribs);
      skipping.push(skip);
      if (skip) {
        skipDepth++;
        return;
      }
      if (BLOCKS.has(name)) flush();
      if (name === 'h1' && headingBlock < 0) inHeading = true;
      if (name === 'pre') inPre++;
    },
    ontext(data) {
      if (inTitle) titleText += data;
      if (jsonLd !== null) jsonLd += data;
      if (skipDepth > 0) return;
      if (inPre > 0) {
        const lines = data.split('\n');
        lines.forEach((line, i) => {
          if (i > 0) flush();
          current += line;
        });
        return;
      }
      current += data.replace(/[ \t\n\r\f]+/g, ' ');
    },
    onclosetag(name) {
      if (name === 'title' && inTitle) {
        inTitle = false;
        title ??= titleText.replace(/\s+/g, ' ').trim() || null;
      }
      if (name === 'script' && jsonLd !== null) {
        for (const [key, value] of Object.entries(readJsonLd(jsonLd))) {
          if (!meta.has(key)) meta.set(key, value);
        }
        jsonLd = null;
      }
      const skip = skipping.pop() ?? false;
      if (skip) {
        skipDepth = Math.max(0, skipDepth - 1);
        return;
      }
      if (BLOCKS.has(name)) flush();
      if (name === 'h1') inHeading = false;
      if (name === 'pre') inPre = Math.max(0, inPre - 1);
    },
  });
  // Deeply nested markup would otherwise cost O(depth) per tag (see open-element-stack.ts).
  installLinearStacks(parser);
  parser.write(html);
  parser.end();
  flush();

  let heading: Span | null = null;
  let offset = 0;
  for (const [i, block] of blocks.entries()) {
    if (i === headingBlock) heading = { start: offset, end: offset + block.length };
    offset += block.length + 2;
  }
  return {
    text: blocks.join('\n\n'),
    heading,
    metadata: {
      documentTitle: title,
      headline: first(meta, [...HEADLINE_KEYS, 'ld:headline']),
      siteName: first(meta, [...SITE_KEYS, 'ld:publisher']),
      publishedRaw: first(meta, PUBLISHED_KEYS) ?? firstTime,
      url: first(meta, ['canonical', 'og:url']),
      author: authorName(first(meta, ['ld:author', ...AUTHOR_KEYS])),
      lang,
    },
  };
}
