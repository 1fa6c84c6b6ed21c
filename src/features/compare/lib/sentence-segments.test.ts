import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import { buildAlignedRows } from './aligned-rows';
import {
  disagreementLayers,
  listNames,
  segmentText,
  sentenceSegmenter,
  wordLayers,
} from './sentence-segments';
import type { SegmentMark } from './sentence-segments';

const mark = (kind: SegmentMark['kind']): SegmentMark => ({
  kind,
  description: kind,
  label: null,
  disagreementId: null,
});

describe('segmentText', () => {
  it('covers the whole text and lets the higher priority win where layers overlap', () => {
    const conflict = mark('conflict');
    const agree = mark('agree');
    const segments = segmentText('at least 250 people died', [
      { start: 0, end: 24, priority: 1, mark: agree },
      { start: 9, end: 12, priority: 3, mark: conflict },
    ]);
    expect(segments.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ['at least ', 'agree'],
      ['250', 'conflict'],
      [' people died', 'agree'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('at least 250 people died');
  });

  it('clamps layers that reach outside the text and leaves unmarked text plain', () => {
    expect(
      segmentText('abc', [{ start: -4, end: 1, priority: 1, mark: mark('unique') }]).map((s) => [
        s.text,
        s.mark?.kind ?? null,
      ]),
    ).toEqual([
      ['a', 'unique'],
      ['bc', null],
    ]);
    expect(segmentText('', [])).toEqual([]);
  });
});

const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'wire',
      outlet: 'Wire',
      paragraphs: [
        ['The quake killed 250 people, officials said.', 'Rescuers worked through the night.'],
      ],
    },
    {
      key: 'paper',
      outlet: 'Paper',
      paragraphs: [
        [
          'At least 300 people died in the quake, according to the Red Cross.',
          'A large number of victims is feared.',
        ],
      ],
    },
  ],
  facts: [{ sentences: ['wire:0', 'paper:0'], relation: 'conflict' }],
  disagreements: [
    {
      summary: 'Deaths in the quake: 250 vs 300',
      sides: [
        { sentence: 'wire:0', quote: '250', value: 250, attribution: 'officials' },
        { sentence: 'paper:0', quote: '300', value: 300, attribution: 'the Red Cross' },
      ],
      related: [{ sentence: 'paper:1', quote: 'A large number of victims', attribution: null }],
    },
  ],
});

describe('disagreementLayers', () => {
  const index = indexAnalysis(story);
  const info = (id: string) => {
    const found = index.sentences.get(id);
    if (!found) throw new Error(id);
    return found;
  };

  it('marks a disputed value as a conflict naming every side, its attribution and its source', () => {
    const conflict = segmentText(
      info('wire:0').text,
      disagreementLayers(index, info('wire:0')),
    ).find((s) => s.mark?.kind === 'conflict');
    expect(conflict?.text).toBe('250');
    expect(conflict?.mark?.label).toBe('according to officials');
    expect(conflict?.mark?.description).toBe(
      'Conflict: 250 according to officials (Wire) vs 300 according to the Red Cross (Paper)',
    );
    expect(conflict?.mark?.disagreementId).toBe('dis-0');
  });

  it('marks a vague mention of the disputed thing as a partial overlap', () => {
    const related = segmentText(
      info('paper:1').text,
      disagreementLayers(index, info('paper:1')),
    )[0];
    expect(related?.mark?.kind).toBe('partial');
    expect(related?.text).toBe('A large number of victims');
    expect(related?.mark?.description).toContain('250 according to officials');
  });
});

describe('wordLayers', () => {
  const close = buildFixtureAnalysis({
    articles: [
      {
        key: 'x',
        outlet: 'X',
        paragraphs: [['Ministers from Chile and Peru met in Lima on Monday.']],
      },
      {
        key: 'y',
        outlet: 'Y',
        paragraphs: [['Ministers from Chile and Peru met on Monday behind closed doors.']],
      },
    ],
  });
  const index = indexAnalysis(close);
  const x = index.sentences.get('x:0');
  const y = index.sentences.get('y:0');
  if (!x || !y) throw new Error('fixture');
  const show = (layers: ReturnType<typeof wordLayers>) =>
    layers.map((l) => `${l.mark.kind}:${y.text.slice(l.start, l.end)}`);

  it('in an agreeing pair, marks shared specifics and the details only this version gives', () => {
    expect(show(wordLayers(index, y, [x], 'agree'))).toEqual([
      'agree:Chile',
      'agree:Peru',
      'agree:Monday',
      'unique:behind closed doors',
    ]);
  });

  it('in a partial pair, marks only the shared specifics, as partial', () => {
    expect(show(wordLayers(index, y, [x], 'partial'))).toEqual([
      'partial:Chile',
      'partial:Peru',
      'partial:Monday',
    ]);
  });

  it('says why, naming the other source', () => {
    const [first] = wordLayers(index, y, [x], 'agree');
    expect(first?.mark.description).toBe('Agreement: X also gives “Chile”');
    const unique = wordLayers(index, y, [x], 'agree').find((l) => l.mark.kind === 'unique');
    expect(unique?.mark.description).toBe(
      'Only in this source: Y adds “behind closed doors”, which X does not say',
    );
  });

  it('marks no differences between sentences that share too little', () => {
    const far = { ...x, text: 'Peru exports copper and fishmeal across the Pacific.' };
    expect(
      show(wordLayers(index, y, [far], 'agree')).filter((k) => k.startsWith('unique')),
    ).toEqual([]);
  });
});

describe('listNames', () => {
  it('joins names as in a sentence', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['DW'])).toBe('DW');
    expect(listNames(['DW', 'AP'])).toBe('DW and AP');
    expect(listNames(['DW', 'AP', 'AFP'])).toBe('DW, AP and AFP');
  });
});

/** The segments of every shown sentence, by id. */
function allSegments(index: ReturnType<typeof indexAnalysis>, wordDiff: boolean) {
  const segmentsOf = sentenceSegmenter(index, buildAlignedRows(index), wordDiff ? 'words' : 'off');
  return new Map(index.body.flat().map((info) => [info.id, segmentsOf(info.id)]));
}

describe('sentenceSegmenter over a whole story', () => {
  it('segments every shown sentence, reproduces its text, and diffs only inside fact rows', () => {
    const index = indexAnalysis(story);
    const map = allSegments(index, true);
    expect([...map.keys()].sort()).toEqual(['paper:0', 'paper:1', 'wire:0', 'wire:1']);
    for (const [id, segments] of map) {
      expect(segments.map((s) => s.text).join('')).toBe(index.sentences.get(id)?.text);
    }
    const kinds = (id: string) => (map.get(id) ?? []).flatMap((s) => (s.mark ? [s.mark.kind] : []));
    expect(kinds('paper:0')).toContain('conflict');
    expect(kinds('wire:1')).toEqual([]);
    const plain = allSegments(index, false);
    expect((plain.get('paper:0') ?? []).filter((s) => s.mark).map((s) => s.mark?.kind)).toEqual([
      'conflict',
    ]);
  });
});

describe('sentenceSegmenter marking substance', () => {
  it('marks what differs in substance, never over a disputed value, and nothing else', () => {
    const index = indexAnalysis(story);
    const segmentsOf = sentenceSegmenter(index, buildAlignedRows(index), 'substance');
    const marked = (id: string) =>
      segmentsOf(id).flatMap((s) => (s.mark ? [`${s.mark.kind}:${s.text}`] : []));
    // 250 and 300 are a disagreement's sides: drawn as the conflict, not twice.
    expect(marked('wire:0')).toEqual(['conflict:250']);
    expect(marked('paper:0')).toEqual(['conflict:300', 'differs:Red Cross']);
    const redCross = segmentsOf('paper:0').find((s) => s.text === 'Red Cross');
    expect(redCross?.mark?.description).toBe(
      'Differs: only Paper gives the name “Red Cross”; Wire does not',
    );
  });
});

describe('sentenceSegmenter', () => {
  it('gives the same segments in whatever order it is asked, and keeps them', () => {
    const index = indexAnalysis(story);
    const rows = buildAlignedRows(index);
    const ids = index.body.flat().map((info) => info.id);
    for (const wordDiff of [true, false]) {
      const inOrder = sentenceSegmenter(index, rows, wordDiff ? 'words' : 'off');
      const backwards = sentenceSegmenter(index, rows, wordDiff ? 'words' : 'off');
      const expected = ids.map(inOrder);
      expect([...ids].reverse().map(backwards).reverse()).toEqual(expected);
      for (const id of ids) expect(inOrder(id)).toBe(inOrder(id));
      expect(inOrder('wire:0').some((s) => s.mark?.kind === 'conflict')).toBe(true);
    }
  });

  it('gives nothing for an unknown or hidden sentence', () => {
    const index = indexAnalysis(
      buildFixtureAnalysis({
        articles: [
          { key: 'a', outlet: 'A', paragraphs: [['Read more at our site.', 'It rained.']] },
          { key: 'b', outlet: 'B', paragraphs: [['It rained all day.']] },
        ],
        facts: [{ sentences: ['a:1', 'b:0'], relation: 'agree' }],
      }),
    );
    const hidden = { ...index, sentences: new Map(index.sentences) };
    const info = index.sentences.get('a:0');
    if (info) hidden.sentences.set('a:0', { ...info, hidden: true });
    const segmentsOf = sentenceSegmenter(hidden, buildAlignedRows(hidden), 'words');
    expect(segmentsOf('a:0')).toEqual([]);
    expect(segmentsOf('nope:9')).toEqual([]);
    expect(
      segmentsOf('a:1')
        .map((s) => s.text)
        .join(''),
    ).toBe('It rained.');
  });
});
