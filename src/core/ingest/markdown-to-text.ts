import type { Span } from '../types';

/** Metadata from a YAML front matter block (`---\ntitle: …\n---`). */
export type FrontMatter = {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  author?: string;
};

/** Readable text of a Markdown document, where its first heading stands, and front matter. */
export type MarkdownText = { text: string; heading: Span | null; frontMatter: FrontMatter };

const FRONT_MATTER_KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  publishdate: 'date',
  pubdate: 'date',
  outlet: 'outlet',
  publisher: 'outlet',
  source: 'outlet',
  site: 'outlet',
  url: 'url',
  link: 'url',
  canonical: 'url',
  author: 'author',
  byline: 'author',
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** An inline HTML tag: a name, then attributes after a space or a slash (`<img/src=x>`). */
const INLINE_TAG = /<\/?[a-z][a-z0-9-]*(?:[\s/][^<>]*)?>/gi;

/**
 * Inline HTML tags dropped, again while dropping some leaves a new tag (`<scr<b>ipt>` → `<script>`),
 * a few rounds at most: what is left is shown as text anyway, never parsed.
 */
function withoutTags(line: string): string {
  let text = line;
  for (let round = 0; round < 8; round++) {
    const next = text.replace(INLINE_TAG, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * Inline Markdown to plain text: links keep their text, images and markers go.
 *
 * Every pattern stops scanning at the next bracket, parenthesis or delimiter of its kind, so a
 * paragraph of thousands of unclosed "[" or "**" costs linear time, not quadratic (a 500 KB
 * line of "[[[[**__`" took minutes).
 */
export function stripInline(line: string): string {
  return withoutTags(line)
    .replace(/!\[[^[\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '')
    .replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, '')
    .replace(/\[([^[\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<([a-z][a-z0-9+.-]{1,31}:[^<>\s]*)>/gi, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~/g, '$1')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
    .replace(/\s+$/, '');
}

function readFrontMatter(lines: string[]): { frontMatter: FrontMatter; skip: number } {
  const frontMatter: FrontMatter = {};
  if (lines[0]?.trim() !== '---') return { frontMatter, skip: 0 };
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (close < 0 || close > 60) return { frontMatter, skip: 0 };
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_-]+)\s*:\s*(.+?)\s*$/.exec(line);
    const field = m?.[1] ? FRONT_MATTER_KEYS[m[1].toLowerCase()] : undefined;
    const value = m?.[2]?.replace(/^["']|["']$/g, '');
    if (field && value && frontMatter[field] === undefined) frontMatter[field] = value;
  }
  return { frontMatter, skip: close + 1 };
}

/** Raw HTML elements whose content a browser runs or applies, never shows: `<script>`, `<style>`. */
const RAW_OPEN = /<(script|style)\b[^>]*>/gi;
const RAW_CLOSE: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
};

/**
 * A raw element left open at the end of a line: its name, and whether it opened a block (the
 * tag first on its line, between paragraphs), which only its closing tag ends; an element
 * opened inside a paragraph ends with the paragraph, so a stray tag hides no more than that.
 */
export type OpenElement = { name: string; block: boolean };

/**
 * A line without the raw `<script>` and `<style>` elements in it, and the element still open
 * at its end (its content goes on over the next lines). An element inside a code span
 * (`` `<script>` ``) is code, shown as written. `betweenParagraphs`: the line starts a block.
 *
 * @example withoutRawElements('Before <script>alert(1)</script> after.', null, true) // { text: 'Before  after.', open: null }
 */
export function withoutRawElements(
  line: string,
  open: OpenElement | null,
  betweenParagraphs: boolean,
): { text: string; open: OpenElement | null } {
  let text = '';
  let blank = true;
  let at = 0;
  let inside = open;
  const ticks = backtickCounter(line);
  for (;;) {
    if (inside) {
      const close = RAW_CLOSE[inside.name] ?? RAW_OPEN;
      close.lastIndex = at;
      const end = close.exec(line);
      if (!end) return { text, open: inside };
      at = end.index + end[0].length;
      inside = null;
    }
    RAW_OPEN.lastIndex = at;
    let start = RAW_OPEN.exec(line);
    while (start && ticks(start.index) % 2 === 1) start = RAW_OPEN.exec(line);
    if (!start) return { text: text + line.slice(at), open: null };
    const before = line.slice(at, start.index);
    text += before;
    blank &&= before.trim() === '';
    at = start.index + start[0].length;
    // `<script src="x"/>` has no content to hide.
    if (!start[0].endsWith('/>')) {
      inside = { name: (start[1] ?? '').toLowerCase(), block: betweenParagraphs && blank };
    }
  }
}

/**
 * Counts the backticks of a line before an offset; offsets must not decrease from call to call
 * (one pass over the line in all). After an odd count, the offset is inside a code span.
 */
function backtickCounter(line: string): (before: number) => number {
  let count = 0;
  let next = line.indexOf('`');
  return (before) => {
    while (next >= 0 && next < before) {
      count++;
      next = line.indexOf('`', next + 1);
    }
    return count;
  };
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Reduces Markdown to readable text: one paragraph per block (soft-wrapped lines joined),
 * headings without "#", list bullets, emphasis and code markers dropped, links replaced by their
 * text, images and reference definitions dropped, raw `<script>` and `<style>` elements dropped
 * with their content (outside code: `withoutRawElements`), front matter read as metadata.
 *
 * @example markdownToText('# Title\n\nSome **bold** [link](http://x).').text // 'Title\n\nSome bold link.'
 */
export function markdownToText(markdown: string): MarkdownText {
  const lines = markdown.split(/\r\n|\r|\n/);
  const { frontMatter, skip } = readFrontMatter(lines);
  const paragraphs: string[] = [];
  let headingIndex = -1;
  let pending: string[] = [];
  let inFence = false;
  let rawOpen: OpenElement | null = null;
  const end = (): void => {
    const paragraph = stripInline(pending.join(' ').replace(/\s+/g, ' ').trim()).trim();
    if (paragraph) paragraphs.push(paragraph);
    pending = [];
  };
  const pushHeading = (text: string): void => {
    end();
    pending = [text];
    const before = paragraphs.length;
    end();
    if (headingIndex < 0 && paragraphs.length > before) headingIndex = before;
  };
  for (const raw of lines.slice(skip)) {
    if (FENCE.test(raw)) {
      end();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw.trim()) paragraphs.push(raw.trim());
      continue;
    }
    // A blank line ends a paragraph, and an element a stray tag opened inside it.
    if (!raw.trim() && rawOpen && !rawOpen.block) rawOpen = null;
    const visible = withoutRawElements(raw, rawOpen, pending.length === 0);
    const hidden = visible.text !== raw;
    rawOpen = visible.open;
    const line = visible.text.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (hidden && !line.trim()) {
      end();
      continue;
    }
    const atx = HEADING.exec(line);
    if (!line.trim()) end();
    else if (atx) pushHeading(atx[1] ?? '');
    else if (SETEXT.test(line) && pending.length > 0) {
      const underlined = pending.join(' ');
      pending = [];
      pushHeading(underlined);
    } else if (RULE.test(line) || REFERENCE.test(line) || TABLE_RULE.test(line)) end();
    else if (BULLET.test(line)) {
      end();
      pending = [line.replace(BULLET, '')];
    } else if (NUMBERED.test(line)) {
      end();
      pending = [line.trim()];
    } else if (/^\s*\|.*\|\s*$/.test(line)) {
      end();
      pending = [
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .trim(),
      ];
      end();
    } else pending.push(line.trim());
  }
  end();
  if (headingIndex < 0 && frontMatter.title) {
    paragraphs.unshift(stripInline(frontMatter.title));
    headingIndex = 0;
  }
  let heading: Span | null = null;
  let offset = 0;
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i === headingIndex) heading = { start: offset, end: offset + paragraph.length };
    offset += paragraph.length + 2;
  }
  return { text: paragraphs.join('\n\n'), heading, frontMatter };
}
