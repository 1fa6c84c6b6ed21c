import { describe, expect, it } from 'vitest';
import { findCredits, parseCreditLine, parseDateline } from './credits';

describe('parseCreditLine', () => {
  it('reads agency credit lines as written', () => {
    expect(parseCreditLine('mz/dr (dpa, AP, AFP)')).toBe('dpa, AP, AFP');
    expect(parseCreditLine('(Reuters)')).toBe('Reuters');
    expect(parseCreditLine('— AP')).toBe('AP');
    expect(parseCreditLine('jr/kms (AFP, Reuters, dpa)')).toBe('AFP, Reuters, dpa');
    expect(parseCreditLine('The Associated Press contributed to this report.')).toBe(
      'The Associated Press',
    );
  });

  it('leaves lines that are not credits alone', () => {
    expect(parseCreditLine('Kerry met Lavrov (in Paris).')).toBeNull();
    expect(parseCreditLine('(Sports Network)')).toBeNull();
    expect(parseCreditLine('The meeting was arranged on short-notice.')).toBeNull();
  });
});

describe('parseDateline', () => {
  it('reads the agency of an opening dateline', () => {
    expect(parseDateline('MOSCOW (Reuters) - Russia said on Sunday that…')).toBe('Reuters');
    expect(parseDateline('PARIS, March 30 (AP) — Secretary of State John Kerry…')).toBe('AP');
    expect(parseDateline('Leipzig, Germany (Sports Network) - Chidi Okafor kept…')).toBeNull();
  });
});

describe('findCredits', () => {
  it('prefers a credit line, then a dateline', () => {
    expect(findCredits(['MOSCOW (Reuters) - Text.', 'More text.', 'mz/dr (dpa, AP, AFP)'])).toBe(
      'dpa, AP, AFP',
    );
    expect(findCredits(['MOSCOW (Reuters) - Text.', 'More text.'])).toBe('Reuters');
    expect(findCredits(['Text, dpa reported.'])).toBeNull();
  });
});
