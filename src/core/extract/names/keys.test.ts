import { describe, expect, it } from 'vitest';
import { aliasName, aliasType, nameKey } from './keys';

describe('nameKey', () => {
  it('folds case, accents, dots and possessives', () => {
    expect(nameKey('José Manuel Barroso')).toBe('jose manuel barroso');
    expect(nameKey('Ukraine’s')).toBe('ukraine');
    expect(nameKey('Sergei  Lavrov')).toBe('sergei lavrov');
  });

  it('maps the usual abbreviations to one key', () => {
    expect(nameKey('U.S.')).toBe('united states');
    expect(nameKey('US')).toBe('united states');
    expect(nameKey('United States')).toBe('united states');
    expect(nameKey('U.N.')).toBe('united nations');
    expect(nameKey('Kyiv')).toBe('kyiv');
  });

  it('names and types the aliases', () => {
    expect(aliasName('U.S.')).toBe('United States');
    expect(aliasName('Kyiv')).toBeNull();
    expect(aliasType('united states')).toBe('place');
    expect(aliasType('european union')).toBe('organization');
    expect(aliasType('russia')).toBeNull();
  });
});
