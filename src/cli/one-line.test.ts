import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('keeps ordinary messages as they are', () => {
    const message = 'seeds/a b-ü—“x”\\y.txt: cannot read (no such file)';
    expect(oneLine(message)).toBe(message);
  });

  it('escapes every character that would break or garble the line', () => {
    expect(oneLine('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(oneLine('\u0000\u001b[1m\u007f\u0085')).toBe('\\x00\\x1b[1m\\x7f\\x85');
    expect(oneLine('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z');
    expect(oneLine('\n\u2028\u0085\r').split(/[\n\r\u2028\u2029\u0085]/)).toHaveLength(1);
  });
});
