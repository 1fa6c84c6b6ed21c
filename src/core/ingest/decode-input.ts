/**
 * Turns a file's bytes into article text, or says in one line why it cannot be an article. Used
 * by the command line and the browser alike (TextDecoder only; no Node built-ins).
 */
import { MAX_ARTICLE_BYTES, tooLargeForArticle } from '../limits';
import { withoutInvisibleCharacters } from '../util/invisible-characters';
import { type LineDecoding, decodeLines } from './decode-lines';

import { notEnglishNote } from './language';

export { looksEnglish } from './english';

/** Decoded text with notices for the user, or one line saying why the file was refused. */
export type DecodedInput =
  { ok: true; text: string; notices: string[] } | { ok: false; message: string };

/** File signatures of common binary formats, with a readable name. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word/EPUB document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], name: 'a program (EXE)' },
];

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay as they are). Some
 * TextDecoders (Node 20) decode "windows-1252" as Latin-1 and leave these as C1 controls.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** What reading invalid UTF-8 did, in the user's words. */
function lineNotices(file: string, decoded: LineDecoding): string[] {
  if (decoded.allWindows1252) return [`${file}: not valid UTF-8; decoded as Windows-1252`];
  const notices: string[] = [];
  const lines = decoded.windows1252Lines;
  if (lines > 0) {
    notices.push(
      `${file}: ${lines === 1 ? '1 line was' : `${lines} lines were`} not valid UTF-8; decoded as Windows-1252`,
    );
  }
  const bytes = decoded.replaced;
  if (bytes > 0) {
    notices.push(
      `${file}: ${bytes === 1 ? '1 byte' : `${bytes} bytes`} could not be read and ${bytes === 1 ? 'was' : 'were'} replaced`,
    );
  }
  return notices;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether bytes look binary: a NUL byte, or many control characters, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) {
      control++;
    }
  }
  return control > sample.length * 0.02;
}

/** UTF-16 without a byte-order mark: every other byte is NUL in ASCII-heavy text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  });
  const half = sample.length / 2;
  if (oddNul > 0.6 * half && evenNul < 0.05 * half) return 'utf-16le';
  if (evenNul > 0.6 * half && oddNul < 0.05 * half) return 'utf-16be';
  return null;
}

/** The share of U+FFFD among a text's characters. */
function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n / text.length;
}

/**
 * Why a text (already decoded, or given as text: a paste, an imported story's article) cannot
 * be an article, or null: it holds only whitespace or invisible characters, or it is a binary
 * file read as text (a file signature, NUL, many control characters or many U+FFFD, the mark
 * of bytes a decoder could not read).
 *
 * @example checkArticleText('\u200B\u200B') // 'the file is empty: it holds only invisible characters'
 * @example checkArticleText('%PDF-1.4 …') // 'this is a PDF file, not an article in text, Markdown or HTML'
 */
export function checkArticleText(text: string): string | null {
  if (text.trim() === '') return 'the file holds only whitespace';
  const bytes = new TextEncoder().encode(text.slice(0, 65_536));
  const binary = looksBinary(bytes);
  const signature = SIGNATURES.find(
    (s) => startsWith(bytes, s.bytes) && (s.bytes.length >= 4 || binary),
  );
  if (signature) return `this is ${signature.name}, not an article in text, Markdown or HTML`;
  if (binary || replacementShare(text.slice(0, 65_536)) > 0.1) {
    return 'this is a binary file, not an article in text, Markdown or HTML';
  }
  if (withoutInvisibleCharacters(text).trim() === '') {
    return 'the file is empty: it holds only invisible characters';
  }
  return null;
}

/**
 * Decodes a file's bytes as article text. Rejects empty, whitespace-only, binary and oversized
 * input with one clear line; strips a UTF-8 byte-order mark; decodes UTF-16 with a mark (or an
 * obvious pattern); reads invalid UTF-8 line by line (`decodeLines`: a file without UTF-8 is
 * Windows-1252, a stray byte is replaced), with a notice; names the language of a text that is
 * not in English.
 *
 * @example decodeInput(new TextEncoder().encode('Hello world.'), 'a.txt') // { ok: true, text: 'Hello world.', notices: [] }
 * @example decodeInput(new Uint8Array(0), 'a.txt') // { ok: false, message: 'a.txt: the file is empty' }
 */
export function decodeInput(bytes: Uint8Array, file: string): DecodedInput {
  const fail = (why: string): DecodedInput => ({ ok: false, message: `${file}: ${why}` });
  if (bytes.length === 0) return fail('the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(`the file is ${tooLargeForArticle(bytes.length)}`);
  }
  const notices: string[] = [];
  let text: string;
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : utf16WithoutBom(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
    notices.push(`${file}: decoded as ${utf16.toUpperCase()}`);
  } else {
    const binary = looksBinary(bytes);
    // Short signatures ("MZ") also open ordinary text: trust them only when the bytes agree.
    const signature = SIGNATURES.find(
      (s) => startsWith(bytes, s.bytes) && (s.bytes.length >= 4 || binary),
    );
    if (signature)
      return fail(`this is ${signature.name}, not an article in text, Markdown or HTML`);
    if (binary) return fail('this is a binary file, not an article in text, Markdown or HTML');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const decoded = decodeLines(bytes, decodeWindows1252);
      text = decoded.text;
      notices.push(...lineNotices(file, decoded));
    }
  }
  const problem = checkArticleText(text);
  if (problem) return fail(problem);
  const language = notEnglishNote(text);
  if (language) notices.push(`${file}: ${language}`);
  return { ok: true, text, notices };
}
