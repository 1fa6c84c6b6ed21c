/**
 * Control characters that would break or garble a line on a terminal: C0 (line feed, carriage
 * return, tab, escape, …), DEL, C1 (including NEL) and the Unicode line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A message as one printable line: each control character is written as an escape, so that a
 * file name holding a line break cannot split an error into two lines. Anything else, including
 * a backslash, is kept as it is.
 *
 * @example oneLine('a\nb.txt: the file is empty') // 'a\\nb.txt: the file is empty'
 * @example oneLine('x\u001b[31m.txt') // 'x\\x1b[31m.txt'
 */
export function oneLine(message: string): string {
  return message.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
