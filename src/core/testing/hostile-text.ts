import fc from 'fast-check';
import type { ArticleInput } from '../types';

/**
 * fast-check generators of hostile and broken article text, for the core's property tests:
 * arbitrary Unicode (lone surrogates included), only punctuation, only numbers, right-to-left
 * and CJK text, markup fragments, and "article-shaped" text built from the pieces that the
 * extraction stages react to (numbers, quotes, reporting verbs, dates, credits, outlets).
 */

/** Pieces that trigger the core's rules: numbers, quotes, attributions, dates, credits, markup. */
const NEWS_PIECES = [
  'said',
  'told reporters',
  'according to',
  'officials',
  'The minister',
  'Kerry',
  'he',
  'she',
  'they',
  'not',
  'about',
  'at least',
  'nearly',
  'more than',
  'troops',
  'people',
  'per cent',
  '%',
  '$',
  '€',
  '100,000',
  '40 000',
  '1.5',
  '-3',
  '0',
  '1e308',
  '9'.repeat(40),
  'three',
  'a dozen',
  'hundreds',
  'million',
  'billion',
  '½',
  '٣٤',
  '2014',
  'March 30',
  '30 March 2014',
  '2014-03-30',
  '2014-02-30',
  '9999-99-99',
  'yesterday',
  'on Sunday',
  'last week',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
  '-',
  '...',
  '…',
  '.',
  '?',
  '!',
  ':',
  ';',
  ',',
  '|',
  '©',
  '(c)',
  '© DW',
  'dpa, AP, AFP',
  'Reuters',
  'Mr.',
  'U.S.',
  'e.g.',
  'http://example.org/a?b=1',
  'mailto:x@y.z',
  '#',
  '##',
  '*',
  '**',
  '_',
  '`',
  '```',
  '>',
  '---',
  '<p>',
  '</p>',
  '<br>',
  '<h1>',
  '</h1>',
  '<title>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&nbsp;',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u200F',
  '\u202E',
  '\u2028',
  '\r',
  '\r\n',
  '\t',
  '\f',
  '\uD83D',
  '\uDE00',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'İ',
  'ß',
  'ﬁ',
  'الوزير قال',
  'שלום',
  '北京时间',
  '十万',
  '東京',
  '한국어',
  'Дмитрий',
];

/** Any UTF-16 code unit, lone surrogates and controls included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Right-to-left (Hebrew, Arabic) and CJK characters with their punctuation. */
const rtlOrCjk = fc.oneof(
  fc.integer({ min: 0x0590, max: 0x06ff }),
  fc.integer({ min: 0x3000, max: 0x303f }),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
  fc.integer({ min: 0xac00, max: 0xd7a3 }),
  fc.constantFrom(0x20, 0x2e, 0x0a, 0x3002, 0x061f),
);

/** Text made of pieces joined by spaces, line breaks or nothing. */
function joined(piece: fc.Arbitrary<string>, maxPieces: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '')), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

/**
 * One article's text, small enough for thousands of cases: any of the hostile families.
 *
 * @example fc.sample(hostileText(), 3) // e.g. ['', '\uD83D»<p>1e308\n', '北京时间 ...']
 */
export function hostileText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom(...'.,;:!?…"\'“”«»()[]{}-—–*#|/\\@&%$^~`<>='),
        maxLength,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789., -+%e'), maxLength }),
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: rtlOrCjk.map((c) => String.fromCharCode(c)), maxLength }),
    },
    { weight: 4, arbitrary: joined(fc.constantFrom(...NEWS_PIECES), Math.ceil(maxLength / 6)) },
  );
}

/** A file name whose extension steers format detection (text, Markdown, HTML) or says nothing. */
export const hostileFileName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm', 'e', '.txt', 'f.markdown', 'g.php'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/**
 * A story of 0 to `maxArticles` hostile articles. Half the stories draw their lines from a
 * shared pool, so that the articles repeat one another and alignment, facts and disagreements
 * run on hostile text too.
 *
 * @example fc.sample(hostileStory(), 1)[0] // e.g. [{ file: 'c.html', text: '<p>…' }]
 */
export function hostileStory(maxArticles = 12, maxLength = 300): fc.Arbitrary<ArticleInput[]> {
  const independent = fc.array(fc.record({ file: hostileFileName, text: hostileText(maxLength) }), {
    maxLength: maxArticles,
  });
  const line = joined(fc.constantFrom(...NEWS_PIECES), 12).map((l) => l.replace(/\n/g, ' '));
  const shared = fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat({ max: maxArticles }))
    .chain(([pool, count]) =>
      fc.array(
        fc.record({
          file: hostileFileName,
          text: fc
            .tuple(
              fc.array(fc.oneof(fc.constantFrom(...pool), hostileText(40)), { maxLength: 8 }),
              fc.nat({ max: 9 }),
            )
            // Shifted digits: the same line with other figures, a numeric disagreement.
            .map(([lines, shift]) =>
              lines.join('\n\n').replace(/\d/g, (d) => String((Number(d) + shift) % 10)),
            ),
        }),
        { minLength: count, maxLength: count },
      ),
    );
  return fc.oneof(independent, shared);
}

/** One edit of a real article: a hostile piece inserted, a stretch deleted, or a stretch repeated. */
type Edit = { at: number; kind: 'insert' | 'delete' | 'repeat'; piece: string; length: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'insert', 'delete', 'repeat'),
  piece: fc.oneof(fc.constantFrom(...NEWS_PIECES), fc.string({ unit: anyCodeUnit, maxLength: 4 })),
  length: fc.nat({ max: 80 }),
});

function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + e.piece + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
}

/**
 * A story of real articles (given), each cut to a window and damaged by a few random edits: the
 * articles still share sentences, so alignment, facts and disagreements run on broken text.
 *
 * @example fc.sample(damagedStory([seedA, seedB]), 1)[0]?.length // 2..4
 */
export function damagedStory(
  sources: readonly string[],
  maxWindow = 1200,
): fc.Arbitrary<ArticleInput[]> {
  const article = fc
    .record({
      source: fc.nat({ max: sources.length - 1 }),
      from: fc.nat(),
      edits: fc.array(edit, { maxLength: 6 }),
      file: fc.constantFrom('a.txt', 'b.md', 'c.html', 'd'),
    })
    .map(({ source, from, edits, file }) => {
      const full = sources[source] ?? '';
      const start = full.length > maxWindow ? from % (full.length - maxWindow) : 0;
      const window = full.slice(start, start + maxWindow);
      return { file, text: edits.reduce(applyEdit, window) };
    });
  return fc.array(article, { minLength: 2, maxLength: 4 });
}
