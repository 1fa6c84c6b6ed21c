import type { ArticleInput, IngestedArticle, SourceFormat, Span } from '../types';
import { detectFormat } from './detect-format';
import type { CreateDocument } from './html-document';
import { htmlToText } from './html-to-text';
import { markdownToText } from './markdown-to-text';
import { bylineAuthor, inferMetadata, outletFromLegalLines, type MetadataHints } from './metadata';
import { findParagraphs } from './paragraphs';
import { readPage } from './reader-view';

/** What reading an article needs besides its text. */
export type IngestOptions = {
  /**
   * Makes the documents the reader view builds HTML pages in (see `html-document.ts`). Without
   * it, or for a page beyond the reader view's limits, HTML is read by the hand rules.
   */
  createDocument?: CreateDocument;
};

/** Words of a title, for comparing two of them. */
const titleWords = (title: string): Set<string> =>
  new Set(title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The headline to open a reader view's text with: the page's <h1>, unless it shares no word with
 * the page's own title (an <h1> that holds the site's logo), else that title.
 */
function readerHeadline(h1: string | null, pageTitle: string | null): string | null {
  if (!h1 || !pageTitle) return h1 ?? pageTitle;
  const words = titleWords(pageTitle);
  return [...titleWords(h1)].some((w) => words.has(w)) ? h1 : pageTitle;
}

/** An HTML page's readable text: the reader view's when it has one, else the hand rules'. */
function readableHtml(
  source: string,
  options: IngestOptions,
): { text: string; hints: MetadataHints } {
  const html = htmlToText(source);
  const { metadata } = html;
  const reader = options.createDocument ? readPage(source, options.createDocument) : null;
  const title = metadata.headline ?? metadata.documentTitle;
  // A reader view leaves out the footer's copyright line and the byline: the page still has them.
  const pageLines = reader ? html.text.split('\n\n') : [];
  const hints: MetadataHints = {
    heading: html.heading,
    title,
    outlet: metadata.siteName ?? reader?.siteName ?? outletFromLegalLines(pageLines),
    published: metadata.publishedRaw ?? reader?.publishedTime ?? null,
    url: metadata.url,
    author: metadata.author ?? reader?.byline ?? bylineAuthor(pageLines),
    pageText: reader ? html.text : null,
  };
  if (reader) {
    const headline = readerHeadline(reader.title, title);
    const blocks = reader.blocks.filter((b, i) => i > 0 || b !== headline);
    if (!headline) return { text: blocks.join('\n\n'), hints: { ...hints, heading: null } };
    return {
      text: [headline, ...blocks].join('\n\n'),
      hints: { ...hints, heading: { start: 0, end: headline.length } },
    };
  }
  // A page without an <h1>: its <title> is the headline, so it opens the text.
  if (!html.heading && title) {
    return {
      text: html.text ? `${title}\n\n${html.text}` : title,
      hints: { ...hints, heading: { start: 0, end: title.length } },
    };
  }
  return { text: html.text, hints };
}

/** The readable text of an input in its format, and what the format says about it. */
function readableText(
  input: ArticleInput,
  format: SourceFormat,
  options: IngestOptions,
): { text: string; hints: MetadataHints } {
  if (format === 'html') return readableHtml(input.text, options);
  if (format === 'markdown') {
    const md = markdownToText(input.text);
    return {
      text: md.text,
      hints: {
        heading: md.heading,
        title: md.frontMatter.title ?? null,
        outlet: md.frontMatter.outlet ?? null,
        published: md.frontMatter.date ?? null,
        url: md.frontMatter.url ?? null,
        author: md.frontMatter.author ?? null,
      },
    };
  }
  return { text: input.text, hints: {} };
}

/** The title's span and every other paragraph that is exactly the title (a repeated heading). */
function headlineSpans(
  text: string,
  paragraphs: Span[],
  titleSpan: Span | null,
  title: string,
): Span[] {
  if (!titleSpan) return [];
  const raw = text.slice(titleSpan.start, titleSpan.end);
  const repeats = paragraphs.filter((p) => {
    if (p.start === titleSpan.start) return false;
    const line = text.slice(p.start, p.end);
    return line === raw || line === title;
  });
  return [titleSpan, ...repeats];
}

/**
 * Reads one article: detects its format (plain text, Markdown, HTML), reduces markup to readable
 * text (an HTML page as a reader view shows it, when `options.createDocument` is given), finds
 * its paragraphs and infers its metadata. Plain text is kept exactly as given, so that offsets
 * index the original; for markup, `text` is the reduced text and offsets index it.
 *
 * @example ingestArticle({ file: 'a.txt', text: 'Title | News | DW\n\nBody.' }).metadata.outlet // 'DW'
 */
export function ingestArticle(input: ArticleInput, options: IngestOptions = {}): IngestedArticle {
  const format = detectFormat(input.text, input.file);
  const { text, hints } = readableText(input, format, options);
  const paragraphs = findParagraphs(text);
  const metadata = inferMetadata(text, paragraphs, input.file, hints);
  return {
    file: input.file,
    format,
    text,
    paragraphs,
    metadata,
    headlines: headlineSpans(text, paragraphs, metadata.titleSpan, metadata.title),
  };
}
