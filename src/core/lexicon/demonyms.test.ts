import { describe, expect, it } from 'vitest';
import { placeOfDemonym } from './demonyms';

describe('placeOfDemonym', () => {
  it('maps demonym adjectives and peoples to their place', () => {
    expect(placeOfDemonym('Kenyan')).toBe('kenya');
    expect(placeOfDemonym('french')).toBe('france');
    expect(placeOfDemonym('peruvian')).toBe('peru');
  });

  it('knows no other word', () => {
    expect(placeOfDemonym('pirate')).toBeNull();
    expect(placeOfDemonym('somalia')).toBeNull();
  });
});
