import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest-article';
import { findParagraphs } from './paragraphs';
import { inferMetadata, slugHeadline, type MetadataHints } from './metadata';

const infer = (text: string, hints: MetadataHints = {}) => {
  const { title, outlet, published, credits } = inferMetadata(
    text,
    findParagraphs(text),
    'file.txt',
    hints,
  );
  return { title, outlet, published, credits };
};

describe('inferMetadata', () => {
  it('reads title, outlet and date from a page title, and credits from a credit line', () => {
    const text =
      'Kerry and Lavrov meet | News | DW | 30.03.2014\n  1. Inhalt\n\nKerry met Lavrov.\n\nmz/dr (dpa, AP, AFP)\n\nDW recommends';
    expect(infer(text)).toEqual({
      title: 'Kerry and Lavrov meet',
      outlet: 'DW',
      published: '2014-03-30',
      credits: 'dpa, AP, AFP',
    });
  });

  it('takes the outlet from a disclaimer or copyright line', () => {
    expect(
      infer(
        'Headline here\n\nBody.\n\nViews expressed in the comments do not represent those of Example Media Ltd.',
      ).outlet,
    ).toBe('Example Media');
    expect(
      infer('Headline here\n\nBody.\n\n© 2014 The Daily Example. All rights reserved.').outlet,
    ).toBe('The Daily Example');
    expect(infer('Headline here\n\nBody.\n\nCopyright 2009 Example Corp.').outlet).toBe('Example');
  });

  it('takes the outlet and a fallback date from a source address (ECB+ corpus style)', () => {
    const text =
      'Dana Price rehires longtime agent, heads to rehab\n\n' +
      'Source: http://www.foxnews.com/entertainment/2012/06/14/dana-price-may-change-agent/\n\n' +
      'Published June 15, 2012 It seems Dana Price has had enough of her agent.';
    expect(infer(text)).toEqual({
      title: 'Dana Price rehires longtime agent, heads to rehab',
      outlet: 'Fox News',
      published: '2012-06-15',
      credits: null,
    });
    const ktla =
      'Price Checks into Harbor View\n\nSource: http://ktla.com/2012/06/15/price-may-skip-tour/\n\nAfter she left…';
    expect(infer(ktla)).toMatchObject({ outlet: 'KTLA', published: '2012-06-15' });
  });

  it('reads a date that opens the first paragraphs, but no date from the body', () => {
    expect(
      infer('Agent: Price checks into rehab\n\nJune 4, 2012 9:15 AM Dana Price has checked in.')
        .published,
    ).toBe('2012-06-04');
    expect(
      infer('Title\n\non Friday, 9 March 2007 13:45. The Rovers made an offer.').published,
    ).toBe('2007-03-09');
    expect(
      infer('Title\n\nThe singer checked in on March 30, 2014, her agent said.').published,
    ).toBeNull();
  });

  it('skips a dateline or menu before the headline and keeps only its first sentence', () => {
    const text =
      'Updated: June 8, 2012 18:40 IST\n\nCoastguard rescues trawler crew. The coastguard lifted nine fishermen to safety on Friday.';
    expect(infer(text)).toMatchObject({
      title: 'Coastguard rescues trawler crew.',
      published: '2012-06-08',
    });
  });

  it('cuts a title without any punctuation at a word', () => {
    const title = infer('lorem ipsum dolor '.repeat(100)).title;
    expect(title.length).toBeLessThanOrEqual(301);
    expect(title).toMatch(/^lorem ipsum .* \w+…$/);
  });

  it('names the author from a byline, but not when the byline names the outlet', () => {
    const infer = (text: string, hints = {}) =>
      inferMetadata(text, findParagraphs(text), 'a.txt', hints);
    expect(infer('Bridge closed\n\nPosted by Ines Varga at 7:41 PM\n\nText.').author).toBe(
      'Ines Varga',
    );
    expect(infer('Bridge closed\n\nBy the way, it rained.').author).toBeNull();
    expect(infer('Storm\n\nText.', { author: 'By Jane Doe' }).author).toBe('Jane Doe');
    expect(
      infer('Storm\n\nText.', { author: 'NBN News, Millbrook', outlet: 'NBN News' }).author,
    ).toBeNull();
  });

  it('prefers the hints of the format', () => {
    const text = 'Kerry meets Lavrov - Example Times\n\nBody.';
    expect(infer(text, { outlet: 'Example Times Ltd', published: '2014-03-30T10:00:00Z' })).toEqual(
      {
        title: 'Kerry meets Lavrov',
        outlet: 'Example Times',
        published: '2014-03-30',
        credits: null,
      },
    );
  });
});

describe('slugHeadline', () => {
  const lead =
    'Ferry runs aground off the Isle of Skye The coastguard on Friday brought all passengers ashore.';
  const url =
    'http://www.example-herald.com/news/national/ferry-runs-aground-off-the-isle-of-skye/article4417302.ece';

  it('cuts a headline run into its lead where the address’s words end', () => {
    expect(slugHeadline(lead, url)).toBe('Ferry runs aground off the Isle of Skye');
    expect(
      slugHeadline(
        'Harbor ’ s favourite baker Rosa Lind retires Master baker Rosa Lind has retired, aged 71.',
        'http://www.example-courier.com/article/204811/harbor%E2%80%99s-favourite-baker-rosa-lind-retires-',
      ),
    ).toBe('Harbor ’ s favourite baker Rosa Lind retires');
  });

  it('leaves alone a line the address does not open, a headline line and a word cut in two', () => {
    expect(slugHeadline(lead, 'http://www.bbc.co.uk/news/uk-england-somerset-23395104')).toBeNull();
    expect(
      slugHeadline(
        'Beloved Harbor Master Baker Rosa Lind Retires At 71',
        'http://x.com/beloved-harbor-master-baker-rosa',
      ),
    ).toBeNull();
    expect(
      slugHeadline(
        'Ferry runs aground off Skye in the storm. More follows.',
        'http://x.com/ferry-runs-aground-off-sky',
      ),
    ).toBeNull();
  });

  it('names the outlet a dateline credits, not the place', () => {
    const text =
      'Leipzig, Germany (Sports Network) - Chidi Okafor kept two heavyweight title belts on Saturday.\n\nHe won in the fourth round.';
    expect(inferMetadata(text, findParagraphs(text), 'a.txt').outlet).toBe('Sports Network');
  });

  it('titles an article whose headline runs into the lead', () => {
    const text = `Updated: June 8, 2012\n\nSource: ${url}\n\n${lead}`;
    expect(inferMetadata(text, findParagraphs(text), 'a.txt').title).toBe(
      'Ferry runs aground off the Isle of Skye',
    );
  });
});

describe('titles of the published corpus stories', () => {
  const title = (path: string) => {
    const text = readFileSync(new URL(`../../../stories/${path}`, import.meta.url), 'utf8');
    return ingestArticle({ file: path, text }).metadata.title;
  };

  it('are their headlines where the corpus runs the headline into the lead', () => {
    expect(title('ecb-12-ecbplus/12_1ecbplus.txt')).toBe(
      'Navy foils Somali pirate attack off Gulf of Aden',
    );
    expect(title('ecb-4-ecbplus/4_1ecbplus.txt')).toBe(
      'Hollywood ’ s mermaid Esther Williams dies',
    );
  });
});
