import { describe, expect, it } from 'vitest';
import { entityKey, pairAliasKey } from './entity-key';

describe('entityKey', () => {
  it('gives a country and its demonym one key', () => {
    expect(entityKey('Russian')).toBe(entityKey('Russia'));
    expect(entityKey('Ukrainian')).toBe(entityKey('Ukraine'));
    expect(entityKey('Syrian')).toBe(entityKey('Syria'));
    expect(entityKey('Chinese')).toBe(entityKey('China'));
  });

  it('folds common aliases of the US, the UK, the EU and the UN', () => {
    expect(entityKey('U.S.')).toBe('us');
    expect(entityKey('American')).toBe('us');
    expect(pairAliasKey('United', 'States')).toBe('us');
    expect(pairAliasKey('European', 'Union')).toBe('eu');
    expect(entityKey('Britain')).toBe(entityKey('UK'));
  });

  it('leaves short names and unrelated names apart', () => {
    expect(entityKey('Paris')).not.toBe(entityKey('Kerry'));
    expect(entityKey('Okafor')).toBe('okafor');
  });
});
