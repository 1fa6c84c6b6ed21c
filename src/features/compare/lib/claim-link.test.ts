import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../core/anchoring/article-ref';
import { encodeLink } from '../../../core/anchoring/link-codec';
import type { ClaimKind } from '../../../core/anchoring/link-codec';
import { describePassage } from '../../../core/anchoring/quote-selector';
import type { Analysis } from '../../../core/contract';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import { resolveClaimHash } from './claim-link';
import { isClaimHash } from './view-state';

const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'wire',
      outlet: 'Wire',
      paragraphs: [['A storm hit the coast on Monday.', 'It killed 12 people, the police said.']],
    },
    {
      key: 'paper',
      outlet: 'Paper',
      paragraphs: [['The storm killed 15 people, according to the mayor.']],
    },
  ],
  disagreements: [
    {
      summary: 'Deaths: 12 vs 15',
      sides: [
        { sentence: 'wire:1', quote: '12', value: 12, attribution: 'the police' },
        { sentence: 'paper:0', quote: '15', value: 15, attribution: 'the mayor' },
      ],
    },
  ],
});

/** A link to `quote` in article `column`, made the way the viewer and reports make them. */
function linkTo(
  analysis: Analysis,
  column: number,
  quote: string,
  kind: ClaimKind = 'sentence',
): string {
  const article = analysis.articles[column];
  if (!article) throw new Error('no article');
  const start = article.text.indexOf(quote);
  return `#${encodeLink({
    story: 'test',
    kind,
    passages: [
      {
        article: { key: articleKey(article.file), index: column },
        selector: describePassage(article.text, start, start + quote.length),
      },
    ],
  })}`;
}

describe('resolveClaimHash', () => {
  const index = indexAnalysis(story);

  it('ignores hashes that are not claim links', () => {
    expect(isClaimHash('#view=reading')).toBe(false);
    expect(resolveClaimHash(index, '#focus=wire:0')).toBeNull();
  });

  it('focuses the sentence a sentence link describes', () => {
    const hash = linkTo(story, 0, 'It killed 12 people, the police said.');
    expect(resolveClaimHash(index, hash)).toEqual({
      focus: 'wire:1',
      disagreement: null,
      sentences: ['wire:1'],
      notices: [],
      kind: 'sentence',
    });
  });

  it('finds the passage again after the article was edited, and its disagreement for a span link', () => {
    const hash = linkTo(story, 1, '15', 'span');
    const edited = buildFixtureAnalysis({
      articles: [
        {
          key: 'wire',
          outlet: 'Wire',
          paragraphs: [
            ['A storm hit the coast on Monday.', 'It killed 12 people, the police said.'],
          ],
        },
        {
          key: 'paper',
          outlet: 'Paper',
          paragraphs: [
            [
              'Update: more rain is expected.',
              'The storm killed 15 people, according to the mayor.',
            ],
          ],
        },
      ],
      disagreements: [
        {
          summary: 'Deaths: 12 vs 15',
          sides: [
            { sentence: 'wire:1', quote: '12', attribution: 'the police' },
            { sentence: 'paper:1', quote: '15', attribution: 'the mayor' },
          ],
        },
      ],
    });
    // The article is recognised by its file name's key; the passage by its quote and context.
    const resolved = resolveClaimHash(indexAnalysis(edited), hash);
    expect(resolved?.focus).toBe('paper:1');
    expect(resolved?.disagreement).toBe('dis-0');
    expect(resolved?.notices).toEqual([]);
  });

  it('reports a passage that is gone, with the text it looked for, and a damaged link', () => {
    const hash = linkTo(story, 0, 'A storm hit the coast on Monday.');
    const rewritten = buildFixtureAnalysis({
      articles: [
        {
          key: 'wire',
          outlet: 'Wire',
          paragraphs: [['Entirely different reporting about markets today.']],
        },
      ],
    });
    const resolved = resolveClaimHash(indexAnalysis(rewritten), hash);
    expect(resolved?.focus).toBeNull();
    expect(resolved?.notices[0]).toContain('“A storm hit the coast on Monday.” could not be found');
    expect(resolveClaimHash(index, '#/claim/v1/test/s?a=zz')?.notices[0]).toMatch(/damaged/);
  });
});
