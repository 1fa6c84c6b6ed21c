import { findSentenceSpans } from '../sentences/sentence-boundaries';
import type { ArticleMetadata, Span } from '../types';
import { boilerplateReason, isMenuItem } from './boilerplate-rules';
import { cleanTitle } from './clean-title';
import { findCredits } from './credits';
import { dateFromUrl, findDate } from './date-formats';
import { cleanOutletName, hostOf, outletFromHost } from './outlet';

/** What the source format already says (HTML <meta>, Markdown front matter), when anything. */
export type MetadataHints = {
  /** Where the headline stands in the text (an <h1>, a Markdown heading). */
  heading?: Span | null;
  /** The document's own title (HTML <title>, og:title), used when the text has no heading. */
  title?: string | null;
  outlet?: string | null;
  /** A publication date or time as written. */
  published?: string | null;
  /** The article's address. */
  url?: string | null;
  /** Who wrote it, as the format says ("Jane Doe", "By Jane Doe"). */
  author?: string | null;
  /**
   * All the text of the page the article was read from, when that is more than the article
   * (a reader view's page): where the outlet's name may be spelled out ("Ellis Streets").
   */
  pageText?: string | null;
};

/** Copyright and disclaimer notices are short paragraphs; longer ones are not searched. */
const MAX_LEGAL_LINE = 3000;
/** A title longer than this (a page of text without punctuation) is cut at a word. */
const MAX_TITLE_LENGTH = 300;

/** A capitalized name: "Coinspeaker Ltd.", "The Associated Press", "Deutsche Welle". */
const NAME =
  "((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*)(?:[ ](?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&'’.-]*|of|and|the|de|für))*)";
const DISCLAIMER = new RegExp(
  `\\bdo(?:es)? not (?:necessarily )?(?:represent|reflect) (?:those|the (?:views?|opinions?|positions?))(?: or (?:views?|opinions?))?(?: of)? (?:the )?${NAME}`,
  'u',
);
const COPYRIGHT = new RegExp(
  `(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(?:by\\s+)?${NAME}`,
  'iu',
);
const RECOMMENDS =
  /^([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,2}) recommends:?$/u;
const SOURCE_URL =
  /^(?:source|sources|via|url|link|original|originally published|first published|read more)\s*(?:at|on|in)?\s*:?\s*((?:https?:\/\/|www\.)\S+)$|^((?:https?:\/\/|www\.)\S+)$/i;
const DATE_LABEL =
  /\b(first published|published|posted|updated|last updated|last modified|date|dated|released)\b(?:\s+(?:on|at))?\s*:?\s*/gi;
const DATELINE_PREFIX = /^(?:[\p{Lu}][\p{Lu} .'’-]+,\s*)?(?:on\s+)?(?:\p{L}+day,?\s*)?$/iu;

/**
 * A byline line: "By Jane Doe", "Posted by J. Doe | Reporter", "Written by A and B, AP",
 * "Posted by Ines Varga at 7:41 PM".
 */
const BYLINE =
  /^(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Aa]uthor:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*)\s*(?:(?:[,|–—-]|\b(?:at|on|in)\b).{0,60})?$/u;

/**
 * The author a byline line names, in the first paragraphs; or null.
 *
 * @example bylineAuthor(['Title', 'Posted by Ines Varga at 7:41 PM']) // 'Ines Varga'
 */
export function bylineAuthor(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 10)) {
    const line = paragraph.replace(/\s+/g, ' ').trim();
    if (line.length > 120) continue;
    const name = BYLINE.exec(line)?.[1];
    if (name && name.split(' ').length <= 8) return name;
  }
  return null;
}

/** A name as a byline gives it, without "By" and a trailing role ("By Jane Doe, Reporter"). */
function cleanAuthor(name: string | null | undefined): string | null {
  const clean = name
    ?.replace(/\s+/g, ' ')
    .replace(/^(?:by|posted by|written by)\s+/i, '')
    .trim();
  return clean && clean.length <= 200 && !/^(?:https?:)?\/\//i.test(clean) ? clean : null;
}

/** The author, unless it is the outlet itself ("Coastline Radio", "NBN News, Millbrook"). */
function personalAuthor(author: string | null, outlet: string | null): string | null {
  if (!author || !outlet) return author;
  return author.toLowerCase().startsWith(outlet.toLowerCase()) ? null : author;
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  return `${title.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH)}…`;
}

/** An outlet's name as a reader knows it: "DW.COM" → "DW", "Example Ltd." → "Example". */
/** A place, as a dateline writes it, then the outlet in brackets. */
const DATELINE_CREDIT = /^\p{Lu}[\p{L}.' -]*(?:,\s*\p{Lu}[\p{L}.' -]*)*\s*\(([^()]{2,60})\)$/u;

function readableOutlet(name: string | null | undefined, text: string): string | null {
  if (!name?.trim()) return null;
  // A dateline with its credit, cut from a title: "Leipzig, Germany (Sports Wire)".
  const credited = DATELINE_CREDIT.exec(name.trim())?.[1];
  if (credited) return cleanOutletName(credited);
  const host = /^[\w.-]+\.[a-z]{2,}$/i.test(name.trim()) ? hostOf(name) : null;
  return (host ? outletFromHost(host, text) : cleanOutletName(name)) || null;
}

/**
 * The outlet a legal line names: "© 2014 X", "do not represent those of X Ltd.".
 *
 * @example outletFromLegalLines(['Text.', 'Copyright © 2024 Valley Gazette. All rights reserved.']) // 'Valley Gazette'
 */
export function outletFromLegalLines(paragraphs: readonly string[]): string | null {
  for (const paragraph of [...paragraphs].reverse().slice(0, 20)) {
    if (paragraph.length > MAX_LEGAL_LINE) continue;
    for (const pattern of [DISCLAIMER, COPYRIGHT]) {
      const name = pattern.exec(paragraph)?.[1];
      const clean = name ? cleanOutletName(name.replace(/\s+All rights reserved.*$/i, '')) : '';
      if (clean && !/^(?:All|The|This|Our|Its|Their)$/i.test(clean)) return clean;
    }
  }
  return null;
}

/** The date written after a label such as "Published" or "First Published:". */
function labelledDate(paragraphs: readonly string[]): string | null {
  let updated: string | null = null;
  const candidates = [...paragraphs.slice(0, 12), ...paragraphs.slice(-5)];
  for (const whole of candidates) {
    const paragraph = whole.slice(0, 300); // a labelled date stands at the top of its block
    const label = new RegExp(DATE_LABEL.source, DATE_LABEL.flags);
    for (let m = label.exec(paragraph); m; m = label.exec(paragraph)) {
      const after = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const found = findDate(after);
      if (!found || !DATELINE_PREFIX.test(after.slice(0, found.index))) continue;
      if (!/updated|modified/i.test(m[1] ?? '')) return found.date;
      updated ??= found.date;
    }
  }
  return updated;
}

/** A date that opens one of the first paragraphs: "June 4, 2012 9:15 AM Dana Price has…". */
function openingDate(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 6)) {
    const found = findDate(paragraph.slice(0, 80));
    if (found && DATELINE_PREFIX.test(paragraph.slice(0, found.index))) return found.date;
  }
  return null;
}

/** The article's address: a "Source: http…" line, or a bare URL line. */
function sourceUrl(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const m = SOURCE_URL.exec(paragraph.trim());
    if (m) return m[1] ?? m[2] ?? null;
  }
  return null;
}

/**
 * The headline at the start of a line that runs it into the lead (text rebuilt from a page's
 * words without its line breaks), read off the address: the last part of the address's path
 * that spells words ("ferry-runs-aground-off-the-isle-of-skye") names the headline when
 * the line opens with exactly those letters and a word ends there. Null when it does not.
 *
 * @example slugHeadline('Ferry runs aground off Skye The coastguard said so.', 'https://x.com/ferry-runs-aground-off-skye/a1.ece') // 'Ferry runs aground off Skye'
 */
export function slugHeadline(line: string, url: string): string | null {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  const segments = path.split('/').map((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A malformed escape: read the segment as it is.
    }
    return decoded.replace(/\.[a-z]{2,5}$/i, '');
  });
  const slug = segments
    .reverse()
    .find((segment) => (segment.match(/\p{L}+/gu) ?? []).length >= 3 && /[-_]/.test(segment));
  if (!slug) return null;
  const letters = (slug.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []).join('');
  if (letters.length < 15) return null;
  let i = 0;
  let end = -1;
  for (const m of line.matchAll(/[\p{L}\p{N}]/gu)) {
    if (m[0].toLowerCase() !== letters[i]) return null;
    i++;
    if (i === letters.length) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0 || end >= line.length || /[\p{L}\p{N}]/u.test(line.charAt(end))) return null;
  // The lead goes on after it as a sentence: a capital after the headline, a sentence's end
  // at the line's end (a headline line that only outruns a cut address is left whole).
  if (!/^\s+["“‘]?\p{Lu}/u.test(line.slice(end)) || !/[.!?]["”’]?$/.test(line.trim())) return null;
  return line.slice(0, end).trim();
}

/** Where the headline stands: the format's heading, else the first line that is not furniture. */
function findTitleSpan(text: string, paragraphs: Span[], hints: MetadataHints): Span | null {
  if (hints.heading) return hints.heading;
  const paragraph =
    paragraphs.slice(0, 12).find((p) => {
      const line = text.slice(p.start, p.end);
      return !isMenuItem(line) && boilerplateReason(line) === null && /\p{L}/u.test(line);
    }) ?? paragraphs[0];
  // Scraped pages may glue the headline to the lead: the title is at most the first sentence.
  return paragraph
    ? (findSentenceSpans(text, paragraph.start, paragraph.end)[0] ?? paragraph)
    : null;
}

/**
 * Infers an article's metadata from its text and the format's hints: a clean title (site
 * suffixes stripped), the outlet (format hint, title suffix, copyright or disclaimer line,
 * source address), the publication date (format hint, a labelled date, the title's date, a
 * dateline, the address's date), the wire agencies credited, the author (format hint, a byline)
 * and the address (format hint, a source line).
 *
 * @example inferMetadata('Kerry meets Lavrov | News | DW | 30.03.2014\n\nText.', paragraphs, {}).outlet // 'DW'
 */
export function inferMetadata(
  text: string,
  paragraphs: Span[],
  file: string,
  hints: MetadataHints = {},
): ArticleMetadata {
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const titleSpan = findTitleSpan(text, paragraphs, hints);
  const url = hints.url ?? sourceUrl(lines);
  const host = url ? hostOf(url) : null;
  const spelling = hints.pageText ? `${text}\n\n${hints.pageText}` : text;
  const hostOutlet = host ? outletFromHost(host, spelling) : null;
  const legalOutlet = outletFromLegalLines(lines);
  const recommends = lines.map((l) => RECOMMENDS.exec(l)?.[1]).find(Boolean) ?? null;
  const known = [hints.outlet, legalOutlet, hostOutlet, recommends].filter(
    (o): o is string => typeof o === 'string' && o !== '',
  );
  const spanTitle = titleSpan ? text.slice(titleSpan.start, titleSpan.end) : null;
  const rawTitle =
    spanTitle === null
      ? (hints.title ?? '')
      : ((url && !hints.heading ? slugHeadline(spanTitle, url) : null) ?? spanTitle);
  const cleaned = cleanTitle(rawTitle, known);
  // An HTML page's <title> may carry the outlet and date that its <h1> lacks.
  const documentTitle = hints.title && titleSpan ? cleanTitle(hints.title, known) : null;
  const hintDate = hints.published ? (findDate(hints.published)?.date ?? null) : null;
  const outlet =
    readableOutlet(hints.outlet, spelling) ??
    readableOutlet(cleaned.outlet, spelling) ??
    readableOutlet(documentTitle?.outlet, spelling) ??
    legalOutlet ??
    hostOutlet ??
    recommends;
  const bodyLines = lines.filter((_, i) => paragraphs[i]?.start !== titleSpan?.start);
  return {
    title: shorten(cleaned.title) || file,
    titleSpan,
    outlet,
    published:
      hintDate ??
      labelledDate(bodyLines) ??
      cleaned.date ??
      documentTitle?.date ??
      openingDate(bodyLines) ??
      (url ? dateFromUrl(url) : null),
    credits: findCredits(lines),
    author: personalAuthor(cleanAuthor(hints.author) ?? bylineAuthor(lines), outlet),
    url,
  };
}
