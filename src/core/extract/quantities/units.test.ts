import { describe, expect, it } from 'vitest';
import { currencySign, currencyWord, isCountableUnit, isMeasureNoun, unitName } from './units';

describe('units', () => {
  it('writes time units singular and counted nouns as written', () => {
    expect(unitName('hours', 'hour')).toBe('hour');
    expect(unitName('decades', 'decade')).toBe('decade');
    expect(unitName('troops', 'troop')).toBe('troops');
    expect(unitName('people', 'people')).toBe('people');
  });

  it('writes money and percent as signs', () => {
    expect(unitName('dollars', 'dollar')).toBe('$');
    expect(unitName('percent', 'percent')).toBe('%');
    expect(currencySign('US$')).toBe('$');
    expect(currencySign('€')).toBe('€');
    expect(currencyWord('euros')).toBe('€');
    expect(currencyWord('pounds')).toBeNull();
  });

  it('knows which nouns an article can count and which name a measure', () => {
    expect(isCountableUnit('hour')).toBe(true);
    expect(isCountableUnit('mile')).toBe(true);
    expect(isCountableUnit('report')).toBe(false);
    expect(isMeasureNoun('magnitude')).toBe(true);
    expect(isCountableUnit('magnitude')).toBe(false);
  });
});
