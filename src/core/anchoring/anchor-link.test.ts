import { describe, expect, it } from 'vitest';
import coinspeaker from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { anchorLink } from './anchor-link';
import { articleKey } from './article-ref';
import { decodeLink, encodeLink } from './link-codec';
import type { ClaimLink } from './link-codec';
import { describePassage } from './quote-selector';

const articles = [
  { file: '000_2a2de527784eabd2.txt', text: coinspeaker },
  { file: '003_98415ab34e40d7b9.txt', text: dw },
];

function side(index: number, quote: string) {
  const { file, text } = articles[index] ?? { file: '', text: '' };
  const start = text.indexOf(quote);
  return {
    article: { key: articleKey(file), index },
    selector: describePassage(text, start, start + quote.length),
  };
}

/** The link as a reader opens it: encoded, then decoded. */
function opened(link: ClaimLink): ClaimLink {
  const decoded = decodeLink(`#${encodeLink(link)}`);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.link;
}

const disagreement = opened({
  story: 'seed:kerry-lavrov-2014',
  kind: 'disagreement',
  passages: [side(1, '100,000'), side(1, '40,000')],
});

describe('anchorLink', () => {
  it('finds every side of a disagreement in the current articles', () => {
    const [first, second] = anchorLink(disagreement, articles);
    expect(first).toMatchObject({ status: 'found', article: 1, start: dw.indexOf('100,000') });
    expect(second).toMatchObject({ status: 'found', article: 1, start: dw.indexOf('40,000') });
    expect(first).toMatchObject({ articleBy: 'key' });
  });

  it('finds the article by its key after the articles were reordered', () => {
    const reordered = [articles[1], articles[0]].filter((a) => a !== undefined);
    expect(anchorLink(disagreement, reordered)[0]).toMatchObject({ status: 'found', article: 0 });
  });

  it('reports each lost passage as an orphan, with the reason', () => {
    const corrected = [
      articles[0],
      { file: articles[1]?.file ?? '', text: dw.replace(/US officials have put[^.]*\./, '') },
    ].filter((a) => a !== undefined);
    const [kept, lost] = anchorLink(disagreement, corrected);
    expect(kept?.status).toBe('found');
    expect(lost).toEqual({
      status: 'orphan',
      article: 1,
      exact: '40,000',
      reason: 'passage-missing',
    });
    expect(anchorLink(disagreement, [])[0]).toMatchObject({
      status: 'orphan',
      article: null,
      reason: 'article-missing',
    });
  });
});
