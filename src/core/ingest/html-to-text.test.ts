import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

const page = `<!doctype html>
<html lang="en"><head>
  <title>Kerry and Lavrov meet | News | DW | 30.03.2014</title>
  <meta property="og:site_name" content="Deutsche Welle &amp; Co">
  <meta property="article:published_time" content="2014-03-30T12:00:00Z">
  <link rel="canonical" href="https://www.dw.com/en/kerry-lavrov/a-1">
  <style>p { color: red }</style>
  <script>document.write("<p>injected</p>")</script>
</head><body>
  <nav><ul><li>Home</li><li>Politics</li></ul></nav>
  <h1>Kerry and Lavrov  meet</h1>
  <p>US Secretary of State John Kerry is meeting his Russian counterpart&nbsp;in Paris &mdash; on short notice.<br>A second line.</p>
  <img src="x" onerror="alert('xss')" alt="Kerry">
  <figure><img src="y"><figcaption>Kerry and Lavrov met. Photo: State Dept.</figcaption></figure>
  <noscript><p>Please enable JavaScript</p></noscript>
  <iframe src="https://ads.example"><p>ad</p></iframe>
  <svg><text>chart</text></svg>
  <template><p>hidden template</p></template>
  <div hidden>hidden div</div><div style="display: none">invisible</div>
  <p>Tom &amp; Jerry said &quot;hi&quot; &#8211; &#x201C;ok&#x201D;.</p>
  <button>Share</button>
  <form><input value="email"><p>Subscribe</p></form>
</body></html>`;

describe('htmlToText', () => {
  const result = htmlToText(page);

  it('keeps only readable text, one block per paragraph, entities decoded', () => {
    expect(result.text.split('\n\n')).toEqual([
      'Kerry and Lavrov meet',
      'US Secretary of State John Kerry is meeting his Russian counterpart\u00a0in Paris — on short notice.',
      'A second line.',
      'Kerry and Lavrov met. Photo: State Dept.',
      'Tom & Jerry said "hi" – “ok”.',
    ]);
  });

  it('never keeps script, style, embedded, hidden or attribute content', () => {
    for (const gone of [
      'injected',
      'color',
      'alert',
      'xss',
      'enable JavaScript',
      'ad',
      'chart',
      'template',
      'hidden',
      'invisible',
      'Subscribe',
      'Politics',
    ]) {
      expect(result.text).not.toContain(gone);
    }
  });

  it('reads metadata from the head and locates the <h1>', () => {
    expect(result.metadata).toEqual({
      documentTitle: 'Kerry and Lavrov meet | News | DW | 30.03.2014',
      headline: null,
      siteName: 'Deutsche Welle & Co',
      publishedRaw: '2014-03-30T12:00:00Z',
      url: 'https://www.dw.com/en/kerry-lavrov/a-1',
      author: null,
      lang: 'en',
    });
    expect(result.heading).toEqual({ start: 0, end: 'Kerry and Lavrov meet'.length });
  });

  it('reads JSON-LD and <time>, and survives broken JSON and unclosed tags', () => {
    const ld = htmlToText(
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2013-05-02","publisher":{"name":"Example News"}}]}</script>' +
        '<script type="application/ld+json">{broken</script><p>One<p>Two<div>Three',
    );
    expect(ld.metadata.siteName).toBe('Example News');
    expect(ld.metadata.publishedRaw).toBe('2013-05-02');
    expect(ld.metadata.headline).toBe('H');
    expect(ld.text).toBe('One\n\nTwo\n\nThree');
    expect(
      htmlToText('<p>x <time datetime="2012-07-07">July 7</time></p>').metadata.publishedRaw,
    ).toBe('2012-07-07');
  });

  it('reads the author from meta tags and the JSON-LD article, never a profile address', () => {
    const meta = (content: string) =>
      htmlToText(`<meta name="author" content="${content}"><p>x</p>`).metadata.author;
    expect(meta('By Jane Doe')).toBe('Jane Doe');
    expect(meta('https://example.com/staff/jane')).toBeNull();
    const ld = htmlToText(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Home"},' +
        '{"@type":["NewsArticle"],"headline":"Storm hits","author":[{"@type":"Person","name":"A. Berg"},{"name":"C. Diaz"}],' +
        '"publisher":{"@type":"Organization","name":"The Courier"}}]}</script><p>x</p>',
    ).metadata;
    expect(ld).toMatchObject({
      headline: 'Storm hits',
      author: 'A. Berg and C. Diaz',
      siteName: 'The Courier',
    });
  });

  it('keeps the lines of <pre> apart', () => {
    expect(htmlToText('<pre>line one\nline two</pre>').text).toBe('line one\n\nline two');
  });
});

/** Copies of `unit` that fill `bytes` (ASCII units). */
const nest = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));

describe('htmlToText on deeply nested markup', () => {
  const MB = 1024 * 1024;
  // Before the parser got linear stacks, each of these took 10–30 s per MB (quadratic in the
  // depth); now about 0.2–0.4 s. The bound leaves room for a slow machine.
  const shapes: [string, string, string][] = [
    ['<div> × 200 000, then text', `${nest('<div>', MB - 20)}deep text`, 'deep text'],
    ['unclosed <b><i> chains', `${nest('<b><i>', MB - 20)}deep text`, 'deep text'],
    ['unclosed <p><span> chains', nest('<p><span>x ', MB), 'x'],
    ['stray end tags under a deep stack', `${nest('<b>', MB / 2)}${nest('</i>y', MB / 2)}`, 'y'],
    ['nested SVG and MathML', `<p>before</p>${nest('<svg><math><mi>', MB - 20)}`, 'before'],
  ];

  it.each(shapes)('converts 1 MB of %s in linear time, text kept', (_, html, text) => {
    // CPU time, not wall time: other work on a shared machine slows the clock, not the work.
    const cpu = process.cpuUsage();
    const result = htmlToText(html);
    const used = process.cpuUsage(cpu);
    expect(result.text).toContain(text);
    expect((used.user + used.system) / 1e6).toBeLessThan(3);
  });

  it('closes a deep document the way a shallow one closes', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}<p>inside</p>${'</div>'.repeat(depth)}<p>after</p>`;
    expect(htmlToText(html).text).toBe('inside\n\nafter');
  });
});
