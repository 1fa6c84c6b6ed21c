import { describe, expect, it } from 'vitest';
import { findSentenceSpans, isTitleCase } from './sentence-boundaries';

/** The sentences of a one-paragraph text. */
const split = (text: string): string[] =>
  findSentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('findSentenceSpans', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    expect(split('He met Gen. Smith on Jan. 5 at 10 a.m. in St. Louis. Then he left.')).toEqual([
      'He met Gen. Smith on Jan. 5 at 10 a.m. in St. Louis.',
      'Then he left.',
    ]);
    expect(split('J. K. Rowling wrote it. Mr. Brown agreed.')).toEqual([
      'J. K. Rowling wrote it.',
      'Mr. Brown agreed.',
    ]);
    expect(
      split('The No. 1 seed lost, said Sgt. Mara Quill of the Ohio Highway Patrol.'),
    ).toHaveLength(1);
  });

  it('ends a sentence after an abbreviation only when a sentence opener follows', () => {
    // The seed's photo caption, and a dateline state abbreviation before a new sentence.
    expect(split('Photo: U.S. Department of State/Flickr')).toEqual([
      'Photo: U.S. Department of State/Flickr',
    ]);
    expect(
      split('She was at the Harbor View clinic in Palm Grove, Calif. The singer, 31, checked in.'),
    ).toEqual([
      'She was at the Harbor View clinic in Palm Grove, Calif.',
      'The singer, 31, checked in.',
    ]);
    expect(split('Troops left the U.S. The president spoke.')).toHaveLength(2);
    expect(split('The U.S. President spoke.')).toHaveLength(1);
  });

  it('keeps decimals, spaced abbreviations and numbered list markers whole', () => {
    expect(split('Turnout reached 93.87 percent. Over 2.5 million voted.')).toHaveLength(2);
    expect(split('At 6.40 a. m. on Friday, the crew saw three yachts.')).toHaveLength(1);
    expect(split('1. Inhalt')).toEqual(['1. Inhalt']);
    expect(split('He owns a 120-98 (. 550) record.')).toHaveLength(1);
  });

  it('gives a closing quote to the sentence it closes', () => {
    expect(split('He said: “We go.” Then they left.')).toEqual([
      'He said: “We go.”',
      'Then they left.',
    ]);
    expect(
      split(
        '“Any real progress,” Kerry said. “We believe these forces are creating fear. It certainly does not help.”',
      ),
    ).toEqual([
      '“Any real progress,” Kerry said.',
      '“We believe these forces are creating fear.',
      'It certainly does not help.”',
    ]);
    // Scraped text with detached quote marks.
    expect(split('The bridge will open on time. " Vance said she was surprised.')).toEqual([
      'The bridge will open on time. "',
      'Vance said she was surprised.',
    ]);
    expect(split("“They asked, 'What about 40 chairs? '” Marsh said.")).toHaveLength(1);
  });

  it('continues after "!" or "?" inside a quote when the speaker follows', () => {
    expect(split('“Why?” Kerry asked. “We go!” he said.')).toEqual([
      '“Why?” Kerry asked.',
      '“We go!” he said.',
    ]);
    expect(split('"It\'s true: I\'m running the #Marathon! " Okafor tweeted.')).toHaveLength(1);
  });

  it('treats an ellipsis as an end only before a sentence opener', () => {
    expect(split('And the next host is … Dana Price.')).toHaveLength(1);
    expect(split('He paused... Then he left.')).toHaveLength(2);
    expect(split('I remember the war years.... People were hungry.')).toHaveLength(2);
    expect(split('Wait… what?')).toHaveLength(1);
  });

  it('handles non-breaking spaces and lower-case continuations', () => {
    expect(split('It rained.\u00a0Then it stopped.')).toEqual(['It rained.', 'Then it stopped.']);
    expect(split('Apple Inc. said so. eBay agreed.')).toEqual([
      'Apple Inc. said so.',
      'eBay agreed.',
    ]);
    expect(split('He earns? 750 a month.')).toHaveLength(1);
  });

  it('does not split a Title Case headline at an abbreviation', () => {
    expect(split('Escaped Bank Robber Harlan Edward Pryce Jr. On The Run in Ohio')).toHaveLength(1);
    expect(isTitleCase('Escaped Bank Robber Harlan Edward Pryce Jr. On The Run in Ohio')).toBe(
      true,
    );
    expect(isTitleCase('The singer checked in on Friday, her agent told Variety.')).toBe(false);
  });

  it('reads a spaced ellipsis as one mark: an omission inside a sentence, an end before an opener', () => {
    expect(split('Trump . . . finishes first in the poll. Cruz is second.')).toEqual([
      'Trump . . . finishes first in the poll.',
      'Cruz is second.',
    ]);
    expect(split('Polls show Trump . . . Cruz and Rubio behind him. They trail.')).toEqual([
      'Polls show Trump . . . Cruz and Rubio behind him.',
      'They trail.',
    ]);
    expect(split('He said he would win. . . and he did. Others disagreed.')).toEqual([
      'He said he would win. . . and he did.',
      'Others disagreed.',
    ]);
    // Four spaced dots: a period, then an ellipsis.
    expect(split('The vote was close . . . . The count went on.')).toEqual([
      'The vote was close . . . .',
      'The count went on.',
    ]);
    expect(split('We waited . . . But nobody came.')).toEqual([
      'We waited . . .',
      'But nobody came.',
    ]);
    expect(split('We waited\u00a0.\u00a0.\u00a0. for hours.')).toHaveLength(1);
  });

  it('keeps initials, abbreviations and decimals inside the sentence, as a reader would', () => {
    const whole = [
      'The novel by George R. R. Martin sold well.',
      'J.R.R. Tolkien wrote it in 1937.',
      'The company, Acme Inc., said no.',
      'It cost approx. 40 dollars.',
      'The vote was 52.3 percent vs. 47.7 percent.',
      'The rate fell by .5 points.',
      'He paid $2.5m. for the house.',
      'E. coli was found on the farm.',
      'Sen. John McCain (R-Ariz.) said no.',
      'No. 10 Downing St. said so.',
      'Gen. David H. Petraeus spoke on Jan. 5.',
    ];
    for (const sentence of whole) expect(split(sentence), sentence).toEqual([sentence]);
    expect(split('He lives in Washington, D.C. He works there.')).toEqual([
      'He lives in Washington, D.C.',
      'He works there.',
    ]);
  });

  it('gives closing quotes of every kind to the sentence they close', () => {
    expect(split('He called it “a disaster.” The minister disagreed.')).toEqual([
      'He called it “a disaster.”',
      'The minister disagreed.',
    ]);
    expect(split("She said: 'It is over.' Then she left.")).toEqual([
      "She said: 'It is over.'",
      'Then she left.',
    ]);
    expect(split('Il a dit « c’est fini. » Then he left.')).toEqual([
      'Il a dit « c’est fini. »',
      'Then he left.',
    ]);
    expect(split('He said it was “over”. Then he left.')).toEqual([
      'He said it was “over”.',
      'Then he left.',
    ]);
    expect(split('“Is it over?” asked Kerry. He left.')).toEqual([
      '“Is it over?” asked Kerry.',
      'He left.',
    ]);
    expect(split('He asked “Why? ” and then left. Nobody answered.')).toHaveLength(2);
  });

  it('returns exact offsets into the whole text, inside the given range', () => {
    const text = 'Title\n  First one. Second one.  \nNext';
    const spans = findSentenceSpans(text, 8, 31);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(spans[0]?.start).toBe(8);
  });
});
