import { describe, expect, it } from 'vitest';
import coinspeaker from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { ingestArticle } from '../ingest/ingest-article';
import { splitSentences } from '../sentences/split-sentences';
import { anchorLink } from './anchor-link';
import { articleKey } from './article-ref';
import { decodeLink, encodeLink } from './link-codec';
import {
  describeRegistered,
  mergeRegister,
  parseRegister,
  passageKey,
  registerArticle,
  selectorOf,
  serializeRegister,
} from './passage-register';
import { abridgeSelector, describePassage } from './quote-selector';

const DW = '003_98415ab34e40d7b9.txt';

/** The seed article's sentences as the analysis splits them. */
function sentencesOf(file: string, source: string) {
  const ingested = ingestArticle({ file, text: source });
  const spans = splitSentences(ingested.text, ingested.paragraphs, {
    headlines: ingested.headlines,
  });
  return { text: ingested.text, spans };
}

describe('passageKey', () => {
  it('is six letters or digits, and differs with the article, the text and the occurrence', () => {
    const key = passageKey('c8a5c70d', 'He left.', 0);
    expect(key).toMatch(/^[0-9A-Za-z]{6}$/);
    expect(passageKey('c8a5c70d', 'He left.', 0)).toBe(key);
    expect(passageKey('c8a5c70e', 'He left.', 0)).not.toBe(key);
    expect(passageKey('c8a5c70d', 'He left!', 0)).not.toBe(key);
    expect(passageKey('c8a5c70d', 'He left.', 1)).not.toBe(key);
  });
});

describe('registerArticle and selectorOf', () => {
  const { text, spans } = sentencesOf(DW, dw);
  const entries = registerArticle(DW, 1, text, spans);

  it('registers every sentence under a distinct key, with 64 characters of context', () => {
    expect(entries.length).toBe(spans.length);
    expect(new Set(entries.map(([key]) => key)).size).toBe(entries.length);
    const middle = entries[5]?.[1];
    expect(middle?.prefix.length).toBe(64);
    expect(middle?.suffix.length).toBe(64);
    expect(middle?.article).toEqual({ key: articleKey(DW), index: 1 });
  });

  it('rebuilds exactly the description made on the whole article, of a sentence or a span in it', () => {
    for (const [, entry] of entries) {
      const end = entry.start + entry.exact.length;
      expect(selectorOf(entry)).toEqual(describePassage(text, entry.start, end));
      const figure = /\d[\d,.]*/.exec(entry.exact);
      if (figure) {
        const within = { start: figure.index, end: figure.index + figure[0].length };
        expect(selectorOf(entry, within)).toEqual(
          describePassage(text, entry.start + within.start, entry.start + within.end),
        );
      }
    }
    expect(() => selectorOf(entries[0]?.[1] ?? entries[1]![1], { start: 3, end: 3 })).toThrow(
      RangeError,
    );
  });

  it('gives two identical sentences of one article two keys', () => {
    const twice = 'It rained. It rained.';
    const keys = registerArticle('a.txt', 0, twice, [
      { start: 0, end: 10 },
      { start: 11, end: 21 },
    ]).map(([key]) => key);
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe('short links through the register', () => {
  const { text, spans } = sentencesOf(DW, dw);
  const other = sentencesOf('000_2a2de527784eabd2.txt', coinspeaker);
  const register = new Map([
    ...registerArticle('000_2a2de527784eabd2.txt', 0, other.text, other.spans),
    ...registerArticle(DW, 1, text, spans),
  ]);
  const articles = [
    { file: '000_2a2de527784eabd2.txt', text: other.text },
    { file: DW, text },
  ];
  const troops = [...register].find(([, e]) => e.exact.startsWith('The Kremlin has massed'));

  it('opens at the same place as the long link, in at most 60 characters', () => {
    if (!troops) throw new Error('the seed sentence is missing');
    const [key, entry] = troops;
    const at = entry.exact.indexOf('100,000');
    const hash = encodeLink({
      story: 'seed:kerry-lavrov-2014',
      kind: 'span',
      passages: [{ key, within: { start: at, end: at + 7 } }],
    });
    expect(hash).toBe(`/claim/v1/seed:kerry-lavrov-2014/p?k=${key}.${at}-${at + 7}`);
    expect(hash.length).toBeLessThan(60);
    const decoded = decodeLink(hash);
    if (!decoded.ok) throw new Error(decoded.message);
    const described = describeRegistered(decoded.link, (k) => register.get(k));
    const long = {
      article: entry.article,
      selector: abridgeSelector(describePassage(text, entry.start + at, entry.start + at + 7)),
    };
    expect(described.passages).toEqual([long]);
    expect(anchorLink(described, articles)).toEqual([
      expect.objectContaining({ status: 'found', article: 1, start: entry.start + at }),
    ]);
  });

  it('reports a key the register does not hold as an orphan, never placed elsewhere', () => {
    const link = { passages: [{ key: 'zzzzzz' }] };
    expect(
      anchorLink(
        describeRegistered(link, (k) => register.get(k)),
        articles,
      ),
    ).toEqual([{ status: 'orphan', article: null, exact: 'zzzzzz', reason: 'unknown-key' }]);
  });

  it('still finds a sentence after its article was edited, from its old entry', () => {
    if (!troops) throw new Error('the seed sentence is missing');
    const [key, entry] = troops;
    const edited = text.replace('100,000', '120,000').replace(/^[^\n]*\n/, 'Updated.\n');
    const link = describeRegistered({ passages: [{ key }] }, (k) => register.get(k));
    const [found] = anchorLink(link, [articles[0]!, { file: DW, text: edited }]);
    expect(found).toMatchObject({ status: 'found', article: 1 });
    if (found?.status === 'found') {
      expect(edited.slice(found.start, found.end)).toBe(entry.exact.replace('100,000', '120,000'));
    }
  });
});

describe('the register file', () => {
  const { text, spans } = sentencesOf(DW, dw);
  const register = new Map(registerArticle(DW, 1, text, spans));

  it('round-trips, one entry a line in key order', () => {
    const file = serializeRegister(register);
    expect(file.split('\n').length).toBe(register.size + 7);
    const parsed = parseRegister(JSON.parse(file));
    expect(parsed.ok && [...parsed.register]).toEqual(
      [...register].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(parseRegister(JSON.parse(serializeRegister(new Map())))).toEqual({
      ok: true,
      register: new Map(),
    });
  });

  it('refuses what is not a register', () => {
    for (const bad of [null, [], {}, { format: 'parallax-passages', version: 2, passages: {} }]) {
      expect(parseRegister(bad).ok).toBe(false);
    }
    const broken = { format: 'parallax-passages', version: 1, passages: { abc: ['k', 0] } };
    expect(parseRegister(broken)).toEqual({ ok: false, message: 'the entry "abc" is malformed' });
  });

  it('only grows: an edited sentence keeps its old entry beside the new one', () => {
    const edited = text.replace('100,000', '120,000');
    const fresh = registerArticle(DW, 1, edited, sentencesOf(DW, edited).spans);
    const { register: merged, added } = mergeRegister(register, fresh);
    expect(added).toBe(1);
    expect(merged.size).toBe(register.size + 1);
    for (const key of register.keys()) expect(merged.has(key)).toBe(true);
  });

  it('refuses two different sentences under one key', () => {
    const [key, entry] = [...register][0]!;
    expect(() => mergeRegister(register, [[key, { ...entry, exact: 'Other.' }]])).toThrow(
      /share the key/,
    );
  });
});
