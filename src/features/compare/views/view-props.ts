import type { CellContext } from '../components/aligned-cells';
import type { AlignedRow, RowMark } from '../lib/aligned-rows';
import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import type { ReaderSummary } from '../lib/reader-summary';
import type { CellMetrics } from '../lib/row-estimates';
import type { ViewId } from '../lib/view-state';

/** What a view can ask the comparison to do. */
export type CompareActions = {
  /** Chooses a sentence and shows it where the sentences are (the aligned grid, from a summary). */
  goTo: (id: string) => void;
  /** Chooses a disagreement and shows its sides in the articles. */
  chooseDisagreement: (id: string) => void;
  /** Shows a shared fact in the aligned grid, at `column`'s sentence when it has one. */
  openFact: (factId: string, column?: number) => void;
  showView: (view: ViewId) => void;
};

/** Everything a view draws from: one object, the same while none of it changes. */
export type CompareModel = {
  index: AnalysisIndex;
  /** The aligned rows of every source: their fact numbers are the ones every view uses. */
  rows: AlignedRow[];
  /** The aligned rows as drawn: with the columns not shown emptied, rows left empty dropped. */
  shownRows: AlignedRow[];
  /** The columns drawn, in order. */
  columns: number[];
  /** The row of the sentence in focus: drawn at once, wherever it is. */
  focusRow: number | null;
  metrics: CellMetrics;
  /** Per column: how many of its passages no other source has. */
  onlyHere: number[];
  /** Each column's cell context. */
  contexts: CellContext[];
  /** The fact row of each sentence, so that every view numbers facts alike. */
  marks: Map<string, RowMark>;
  focus: string | null;
  activeDisagreement: string | null;
  links: ClaimLinkBuilder | null;
  summary: ReaderSummary;
  actions: CompareActions;
};

/** The props of every view of the registry. */
export type ViewProps = { compare: CompareModel };
