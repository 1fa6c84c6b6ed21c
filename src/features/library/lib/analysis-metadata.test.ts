import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { withReaderMetadata } from './analysis-metadata';
import { testArticle } from './test-story';

const analysis = buildFixtureAnalysis({
  articles: [
    { key: 'a', outlet: 'Inferred A', title: 'Inferred title', paragraphs: [['One.']] },
    { key: 'b', outlet: null, paragraphs: [['Two.']] },
  ],
});

describe('withReaderMetadata', () => {
  it('puts the reader’s title, outlet and date on each article, by position', () => {
    const result = withReaderMetadata(analysis, [
      testArticle('x', 'One.', { title: 'My title', outlet: 'Courier', published: '2024-04-30' }),
      testArticle('y', 'Two.', { title: '  ', file: 'two.html', outlet: '  ' }),
    ]);
    expect(result.articles.map((a) => [a.title, a.outlet, a.published])).toEqual([
      ['My title', 'Courier', '2024-04-30'],
      ['two.html', null, null],
    ]);
    expect(result.articles[0]?.sentences).toBe(analysis.articles[0]?.sentences);
    expect(analysis.articles[0]?.title).toBe('Inferred title');
  });

  it('leaves a stale analysis (another number of articles) as it is', () => {
    expect(withReaderMetadata(analysis, [testArticle('x', 'One.')])).toBe(analysis);
  });
});
