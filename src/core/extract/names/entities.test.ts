import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from './entities';
import { tokensOf } from '../../testing/sentence-tokens';
import type { SentenceTokens } from '../types';

/** Sentences laid end to end in one text, each tokenized on its own like the pipeline does. */
function indexOf(sentences: string[]) {
  const text = sentences.join(' ');
  let offset = 0;
  const views: SentenceTokens[] = sentences.map((s, index) => {
    const tokens = tokensOf(s).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    offset += s.length + 1;
    return { index, tokens };
  });
  const entities = buildEntityIndex(text, views);
  const mentions = entities.mentions.map(
    (m) => `${text.slice(m.start, m.end)} → ${m.name} (${m.type})`,
  );
  return { entities, mentions };
}

describe('buildEntityIndex', () => {
  it('resolves family names to the full name and types people by titles and speech', () => {
    const { entities, mentions } = indexOf([
      'Foreign Minister Sergei Lavrov met Kerry.',
      'Lavrov told reporters the talks went well.',
    ]);
    expect(mentions).toEqual([
      'Sergei Lavrov → Sergei Lavrov (person)',
      'Kerry → Kerry (other)',
      'Lavrov → Sergei Lavrov (person)',
    ]);
    expect(entities.canonicalKey('Lavrov')).toBe('sergei lavrov');
    expect([...entities.people.values()].map((p) => [p.name, [...p.aliases], p.roles])).toEqual([
      ['Sergei Lavrov', ['lavrov'], ['foreign', 'minister']],
    ]);
  });

  it('types people by role nouns, appositions and being called by the family name', () => {
    const { mentions } = indexOf([
      'Actress Tara Reid entered rehab, and agent Scott Boras stayed home.',
      'Nichols, 37, was found guilty.',
      'Reid checked in on Tuesday.',
    ]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'Tara Reid → Tara Reid (person)',
        'Scott Boras → Scott Boras (person)',
        'Nichols → Nichols (person)',
        'Reid → Tara Reid (person)',
      ]),
    );
  });

  it('types places, organizations and demonyms', () => {
    const { mentions } = indexOf([
      'The European Council met in Paris with officials from Ukraine.',
      'Russian troops massed near Ukraine, and Russia denied it.',
      'The Red Sox want Teixeira, NATO said.',
    ]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'European Council → European Council (organization)',
        'Paris → Paris (place)',
        'Ukraine → Ukraine (place)',
        'Russian → Russia (place)',
        'Russia → Russia (place)',
        'Red Sox → Red Sox (organization)',
        'NATO → NATO (organization)',
      ]),
    );
  });

  it('trusts a sentence-initial word or a headline only through names found elsewhere', () => {
    const { mentions } = indexOf([
      'REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA',
      'Share this article.',
      'World’s sexiest man Hugh Jackman will host the Oscars.',
      'Jackman sings ballads at home.',
    ]);
    expect(mentions.some((m) => m.startsWith('Share') || m.startsWith('RED SOX'))).toBe(false);
    expect(mentions).toContain('Jackman → Hugh Jackman (person)');
  });
});
