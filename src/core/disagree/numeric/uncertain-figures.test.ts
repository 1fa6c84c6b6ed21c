import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectNumeric } from './detect-numeric';

/** Two short reports of one march, the second counting its marchers as written. */
function reports(count: string): string[] {
  return [
    'March in Lyon\n\nAbout 3,000 people marched through Lyon on Saturday against the pension law, police said.',
    `Lyon march\n\n${count} people marched through Lyon on Saturday against the pension law, police said.`,
  ];
}

describe('detectNumeric and figures whose value is in doubt', () => {
  it('sets two different counts against each other', () => {
    const found = detectIn(detectNumeric, reports('Some 1,500'));
    expect(found.map((d) => d.sides)).toEqual([['About 3,000', 'Some 1,500']]);
  });

  it('raises nothing from "1.500", which may be 1.5 or 1500', () => {
    expect(detectIn(detectNumeric, reports('Some 1.500'))).toEqual([]);
  });
});
