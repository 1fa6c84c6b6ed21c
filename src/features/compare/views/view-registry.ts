import type { ComponentType } from 'react';
import { factCellSelector, sentenceSelector } from '../hooks/use-scroll-request';
import type { AlignedRow } from '../lib/aligned-rows';
import type { AnalysisIndex, SentenceInfo } from '../lib/analysis-index';
import { MATRIX_MIN_SOURCES } from '../lib/coverage';
import { alignedTabStops, readingTabStops } from '../lib/tab-stops';
import type { ViewId } from '../lib/view-state';
import { VIEW_IDS } from '../lib/view-state';
import { AlignedViewEntry } from './aligned-view';
import { MatrixView } from './matrix-view';
import { ReadingViewEntry } from './reading-view';
import { SummaryView } from './summary-view';
import type { ViewProps } from './view-props';

/** Where the comparison stands when a view is asked where to scroll. */
export type ScrollPlace = {
  index: AnalysisIndex;
  /** False below the `md` breakpoint, where one column (`shownColumn`) is shown. */
  wide: boolean;
  shownColumn: number;
  /** The columns drawn. */
  columns: readonly number[];
  /** A fact whose cell to show in the shown column when it has none of the sentences. */
  fallbackFact?: string;
};

/** What a view's tab stops depend on. */
export type TabPlace = {
  index: AnalysisIndex;
  rows: readonly AlignedRow[];
  columns: readonly number[];
  focus: string | null;
  focusRow: number | null;
};

/** A toolbar control that only some views use. */
export type ViewControl = 'lead' | 'marks' | 'columns';

/** One way of showing a comparison: everything the rest of the comparison knows of it. */
export type ViewEntry = {
  id: ViewId;
  /** Its name in the view switcher. */
  label: string;
  /** What the skip link before the toolbar goes to ("the articles"). */
  skipTo: string;
  /** Whether a story of `sources` sources offers it. */
  available: (sources: number) => boolean;
  component: ComponentType<ViewProps>;
  /**
   * Whether it draws the articles' sentences. Stepping through facts or disagreements, and
   * choosing a sentence, from a view that does not, go to the aligned grid.
   */
  sentences: boolean;
  /** Whether it marks the differences between the aligned versions of a fact. */
  wordMarks: boolean;
  /** Whether the side panel (disagreements, legend) stands beside it. */
  sidePanel: boolean;
  /** Whether choosing a sentence scrolls the other columns to its counterparts. */
  followsCounterparts: boolean;
  controls: readonly ViewControl[];
  /** Where to scroll to show sentences `ids`: selectors, scrolled to in order. */
  scrollTargets: (ids: readonly string[], place: ScrollPlace) => string[];
  /** Each drawn column's one sentence that Tab reaches. */
  tabStops: (place: TabPlace) => ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set();

/** What a view that shows no sentences (the summary, the matrix) has of a view entry. */
const WITHOUT_SENTENCES = {
  sentences: false,
  wordMarks: false,
  sidePanel: false,
  followsCounterparts: false,
  controls: [],
  scrollTargets: () => [],
  tabStops: () => NONE,
} satisfies Partial<ViewEntry>;

/** The sentences among `ids` that are shown in the drawn columns. */
function shownInfos(ids: readonly string[], place: ScrollPlace): SentenceInfo[] {
  const drawn = new Set(place.columns);
  return ids
    .map((id) => place.index.sentences.get(id))
    .filter((i): i is SentenceInfo => i !== undefined && !i.hidden && drawn.has(i.column));
}

/** On a narrow screen: the shown column's sentence, else the fallback fact's cell. */
function narrowTargets(ids: readonly string[], place: ScrollPlace, cells: boolean): string[] {
  const mine = shownInfos(ids, place).find((i) => i.column === place.shownColumn);
  if (mine) return [sentenceSelector(mine.id)];
  return cells && place.fallbackFact
    ? [factCellSelector(place.fallbackFact, place.shownColumn)]
    : [];
}

/**
 * The views, one entry each; the compiler checks that every view id has its entry. A view is a
 * file of `views/` and a line here: the switcher, the toolbar, keyboard steps, links and
 * scrolling read what they need of it from this table.
 */
export const VIEWS: { readonly [K in ViewId]: ViewEntry & { id: K } } = {
  summary: {
    id: 'summary',
    label: 'Summary',
    skipTo: 'the summary',
    available: () => true,
    component: SummaryView,
    ...WITHOUT_SENTENCES,
  },
  matrix: {
    id: 'matrix',
    label: 'Matrix',
    skipTo: 'the matrix',
    available: (sources) => sources >= MATRIX_MIN_SOURCES,
    component: MatrixView,
    ...WITHOUT_SENTENCES,
  },
  aligned: {
    id: 'aligned',
    label: 'Aligned',
    skipTo: 'the articles',
    available: () => true,
    component: AlignedViewEntry,
    sentences: true,
    wordMarks: true,
    sidePanel: true,
    followsCounterparts: false,
    controls: ['lead', 'marks', 'columns'],
    scrollTargets: (ids, place) => {
      if (!place.wide) return narrowTargets(ids, place, true);
      const first = shownInfos(ids, place)[0];
      return first ? [sentenceSelector(first.id)] : [];
    },
    tabStops: (p) => alignedTabStops(p.rows, p.columns, p.focus, p.focusRow),
  },
  reading: {
    id: 'reading',
    label: 'Reading',
    skipTo: 'the articles',
    available: () => true,
    component: ReadingViewEntry,
    sentences: true,
    wordMarks: false,
    sidePanel: true,
    followsCounterparts: true,
    controls: ['columns'],
    // Each column scrolls on its own: one target per column.
    scrollTargets: (ids, place) => {
      if (!place.wide) return narrowTargets(ids, place, false);
      const seen = new Set<number>();
      return shownInfos(ids, place).flatMap((i) =>
        seen.has(i.column) ? [] : (seen.add(i.column), [sentenceSelector(i.id)]),
      );
    },
    tabStops: (p) => readingTabStops(p.index, p.columns, p.focus),
  },
};

/** The view that shows sentences, for steps and links from a view that does not. */
export const SENTENCE_VIEW = VIEWS.aligned;

/** The views a story of `sources` sources offers, in the switcher's order. */
export function availableViews(sources: number): ViewEntry[] {
  return VIEW_IDS.map((id) => VIEWS[id]).filter((view) => view.available(sources));
}

/** The view `id` if a story of `sources` sources offers it, else the summary. */
export function viewFor(id: ViewId, sources: number): ViewEntry {
  const view = VIEWS[id];
  return view.available(sources) ? view : VIEWS.summary;
}
