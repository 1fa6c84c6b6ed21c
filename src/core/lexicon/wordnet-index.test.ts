import { describe, expect, it } from 'vitest';
import {
  entrySenses,
  findLemma,
  memberLemmas,
  symmetricIds,
  useWordnetIndex,
  wordnetIndex,
  type Symmetric,
} from './wordnet-table';

const LEMMAS = [
  'arrest',
  'death',
  'die',
  'win',
  'lose',
  'wet',
  'assault rifle',
  'propose',
  'president',
];
const RELATIONS: Symmetric[] = ['derived', 'antonym', 'similar'];

/** What lookups answer for a few lemmas and their synsets. */
function answers() {
  return LEMMAS.map((lemma) => {
    const entry = findLemma(lemma);
    const synsets = entrySenses(entry).flat();
    return {
      lemma,
      entry,
      synsets,
      related: synsets.map((id) => RELATIONS.map((r) => symmetricIds(r, id))),
      members: synsets.map((id) => memberLemmas(id)),
    };
  });
}

describe('the saved WordNet index', () => {
  it('answers every lookup as the index derived from the columns does', () => {
    const derived = answers();
    expect(derived.every((a) => a.entry >= 0 && a.synsets.length > 0)).toBe(true);
    const saved = wordnetIndex().slice();
    expect(useWordnetIndex(saved)).toBe(true);
    expect(answers()).toEqual(derived);
    expect(wordnetIndex()).toEqual(saved);
  });

  it('is refused whole when it is not an index of this table in this layout', () => {
    const saved = wordnetIndex().slice();
    const changed = (edit: (copy: Int32Array) => Int32Array) => edit(saved.slice());
    expect(useWordnetIndex(saved.subarray(0, saved.length - 1))).toBe(false);
    expect(useWordnetIndex(new Int32Array(3))).toBe(false);
    expect(useWordnetIndex(changed((c) => c.fill(c[0]! + 1, 0, 1)))).toBe(false);
    expect(useWordnetIndex(changed((c) => c.fill(c[1]! ^ 1, 1, 2)))).toBe(false);
    expect(useWordnetIndex(changed((c) => c.fill(c[4]! - 1, 4, 5)))).toBe(false);
    expect(useWordnetIndex(saved)).toBe(true);
  });
});
