import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from './entities';
import { PersonResolver, type ResolverSentence } from './person-resolver';
import { tokensOf } from '../../testing/sentence-tokens';

/** A resolver over sentences laid end to end; `quoted` marks sentences that are all quotation. */
function resolverOf(sentences: string[], quoted: number[] = []) {
  let offset = 0;
  const views: ResolverSentence[] = sentences.map((s, index) => {
    const tokens = tokensOf(s).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    offset += s.length + 1;
    return { index, tokens, inQuote: tokens.map(() => quoted.includes(index)) };
  });
  const index = buildEntityIndex(sentences.join(' '), views);
  const people = new PersonResolver(index, views);
  const pronounAt = (sentence: number, word: string) =>
    views[sentence]?.tokens.findIndex((t) => t.lower === word) ?? -1;
  return { people, pronounAt };
}

describe('PersonResolver', () => {
  it('prefers the subject of the previous sentence to the last person named', () => {
    const { people, pronounAt } = resolverOf([
      'Kerry spoke with Foreign Minister Sergei Lavrov, and US Secretary of State John Kerry left.',
      'But Lavrov on Saturday dismissed such speculation, telling Kerry so.',
      'He told Russian state television he had no plans.',
    ]);
    expect(people.resolvePronoun(2, pronounAt(2, 'he'), 'male')).toBe('sergei lavrov');
  });

  it('skips people of the other gender and learns gender from titles', () => {
    const { people, pronounAt } = resolverOf([
      'Actress Dana Price hired agent Mr. Lou Brandt.',
      'Brandt confirmed it.',
      'She told Harbor Weekly she was tired.',
    ]);
    expect(people.resolvePronoun(2, pronounAt(2, 'she'), 'female')).toBe('dana price');
  });

  it('follows a chain of pronouns and ignores names inside quotations', () => {
    const { people, pronounAt } = resolverOf(
      [
        'Nora Vance was a pilot in New York.',
        'She never gave up flying.',
        'Marsh trained her, she said.',
        'She was 85.',
      ],
      [2],
    );
    expect(people.resolvePronoun(1, pronounAt(1, 'she'), 'female')).toBe('nora vance');
    expect(people.resolvePronoun(3, pronounAt(3, 'she'), 'female')).toBe('nora vance');
  });

  it('resolves a definite role to the person last named with it', () => {
    const { people } = resolverOf([
      'Russian Foreign Minister Sergei Lavrov arrived.',
      'Actress Dana Price did not.',
      'The minister said nothing.',
    ]);
    expect(people.resolveRole(2, 'minister')).toBe('sergei lavrov');
    expect(people.resolveRole(2, 'senator')).toBeNull();
  });

  it('takes a recorded speaker as the subject of a quoted sentence', () => {
    const { people } = resolverOf(['Foreign Minister Sergei Lavrov spoke.', 'We are ready.'], [1]);
    expect(people.subjectOf(1)).toBeNull();
    people.recordSpeaker(1, 'sergei lavrov');
    expect(people.subjectOf(1)).toBe('sergei lavrov');
  });
});
