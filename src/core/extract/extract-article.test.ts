import { describe, expect, it } from 'vitest';
import { loadNlpEngine } from '../nlp/node-engine';
import { tokenizeSpans } from '../nlp/tokenize';
import type { SentenceSpan } from '../types';
import { extractArticle } from './extract-article';
import { extractText } from '../testing/extract-text';

/** Each direct quote's first words with its speaker. */
function speakers(raw: string): string[] {
  const x = extractText(raw, null);
  return x.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => `${x.at(q).split(' ').slice(0, 3).join(' ')} → ${q.speaker ?? '?'}`);
}

describe('extractArticle: speakers', () => {
  it('reads cues after and before a quote, and resolves short names to full ones', () => {
    const raw = [
      'Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry.',
      '“Both sides made suggestions,” Kerry told a news conference.',
      'Lavrov said on Saturday that both were "getting closer in our positions."',
    ].join('\n\n');
    expect(speakers(raw)).toEqual([
      'Both sides made → John Kerry',
      'getting closer in → Sergei Lavrov',
    ]);
  });

  it('resolves a pronoun to the subject of the previous sentence', () => {
    const raw = [
      'Kerry met Russian Foreign Minister Sergei Lavrov in Paris. But Lavrov on Saturday dismissed such speculation.',
      '"We have absolutely no intention of crossing the border," he told Russian state television.',
    ].join('\n\n');
    expect(speakers(raw)).toEqual(['We have absolutely → Sergei Lavrov']);
  });

  it('carries the speaker to the next quote of the paragraph and to a quote opening the next paragraph', () => {
    const raw = [
      '“Jo is family,” said Lakeport general manager Devon Hale.',
      '“Jo loves 49ers. He loves Lakeport.” He is still the club record holder. “We are glad to have him back.”',
    ].join('\n\n');
    expect(speakers(raw)).toEqual([
      'Jo is family, → Devon Hale',
      'Jo loves 49ers. → Devon Hale',
      'We are glad → Devon Hale',
    ]);
  });

  it('reads a cue after an apposition and gives a quote over two paragraphs the cue at its end', () => {
    const raw = [
      '“I pin my hopes on this vote,” Marta Lindqvist, an official at a polling station, told Reuters.',
      'Vance said he is pleased. "Dana never went back to Harbor View.',
      'The hard part is keeping her on tour," the source told us.',
    ].join('\n\n');
    expect(speakers(raw)).toEqual([
      'I pin my → Marta Lindqvist',
      'Dana never went → the source',
      'The hard part → the source',
    ]);
  });

  it('keeps a short name when the article has no full one, and phrases for unnamed speakers', () => {
    const raw = [
      '“If Russia continues on its current course, the isolation will deepen,” Obama told a joint news conference.',
      '“Her family and friends stand behind her choice,” a friend of the singer said.',
    ].join('\n\n');
    expect(speakers(raw)).toEqual([
      'If Russia continues → Obama',
      'Her family and → a friend of the singer',
    ]);
  });

  it('marks short quoted titles as terms without a speaker', () => {
    const x = extractText('Price starred in “Summer Tides” and “Port Lowell.”', null);
    expect(x.quotes.map((q) => `${x.at(q)} ${q.kind}`)).toEqual([
      'Summer Tides term',
      'Port Lowell. term',
    ]);
  });
});

describe('extractArticle: attributions and quantities', () => {
  it('credits figures to their sources and links an anaphoric figure to what it re-counts', () => {
    const raw = [
      "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv. US officials have put the number at 40,000.",
    ].join('\n\n');
    const x = extractText(raw, null);
    expect(
      x.quantities.map((q) => ({
        text: x.at(q),
        value: q.value,
        unit: q.unit,
        attribution: q.attribution,
        antecedent: q.antecedent,
      })),
    ).toEqual([
      { text: '100,000', value: 100000, unit: 'troops', attribution: 'Kyiv', antecedent: null },
      { text: '40,000', value: 40000, unit: 'troops', attribution: 'US officials', antecedent: 0 },
    ]);
    expect(x.attributions.map((a) => `${a.kind} ${a.source} [${x.at(a)}]`)).toEqual([
      'according-to Kyiv [Kyiv]',
      'estimate-at US officials [US officials]',
    ]);
  });

  it('credits a quoted sentence without a clause to the quote’s speaker, and pronoun sources to people', () => {
    const raw = [
      'Tomas Varga, a coastguard spokesman, described the operation.',
      '“The cutter changed its course,” Varga said. “The boats tried to flee.”',
      'The smugglers were from Kenya, he said.',
    ].join('\n\n');
    const x = extractText(raw, null);
    expect(
      x.attributions.map((a) => `${x.sentence(a.sentence).slice(0, 12)}: ${a.kind} ${a.source}`),
    ).toEqual([
      'Tomas Varga,: reporting-verb Tomas Varga',
      '“The cutter : reporting-verb Tomas Varga',
      '“The boats t: quote Tomas Varga',
      'The smuggler: reporting-verb Tomas Varga',
    ]);
  });

  it('drops spelled-out numbers that count nothing', () => {
    const x = extractText(
      'There were no signs of agreement between the two, and one said so.',
      null,
    );
    expect(x.quantities).toEqual([]);
  });
});

describe('extractArticle: entities and dates', () => {
  it('canonicalizes names, aliases and demonyms and types them', () => {
    const raw = [
      'U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Paris.',
      'Lavrov said the United States and Russia were closer. The US and the European Council agreed.',
    ].join('\n\n');
    const x = extractText(raw, null);
    const seen = new Set(x.entities.map((e) => `${x.at(e)} → ${e.key} (${e.type})`));
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'U.S. → united states (place)',
        'John Kerry → john kerry (person)',
        'Russian → russia (place)',
        'Sergei Lavrov → sergei lavrov (person)',
        'Paris → paris (place)',
        'Lavrov → sergei lavrov (person)',
        'United States → united states (place)',
        'US → united states (place)',
        'European Council → european council (organization)',
      ]),
    );
    expect(x.people.map((p) => `${p.name} [${p.aliases.join(', ')}]`)).toEqual([
      'John Kerry []',
      'Sergei Lavrov [lavrov]',
    ]);
  });

  it('resolves relative dates only with a publication date', () => {
    const raw = 'But Lavrov on Saturday dismissed such speculation in a March 16 statement.';
    expect(extractText(raw, '2014-03-30').dates.map((d) => d.date)).toEqual([
      '2014-03-29',
      '2014-03-16',
    ]);
    expect(extractText(raw, null).dates.map((d) => d.date)).toEqual([null, null]);
  });

  it('skips boilerplate sentences', () => {
    const text = 'Share this article with 30 friends. Kerry met Lavrov for four hours.';
    const sentences: SentenceSpan[] = [
      { start: 0, end: 35, paragraph: 0, boilerplate: true, headline: false },
      { start: 36, end: text.length, paragraph: 0, boilerplate: false, headline: false },
    ];
    const tokens = tokenizeSpans(loadNlpEngine(), text, sentences);
    const x = extractArticle({ text, sentences, tokens, published: null });
    expect(x.quantities.map((q) => [q.sentence, q.value, q.unit])).toEqual([[1, 4, 'hour']]);
    expect(x.entities.every((e) => e.sentence === 1)).toBe(true);
  });
});
