import { describe, expect, it } from 'vitest';
import { abbreviationKind } from './abbreviations';

describe('abbreviationKind', () => {
  it('knows titles, ambiguous and numeric abbreviations', () => {
    expect(abbreviationKind('Mr')).toBe('title');
    expect(abbreviationKind('Gen')).toBe('title');
    expect(abbreviationKind('Calif')).toBe('ambiguous');
    expect(abbreviationKind('Jan')).toBe('ambiguous');
    expect(abbreviationKind('No')).toBe('number');
  });

  it('treats dotted forms and single letters as ambiguous, plain words as none', () => {
    expect(abbreviationKind('U.S')).toBe('ambiguous');
    expect(abbreviationKind('a.m')).toBe('ambiguous');
    expect(abbreviationKind('Ph.D')).toBe('ambiguous');
    expect(abbreviationKind('K')).toBe('ambiguous');
    expect(abbreviationKind('Ukraine')).toBe('none');
    expect(abbreviationKind('2014')).toBe('none');
  });
});
