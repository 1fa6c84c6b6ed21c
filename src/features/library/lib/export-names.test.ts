import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-names';

describe('exportFileName', () => {
  it('makes a file name from the story name, with a fallback', () => {
    expect(exportFileName('Bridge closure: day 2', 'story')).toBe(
      'bridge-closure-day-2.parallax.json',
    );
    expect(exportFileName('Flood', 'analysis')).toBe('flood.analysis.json');
    expect(exportFileName('  ', 'report')).toBe('story.report.md');
    expect(
      exportFileName('Storm forces closure of coastal highway in the north of the county', 'story'),
    ).toBe('storm-forces-closure-of-coastal-highway-in-the.parallax.json');
    expect(exportFileName('Éboulement à Genève', 'story')).toBe(
      'eboulement-a-geneve.parallax.json',
    );
    expect(exportFileName('x'.repeat(60), 'story')).toBe(`${'x'.repeat(48)}.parallax.json`);
  });
});
