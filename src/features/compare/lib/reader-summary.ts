import { kindLabel } from '../../../core/disagree/kinds';
import type { AlignedRow } from './aligned-rows';
import type { AnalysisIndex, SentenceInfo } from './analysis-index';
import type { Coverage } from './coverage';
import { coverageOf, MATRIX_MIN_SOURCES } from './coverage';
import { attributionPhrase, sideSource, sideText } from './describe-disagreement';

/** One side of a dispute as a reader reads it: the value, who says it, where it stands. */
export type DisputeSide = {
  /** The disputed words as the article prints them ("100,000"). */
  value: string;
  /** "according to Kyiv", or "no source named". */
  attribution: string;
  /** The column name of the article that prints it. */
  source: string;
  sentence: SentenceInfo;
  /** The disputed span inside the sentence's text. */
  start: number;
  end: number;
};

/** A disagreement as the summary tells it. */
export type Dispute = {
  id: string;
  /** The kind's heading ("Figures", "Accounts"). */
  kind: string;
  summary: string;
  sides: DisputeSide[];
};

/** Sides that read the same (value, attribution, sentence, span), with every source that prints it. */
export type SideGroup = DisputeSide & { sources: string[] };

/**
 * A dispute's sides as the summary shows them: sides that read the same — the same value, the
 * same attribution, in the same sentence at the same place, as copies of one wire story print
 * it — are told once, with each source that prints them, in the order the sides come.
 *
 * @example groupSides([twelveInA, twelveInB, nineInC]).map((g) => g.sources) // [['A', 'B'], ['C']]
 */
export function groupSides(sides: readonly DisputeSide[]): SideGroup[] {
  const groups = new Map<string, SideGroup>();
  for (const side of sides) {
    const key = JSON.stringify([
      side.value,
      side.attribution,
      side.sentence.text,
      side.start,
      side.end,
    ]);
    const group = groups.get(key);
    if (!group) groups.set(key, { ...side, sources: [side.source] });
    else if (!group.sources.includes(side.source)) group.sources.push(side.source);
  }
  return [...groups.values()];
}

/** What only one source reports: its sentences that no shared fact holds, in reading order. */
export type OnlyInSource = { column: number; label: string; sentences: SentenceInfo[] };

/** The readers' summary: what is disputed, what only one source has, and who covers what. */
export type ReaderSummary = {
  disputes: Dispute[];
  onlyIn: OnlyInSource[];
  /** The coverage matrix, for stories of three sources or more; else null. */
  coverage: Coverage | null;
};

/**
 * The readers' summary of a comparison, the same on screen and in the Markdown report: every
 * disagreement with each side's value, attribution and source; each source's sentences that
 * no other source shares; and, for three sources or more, the coverage matrix of the facts as
 * the aligned grid numbers them (`coverage`, when the caller has it already).
 *
 * @example readerSummary(index, rows).disputes[0]?.sides.map((s) => s.value) // ['100,000', '40,000']
 */
export function readerSummary(
  index: AnalysisIndex,
  rows: readonly AlignedRow[],
  coverage: Coverage | null = coverageFor(index, rows),
): ReaderSummary {
  const disputes = index.disagreements.map((d): Dispute => ({
    id: d.id,
    kind: kindLabel(d.kind),
    summary: d.summary,
    sides: d.sides.flatMap((side) => {
      const sentence = index.sentences.get(side.sentence);
      if (!sentence) return [];
      return [
        {
          value: sideText(index, side),
          attribution: attributionPhrase(side),
          source: sideSource(index, side),
          sentence,
          start: side.start - sentence.sentence.start,
          end: side.end - sentence.sentence.start,
        },
      ];
    }),
  }));
  const onlyIn = index.body.map((body, column): OnlyInSource => ({
    column,
    label: index.labels[column] ?? '',
    sentences: body.filter((info) => !index.factsBySentence.has(info.id)),
  }));
  return { disputes, onlyIn, coverage };
}

/**
 * The coverage matrix a readers' summary holds: for three sources or more; else null.
 *
 * @example coverageFor(index, rows)?.rows.length // the number of fact rows
 */
export function coverageFor(index: AnalysisIndex, rows: readonly AlignedRow[]): Coverage | null {
  return index.analysis.articles.length >= MATRIX_MIN_SOURCES ? coverageOf(index, rows) : null;
}
