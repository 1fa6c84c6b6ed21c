import type { SourceFormat } from '../types';

const HTML_EXTENSIONS = /\.(?:html?|xhtml|php|aspx?)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|html|body|head|article|section|script|style|img|meta|title|table|tr|td|em|strong|b|i|figure|figcaption|blockquote|header|footer|nav|main)\b[^<>]*>/gi;
const BLOCK_TAG = /<(?:p|div|br|h[1-6]|li|article|section|table|body)\b[^<>]*>/gi;

function count(text: string, pattern: RegExp, limit = 50): number {
  let n = 0;
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  while (n < limit && global.exec(text)) n++;
  return n;
}

/** Evidence that text is Markdown: each kind of marker that plain text rarely has scores. */
function markdownScore(text: string): number {
  const firstLine = /^\s*(.*)/.exec(text)?.[1] ?? '';
  let score = 0;
  if (/^#{1,6}\s+\S/.test(firstLine)) score += 2;
  if (/^---\s*\r?\n[\s\S]*?\r?\n---\s*$/m.test(text.slice(0, 4000)) && /^---/.test(text))
    score += 2;
  if (count(text, /^#{1,6}\s+\S/m) > (score > 0 ? 1 : 0)) score += 1;
  if (count(text, /(?<!!)\[[^\]\n]+\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/) > 0) score += 2;
  if (count(text, /!\[[^\]\n]*\]\([^)\s]+\)/) > 0) score += 2;
  if (count(text, /(\*\*|__)(?=\S)[^*_\n]+?(?<=\S)\1/) > 0) score += 1;
  if (count(text, /^\s{0,3}(?:```|~~~)/m) > 0) score += 2;
  if (count(text, /^\s{0,3}>\s\S/m) > 1) score += 1;
  if (count(text, /\n(?:=+|-+)\s*(?:\n|$)/) > 0) score += 1;
  return score;
}

/**
 * Whether a text is HTML, Markdown or plain text: by its file name's extension when that is
 * telling, else by its content (an HTML start or several HTML tags; several Markdown markers).
 *
 * @example detectFormat('<p>Hi</p><p>there</p><br><div>x</div><p>y</p>', 'a.txt') // 'html'
 * @example detectFormat('# Title\n\nSee [this](https://x.org).', 'a.txt') // 'markdown'
 * @example detectFormat('Title\n\nPlain *text*.', 'a.txt') // 'text'
 */
export function detectFormat(text: string, file: string): SourceFormat {
  if (HTML_EXTENSIONS.test(file) && count(text, HTML_TAG, 1) > 0) return 'html';
  if (MARKDOWN_EXTENSIONS.test(file)) return 'markdown';
  if (HTML_START.test(text)) return 'html';
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (count(sample, HTML_TAG) >= 5 && count(sample, BLOCK_TAG) >= 2) return 'html';
  return markdownScore(sample) >= 3 ? 'markdown' : 'text';
}
