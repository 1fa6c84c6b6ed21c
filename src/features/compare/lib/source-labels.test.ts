import { describe, expect, it } from 'vitest';
import { sourceLabels } from './source-labels';
import { formatPublished } from '../../../lib/format-published';

describe('sourceLabels', () => {
  it('uses the outlet, else the file name without extension', () => {
    expect(
      sourceLabels([
        { outlet: 'DW', file: 'a.txt' },
        { outlet: null, file: 'reuters-story.html' },
        { outlet: '  ', file: 'plain' },
      ]),
    ).toEqual(['DW', 'reuters-story', 'plain']);
  });

  it('numbers outlets that appear more than once', () => {
    expect(
      sourceLabels([
        { outlet: 'AP', file: 'a.txt' },
        { outlet: 'DW', file: 'b.txt' },
        { outlet: 'AP', file: 'c.txt' },
      ]),
    ).toEqual(['AP (1)', 'DW', 'AP (2)']);
  });
});

describe('formatPublished', () => {
  it('formats a calendar date without shifting the day', () => {
    expect(formatPublished('2014-03-30')).toBe('30 March 2014');
    expect(formatPublished('2020-01-01')).toBe('1 January 2020');
  });

  it('returns null for missing or malformed dates', () => {
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('30.03.2014')).toBeNull();
    expect(formatPublished('2014-13-45')).toBeNull();
  });
});
