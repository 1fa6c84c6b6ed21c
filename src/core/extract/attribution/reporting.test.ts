import { describe, expect, it } from 'vitest';
import { findReportingClauses } from './reporting';
import { tokensOf } from '../../testing/sentence-tokens';

/** Clauses of a sentence as "kind: source (citing)". */
function clausesOf(text: string): string[] {
  const tokens = tokensOf(text);
  const span = (r: { first: number; last: number } | null) =>
    r ? text.slice(tokens[r.first]?.start, tokens[r.last]?.end) : '-';
  return findReportingClauses(tokens, []).map(
    (c) => `${c.kind}: ${span(c.source)}${c.citing ? ` (${span(c.citing)})` : ''}`,
  );
}

describe('findReportingClauses', () => {
  it('reads the seed attributions', () => {
    expect(
      clausesOf(
        "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv.",
      ),
    ).toEqual(['according-to: Kyiv']);
    expect(clausesOf('US officials have put the number at 40,000.')).toEqual([
      'estimate-at: US officials',
    ]);
    expect(clausesOf('Putin reportedly initiated the phone call.')).toEqual(['reportedly: -']);
  });

  it('reads subject and inverted reporting verbs', () => {
    expect(clausesOf('Police said 12 people were injured in the riots.')).toEqual([
      'reporting-verb: Police',
    ]);
    expect(
      clausesOf('“That person is dangerous,” said Lt. Gregg Hastings of the Oregon State Police.'),
    ).toEqual(['inverted: Lt. Gregg Hastings of the Oregon State Police']);
    expect(clausesOf('Navy spokesperson said here.')).toEqual([
      'reporting-verb: Navy spokesperson',
    ]);
  });

  it('reads "citing" with the reporter as the source', () => {
    expect(clausesOf('ITAR-TASS reported September 26, citing the election commission.')).toEqual([
      'reporting-verb: ITAR-TASS',
      'citing: ITAR-TASS (election commission)',
    ]);
  });

  it('ignores participles, infinitives and passives', () => {
    expect(clausesOf('He left, saying nothing.')).toEqual([]);
    expect(clausesOf('He declined to say where she is.')).toEqual([]);
    expect(clausesOf('The deal is said to be worth $180 million.')).toEqual([]);
  });

  it('ignores clauses inside quotations', () => {
    const tokens = tokensOf('“I said no,” Kerry said.');
    const inQuote = tokens.map((t) => t.start >= 1 && t.end <= 11);
    expect(findReportingClauses(tokens, inQuote).map((c) => c.cue.first)).toEqual([
      tokens.length - 2,
    ]);
  });
});
