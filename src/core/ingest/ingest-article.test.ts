import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest-article';

describe('ingestArticle', () => {
  it('keeps plain text exactly as read, CRLF, non-breaking spaces and all', () => {
    const text = 'Kerry meets Lavrov - Example News\r\n\r\n\u00a0“We go,” he said.\u00a0 \r\n';
    const article = ingestArticle({ file: 'a.txt', text });
    expect(article.format).toBe('text');
    expect(article.text).toBe(text);
    expect(article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Kerry meets Lavrov - Example News',
      '“We go,” he said.',
    ]);
    expect(article.metadata).toMatchObject({ title: 'Kerry meets Lavrov', outlet: 'Example News' });
    expect(article.headlines).toEqual([{ start: 0, end: 33 }]);
  });

  it('reduces HTML to readable text without running or keeping anything active', () => {
    const html =
      '<html><head><title>Talks in Paris | World | Example Times</title>' +
      '<meta property="article:published_time" content="2014-03-30T20:00:00+02:00">' +
      '<script>alert("x")</script></head><body>' +
      '<p onclick="steal()">Kerry &amp; Lavrov met <b>behind</b> closed doors.</p>' +
      '<img src=x onerror="alert(1)"><p>Photo: Example/Flickr</p></body></html>';
    const article = ingestArticle({ file: 'page.html', text: html });
    expect(article.format).toBe('html');
    expect(article.text).toBe(
      'Talks in Paris | World | Example Times\n\nKerry & Lavrov met behind closed doors.\n\nPhoto: Example/Flickr',
    );
    expect(article.metadata).toMatchObject({
      title: 'Talks in Paris',
      outlet: 'Example Times',
      published: '2014-03-30',
    });
    expect(article.metadata.titleSpan).toEqual({ start: 0, end: 38 });
    for (const p of article.paragraphs)
      expect(article.text.slice(p.start, p.end)).not.toMatch(/[<>]|alert|steal/);
  });

  it('takes outlet and date from the <title> when the <h1> is the headline', () => {
    const html =
      '<html><head><title>Talks in Paris | News | EX | 30.03.2014</title>' +
      '<meta property="og:site_name" content="EXAMPLE.COM"></head><body>' +
      '<nav><a href="#">Home</a></nav><h1>Talks in Paris</h1><p>Kerry met Lavrov.</p>' +
      '<footer>&copy; 2014 Example</footer></body></html>';
    const article = ingestArticle({ file: 'page.html', text: html });
    expect(article.text).toBe('Talks in Paris\n\nKerry met Lavrov.\n\n© 2014 Example');
    expect(article.metadata).toMatchObject({
      title: 'Talks in Paris',
      outlet: 'Example',
      published: '2014-03-30',
      titleSpan: { start: 0, end: 14 },
    });
  });

  it('reduces Markdown and marks a repeated title as a headline too', () => {
    const md =
      '# Kerry meets Lavrov\n\nBy Jane Doe\n\nKerry meets Lavrov\n\nThe **talks** went on, [officials](https://x.org) said.';
    const article = ingestArticle({ file: 'a.md', text: md });
    expect(article.format).toBe('markdown');
    expect(article.text).toBe(
      'Kerry meets Lavrov\n\nBy Jane Doe\n\nKerry meets Lavrov\n\nThe talks went on, officials said.',
    );
    expect(article.headlines?.map((h) => article.text.slice(h.start, h.end))).toEqual([
      'Kerry meets Lavrov',
      'Kerry meets Lavrov',
    ]);
    expect(article.headlines?.[1]?.start).toBe(33);
  });

  it('gives an empty text a title from the file name', () => {
    const article = ingestArticle({ file: 'empty.txt', text: '' });
    expect(article.paragraphs).toEqual([]);
    expect(article.metadata).toMatchObject({ title: 'empty.txt', titleSpan: null, outlet: null });
  });
});
