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
import { indexAnalysis } from '../lib/analysis-index';
import { describeArrival } from '../lib/link-arrival';
import { columnWidth, metricsFor } from '../lib/row-estimates';
import { sentenceSegmenter } from '../lib/sentence-segments';
import { storyHeading, summarize } from '../lib/story-summary';
import type { CellContext } from './aligned-cells';
import { AlignedView } from './aligned-view';
import { CompareToolbar } from './compare-toolbar';
import { DisagreementsPanel } from './disagreements-panel';
import { HelpDialog } from './help-dialog';
import { Legend } from './legend';
import { LinkArrival } from './link-arrival';
import { NoticeBanner } from './notice-banner';
import { ReadingView } from './reading-view';
import { SourceSwitcher } from './source-switcher';
import { StorySummaryBar } from './story-summary-bar';

type Props = {
  analysis: Analysis;
  /**
   * The story's id in claim links ("seed:kerry-lavrov-2014", "ecb:1-ecb", "user:…"): every claim
   * gets a deep link, and a link to another story is reported. Without it, no link controls.
   */
  storyId?: string;
};

/** The comparison of one story: summary, disagreements, legend and the columns. */
export function CompareView({ analysis, storyId }: Props) {
  const index = useMemo(() => indexAnalysis(analysis), [analysis]);
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
  const [viewState, setViewState, hash] = useViewState();
  const [lead, setLead] = useState(0);
  const [wordDiff, setWordDiff] = useState(true);
  const [hovered, setHovered] = useState<string | null>(null);
  const [shownColumn, setShownColumn] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [dismissedNotice, setDismissedNotice] = useState<string | null>(null);
  const wide = useMediaQuery(WIDE_QUERY);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => buildAlignedRows(index, lead), [index, lead]);
  const marks = useMemo(() => rowMarks(rows), [rows]);
  const view = viewState.view;
  // Word differences belong to the aligned pairs; the reading view shows disagreements only.
  // Each sentence's segments are computed when it is first drawn. Turning word differences on
  // or off re-draws every sentence: the checkbox answers at once, the sentences follow in a
  // render React can interrupt.
  const shownWordDiff = useDeferredValue(wordDiff);
  const segmentsOf = useMemo(
    () => sentenceSegmenter(index, rows, view === 'aligned' && shownWordDiff),
    [index, rows, view, shownWordDiff],
  );
  const summary = useMemo(() => summarize(index, rows), [index, rows]);
  const columns = index.analysis.articles.length;
  const metrics = useMemo(
    () => metricsFor(columnWidth(window.innerWidth, columns, wide), wide),
    [columns, wide],
  );

  // A claim link (a description of passages) in the hash wins until the reader moves on.
  const claim = useClaimLink(index, hash, storyId);
  const wanted = claim ? claim.focus : viewState.focus;
  const focus = wanted && index.sentences.has(wanted) ? wanted : null;
  const wantedDisagreement = claim ? claim.disagreement : viewState.disagreement;
  const activeDisagreement = index.disagreements.find((d) => d.id === wantedDisagreement) ?? null;
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
  const highlightStore = useHighlightStore({
    index,
    claim,
    focus,
    hovered,
    activeDisagreement: activeDisagreement?.id ?? null,
  });

  const { onSelect, chooseDisagreement, switchView, showColumn, focusRow } = useCompareNavigation({
    index,
    rows,
    view,
    focus,
    activeDisagreement,
    wide,
    lead,
    shownColumn,
    setShownColumn,
    setViewState,
    scrollerRef,
    shortcutsOn: !helpOpen,
    link: claim,
    openHelp: () => setHelpOpen(true),
  });

  const speakersOf = useCallback(
    (id: string) => [
      ...new Set(
        (index.quotesBySentence.get(id) ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])),
      ),
    ],
    [index],
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
        speakersOf,
        metrics,
      })),
    [index, segmentsOf, onSelect, links, speakersOf, metrics],
  );
  const onlyHere = useMemo(() => summary.onlyIn.map((o) => o.count), [summary]);
  const languageNotes = useLanguageNotes(index.analysis.articles, index.labels);
  const { heading, subheading } = storyHeading(index);

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
      <div className="flex min-h-0 flex-1 flex-col print:block">
        <p
          role="status"
          aria-live="polite"
          className={`fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900 print:hidden ${copyMessage ? '' : 'sr-only'}`}
        >
          {copyMessage?.text}
        </p>
        <CompareToolbar
          heading={heading}
          subheading={subheading}
          view={view}
          onView={switchView}
          labels={index.labels}
          lead={lead}
          onLead={setLead}
          wordDiff={wordDiff}
          onWordDiff={setWordDiff}
          onHelp={() => setHelpOpen(true)}
        />
        <StorySummaryBar summary={summary} />
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
        <div className="flex min-h-0 flex-1 flex-col md:flex-row print:block">
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
          <SourceSwitcher labels={index.labels} shown={shownColumn} onShow={showColumn} />
          <div
            ref={scrollerRef}
            className="relative min-h-0 flex-1 md:overflow-auto print:overflow-visible"
          >
            <HighlightContext value={highlightStore}>
              {view === 'aligned' ? (
                <AlignedView
                  articles={index.analysis.articles}
                  rows={rows}
                  focusRow={focusRow}
                  metrics={metrics}
                  onlyHere={onlyHere}
                  shownColumn={shownColumn}
                  contexts={contexts}
                  onSelect={onSelect}
                />
              ) : (
                <ReadingView
                  complete={focus !== null}
                  articles={index.analysis.articles}
                  body={index.body}
                  onlyHere={onlyHere}
                  shownColumn={shownColumn}
                  contexts={contexts}
                  marks={marks}
                />
              )}
            </HighlightContext>
          </div>
        </div>
        <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </LinkCopiedContext>
  );
}
