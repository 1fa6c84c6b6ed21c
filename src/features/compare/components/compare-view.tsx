import { useLanguageNotes } from '../hooks/use-language-notes';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../../core/contract';
import { useClaimLink } from '../hooks/use-claim-link';
import { useClaimLinkBuilder } from '../hooks/use-claim-link-builder';
import { LinkCopiedContext } from '../hooks/use-link-copied';
import { useCompareNavigation } from '../hooks/use-compare-navigation';
import { useHighlightedMark } from '../hooks/use-highlighted-mark';
import { useMediaQuery, WIDE_QUERY } from '../hooks/use-media-query';
import { HighlightContext, useHighlightStore } from '../hooks/use-highlights';
import { useViewState } from '../hooks/use-view-state';
import { buildAlignedRows, rowMarks } from '../lib/aligned-rows';
import type { FactRow } from '../lib/aligned-rows';
import { indexAnalysis } from '../lib/analysis-index';
import type { PreparedComparison } from '../lib/prepare-comparison';
import { describeArrival } from '../lib/link-arrival';
import { counterpartList } from '../lib/counterparts';
import { readerSummary } from '../lib/reader-summary';
import { columnWidth, metricsFor } from '../lib/row-estimates';
import { sentenceSegmenter } from '../lib/sentence-segments';
import type { MarkMode } from '../lib/sentence-segments';
import { storyHeading, summarize } from '../lib/story-summary';
import { pickedColumns } from '../lib/view-state';
import type { ViewState } from '../lib/view-state';
import {
  columnsThatFit,
  defaultColumns,
  PICKER_MIN_SOURCES,
  projectRows,
} from '../lib/visible-columns';
import { availableViews, viewFor } from '../views/view-registry';
import type { CompareModel } from '../views/view-props';
import type { CellContext } from './aligned-cells';
import { CompareToolbar } from './compare-toolbar';
import { DisagreementsPanel } from './disagreements-panel';
import { HelpDialog } from './help-dialog';
import { Legend } from './legend';
import { LinkArrival } from './link-arrival';
import { NoticeBanner } from './notice-banner';
import type { SentenceExtras } from './sentence-view';
import { SkipToView } from './skip-to-view';
import { SourceSwitcher } from './source-switcher';
import { StepBar } from './step-bar';
import { StorySummaryBar } from './story-summary-bar';

type Props = {
  analysis: Analysis;
  /**
   * The story's id in claim links ("seed:kerry-lavrov-2014", "ecb:1-ecb", "user:…"): every claim
   * gets a deep link, and a link to another story is reported. Without it, no link controls.
   */
  storyId?: string;
  /** What was computed from `analysis` ahead of drawing it (`prepareComparison`), if anything. */
  prepared?: PreparedComparison | null;
};

/**
 * The comparison of one story: its counts, the view switcher and the view shown (the readers'
 * summary first; see `views/view-registry.ts`), with the disagreements and the legend beside
 * the views that draw the articles.
 */
export function CompareView({ analysis, storyId, prepared: given = null }: Props) {
  const prepared = given?.analysis === analysis ? given : null;
  const index = useMemo(() => prepared?.index ?? indexAnalysis(analysis), [analysis, prepared]);
  useHighlightedMark(analysis);
  const links = useClaimLinkBuilder(index, storyId);
  const [copyMessage, setCopyMessage] = useState<{ text: string; serial: number } | null>(null);
  const announceCopy = useCallback(
    (text: string) => setCopyMessage((m) => ({ text, serial: (m?.serial ?? 0) + 1 })),
    [],
  );
  useEffect(() => {
    if (!copyMessage) return;
    const timer = window.setTimeout(() => setCopyMessage(null), 4000);
    return () => window.clearTimeout(timer);
  }, [copyMessage]);
  const [viewState, writeViewState, hash] = useViewState();
  const [lead, setLead] = useState(0);
  const [markMode, setMarkMode] = useState<MarkMode>('substance');
  const [hovered, setHovered] = useState<string | null>(null);
  const [shownColumn, setShownColumn] = useState(0);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [dismissedNotice, setDismissedNotice] = useState<string | null>(null);
  const wide = useMediaQuery(WIDE_QUERY);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const sources = index.analysis.articles.length;

  // A claim link (a description of passages) in the hash wins until the reader moves on, and
  // opens where the passages are drawn side by side.
  const claim = useClaimLink(index, hash, storyId);
  const view = viewFor(claim ? 'aligned' : viewState.view, sources);
  const views = useMemo(() => availableViews(sources), [sources]);
  // Every change names the view it is made in: a claim link in the hash names none.
  const viewId = view.id;
  const setViewState = useCallback(
    (patch: Partial<ViewState>) => writeViewState({ view: viewId, ...patch }),
    [writeViewState, viewId],
  );

  const wanted = claim ? claim.focus : viewState.focus;
  const focus = wanted && index.sentences.has(wanted) ? wanted : null;
  const wantedDisagreement = claim ? claim.disagreement : viewState.disagreement;
  const activeDisagreement = index.disagreements.find((d) => d.id === wantedDisagreement) ?? null;

  // The columns drawn: from four sources on, those the reader picks (at first, those that fit;
  // the address keeps the choice); one at a time on a narrow screen. A passage in focus always
  // has its column shown.
  const fit = useMemo(() => columnsThatFit(window.innerWidth, sources), [sources]);
  const picked = pickedColumns(viewState.columns, sources) ?? defaultColumns(sources, fit);
  const focusColumn = focus ? index.sentences.get(focus)?.column : undefined;
  const visible =
    focusColumn === undefined || picked.includes(focusColumn)
      ? picked
      : [...picked, focusColumn].sort((a, b) => a - b);
  const pickColumns = useCallback(
    (list: number[]) => setViewState({ columns: list.length === sources ? 'all' : list.join(',') }),
    [setViewState, sources],
  );
  const visibleKey = visible.join(',');
  const visibleColumns = useMemo(() => visibleKey.split(',').map(Number), [visibleKey]);
  const columns = useMemo(
    () => (wide ? visibleColumns : [shownColumn]),
    [wide, visibleColumns, shownColumn],
  );

  const rows = useMemo(
    () => (prepared && lead === 0 ? prepared.rows : buildAlignedRows(index, lead)),
    [prepared, index, lead],
  );
  // What was prepared for these very rows is used as it is.
  const ready = prepared?.rows === rows ? prepared : null;
  const shownRows = useMemo(
    () => (wide && visibleColumns.length < sources ? projectRows(rows, visibleColumns) : rows),
    [rows, wide, visibleColumns, sources],
  );
  const marks = useMemo(() => ready?.marks ?? rowMarks(rows), [ready, rows]);
  // Marks between the aligned versions belong to the views that align them. Each sentence's
  // segments are computed when it is first drawn. Changing the marks re-draws every sentence:
  // the control answers at once, the sentences follow in a render React can interrupt.
  const shownMarks = useDeferredValue(markMode);
  const wordMarks = view.wordMarks;
  const segmentsOf = useMemo(
    () => sentenceSegmenter(index, rows, wordMarks ? shownMarks : 'off'),
    [index, rows, wordMarks, shownMarks],
  );
  const counts = useMemo(() => ready?.counts ?? summarize(index, rows), [ready, index, rows]);
  const summary = useMemo(() => ready?.summary ?? readerSummary(index, rows), [ready, index, rows]);
  const metrics = useMemo(
    () => metricsFor(columnWidth(window.innerWidth, columns.length, wide), wide),
    [columns.length, wide],
  );

  const notices = claim
    ? claim.notices
    : viewState.focus !== null && focus === null
      ? [
          'The linked passage is not in this comparison: the articles may have changed since the link was made.',
        ]
      : [];
  const showNotices = notices.length > 0 && dismissedNotice !== hash;
  // Arriving by a claim link: what it points to, until the reader moves on.
  const arrival = useMemo(() => (claim ? describeArrival(index, claim) : null), [index, claim]);

  const nav = useCompareNavigation({
    index,
    rows: shownRows,
    view,
    focus,
    activeDisagreement,
    wide,
    lead,
    columns,
    shownColumn,
    setShownColumn,
    setExpanded,
    setViewState,
    scrollerRef,
    shortcutsOn: !helpOpen,
    link: claim,
    openHelp: () => setHelpOpen(true),
  });
  const { onSelect, goTo, chooseDisagreement, openFact, switchView, focusRow } = nav;

  const tabStops = useMemo(
    () => view.tabStops({ index, rows: shownRows, columns, focus, focusRow }),
    [view, index, shownRows, columns, focus, focusRow],
  );
  // Counterparts open under one sentence at a time, and close when the focus leaves it.
  const openUnder = !wide && expanded !== null && expanded === focus ? expanded : null;
  const highlightStore = useHighlightStore({
    index,
    claim,
    focus,
    hovered,
    activeDisagreement: activeDisagreement?.id ?? null,
    tabStops,
    expanded: openUnder,
  });

  const speakersOf = useCallback(
    (id: string) => [
      ...new Set(
        (index.quotesBySentence.get(id) ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])),
      ),
    ],
    [index],
  );
  const factRowOf = useMemo(() => {
    const out = new Map<string, FactRow>();
    for (const row of rows) {
      if (row.kind !== 'fact') continue;
      for (const cell of row.cells) for (const { info } of cell.placed) out.set(info.id, row);
    }
    return out;
  }, [rows]);
  const extras = useMemo(
    (): SentenceExtras => ({
      links,
      factLinkOf: (id) => {
        const row = factRowOf.get(id);
        const href = row && links ? links.fact(row.fact) : null;
        return row && href ? { href, label: `fact ${row.ordinal}` } : null;
      },
      counterparts: wide ? null : (id) => counterpartList(index, id),
      toggleCounterparts: (id) => setExpanded((open) => (open === id ? null : id)),
      goTo,
    }),
    [links, factRowOf, wide, index, goTo],
  );
  const contexts = useMemo(
    () =>
      index.labels.map((label): CellContext => ({
        label,
        labels: index.labels,
        segmentsOf,
        onHover: setHovered,
        onSelect,
        links,
        extras,
        speakersOf,
        metrics,
      })),
    [index, segmentsOf, onSelect, links, extras, speakersOf, metrics],
  );
  const onlyHere = useMemo(() => counts.onlyIn.map((o) => o.count), [counts]);
  const languageNotes = useLanguageNotes(
    index.analysis.articles,
    index.labels,
    prepared?.notEnglish,
  );
  const { heading, subheading } = storyHeading(index);

  const model = useMemo(
    (): CompareModel => ({
      index,
      rows,
      shownRows,
      columns,
      focusRow,
      metrics,
      onlyHere,
      contexts,
      marks,
      focus,
      activeDisagreement: activeDisagreement?.id ?? null,
      links,
      summary,
      actions: { goTo, chooseDisagreement, openFact, showView: switchView },
    }),
    [
      index,
      rows,
      shownRows,
      columns,
      focusRow,
      metrics,
      onlyHere,
      contexts,
      marks,
      focus,
      activeDisagreement,
      links,
      summary,
      goTo,
      chooseDisagreement,
      openFact,
      switchView,
    ],
  );
  const View = view.component;

  const sidePanel = (
    <>
      <DisagreementsPanel
        index={index}
        active={activeDisagreement?.id ?? null}
        onChoose={chooseDisagreement}
        links={links}
        unread={languageNotes.map((note) => index.labels[note.column] ?? '')}
      />
      <Legend />
    </>
  );

  return (
    <LinkCopiedContext value={announceCopy}>
      <div className="flex min-h-0 flex-1 flex-col max-md:pb-14 print:block print:pb-0">
        <p
          role="status"
          aria-live="polite"
          className={`fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white shadow-lg max-md:bottom-16 dark:bg-stone-100 dark:text-stone-900 print:hidden ${copyMessage ? '' : 'sr-only'}`}
        >
          {copyMessage?.text}
        </p>
        <SkipToView label={view.skipTo} scrollerRef={scrollerRef} />
        <CompareToolbar
          heading={heading}
          subheading={subheading}
          views={views}
          view={view}
          onView={switchView}
          labels={index.labels}
          lead={lead}
          onLead={setLead}
          marks={markMode}
          onMarks={setMarkMode}
          columns={sources >= PICKER_MIN_SOURCES ? visible : null}
          onColumns={pickColumns}
          steps={
            <StepBar
              onFact={nav.goToFact}
              onDisagreement={nav.stepDisagreement}
              disagreements={index.disagreements.length > 0}
            />
          }
          onHelp={() => setHelpOpen(true)}
        />
        <StorySummaryBar summary={counts} />
        {arrival && <LinkArrival arrival={arrival} />}
        {languageNotes.length > 0 && (
          <ul
            aria-label="Languages"
            className="space-y-0.5 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          >
            {languageNotes.map((note) => (
              <li key={note.column}>
                <span aria-hidden="true">ℹ </span>
                <span className="sr-only">Note: </span>
                {note.text}
              </li>
            ))}
          </ul>
        )}
        {showNotices && (
          <NoticeBanner notices={notices} onDismiss={() => setDismissedNotice(hash)} />
        )}
        {/* However tall the story's editor and notices above, the view keeps some room. */}
        <div className="flex min-h-0 flex-1 flex-col md:min-h-[min(20rem,50dvh)] md:flex-row print:block">
          {view.sidePanel && (
            <aside
              aria-label="Disagreements and legend"
              className="border-stone-200 bg-stone-50 md:w-80 md:shrink-0 md:overflow-y-auto md:border-r dark:border-stone-800 dark:bg-stone-950 print:hidden"
            >
              {wide ? (
                sidePanel
              ) : (
                <details className="border-b border-stone-200 dark:border-stone-800">
                  <summary className="cursor-pointer px-4 py-2.5 text-sm font-semibold">
                    Disagreements ({index.disagreements.length}) and legend
                  </summary>
                  {sidePanel}
                </details>
              )}
            </aside>
          )}
          {view.sentences && (
            <SourceSwitcher labels={index.labels} shown={shownColumn} onShow={nav.showColumn} />
          )}
          <div
            ref={scrollerRef}
            data-view={view.id}
            className="relative min-h-0 flex-1 md:overflow-auto print:overflow-visible"
          >
            <HighlightContext value={highlightStore}>
              <View compare={model} />
            </HighlightContext>
          </div>
        </div>
        <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </LinkCopiedContext>
  );
}
