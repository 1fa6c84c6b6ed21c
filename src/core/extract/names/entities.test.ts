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
      'Actress Dana Price entered rehab, and agent Lou Brandt stayed home.',
      'Halvorsen, 52, was found guilty.',
      'Price checked in on Friday.',
    ]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'Dana Price → Dana Price (person)',
        'Lou Brandt → Lou Brandt (person)',
        'Halvorsen → Halvorsen (person)',
        'Price → Dana Price (person)',
      ]),
    );
  });

  it('types places, organizations and demonyms', () => {
    const { mentions } = indexOf([
      'The European Council met in Paris with officials from Ukraine.',
      'Russian troops massed near Ukraine, and Russia denied it.',
      'The Harbor Rovers want Ferrandi, NATO said.',
    ]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'European Council → European Council (organization)',
        'Paris → Paris (place)',
        'Ukraine → Ukraine (place)',
        'Russian → Russia (place)',
        'Russia → Russia (place)',
        'Harbor Rovers → Harbor Rovers (organization)',
        'NATO → NATO (organization)',
      ]),
    );
  });

  it('trusts a sentence-initial word or a headline only through names found elsewhere', () => {
    const { mentions } = indexOf([
      'REPORT: HARBOR ROVERS MAKE HUGE OFFER TO FERRANDI',
      'Share this article.',
      'The city’s best-known baker Rosa Lind will host the fair.',
      'Lind bakes bread at home.',
    ]);
    expect(mentions.some((m) => m.startsWith('Share') || m.startsWith('HARBOR ROVERS'))).toBe(
      false,
    );
    expect(mentions).toContain('Lind → Rosa Lind (person)');
  });
});
