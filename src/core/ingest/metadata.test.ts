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
      'Lindsay Lohan rehires longtime lawyer, heads to rehab\n\n' +
      'Source: http://www.foxnews.com/entertainment/2013/05/02/lindsay-lohan-may-change-rehab/\n\n' +
      'Published May 03, 2013 It seems Lindsay Lohan has had enough of her attorney.';
    expect(infer(text)).toEqual({
      title: 'Lindsay Lohan rehires longtime lawyer, heads to rehab',
      outlet: 'Fox News',
      published: '2013-05-03',
      credits: null,
    });
    const ktla =
      'Lohan Checks into Betty Ford\n\nSource: http://ktla.com/2013/05/03/lohan-may-miss-rehab/\n\nAfter she left…';
    expect(infer(ktla)).toMatchObject({ outlet: 'KTLA', published: '2013-05-03' });
  });

  it('reads a date that opens the first paragraphs, but no date from the body', () => {
    expect(
      infer('Lawyer: Lohan checks into rehab\n\nMay 2, 2013 12:50 PM Lindsay Lohan has checked in.')
        .published,
    ).toBe('2013-05-02');
    expect(
      infer('Title\n\non Tuesday, 16 December 2008 13:45. The Red Sox made an offer.').published,
    ).toBe('2008-12-16');
    expect(
      infer('Title\n\nThe actress checked in on March 30, 2014, her rep said.').published,
    ).toBeNull();
  });

  it('skips a dateline or menu before the headline and keeps only its first sentence', () => {
    const text =
      'Updated: November 11, 2011 20:09 IST\n\nNavy foils pirate attack. The Indian Navy thwarted an attack on Thursday.';
    expect(infer(text)).toMatchObject({
      title: 'Navy foils pirate attack.',
      published: '2011-11-11',
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
    'Navy foils Somali pirate attack off Gulf of Aden The Indian Navy on Thursday thwarted an attack on merchant vessels.';
  const url =
    'http://www.thehindu.com/news/national/navy-foils-somali-pirate-attack-off-gulf-of-aden/article2618961.ece';

  it('cuts a headline run into its lead where the address’s words end', () => {
    expect(slugHeadline(lead, url)).toBe('Navy foils Somali pirate attack off Gulf of Aden');
    expect(
      slugHeadline(
        'Hollywood ’ s mermaid Esther Williams dies Champion swimmer Esther Williams has died, aged 91.',
        'http://www.buenosairesherald.com/article/132929/hollywood%E2%80%99s-mermaid-esther-williams-dies-',
      ),
    ).toBe('Hollywood ’ s mermaid Esther Williams dies');
  });

  it('leaves alone a line the address does not open, a headline line and a word cut in two', () => {
    expect(slugHeadline(lead, 'http://www.bbc.co.uk/news/uk-england-somerset-23395104')).toBeNull();
    expect(
      slugHeadline(
        'Legendary Aquatic Musical Star Esther Williams Dies At 91',
        'http://x.com/legendary-aquatic-musical-star-esther',
      ),
    ).toBeNull();
    expect(
      slugHeadline(
        'Navy foils Somali pirates in the gulf. More follows.',
        'http://x.com/navy-foils-somali-pirate',
      ),
    ).toBeNull();
  });

  it('names the outlet a dateline credits, not the place', () => {
    const text =
      'Mannheim, Germany (Sports Network) - Wladimir Klitschko retained three heavyweight title belts on Saturday.\n\nHe won in the seventh round.';
    expect(inferMetadata(text, findParagraphs(text), 'a.txt').outlet).toBe('Sports Network');
  });

  it('titles an article whose headline runs into the lead', () => {
    const text = `Updated: November 11, 2011\n\nSource: ${url}\n\n${lead}`;
    expect(inferMetadata(text, findParagraphs(text), 'a.txt').title).toBe(
      'Navy foils Somali pirate attack off Gulf of Aden',
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
