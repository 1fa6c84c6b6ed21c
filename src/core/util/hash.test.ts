import { describe, expect, it } from 'vitest';
import { fnv1a, slug } from './hash';

describe('fnv1a', () => {
  it('matches the reference FNV-1a values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('abc')).toBe('1a47e90b');
  });
});

describe('slug', () => {
  it('keeps letters and digits, joined by dashes', () => {
    expect(slug('Deutsche Welle (DW)')).toBe('deutsche-welle-dw');
    expect(slug('???')).toBe('article');
  });
});
