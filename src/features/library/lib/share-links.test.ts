import { describe, expect, it } from 'vitest';
import { nameWithin, shortLinkAddress } from './share-links';

describe('nameWithin', () => {
  it('keeps whole words that fit, or the start of the first word', () => {
    expect(nameWithin('Kerry and Lavrov meet in Paris', 100)).toBe(
      'Kerry and Lavrov meet in Paris',
    );
    expect(nameWithin('Kerry and Lavrov meet in Paris', 16)).toBe('Kerry and Lavrov');
    expect(nameWithin('Kerry and Lavrov', 3)).toBe('Ker');
    expect(nameWithin('Kerry', 0)).toBe('');
    // "é" takes six characters once encoded.
    expect(nameWithin('Café crème', 10)).toBe('Café');
  });
});

describe('shortLinkAddress', () => {
  it('names the story and stays within 120 characters after the app’s address', () => {
    const hash = '#/claim/v1/seed:kerry-lavrov-2014/p?k=4fQ0aZ.23-30';
    const address = shortLinkAddress(
      'https://x.org/app/',
      hash,
      'Kerry and Lavrov meet in Paris to talk about Ukraine and Crimea',
    );
    expect(address.startsWith('https://x.org/app/?name=Kerry+and+Lavrov+meet')).toBe(true);
    expect(address.endsWith(hash)).toBe(true);
    expect(address.length - 'https://x.org/app/'.length).toBeLessThanOrEqual(120);
    expect(new URL(address).searchParams.get('name')).toMatch(/^Kerry and Lavrov meet/);
  });
});
