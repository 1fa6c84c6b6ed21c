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
    expect(clausesOf('Police said 14 people were hurt in the crash.')).toEqual([
      'reporting-verb: Police',
    ]);
    expect(
      clausesOf('“The road is closed,” said Sgt. Mara Quill of the Ohio Highway Patrol.'),
    ).toEqual(['inverted: Sgt. Mara Quill of the Ohio Highway Patrol']);
    expect(clausesOf('Coastguard spokesperson said here.')).toEqual([
      'reporting-verb: Coastguard spokesperson',
    ]);
  });

  it('reads "citing" with the reporter as the source', () => {
    expect(clausesOf('Interfax reported October 14, citing the transport ministry.')).toEqual([
      'reporting-verb: Interfax',
      'citing: Interfax (transport ministry)',
    ]);
  });

  it('ignores participles, infinitives and passives', () => {
    expect(clausesOf('He left, saying nothing.')).toEqual([]);
    expect(clausesOf('He declined to say where she is.')).toEqual([]);
    expect(clausesOf('The contract is said to be worth $75 million.')).toEqual([]);
  });

  it('ignores clauses inside quotations', () => {
    const tokens = tokensOf('“I said no,” Kerry said.');
    const inQuote = tokens.map((t) => t.start >= 1 && t.end <= 11);
    expect(findReportingClauses(tokens, inQuote).map((c) => c.cue.first)).toEqual([
      tokens.length - 2,
    ]);
  });
});
