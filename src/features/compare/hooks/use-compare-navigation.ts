import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Disagreement } from '../../../core/contract';
import { rowOfSentence } from '../lib/aligned-rows';
import type { AlignedRow } from '../lib/aligned-rows';
import { counterpartsOf } from '../lib/analysis-index';
import type { AnalysisIndex } from '../lib/analysis-index';
import { factRowSentence, factStop } from '../lib/fact-steps';
import type { KeyAction } from '../lib/keyboard-actions';
import { step } from '../lib/keyboard-actions';
import type { ViewId, ViewState } from '../lib/view-state';
import type { ViewEntry } from '../views/view-registry';
import { availableViews, SENTENCE_VIEW, VIEWS } from '../views/view-registry';
import { factCellSelector, sentenceSelector, useScrollRequest } from './use-scroll-request';
import { useShortcuts } from './use-shortcuts';

type Options = {
  index: AnalysisIndex;
  /** The aligned rows as drawn (the columns shown). */
  rows: AlignedRow[];
  view: ViewEntry;
  focus: string | null;
  activeDisagreement: Disagreement | null;
  /** False below the `md` breakpoint, where one column (`shownColumn`) is shown. */
  wide: boolean;
  lead: number;
  /** The columns drawn. */
  columns: number[];
  shownColumn: number;
  setShownColumn: (column: number) => void;
  /** Opens a sentence's counterparts under it (narrow screens); null closes them. */
  setExpanded: (id: string | null) => void;
  setViewState: (patch: Partial<ViewState>) => void;
  scrollerRef: RefObject<HTMLElement | null>;
  shortcutsOn: boolean;
  openHelp: () => void;
  /** The resolved claim link in the hash, if any: the view opens at it once it is known. */
  link: object | null;
};

/**
 * Moving around the comparison: choosing a sentence or a disagreement, stepping through facts
 * (j/k) and disagreements (n/p), switching views (v) and sources, each keeping the passage in
 * focus on screen in every column that has it; and opening a deep link at its passage. What a
 * view draws and where to scroll in it come from its entry in the view registry; from a view
 * without sentences (the summary, the matrix), a step or a chosen sentence goes to the aligned
 * grid. Gives `focusRow` too: the row of the sentence in focus (the one j/k went to, when a
 * sentence that reports several facts has several), which the aligned view draws at once.
 */
export function useCompareNavigation(options: Options) {
  const { index, rows, view, focus, activeDisagreement, wide, lead, columns, shownColumn } =
    options;
  const { setShownColumn, setExpanded, setViewState, scrollerRef, shortcutsOn, openHelp, link } =
    options;
  const requestScroll = useScrollRequest(scrollerRef);
  // The row j/k last went to, in the row layout it belongs to (another lead reorders the rows).
  const [navRow, setNavRow] = useState<{ rows: AlignedRow[]; row: number; focus: string } | null>(
    null,
  );
  const rowOf = useMemo(() => rowOfSentence(rows), [rows]);
  // A repeated sentence has several rows: the one j/k went to, else the one that places it.
  const focusRow =
    focus === null
      ? null
      : navRow?.rows === rows && navRow.focus === focus
        ? navRow.row
        : (rowOf.get(focus) ?? null);
  const sentenceView = view.sentences ? view : SENTENCE_VIEW;

  /** Where `target` scrolls to show these sentences. */
  const scrollTargets = useCallback(
    (ids: string[], target: ViewEntry, fallbackFact?: string): string[] =>
      target.scrollTargets(ids, {
        index,
        wide,
        shownColumn,
        columns,
        ...(fallbackFact ? { fallbackFact } : {}),
      }),
    [index, wide, shownColumn, columns],
  );

  const withCounterparts = useCallback((id: string) => [id, ...counterpartsOf(index, id)], [index]);

  /** On a narrow screen, shows the source of sentence `id`; true when it had to switch. */
  const showSourceOf = useCallback(
    (id: string): boolean => {
      const column = index.sentences.get(id)?.column;
      if (wide || column === undefined || column === shownColumn) return false;
      setShownColumn(column);
      return true;
    },
    [index, wide, shownColumn, setShownColumn],
  );

  const onSelect = useCallback(
    (id: string) => {
      if (!view.sentences) {
        showSourceOf(id);
        setViewState({ view: SENTENCE_VIEW.id, focus: id });
        requestScroll([sentenceSelector(id)], sentenceSelector(id));
        return;
      }
      setViewState({ focus: id });
      if (view.followsCounterparts) {
        const column = index.sentences.get(id)?.column;
        const others = [...counterpartsOf(index, id)].filter(
          (o) => index.sentences.get(o)?.column !== column,
        );
        requestScroll(scrollTargets(others, view));
      }
    },
    [index, view, setViewState, requestScroll, scrollTargets, showSourceOf],
  );

  /** Chooses a sentence and brings it into view with keyboard focus, in a view that shows it. */
  const goTo = useCallback(
    (id: string) => {
      showSourceOf(id);
      setViewState({ view: sentenceView.id, focus: id });
      requestScroll([sentenceSelector(id)], sentenceSelector(id));
    },
    [sentenceView, setViewState, requestScroll, showSourceOf],
  );

  const goToFact = (delta: 1 | -1) => {
    const stop = factStop(rows, focusRow, delta, wide ? lead : shownColumn);
    const row = stop ? rows[stop.row] : undefined;
    if (!stop || row?.kind !== 'fact') return;
    const pick = stop.info;
    setNavRow({ rows, row: stop.row, focus: pick.id });
    setViewState({ view: sentenceView.id, focus: pick.id });
    if (sentenceView.followsCounterparts) {
      requestScroll(scrollTargets(row.fact.sentences, sentenceView), sentenceSelector(pick.id));
      return;
    }
    // A sentence that reports several facts appears in several rows: aim inside this row.
    const cell = factCellSelector(row.fact.id, pick.column);
    const inRow = `${cell} ${sentenceSelector(pick.id)}`;
    const visible = wide || pick.column === shownColumn;
    requestScroll(
      [visible ? inRow : factCellSelector(row.fact.id, shownColumn)],
      visible ? inRow : null,
    );
  };

  /** Shows fact `factId` in the aligned grid, at `column`'s sentence when it has one there. */
  const openFact = useCallback(
    (factId: string, column?: number) => {
      const r = rows.findIndex((row) => row.kind === 'fact' && row.fact.id === factId);
      const row = rows[r];
      if (row?.kind !== 'fact') return;
      // A source whose sentence of this fact is shown with another fact: go to it there.
      const referred = column === undefined ? undefined : row.cells[column];
      if (referred && referred.placed.length === 0 && referred.repeats[0]) {
        goTo(referred.repeats[0].info.id);
        return;
      }
      const pick = factRowSentence(row, column ?? (wide ? lead : shownColumn));
      if (!pick) return;
      showSourceOf(pick.id);
      setNavRow({ rows, row: r, focus: pick.id });
      setViewState({ view: SENTENCE_VIEW.id, focus: pick.id });
      const inRow = `${factCellSelector(factId, pick.column)} ${sentenceSelector(pick.id)}`;
      requestScroll([inRow], inRow);
    },
    [rows, wide, lead, shownColumn, setViewState, requestScroll, showSourceOf, goTo],
  );

  const chooseDisagreement = useCallback(
    (id: string) => {
      const chosen = index.disagreements.find((d) => d.id === id);
      const sides = (chosen?.sides ?? []).filter((side) => index.sentences.has(side.sentence));
      // On a narrow screen one source shows: its side if it has one, else the first side's
      // source; the other sides open under it.
      const mine = wide
        ? sides[0]
        : (sides.find((s) => index.sentences.get(s.sentence)?.column === shownColumn) ?? sides[0]);
      const first = mine?.sentence ?? null;
      setViewState({ view: sentenceView.id, disagreement: id, focus: first });
      if (!first) return;
      if (!wide) {
        showSourceOf(first);
        setExpanded(first);
        requestScroll([sentenceSelector(first)]);
        return;
      }
      const ids = sides.flatMap((side) => withCounterparts(side.sentence));
      requestScroll(scrollTargets(ids, sentenceView));
    },
    [
      index,
      wide,
      shownColumn,
      sentenceView,
      setViewState,
      setExpanded,
      requestScroll,
      scrollTargets,
      withCounterparts,
      showSourceOf,
    ],
  );

  const stepDisagreement = (delta: 1 | -1) => {
    const at = activeDisagreement ? index.disagreements.indexOf(activeDisagreement) : null;
    const next = step(at, index.disagreements.length, delta, true);
    const chosen = next === null ? undefined : index.disagreements[next];
    if (chosen) chooseDisagreement(chosen.id);
  };

  const switchView = useCallback(
    (next: ViewId) => {
      const target = VIEWS[next];
      setViewState({ view: next });
      if (focus && target.sentences)
        requestScroll(
          scrollTargets(target.followsCounterparts ? withCounterparts(focus) : [focus], target),
        );
    },
    [focus, setViewState, requestScroll, scrollTargets, withCounterparts],
  );

  /** The next view the story offers, after the current one (v). */
  const cycleView = () => {
    const views = availableViews(index.analysis.articles.length);
    const at = views.findIndex((v) => v.id === view.id);
    const next = views[(at + 1) % views.length];
    if (next) switchView(next.id);
  };

  const showColumn = (column: number) => {
    setShownColumn(column);
    if (!focus) return;
    const counterpart = [...counterpartsOf(index, focus)].find(
      (id) => index.sentences.get(id)?.column === column,
    );
    const fact = index.factsBySentence.get(focus)?.[0];
    if (counterpart) setViewState({ focus: counterpart });
    const target = counterpart
      ? sentenceSelector(counterpart)
      : view.id === 'aligned' && fact
        ? factCellSelector(fact.id, column)
        : null;
    if (target) requestScroll([target]);
  };

  useShortcuts((action: KeyAction) => {
    if (action === 'next-fact' || action === 'previous-fact')
      goToFact(action === 'next-fact' ? 1 : -1);
    else if (action === 'toggle-view') cycleView();
    else if (action === 'open-help') openHelp();
    else stepDisagreement(action === 'next-disagreement' ? 1 : -1);
  }, shortcutsOn);

  // A link opens at its passage: on the first render, and when a claim link has been resolved.
  const openedFor = useRef<object | null | undefined>(undefined);
  useEffect(() => {
    const first = openedFor.current === undefined;
    if (!first && (link === null || openedFor.current === link)) {
      openedFor.current = link;
      return;
    }
    openedFor.current = link;
    if (!focus || !view.sentences) return;
    if (link !== null) {
      // A claim link shows its claim's source on a narrow screen, and takes keyboard focus to
      // the claim, so that reading (and Tab, to its link controls) goes on from there.
      const column = index.sentences.get(focus)?.column;
      if (!wide && column !== undefined && column !== shownColumn) setShownColumn(column);
      const others =
        view.followsCounterparts && wide ? scrollTargets(withCounterparts(focus), view) : [];
      requestScroll([sentenceSelector(focus), ...others], sentenceSelector(focus));
      return;
    }
    requestScroll(
      scrollTargets(view.followsCounterparts ? withCounterparts(focus) : [focus], view),
    );
  }, [
    link,
    focus,
    view,
    requestScroll,
    scrollTargets,
    withCounterparts,
    wide,
    shownColumn,
    setShownColumn,
    index,
  ]);

  return {
    onSelect,
    goTo,
    chooseDisagreement,
    stepDisagreement,
    goToFact,
    openFact,
    switchView,
    showColumn,
    focusRow,
  };
}
