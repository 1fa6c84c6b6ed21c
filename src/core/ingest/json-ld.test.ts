import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld';

describe('readJsonLd', () => {
  it('reads the article object wherever it stands, before other objects', () => {
    const source = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Example Media Group', headline: 'not this' },
        {
          '@type': 'WebPage',
          mainEntity: {
            '@type': 'ReportageNewsArticle',
            headline: 'Bridge reopens after repairs',
            datePublished: '2024-05-02T08:00:00Z',
            author: 'Ana Ruiz',
            publisher: { '@type': 'Organization', name: 'The Courier' },
          },
        },
      ],
    });
    expect(readJsonLd(source)).toEqual({
      'ld:headline': 'Bridge reopens after repairs',
      datepublished: '2024-05-02T08:00:00Z',
      'ld:publisher': 'The Courier',
      'ld:author': 'Ana Ruiz',
    });
  });

  it('without an article type, takes the first headline, date and publisher, but no author', () => {
    const source =
      '[{"name":"x","author":"Someone"},{"headline":"H","datePublished":"2013-05-02"}]';
    expect(readJsonLd(source)).toEqual({ 'ld:headline': 'H', datepublished: '2013-05-02' });
  });

  it('gives nothing for broken or hostile JSON, and stays bounded on deep nesting', () => {
    expect(readJsonLd('{broken')).toEqual({});
    let deep = '{"headline":"too deep"}';
    for (let i = 0; i < 10_000; i++) deep = `{"a":${deep}}`;
    expect(readJsonLd(deep)).toEqual({});
  });
});
