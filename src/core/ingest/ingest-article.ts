import type { ArticleInput, IngestedArticle, SourceFormat, Span } from '../types';
import { detectFormat } from './detect-format';
import { htmlToText } from './html-to-text';
import { markdownToText } from './markdown-to-text';
import { inferMetadata, type MetadataHints } from './metadata';
import { findParagraphs } from './paragraphs';

/** The readable text of an input in its format, and what the format says about it. */
function readableText(
  input: ArticleInput,
  format: SourceFormat,
): { text: string; hints: MetadataHints } {
  if (format === 'html') {
    const html = htmlToText(input.text);
    const title = html.metadata.headline ?? html.metadata.documentTitle;
    const hints: MetadataHints = {
      heading: html.heading,
      title,
      outlet: html.metadata.siteName,
      published: html.metadata.publishedRaw,
      url: html.metadata.url,
    };
    // A page without an <h1>: its <title> is the headline, so it opens the text.
    if (!html.heading && title) {
      return {
        text: html.text ? `${title}\n\n${html.text}` : title,
        hints: { ...hints, heading: { start: 0, end: title.length } },
      };
    }
    return { text: html.text, hints };
  }
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
 * text, finds its paragraphs and infers its metadata. Plain text is kept exactly as given, so
 * that offsets index the original; for markup, `text` is the reduced text and offsets index it.
 *
 * @example ingestArticle({ file: 'a.txt', text: 'Title | News | DW\n\nBody.' }).metadata.outlet // 'DW'
 */
export function ingestArticle(input: ArticleInput): IngestedArticle {
  const format = detectFormat(input.text, input.file);
  const { text, hints } = readableText(input, format);
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
