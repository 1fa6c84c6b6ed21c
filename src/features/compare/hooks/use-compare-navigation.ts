import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Disagreement } from '../../../core/contract';
import { rowOfSentence } from '../lib/aligned-rows';
import type { AlignedRow } from '../lib/aligned-rows';
import { counterpartsOf } from '../lib/analysis-index';
import type { AnalysisIndex } from '../lib/analysis-index';
import { factStop } from '../lib/fact-steps';
import type { KeyAction } from '../lib/keyboard-actions';
import { step } from '../lib/keyboard-actions';
import type { ViewMode, ViewState } from '../lib/view-state';
import { factCellSelector, sentenceSelector, useScrollRequest } from './use-scroll-request';
import { useShortcuts } from './use-shortcuts';

type Options = {
  index: AnalysisIndex;
  rows: AlignedRow[];
  view: ViewMode;
  focus: string | null;
  activeDisagreement: Disagreement | null;
  /** False below the `md` breakpoint, where one column (`shownColumn`) is shown. */
  wide: boolean;
  lead: number;
  shownColumn: number;
  setShownColumn: (column: number) => void;
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
 * focus on screen in every column that has it; and opening a deep link at its passage. Gives
 * `focusRow` too: the row of the sentence in focus (the one j/k went to, when a sentence that
 * reports several facts has several), which the aligned view draws at once.
 */
export function useCompareNavigation(options: Options) {
  const { index, rows, view, focus, activeDisagreement, wide, lead, shownColumn } = options;
  const { setShownColumn, setViewState, scrollerRef, shortcutsOn, openHelp, link } = options;
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

  /** Where to scroll for these sentences: one per column in the reading view, else the first. */
  const scrollTargets = useCallback(
    (ids: string[], mode: ViewMode, fallbackFact?: string): string[] => {
      const infos = ids
        .map((id) => index.sentences.get(id))
        .filter((i) => i !== undefined && !i.hidden);
      if (!wide) {
        const mine = infos.find((i) => i?.column === shownColumn);
        if (mine) return [sentenceSelector(mine.id)];
        return fallbackFact && mode === 'aligned'
          ? [factCellSelector(fallbackFact, shownColumn)]
          : [];
      }
      if (mode === 'aligned') return infos[0] ? [sentenceSelector(infos[0].id)] : [];
      const seen = new Set<number>();
      return infos.flatMap((i) =>
        !i || seen.has(i.column) ? [] : (seen.add(i.column), [sentenceSelector(i.id)]),
      );
    },
    [index, wide, shownColumn],
  );

  const withCounterparts = useCallback((id: string) => [id, ...counterpartsOf(index, id)], [index]);

  const onSelect = useCallback(
    (id: string) => {
      setViewState({ focus: id });
      if (view === 'reading') {
        const column = index.sentences.get(id)?.column;
        const others = [...counterpartsOf(index, id)].filter(
          (o) => index.sentences.get(o)?.column !== column,
        );
        requestScroll(scrollTargets(others, 'reading'));
      }
    },
    [index, view, setViewState, requestScroll, scrollTargets],
  );

  const goToFact = (delta: 1 | -1) => {
    const stop = factStop(rows, focusRow, delta, wide ? lead : shownColumn);
    const row = stop ? rows[stop.row] : undefined;
    if (!stop || row?.kind !== 'fact') return;
    const pick = stop.info;
    setNavRow({ rows, row: stop.row, focus: pick.id });
    setViewState({ focus: pick.id });
    if (view === 'reading') {
      requestScroll(scrollTargets(row.fact.sentences, view), sentenceSelector(pick.id));
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

  const chooseDisagreement = useCallback(
    (id: string) => {
      const chosen = index.disagreements.find((d) => d.id === id);
      const first = chosen?.sides[0]?.sentence ?? null;
      setViewState({ disagreement: id, focus: first });
      const ids = (chosen?.sides ?? []).flatMap((side) => withCounterparts(side.sentence));
      requestScroll(scrollTargets(ids, view));
    },
    [index, view, setViewState, requestScroll, scrollTargets, withCounterparts],
  );

  const switchView = (next: ViewMode) => {
    setViewState({ view: next });
    if (focus)
      requestScroll(scrollTargets(next === 'reading' ? withCounterparts(focus) : [focus], next));
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
      : view === 'aligned' && fact
        ? factCellSelector(fact.id, column)
        : null;
    if (target) requestScroll([target]);
  };

  useShortcuts((action: KeyAction) => {
    if (action === 'next-fact' || action === 'previous-fact')
      goToFact(action === 'next-fact' ? 1 : -1);
    else if (action === 'toggle-view') switchView(view === 'aligned' ? 'reading' : 'aligned');
    else if (action === 'open-help') openHelp();
    else {
      const at = activeDisagreement ? index.disagreements.indexOf(activeDisagreement) : null;
      const next = step(
        at,
        index.disagreements.length,
        action === 'next-disagreement' ? 1 : -1,
        true,
      );
      const chosen = next === null ? undefined : index.disagreements[next];
      if (chosen) chooseDisagreement(chosen.id);
    }
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
    if (!focus) return;
    if (link !== null) {
      // A claim link shows its claim's source on a narrow screen, and takes keyboard focus to
      // the claim, so that reading (and Tab, to its link controls) goes on from there.
      const column = index.sentences.get(focus)?.column;
      if (!wide && column !== undefined && column !== shownColumn) setShownColumn(column);
      const others = view === 'reading' && wide ? scrollTargets(withCounterparts(focus), view) : [];
      requestScroll([sentenceSelector(focus), ...others], sentenceSelector(focus));
      return;
    }
    requestScroll(scrollTargets(view === 'reading' ? withCounterparts(focus) : [focus], view));
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

  return { onSelect, chooseDisagreement, switchView, showColumn, focusRow };
}
