import { describe, expect, it } from 'vitest';
import { findNameRuns, isHeadlineCase } from './names';
import { tokensOf } from '../../testing/sentence-tokens';

/** Each run as "name | titles | prefix". */
function runsOf(text: string): string[] {
  const tokens = tokensOf(text);
  const span = (a: number, b: number) =>
    a > b ? '' : text.slice(tokens[a]?.start, tokens[b]?.end);
  return findNameRuns(tokens).map(
    (r) =>
      `${span(r.nameFirst, r.last)} | ${r.titles.join(' ')} | ${r.prefix ? span(r.prefix.first, r.prefix.last) : ''}`,
  );
}

describe('findNameRuns', () => {
  it('strips titles and keeps what stands before them', () => {
    expect(runsOf('US President Barack Obama spoke.')).toEqual(['Barack Obama | president | US']);
    expect(runsOf('Russian Foreign Minister Sergei Lavrov met')).toEqual([
      'Sergei Lavrov | foreign minister | Russian',
    ]);
    expect(runsOf('U.S. Secretary of State John Kerry met')).toEqual([
      'John Kerry | secretary state | U.S.',
    ]);
    expect(runsOf('with European Council President Herman Van Rompuy.')).toEqual([
      'Herman Van Rompuy | president | European Council',
    ]);
    expect(runsOf('said new Interior Secretary Dana Price')).toEqual([
      'Dana Price | interior secretary | ',
    ]);
    expect(runsOf('said Secretary of the Interior Dana Price')).toEqual([
      ' | secretary | ',
      'Dana Price | interior | ',
    ]);
  });

  it('keeps organizations whole', () => {
    expect(runsOf('the Bank of America said')).toEqual(['Bank of America |  | ']);
    expect(runsOf('the European Union')).toEqual(['European Union |  | ']);
  });

  it('joins hyphenated names and leaves dates out', () => {
    expect(runsOf('Ortega-Vidal said on Monday')).toEqual(['Ortega-Vidal |  | ']);
    expect(runsOf('Kerry met Lavrov in Paris on Sunday')).toEqual([
      'Kerry |  | ',
      'Lavrov |  | ',
      'Paris |  | ',
    ]);
  });

  it('keeps a title alone as a run without a name', () => {
    expect(runsOf('the Russian President said')).toEqual([' | president | Russian']);
  });
});

describe('isHeadlineCase', () => {
  it('spots capitals and title case', () => {
    expect(isHeadlineCase(tokensOf('REPORT: ROVERS MAKE HUGE OFFER TO FERRANDI'))).toBe(true);
    expect(
      isHeadlineCase(tokensOf('Dana Price Finally Moves Into Politics For Unknown Reasons')),
    ).toBe(true);
    expect(
      isHeadlineCase(tokensOf('Kerry and Lavrov meet to hash out diplomatic Ukraine solution')),
    ).toBe(false);
  });
});
