import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import coinspeaker from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { articleKey } from './article-ref';
import {
  decodeLink,
  encodeLink,
  LINK_VERSION,
  MAX_CARRIED_LENGTH,
  MAX_LINK_LENGTH,
  withCarriedStory,
  withoutCarriedStory,
} from './link-codec';
import type { ClaimLink, DescribedPassage } from './link-codec';
import { abridgeSelector, describePassage } from './quote-selector';

const STORY = 'seed:kerry-lavrov-2014';

function passage(text: string, file: string, index: number, quote: string): DescribedPassage {
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
const kept = (p: DescribedPassage, maxQuote = 80) => ({
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
      link: { ...fact, passages: [TROOPS, PULLBACK].map((p) => kept(p, 60)) },
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

describe('short links (passages named by register keys)', () => {
  it('round-trips sentence and span keys, mixed with described passages', () => {
    const link: ClaimLink = {
      story: 'ecb:1-ecb',
      kind: 'disagreement',
      passages: [{ key: 'Ab3x9Q', within: { start: 12, end: 18 } }, OFFICIALS],
    };
    const hash = encodeLink(link);
    expect(hash.startsWith('/claim/v1/ecb:1-ecb/d?k=Ab3x9Q.12-18&a=1.')).toBe(true);
    expect(decodeLink(hash)).toEqual({
      ok: true,
      link: { ...link, passages: [link.passages[0], kept(OFFICIALS, 60)] },
    });
    const sentence: ClaimLink = {
      story: 'ecb:1-ecb',
      kind: 'sentence',
      passages: [{ key: 'zz09AB' }],
    };
    expect(encodeLink(sentence)).toBe('/claim/v1/ecb:1-ecb/s?k=zz09AB');
    expect(decodeLink(encodeLink(sentence))).toEqual({ ok: true, link: sentence });
  });

  it('refuses malformed keys and spans', () => {
    for (const bad of ['k=Ab3x9', 'k=Ab3x9Q.5-5', 'k=Ab3x9Q.9-2', 'k=Ab_x9Q', 'k=Ab3x9Q.1']) {
      const result = decodeLink(`#/claim/v1/ecb:1-ecb/p?${bad}`);
      expect(result.ok, bad).toBe(false);
    }
    expect(() =>
      encodeLink({ story: 'ecb:1-ecb', kind: 'sentence', passages: [{ key: 'short' }] }),
    ).toThrow(RangeError);
  });
});

describe('a carried story', () => {
  const carried = { story: 'q1Bv-_x'.repeat(40), hash: '0123456789abcdef' };
  const link: ClaimLink = { story: 'user:ab12cd34', kind: 'span', passages: [OFFICIALS], carried };

  it('is written last and read back whole, beside a link of the usual length', () => {
    const hash = encodeLink(link);
    expect(hash.endsWith(`&c=${carried.story}&h=${carried.hash}`)).toBe(true);
    expect(decodeLink(`#${hash}`)).toEqual({ ok: true, link });
  });

  it('may be as long as MAX_CARRIED_LENGTH, not longer', () => {
    const big = { ...carried, story: 'A'.repeat(MAX_CARRIED_LENGTH) };
    expect(decodeLink(encodeLink({ ...link, carried: big })).ok).toBe(true);
    const over = `${encodeLink(link).replace(/c=[^&]*/, `c=${'A'.repeat(MAX_CARRIED_LENGTH + 1)}`)}`;
    const result = decodeLink(over);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('over 8000 characters');
    expect(() => encodeLink({ ...link, carried: { ...carried, story: 'a+b' } })).toThrow(
      RangeError,
    );
  });

  it('names what is wrong with it', () => {
    const good = encodeLink(link);
    const cases: [string, string][] = [
      [good.replace(/&h=[0-9a-f]+/, ''), 'without its hash'],
      [good.replace(/&c=[^&]*/, ''), 'without its hash'],
      [`${good}&c=AAAA`, 'two stories'],
      [good.replace(/h=[0-9a-f]+/, 'h=xyz'), '16 hex digits'],
      [good.replace(/c=[^&]*/, 'c=ab%2Fcd'), 'not base64url'],
    ];
    for (const [hash, detail] of cases) {
      const result = decodeLink(hash);
      expect(result.ok, hash).toBe(false);
      if (!result.ok) expect(result.message, hash).toContain(detail);
    }
  });

  it('is put on by withCarriedStory, replacing any other', () => {
    const plain = `#${encodeLink({ ...link, carried: undefined })}`;
    expect(withCarriedStory(plain, carried)).toBe(`#${encodeLink(link)}`);
    const other = { story: 'AAAA', hash: 'ffffffffffffffff' };
    expect(withCarriedStory(`#${encodeLink(link)}`, other)).toBe(
      `${plain}&c=AAAA&h=ffffffffffffffff`,
    );
    expect(() => withCarriedStory('#view=reading', carried)).toThrow(RangeError);
  });

  it('is taken off by withoutCarriedStory, which may also rename the story', () => {
    const plain = `#${encodeLink({ ...link, carried: undefined })}`;
    expect(withoutCarriedStory(`#${encodeLink(link)}`)).toBe(plain);
    expect(withoutCarriedStory(plain)).toBe(plain);
    expect(withoutCarriedStory(`#${encodeLink(link)}`, 'user:99ff')).toBe(
      plain.replace('user:ab12cd34', 'user:99ff'),
    );
    expect(withoutCarriedStory('#section-2')).toBeNull();
  });
});
