import { Parser } from 'htmlparser2';
import type { Span } from '../types';
import { installLinearStacks } from './open-element-stack';

/**
 * Elements whose content is never article text: code, embedded documents, media, form controls
 * and navigation. Their content is dropped unread (nothing is executed or fetched: the markup is
 * only tokenized).
 */
const SKIPPED = new Set([
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
const BLOCKS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main ' +
    'menu ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

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

function isHidden(attribs: Record<string, string>): boolean {
  return (
    attribs.hidden !== undefined ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')
  );
}

/** The first string value of `key` anywhere in parsed JSON-LD (bounded depth). */
function findInJson(value: unknown, path: string[], depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInJson(item, path, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  let here: unknown = record;
  for (const key of path) here = (here as Record<string, unknown> | null)?.[key] ?? null;
  if (typeof here === 'string' && here.trim()) return here.trim();
  for (const child of Object.values(record)) {
    const found = findInJson(child, path, depth + 1);
    if (found) return found;
  }
  return null;
}

function readJsonLd(source: string, into: Map<string, string>): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return;
  }
  const fields: [string, string[]][] = [
    ['datepublished', ['datePublished']],
    ['ld:publisher', ['publisher', 'name']],
    ['ld:headline', ['headline']],
  ];
  for (const [key, path] of fields) {
    const found = findInJson(parsed, path);
    if (found && !into.has(key)) into.set(key, found);
  }
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
      if (name === 'meta') {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
        if (key && attribs.content && !meta.has(key)) meta.set(key, attribs.content);
      }
      if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) {
        meta.set('canonical', attribs.href);
      }
      if (name === 'time' && attribs.datetime && firstTime === null) firstTime = attribs.datetime;
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
        readJsonLd(jsonLd, meta);
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
    },
  };
}
