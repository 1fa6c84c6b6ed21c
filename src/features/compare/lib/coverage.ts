import type { FactRelation } from '../../../core/contract';
import type { AlignedRow, FactRow } from './aligned-rows';
import type { AnalysisIndex, SentenceInfo } from './analysis-index';
import { sideText } from './describe-disagreement';
import type { SlicedWork } from './sliced-work';
import { finish } from './sliced-work';

/** How one source stands to one shared fact. */
export type CoverageState = 'reports' | 'absent' | 'differs';

/** One source's cell of the coverage matrix. */
export type CoverageCell = {
  state: CoverageState;
  /** The source's sentences that report the fact, in reading order (none when absent). */
  sentences: SentenceInfo[];
  /** The disputed values it gives there ("100,000"), when it reports the fact differently. */
  values: string[];
};

/** One row of the coverage matrix: a shared fact as the aligned grid numbers it. */
export type CoverageRow = {
  ordinal: number;
  factId: string;
  relation: FactRelation;
  /** What the fact is about, in a source's own words: its first sentence in the grid. */
  gist: string;
  cells: CoverageCell[];
};

/** Every shared fact against every source, and each source's totals. */
export type Coverage = {
  rows: CoverageRow[];
  totals: Record<CoverageState, number>[];
};

/** The coverage matrix is drawn for stories of this many sources or more. */
export const MATRIX_MIN_SOURCES = 3;

/** The words each state is shown with, on screen and in the report. */
export const COVERAGE_WORDS: Record<CoverageState, { symbol: string; label: string }> = {
  reports: { symbol: '✓', label: 'Reports it' },
  differs: { symbol: '≠', label: 'Reports it differently' },
  absent: { symbol: '–', label: 'Not reported' },
};

/** The sentences of one column of a fact row: those it shows and those it refers to. */
function cellSentences(row: FactRow, column: number): SentenceInfo[] {
  const cell = row.cells[column];
  if (!cell) return [];
  return [...cell.placed.map((p) => p.info), ...cell.repeats.map((r) => r.info)].sort(
    (a, b) => a.index - b.index,
  );
}

/** The positions in `index.disagreements` of the disagreements with a side in each sentence. */
function disagreementsBySentence(index: AnalysisIndex): Map<string, number[]> {
  const out = new Map<string, number[]>();
  index.disagreements.forEach((disagreement, at) => {
    for (const side of disagreement.sides) {
      const list = out.get(side.sentence);
      if (!list) out.set(side.sentence, [at]);
      else if (list.at(-1) !== at) list.push(at);
    }
  });
  return out;
}

/**
 * The disputed values each column gives inside one fact row: a column reports the fact
 * differently when a disagreement has a side in its sentences there and the fact is a conflict,
 * or when one disagreement has sides in two columns of the row. Only the disagreements with a
 * side in the row are read (`bySentence`), in their order in the story.
 */
function disputedValues(
  index: AnalysisIndex,
  row: FactRow,
  columns: SentenceInfo[][],
  bySentence: ReadonlyMap<string, readonly number[]>,
) {
  const values: string[][] = columns.map(() => []);
  const inRow = new Map<string, number>();
  columns.forEach((list, c) => list.forEach((info) => inRow.set(info.id, c)));
  const touching = new Set<number>();
  for (const id of inRow.keys()) for (const at of bySentence.get(id) ?? []) touching.add(at);
  for (const at of [...touching].sort((a, b) => a - b)) {
    const disagreement = index.disagreements[at];
    if (!disagreement) continue;
    const sides = disagreement.sides.flatMap((side) => {
      const column = inRow.get(side.sentence);
      return column === undefined ? [] : [{ side, column }];
    });
    const spread = new Set(sides.map((s) => s.column)).size > 1;
    if (sides.length === 0 || (!spread && row.fact.relation !== 'conflict')) continue;
    for (const { side, column } of sides) {
      const text = sideText(index, side);
      const list = values[column];
      if (list && !list.includes(text)) list.push(text);
    }
  }
  return values;
}

/**
 * The coverage matrix of a story: for each fact row of the aligned grid (numbered as the grid
 * numbers them), whether each source reports the fact, does not, or reports it differently
 * (it gives a disputed value there).
 *
 * @example coverageOf(index, buildAlignedRows(index)).rows[0]?.cells.map((c) => c.state)
 *   // ['reports', 'absent', 'differs']
 */
export function coverageOf(index: AnalysisIndex, rows: readonly AlignedRow[]): Coverage {
  return finish(coverageSteps(index, rows));
}

/** `coverageOf` as sliced work: it may pause after each fact row. */
export function* coverageSteps(
  index: AnalysisIndex,
  rows: readonly AlignedRow[],
): SlicedWork<Coverage> {
  const sources = index.analysis.articles.length;
  const totals = Array.from({ length: sources }, () => ({ reports: 0, absent: 0, differs: 0 }));
  const out: CoverageRow[] = [];
  const bySentence = disagreementsBySentence(index);
  for (const row of rows) {
    if (row.kind !== 'fact') continue;
    yield;
    const columns = Array.from({ length: sources }, (_, c) => cellSentences(row, c));
    const values = disputedValues(index, row, columns, bySentence);
    const cells = columns.map((sentences, c): CoverageCell => {
      const given = values[c] ?? [];
      const state: CoverageState =
        sentences.length === 0 ? 'absent' : given.length > 0 ? 'differs' : 'reports';
      const total = totals[c];
      if (total) total[state] += 1;
      return { state, sentences, values: given };
    });
    const first = row.cells.flatMap((cell) => cell.placed.map((p) => p.info))[0];
    out.push({
      ordinal: row.ordinal,
      factId: row.fact.id,
      relation: row.fact.relation,
      gist: first?.text.trim() ?? '',
      cells,
    });
  }
  return { rows: out, totals };
}

/**
 * A text cut to at most `max` characters at a word boundary, with an ellipsis when cut.
 *
 * @example shorten('Kerry and Lavrov met in Paris on Sunday', 20) // 'Kerry and Lavrov met…'
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}
