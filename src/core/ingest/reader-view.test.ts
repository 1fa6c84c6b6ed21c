import { describe, expect, it } from 'vitest';
import { createLinkedomDocument } from '../../dom/linkedom-document';
import { buildPage, READER_VIEW_LIMITS } from './html-document';
import { ingestArticle } from './ingest-article';
import { contentBlocks, readPage } from './reader-view';

const page = `<!doctype html><html lang="en"><head>
<title>Kerry and Lavrov meet in Paris | World | The Courier</title>
<meta property="og:site_name" content="The Courier">
<script>document.write('<p>injected</p>')</script><style>p { color: red }</style>
</head><body>
<header><a class="logo" href="/">The Courier</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<main><article>
<h1>Kerry and Lavrov meet in Paris</h1>
<div class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a></div>
<figure><img src="kerry.jpg" onerror="alert(1)"><figcaption>Kerry arrives at the residence. <span class="credit">Photo: Reuters/John Smith</span></figcaption></figure>
<p>US Secretary of State John Kerry met his Russian counterpart Sergei Lavrov in Paris on Sunday, in talks on the crisis in Ukraine that lasted more than four hours.</p>
<p>The two men discussed a diplomatic solution, officials said. Kerry said that the troop build-up near the border was creating a climate of fear and intimidation.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ukraine crisis: what you need to know</a></li><li><a href="/b">Putin calls Obama</a></li></ul></aside>
<p>Lavrov said Moscow had no intention of invading eastern Ukraine, and proposed a federal system for the country, an idea Kiev has rejected.</p>
<p>The talks ended without a breakthrough, but both sides agreed to keep working, a US official said.</p>
</article>
<section id="comments"><h2>Comments (12)</h2><div class="comment"><p>Great article, thanks for writing it!</p></div></section>
</main>
<footer><p>© 2014 The Courier Ltd. All rights reserved.</p></footer>
</body></html>`;

describe('readPage', () => {
  const read = readPage(page, createLinkedomDocument);

  it('keeps the article and leaves out navigation, cookie notice, related links, comments and footer', () => {
    expect(read?.blocks).toEqual([
      'Kerry arrives at the residence.',
      'US Secretary of State John Kerry met his Russian counterpart Sergei Lavrov in Paris on Sunday, in talks on the crisis in Ukraine that lasted more than four hours.',
      'The two men discussed a diplomatic solution, officials said. Kerry said that the troop build-up near the border was creating a climate of fear and intimidation.',
      'Lavrov said Moscow had no intention of invading eastern Ukraine, and proposed a federal system for the country, an idea Kiev has rejected.',
      'The talks ended without a breakthrough, but both sides agreed to keep working, a US official said.',
    ]);
  });

  it('names the headline, the byline and the site', () => {
    expect(read).toMatchObject({
      title: 'Kerry and Lavrov meet in Paris',
      byline: 'By Jane Doe',
      siteName: 'The Courier',
    });
  });

  it('opens the ingested text with the headline and reads the metadata', () => {
    const article = ingestArticle(
      { file: 'page.html', text: page },
      { createDocument: createLinkedomDocument },
    );
    expect(article.text.split('\n\n')[0]).toBe('Kerry and Lavrov meet in Paris');
    expect(article.metadata).toMatchObject({
      title: 'Kerry and Lavrov meet in Paris',
      outlet: 'The Courier',
      author: 'Jane Doe',
    });
    expect(article.text).not.toMatch(/injected|color|cookies|Home|Related|Great article|©/);
  });
});

describe('buildPage', () => {
  it('puts nothing that could run or load in the tree, and nothing hidden', () => {
    const built = buildPage(
      '<p onclick="x()" style="color:red" class="lead">One <img src="a.png" onerror="y()"></p>' +
        '<script>z()</script><iframe src="https://ads.example"></iframe><div hidden>secret</div>' +
        '<a href="/more" onmouseover="w()">More</a><p aria-hidden="true">gone</p><o:p>Word</o:p>',
      createLinkedomDocument,
    );
    const body = built?.document.body;
    expect(
      body?.querySelectorAll('script, iframe, [onclick], [onerror], [style], [src]'),
    ).toHaveLength(0);
    expect(body?.textContent).toBe('One MoreWord');
    expect(body?.querySelector('p')?.getAttribute('class')).toBe('lead');
  });

  it('cuts a page into blocks as the hand rules do', () => {
    const built = buildPage('<div>One<br>Two<p>Three</p>Four</div>', createLinkedomDocument);
    expect(built && contentBlocks(built.document.body).blocks).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
    ]);
  });
});

/** Copies of `unit` that fill `bytes` (ASCII units). */
const nest = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));
const MB = 1024 * 1024;

/** CPU seconds a function takes (not wall time: a busy machine slows the clock, not the work). */
function cpuSeconds(run: () => void): number {
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

describe('the reader view on hostile pages', () => {
  const beyond: [string, string, string][] = [
    ['<div> × 200 000, then text', `${nest('<div>', MB - 20)}deep text`, 'deep text'],
    ['unclosed <b><i> chains', `${nest('<b><i>', MB - 20)}deep text`, 'deep text'],
    ['unclosed <p><span> chains', nest('<p><span>x ', MB), 'x'],
    ['stray end tags under a deep stack', `${nest('<b>', MB / 2)}${nest('</i>y', MB / 2)}`, 'y'],
    ['1 MB of sibling paragraphs', nest('<p>Officials said 3 people came.</p>', MB), 'came'],
    [
      '1 MB of text in one paragraph',
      `<p>${nest('Officials said 3 people came. ', MB)}</p>`,
      'came',
    ],
  ];

  it.each(beyond)('leaves 1 MB of %s to the hand rules at once (linear time)', (_, html, text) => {
    let article: ReturnType<typeof ingestArticle> | null = null;
    const seconds = cpuSeconds(() => {
      article = ingestArticle(
        { file: 'a.html', text: html },
        { createDocument: createLinkedomDocument },
      );
    });
    expect(readPage(html, createLinkedomDocument)).toBeNull();
    expect(article!.text).toContain(text);
    expect(seconds).toBeLessThan(4);
  });

  it('closes a deep document the way a shallow one closes', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}<p>inside</p>${'</div>'.repeat(depth)}<p>after</p>`;
    const article = ingestArticle(
      { file: 'a.html', text: html },
      { createDocument: createLinkedomDocument },
    );
    expect(article.text).toBe('inside\n\nafter');
  });

  // The worst shapes found inside the limits: chains as deep as allowed with text at every
  // level, and as many siblings as allowed under a deep chain.
  const { maxDepth, maxElements, maxChildren, maxText } = READER_VIEW_LIMITS;
  const sentence = 'Officials said 3 people came. ';
  const chains = Math.floor(maxElements / maxDepth);
  const perLevel = sentence.repeat(Math.floor(maxText / maxElements / sentence.length));
  const worst: [string, string][] = [
    [
      'chains as deep as allowed, text at every level',
      Array.from(
        { length: chains },
        () => `<div>${perLevel}`.repeat(maxDepth - 2) + '</div>'.repeat(maxDepth - 2),
      ).join(''),
    ],
    [
      'as many siblings as allowed under a deep chain',
      '<div>'.repeat(maxDepth - 4) +
        Array.from(
          { length: Math.floor(maxElements / maxChildren) - 1 },
          () => `<div>${`<div>${perLevel}</div>`.repeat(maxChildren - 1)}</div>`,
        ).join(''),
    ],
  ];

  it.each(worst)('reads a page of %s within seconds', (_, html) => {
    let read: ReturnType<typeof readPage> = null;
    const seconds = cpuSeconds(() => {
      read = readPage(html, createLinkedomDocument);
    });
    expect(read).not.toBeNull();
    // About 1.5 s on a quiet 2-core machine; the bound leaves room for a busy one.
    expect(seconds).toBeLessThan(8);
  });
});
