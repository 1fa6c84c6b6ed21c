import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import coinspeaker from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { articleKey } from './article-ref';
import { decodeLink, encodeLink, LINK_VERSION, MAX_LINK_LENGTH } from './link-codec';
import type { ClaimLink, LinkedPassage } from './link-codec';
import { abridgeSelector, describePassage } from './quote-selector';

const STORY = 'seed:kerry-lavrov-2014';

function passage(text: string, file: string, index: number, quote: string): LinkedPassage {
  const start = text.indexOf(quote);
  expect(start, `"${quote}" is in ${file}`).toBeGreaterThanOrEqual(0);
  const selector = describePassage(text, start, start + quote.length);
  return { article: { key: articleKey(file), index }, selector };
}

const TROOPS = passage(
  dw,
  '003_98415ab34e40d7b9.txt',
  1,
  "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv.",
);
const OFFICIALS = passage(dw, '003_98415ab34e40d7b9.txt', 1, '40,000');
const PULLBACK = passage(
  coinspeaker,
  '000_2a2de527784eabd2.txt',
  0,
  'a Russian troop pullback from Ukraine’s borders',
);

/** What the link keeps of a passage: the abridged description. */
const kept = (p: LinkedPassage, maxQuote = 80) => ({
  article: p.article,
  selector: abridgeSelector(p.selector, { maxQuote }),
});

describe('encodeLink / decodeLink', () => {
  it('round-trips a sentence link, abridged, in under 300 characters', () => {
    const link: ClaimLink = { story: STORY, kind: 'sentence', passages: [TROOPS] };
    const hash = encodeLink(link);
    expect(hash.startsWith(`/claim/v${LINK_VERSION}/seed:kerry-lavrov-2014/s?a=1.`)).toBe(true);
    expect(hash.length).toBeLessThan(300);
    expect(hash).toMatch(/^[A-Za-z0-9\-._~+%/:?=&]*[0-9]$/);
    expect(decodeLink(`#${hash}`)).toEqual({
      ok: true,
      link: { ...link, passages: [kept(TROOPS)] },
    });
  });

  it('keeps every seed sentence link under 300 characters', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const [text, file] of [
      [dw, 'dw.txt'],
      [coinspeaker, 'coinspeaker.txt'],
    ] as const) {
      for (const { segment } of segmenter.segment(text)) {
        const quote = segment.trim();
        if (quote.length < 2) continue;
        const hash = encodeLink({
          story: STORY,
          kind: 'sentence',
          passages: [passage(text, file, 0, quote)],
        });
        expect(hash.length, quote).toBeLessThan(300);
      }
    }
  });

  it('round-trips span, fact and disagreement links', () => {
    const span: ClaimLink = { story: STORY, kind: 'span', passages: [OFFICIALS] };
    expect(decodeLink(encodeLink(span))).toEqual({ ok: true, link: span });
    const fact: ClaimLink = { story: 'user:9f2c1a', kind: 'fact', passages: [TROOPS, PULLBACK] };
    expect(decodeLink(encodeLink(fact))).toEqual({
      ok: true,
      link: { ...fact, passages: fact.passages.map((p) => kept(p, 60)) },
    });
    const sides = [passage(dw, 'dw.txt', 1, '100,000'), OFFICIALS];
    const disagreement: ClaimLink = { story: STORY, kind: 'disagreement', passages: sides };
    expect(decodeLink(encodeLink(disagreement))).toEqual({ ok: true, link: disagreement });
  });

  it('refuses to encode a link it could not decode', () => {
    expect(() => encodeLink({ story: '', kind: 'span', passages: [OFFICIALS] })).toThrow(
      RangeError,
    );
    expect(() => encodeLink({ story: STORY, kind: 'fact', passages: [TROOPS] })).toThrow(
      RangeError,
    );
    expect(() =>
      encodeLink({ story: STORY, kind: 'span', passages: [OFFICIALS, OFFICIALS] }),
    ).toThrow(RangeError);
    const badIndex = { ...OFFICIALS, article: { key: 'k', index: -1 } };
    expect(() => encodeLink({ story: STORY, kind: 'span', passages: [badIndex] })).toThrow(
      RangeError,
    );
  });
});

describe('decodeLink on links that are not ours or not whole', () => {
  const good = encodeLink({ story: STORY, kind: 'span', passages: [OFFICIALS] });

  it('says when a hash belongs to something else', () => {
    for (const hash of ['', '#', '#section-2', '#/', '#/settings', 'claim/v1/x/s?a=0.k']) {
      expect(decodeLink(hash)).toEqual({
        ok: false,
        message: 'This address does not point to a claim in Parallax.',
      });
    }
  });

  it('says when a link was made by another format version', () => {
    const result = decodeLink(`#${good.replace('/v1/', '/v2/')}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('format v2');
  });

  it('refuses an over-long hash without parsing it', () => {
    const result = decodeLink(`#${good}${'&q=x'.repeat(MAX_LINK_LENGTH)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('too long');
  });

  it('names what is damaged', () => {
    const cases: [string, string][] = [
      [good.replace(/r=\d+-\d+/, 'r=12-x'), 'position'],
      [good.replace(/r=(\d+)-(\d+)/, 'r=$2-$1'), 'position'],
      [good.replace(/&q=[^&]*/, ''), 'quote is missing'],
      [good.replace('/p?', '/z?'), 'not a kind of claim'],
      [good.replace('/p?', '/f?'), '2 to 8 passages'],
      [good.replace('?a=', '?q=x&a='), 'article'],
      [good.replace(/&q=/, '&q=%E2%80&'), 'not properly encoded'],
      [good.replace('/v1/', '/v1/extra/'), 'parts'],
      [good.replace('/v1/', '/version1/'), 'version'],
      [good.replace('seed:kerry', 'seed%0Akerry'), 'story'],
    ];
    for (const [hash, detail] of cases) {
      const result = decodeLink(hash);
      expect(result.ok, hash).toBe(false);
      if (!result.ok) expect(result.message, hash).toContain(detail);
    }
  });

  it('ignores fields it does not know, for later additions within v1', () => {
    const result = decodeLink(`${good}&zz=later`);
    expect(result.ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    const prefixes = fc.constantFrom('', '#', '#/claim/', '#/claim/v1/', `#${good.slice(0, 30)}`);
    fc.assert(
      fc.property(prefixes, fc.string({ unit: 'binary', maxLength: 300 }), (prefix, junk) => {
        const result = decodeLink(prefix + junk);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500, seed: 9 },
    );
    for (const value of [undefined, null, 42, {}, ['#/claim/v1/x/s']]) {
      expect(decodeLink(value).ok).toBe(false);
    }
  });
});
