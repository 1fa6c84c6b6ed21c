import type { FactRelation } from '../../../core/contract';
import type { AnalysisIndex, SentenceInfo } from './analysis-index';
import {
  attributionPhrase,
  conflictDescription,
  relatedDescription,
} from './describe-disagreement';
import type { AlignedRow, FactRow } from './aligned-rows';
import { substanceDifferences } from './substance';
import type { SubstanceDifference, SubstanceKind } from './substance';
import { compareWords, ownRuns, sharedRatio, sharedSpecifics } from './word-runs';
import type { WordRun } from './word-runs';

/** The highlight kinds of the legend; `data-kind` of every `<mark>`. */
export type MarkKind = 'conflict' | 'differs' | 'agree' | 'partial' | 'unique';

/**
 * What is marked between the aligned versions of one fact: what differs in substance (figures,
 * names, dates, negations; the default), every word that differs or is shared (the word diff),
 * or nothing but the disagreements.
 */
export type MarkMode = 'substance' | 'words' | 'off';

/** A highlight on a span of text: its kind, why it is there, and an optional visible label. */
export type SegmentMark = {
  kind: MarkKind;
  /** Why the span is marked, for assistive technology and the tooltip. */
  description: string;
  /** A short visible label after the span (the attribution of a disputed value). */
  label: string | null;
  disagreementId: string | null;
};

/** A piece of a sentence's text; offsets are relative to the sentence start. */
export type Segment = { start: number; end: number; text: string; mark: SegmentMark | null };

/** A candidate highlight; where layers overlap, the higher priority wins. */
export type Layer = { start: number; end: number; priority: number; mark: SegmentMark };

/**
 * Cuts `text` into consecutive segments, each carrying the highest-priority layer that covers
 * it (the earlier layer on a tie), so that highlights never nest. Layers are clamped to the text.
 *
 * @example segmentText('a 100 b', [{ start: 2, end: 5, priority: 3, mark }])
 *   // [{ text: 'a ', mark: null }, { text: '100', mark }, { text: ' b', mark: null }]
 */
export function segmentText(text: string, layers: Layer[]): Segment[] {
  const usable = layers
    .map((l) => ({ ...l, start: Math.max(0, l.start), end: Math.min(text.length, l.end) }))
    .filter((l) => l.end > l.start);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((l) => [l.start, l.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] ?? 0;
    const end = cuts[k + 1] ?? start;
    let best: Layer | null = null;
    for (const layer of usable) {
      if (layer.start <= start && layer.end >= end && (!best || layer.priority > best.priority)) {
        best = layer;
      }
    }
    const mark = best?.mark ?? null;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), mark });
  }
  return segments;
}

/**
 * The disagreement highlights of one sentence: disputed values (conflict) and vague mentions of
 * a disputed thing (partial overlap), each saying why.
 */
export function disagreementLayers(index: AnalysisIndex, info: SentenceInfo): Layer[] {
  const layers: Layer[] = [];
  const at = info.sentence.start;
  for (const ref of index.sidesBySentence.get(info.id) ?? []) {
    const { disagreement, side } = ref;
    const span = { start: side.start - at, end: side.end - at };
    if (ref.role === 'side') {
      layers.push({
        ...span,
        priority: 3,
        mark: {
          kind: 'conflict',
          description: conflictDescription(index, disagreement, side),
          label: attributionPhrase(side),
          disagreementId: disagreement.id,
        },
      });
    } else {
      layers.push({
        ...span,
        priority: 2,
        mark: {
          kind: 'partial',
          description: relatedDescription(index, disagreement, side),
          label: side.attribution ? attributionPhrase(side) : null,
          disagreementId: disagreement.id,
        },
      });
    }
  }
  return layers;
}

/** Below this share of shared content words, two sentences are too different to diff usefully. */
export const MIN_SHARED_RATIO = 0.3;

/**
 * Word-level highlights of a sentence against the sentences beside it in its fact row: the
 * specifics they share (names, numbers: agree, or partial for a partial Fact) and, for close
 * versions, the details only this one gives (unique).
 */
export function wordLayers(
  index: AnalysisIndex,
  info: SentenceInfo,
  partners: SentenceInfo[],
  relation: FactRelation,
): Layer[] {
  const tokens = compareWords(
    info.text,
    partners.map((p) => p.text),
  );
  if (!tokens) return [];
  const names = listNames([
    ...new Set(partners.map((p) => index.labels[p.column] ?? 'another source')),
  ]);
  const one = new Set(partners.map((p) => p.column)).size === 1;
  const mine = index.labels[info.column] ?? 'this source';
  const quote = (run: WordRun) => `“${info.text.slice(run.start, run.end)}”`;
  const layers: Layer[] = sharedSpecifics(tokens).map((run) => ({
    ...run,
    priority: 1,
    mark:
      relation === 'partial'
        ? {
            kind: 'partial',
            description: `Partial overlap: ${names} also ${one ? 'mentions' : 'mention'} ${quote(run)}, in a related but not identical account`,
            label: null,
            disagreementId: null,
          }
        : {
            kind: 'agree',
            description: `Agreement: ${names} also ${one ? 'gives' : 'give'} ${quote(run)}`,
            label: null,
            disagreementId: null,
          },
  }));
  if (relation !== 'partial' && sharedRatio(tokens) >= MIN_SHARED_RATIO) {
    for (const run of ownRuns(tokens)) {
      layers.push({
        ...run,
        priority: 1,
        mark: {
          kind: 'unique',
          description: `Only in this source: ${mine} adds ${quote(run)}, which ${names} ${one ? 'does' : 'do'} not say`,
          label: null,
          disagreementId: null,
        },
      });
    }
  }
  return layers;
}

/** The kinds of substance compared in a fact row of each relation. */
const SUBSTANCE_IN: Record<FactRelation, readonly SubstanceKind[]> = {
  agree: ['number', 'name', 'date', 'negation'],
  conflict: ['number', 'name', 'date', 'negation'],
  // Related accounts name different people and places by nature: only claims are compared.
  partial: ['number', 'date', 'negation'],
};

const SUBSTANCE_NOUNS: Record<SubstanceKind, string> = {
  number: 'figure',
  name: 'name',
  date: 'date',
  negation: 'negation',
};

/** Why a difference in substance is marked, naming the other sources and what they give. */
function differenceDescription(mine: string, others: string, one: boolean, d: SubstanceDifference) {
  const quote = `“${d.token.text}”`;
  if (d.token.kind === 'negation')
    return `Differs: ${mine} puts this in the negative (${quote}); ${others} ${one ? 'does' : 'do'} not`;
  const noun = SUBSTANCE_NOUNS[d.token.kind];
  const instead = d.instead.slice(0, 3).map((text) => `“${text}”`);
  return instead.length > 0
    ? `Differs: ${mine} gives the ${noun} ${quote}; ${others} ${one ? 'gives' : 'give'} ${listNames(instead)}`
    : `Differs: only ${mine} gives the ${noun} ${quote}; ${others} ${one ? 'does' : 'do'} not`;
}

/**
 * Highlights of what a sentence says differently from the sentences beside it in its fact row,
 * in substance: a figure, name or date they do not give, or a negation they do not have. Names
 * are compared only in agreeing and conflicting facts.
 *
 * @example substanceLayers(index, info, partners, 'agree')[0]?.mark.description
 *   // 'Differs: C gives the figure “Nine”; A and B give “Twelve”'
 */
export function substanceLayers(
  index: AnalysisIndex,
  info: SentenceInfo,
  partners: SentenceInfo[],
  relation: FactRelation,
): Layer[] {
  if (partners.length === 0) return [];
  const kinds = SUBSTANCE_IN[relation];
  const others = listNames([
    ...new Set(partners.map((p) => index.labels[p.column] ?? 'another source')),
  ]);
  const one = new Set(partners.map((p) => p.column)).size === 1;
  const mine = index.labels[info.column] ?? 'this source';
  return substanceDifferences(
    info.text,
    partners.map((p) => p.text),
  )
    .filter((d) => kinds.includes(d.token.kind))
    .map((d) => ({
      start: d.token.start,
      end: d.token.end,
      priority: 1,
      mark: {
        kind: 'differs',
        description: differenceDescription(mine, others, one, d),
        label: null,
        disagreementId: null,
      },
    }));
}

/**
 * Names joined for a sentence: "A", "A and B", "A, B and C".
 *
 * @example listNames(['DW', 'AP', 'AFP']) // 'DW, AP and AFP'
 */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The segments of one sentence by its id (empty for a hidden or unknown sentence). */
export type SegmentsOf = (id: string) => Segment[];

/**
 * The segments of the shown sentences, each computed the first time it is asked for and then
 * kept (differences only inside fact rows, against the sentences beside it, as `marks` says):
 * the view asks for the sentences it draws, so a first screen of rows does not wait for the
 * differences of the rest, and hovering and focusing only re-draw, never re-compare.
 *
 * @example const segmentsOf = sentenceSegmenter(index, rows, 'substance'); segmentsOf('dw:3')
 */
export function sentenceSegmenter(
  index: AnalysisIndex,
  rows: AlignedRow[],
  marks: MarkMode,
): SegmentsOf {
  // The fact row that places each sentence: its differences are against that row.
  const placedIn = new Map<string, FactRow>();
  if (marks !== 'off') {
    for (const row of rows) {
      if (row.kind !== 'fact') continue;
      for (const cell of row.cells) for (const { info } of cell.placed) placedIn.set(info.id, row);
    }
  }
  const cache = new Map<string, Segment[]>();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const info = index.sentences.get(id);
    if (!info || info.hidden) return [];
    const layers = disagreementLayers(index, info);
    const row = placedIn.get(id);
    if (row) {
      const partners = row.cells
        .flatMap((cell) => [...cell.placed.map((p) => p.info), ...cell.repeats.map((r) => r.info)])
        .filter((m) => m.column !== info.column);
      const compare = marks === 'words' ? wordLayers : substanceLayers;
      layers.push(...compare(index, info, partners, row.fact.relation));
    }
    const segments = segmentText(info.text, layers);
    cache.set(id, segments);
    return segments;
  };
}
