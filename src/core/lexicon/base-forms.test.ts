import { describe, expect, it } from 'vitest';
import { baseForms } from './base-forms';

describe('baseForms', () => {
  it('undoes regular inflections by class', () => {
    expect(baseForms('rifles', 'noun')).toContain('rifle');
    expect(baseForms('churches', 'noun')).toContain('church');
    expect(baseForms('policemen', 'noun')).toContain('policeman');
    expect(baseForms('casualties', 'noun')).toContain('casualty');
    expect(baseForms('seized', 'verb')[0]).toBe('seize');
    expect(baseForms('killed', 'verb')).toContain('kill');
    expect(baseForms('dying', 'verb')).not.toContain('die'); // irregular: the tokenizer's lemma
    expect(baseForms('larger', 'adj')).toContain('large');
  });

  it('inflects the last word of a multiword lemma and leaves adverbs alone', () => {
    expect(baseForms('assault rifles', 'noun')).toContain('assault rifle');
    expect(baseForms('quickly', 'adv')).toEqual([]);
    expect(baseForms('s', 'noun')).toEqual([]);
  });
});
