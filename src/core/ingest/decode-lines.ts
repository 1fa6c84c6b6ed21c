/**
 * Decoding text that is not valid UTF-8 throughout, one line at a time: a stray byte in a UTF-8
 * file costs that byte, not the file; a paragraph pasted from an old Windows encoding is read in
 * that encoding; a file with no UTF-8 at all is Windows-1252.
 */

/** What the UTF-8 decoder makes of some bytes: characters of two bytes or more, bytes lost. */
export type Utf8Scan = {
  /** Well-formed sequences of two to four bytes: evidence that the text is UTF-8. */
  multibyte: number;
  /** Bytes that the decoder replaces with U+FFFD. */
  invalid: number;
  /**
   * Sequences cut short after a valid second byte ("’" as E2 80 without its last byte): a
   * damaged UTF-8 character, which no single-byte encoding explains.
   */
  truncated: number;
};

/**
 * Scans bytes as the WHATWG UTF-8 decoder reads them: counts well-formed multibyte characters
 * and the bytes it would replace (a truncated sequence loses all its bytes; the byte that broke
 * it is read again).
 *
 * @example scanUtf8(new TextEncoder().encode('Zürich')) // { multibyte: 1, invalid: 0, truncated: 0 }
 * @example scanUtf8(new Uint8Array([0x61, 0xe2, 0x80, 0x61])) // { multibyte: 0, invalid: 2, truncated: 1 }
 */
export function scanUtf8(bytes: Uint8Array, from = 0, to = bytes.length): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let truncated = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = from; i < to; i++) {
    const b = bytes[i] ?? 0;
    if (needed === 0) {
      if (b <= 0x7f) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalid++;
      continue;
    }
    if (b < lower || b > upper) {
      invalid += seen + 1;
      if (seen > 0) truncated++;
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen++;
    if (seen === needed) {
      multibyte++;
      needed = 0;
      seen = 0;
    }
  }
  if (needed > 0) {
    invalid += seen + 1;
    if (seen > 0) truncated++;
  }
  return { multibyte, invalid, truncated };
}

/** How invalid UTF-8 was read, for the notices. */
export type LineDecoding = {
  text: string;
  /** Bytes replaced with U+FFFD. */
  replaced: number;
  /** Lines read as Windows-1252. */
  windows1252Lines: number;
  /** Every line that is not plain ASCII was read as Windows-1252: the file is in it. */
  allWindows1252: boolean;
};

/**
 * Decodes bytes that are not valid UTF-8 throughout, line by line. A file with no well-formed
 * UTF-8 character at all is Windows-1252 (`decodeWindows1252`). Otherwise each line is UTF-8,
 * its invalid bytes replaced with U+FFFD and counted, unless it holds no well-formed UTF-8
 * character, no damaged one, and at least two invalid bytes: a line from an old Windows
 * encoding ("“quoted”" as 0x93 … 0x94), read as Windows-1252.
 */
export function decodeLines(
  bytes: Uint8Array,
  decodeWindows1252: (bytes: Uint8Array) => string,
): LineDecoding {
  if (scanUtf8(bytes).multibyte === 0) {
    return {
      text: decodeWindows1252(bytes),
      replaced: 0,
      windows1252Lines: 0,
      allWindows1252: true,
    };
  }
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });
  const chunks: string[] = [];
  let replaced = 0;
  let windows1252Lines = 0;
  let chunkStart = 0;
  let chunkIsUtf8 = true;
  const flush = (end: number) => {
    if (end <= chunkStart) return;
    const part = bytes.subarray(chunkStart, end);
    chunks.push(chunkIsUtf8 ? utf8.decode(part, { stream: false }) : decodeWindows1252(part));
    chunkStart = end;
  };
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const scan = scanUtf8(bytes, start, end);
    const windows = scan.multibyte === 0 && scan.truncated === 0 && scan.invalid >= 2;
    if (windows) windows1252Lines++;
    else replaced += scan.invalid;
    if (windows === chunkIsUtf8) {
      flush(start);
      chunkIsUtf8 = !windows;
    }
    start = end;
  }
  flush(bytes.length);
  return { text: chunks.join(''), replaced, windows1252Lines, allWindows1252: false };
}
