import { describe, expect, it } from 'vitest';
import { decodeInput, looksEnglish } from './decode-input';
import { MAX_ARTICLE_BYTES } from '../limits';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const english =
  'The minister said that the talks would go on in the spring, and that he was hopeful.';

describe('decodeInput', () => {
  it('decodes UTF-8 and strips a byte-order mark', () => {
    expect(decodeInput(utf8(english), 'a.txt')).toEqual({ ok: true, text: english, notices: [] });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(english)]);
    expect(decodeInput(bom, 'a.txt')).toEqual({ ok: true, text: english, notices: [] });
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a notice', () => {
    const bytes = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      ...utf8(' and the ' + english),
      0x93,
      0x94,
      0x80,
    ]);
    const decoded = decodeInput(bytes, 'a.txt');
    expect(decoded.ok && decoded.text.startsWith('Café and the')).toBe(true);
    expect(decoded.ok && decoded.text.endsWith('“”€')).toBe(true);
    expect(decoded.ok ? decoded.notices : []).toEqual([
      'a.txt: not valid UTF-8; decoded as Windows-1252',
    ]);
  });

  it('keeps valid UTF-8 and replaces only the bytes it cannot read, with a count', () => {
    const bytes = new Uint8Array([
      ...utf8('Zürich, Genève – “the talks” went on.\nThe minister said so'),
      0xff,
      ...utf8(' and left.\nHe was '),
      0xe2,
      0x80,
      ...utf8(' late.\n' + english),
    ]);
    const decoded = decodeInput(bytes, 'a.txt');
    expect(decoded).toEqual({
      ok: true,
      text: `Zürich, Genève – “the talks” went on.\nThe minister said so\uFFFD and left.\nHe was \uFFFD late.\n${english}`,
      notices: ['a.txt: 3 bytes could not be read and were replaced'],
    });
  });

  it('says one byte in the singular', () => {
    const bytes = new Uint8Array([...utf8('Genève: ' + english), 0xc3]);
    expect(decodeInput(bytes, 'a.txt')).toMatchObject({
      notices: ['a.txt: 1 byte could not be read and was replaced'],
    });
  });

  it('reads a line from an old Windows encoding in a UTF-8 file as Windows-1252', () => {
    const bytes = new Uint8Array([
      ...utf8('Zürich – the talks went on.\n'),
      0x93,
      ...utf8('We agree'),
      0x94,
      ...utf8(', he said.\n' + english),
    ]);
    const decoded = decodeInput(bytes, 'a.txt');
    expect(decoded).toEqual({
      ok: true,
      text: `Zürich – the talks went on.\n“We agree”, he said.\n${english}`,
      notices: ['a.txt: 1 line was not valid UTF-8; decoded as Windows-1252'],
    });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const units = [...english].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const decoded = decodeInput(le, 'a.txt');
    expect(decoded.ok && decoded.text).toBe(english);
  });

  it('rejects empty, whitespace-only, binary and oversized input with one line', () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'a.txt: the file is empty'],
      [utf8(' \n\t\r\n'), 'a.txt: the file holds only whitespace'],
      [
        utf8('\u200B\u200B\n\u2060\u00AD \uFEFF\u200B'),
        'a.txt: the file is empty: it holds only invisible characters',
      ],
      [
        new Uint8Array([0x41, 0x00, 0x42, 0x43]),
        'a.txt: this is a binary file, not an article in text, Markdown or HTML',
      ],
      [
        utf8('%PDF-1.4\n%âãÏÓ'),
        'a.txt: this is a PDF file, not an article in text, Markdown or HTML',
      ],
      [
        new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61),
        'a.txt: the file is too large (2.0 MB; the limit is 2.0 MB per article)',
      ],
    ];
    for (const [bytes, message] of cases) {
      const decoded = decodeInput(bytes, 'a.txt');
      expect(decoded).toEqual({ ok: false, message });
      expect(message).not.toContain('\n');
    }
    const controls = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(decodeInput(controls, 'a.txt').ok).toBe(false);
  });

  it('accepts text starting like a short signature when it is not binary', () => {
    expect(decodeInput(utf8('MZ Wallace opened a store. ' + english), 'a.txt').ok).toBe(true);
  });

  it('notes Chinese text as not English', () => {
    const chinese = '外交部长表示，会谈将在春季继续进行，他对此充满希望。双方同意下周再次会面。';
    expect(decodeInput(utf8(chinese), 'zh.txt')).toEqual({
      ok: true,
      text: chinese,
      notices: ['zh.txt: this article appears to be in Chinese; the comparison reads English'],
    });
  });

  it('accepts non-English text with a notice', () => {
    const german =
      'Der Außenminister sagte, dass die Gespräche im Frühjahr weitergehen würden und er zuversichtlich sei. '.repeat(
        3,
      );
    expect(decodeInput(utf8(german), 'de.txt')).toEqual({
      ok: true,
      text: german,
      notices: ['de.txt: this article appears to be in German; the comparison reads English'],
    });
  });
});

describe('looksEnglish', () => {
  it('is false for prose in other scripts, with or without spaces between words', () => {
    expect(
      looksEnglish('外交部长表示，会谈将在春季继续进行，他对此充满希望。双方同意下周再次会面。'),
    ).toBe(false);
    expect(
      looksEnglish('外相は、協議は春も続くと述べ、期待を示した。両国は来週再び会う予定だ。'),
    ).toBe(false);
    expect(
      looksEnglish('وقال الوزير إن المحادثات ستستمر في الربيع وإنه متفائل بشأن النتائج.'),
    ).toBe(false);
    expect(looksEnglish(`${english} 北京 (Beijing) and 上海 (Shanghai).`)).toBe(true);
  });

  it('counts words of prose, not markup', () => {
    expect(looksEnglish(`<div class="x"><p>${english}</p><script>var a = b;</script></div>`)).toBe(
      true,
    );
    expect(
      looksEnglish(
        'Министр сказал, что переговоры продолжатся весной, и он надеется на успех. '.repeat(3),
      ),
    ).toBe(false);
    expect(looksEnglish('Short text')).toBe(true);
  });
});
