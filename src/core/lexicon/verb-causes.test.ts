import { describe, expect, it } from 'vitest';
import { causes } from './verb-causes';

describe('causes', () => {
  it('knows the verbs WordNet says cause others, one way only', () => {
    expect(causes('kill', 'die')).toBe(true);
    expect(causes('die', 'kill')).toBe(false);
    expect(causes('kill', 'arrest')).toBe(false);
  });
});
