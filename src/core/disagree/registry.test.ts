import { describe, expect, it } from 'vitest';
import { DISAGREEMENT_KINDS, kindLabel } from './kinds';
import { DETECTORS } from './registry';

describe('the registry of detectors', () => {
  it('has detectors and one label for every kind of the contract', () => {
    expect(Object.keys(DETECTORS).sort()).toEqual(Object.keys(DISAGREEMENT_KINDS).sort());
    for (const detectors of Object.values(DETECTORS)) expect(detectors.length).toBeGreaterThan(0);
  });

  it('names an unknown kind "Other"', () => {
    expect(kindLabel('numeric')).toBe('Figures');
    expect(kindLabel('something-new')).toBe('Other');
  });
});
