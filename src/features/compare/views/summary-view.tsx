import { memo, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Disagreement } from '../../../core/contract';
import { ClaimLinkControl } from '../components/claim-link-control';
import { isPrinting, useProgressiveCount } from '../hooks/use-progressive-count';
import { rovingPlace, useRoving } from '../hooks/use-roving';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import type { Dispute, DisputeSide, OnlyInSource } from '../lib/reader-summary';
import { groupSides } from '../lib/reader-summary';
import { KIND_META } from '../lib/relation-meta';
import { plural } from '../lib/story-summary';
import { CoverageKey, CoverageTable } from './matrix-view';
import type { CompareActions, ViewProps } from './view-props';

/** The summary's digest of the matrix shows this many facts; the matrix view shows them all. */
const MATRIX_DIGEST_ROWS = 8;
/**
 * Disputes drawn at once (more than a screen holds); the rest follow in batches, so that a story
 * with hundreds of them opens without holding the page.
 */
const DISPUTES_FIRST = 8;
const DISPUTES_BATCH = 24;
/**
 * A dispute's sides shown at first (however many sources print each); the rest open on demand,
 * in batches. One claim denied across a story can have hundreds of sides.
 */
const SIDES_FIRST = 6;
const SIDES_BATCH = 48;
/** Each source's passages shown at first; the rest open on demand. */
const ONLY_IN_FIRST = 3;

const SECTION = 'space-y-3';
/**
 * The sections below the disputes are laid out and painted only as they come near the screen
 * (at an estimated height until then): the first screen of a long story is the disputes'.
 */
const LATER_SECTION = `${SECTION} [contain-intrinsic-size:auto_30rem] not-print:[content-visibility:auto]`;
const H2 = 'text-base font-semibold';

/** A side's sentence, its disputed value marked. */
function SideQuote({ side }: { side: DisputeSide }) {
  const { text } = side.sentence;
  return (
    <q className="block font-serif text-[0.95rem] leading-relaxed text-stone-800 [quotes:none] dark:text-stone-200">
      {text.slice(0, side.start)}
      <mark data-kind="conflict">{text.slice(side.start, side.end)}</mark>
      {text.slice(side.end)}
    </q>
  );
}

type DisputeItemProps = {
  dispute: Dispute;
  /** Its place in the list of disputes, for the arrow keys. */
  position: number;
  /** Whether its button is the list's tab stop. */
  tabStop: boolean;
  /** Makes the claim links, if the story has them. */
  links: ClaimLinkBuilder | null;
  /** The disagreement the dispute tells, for its claim link. */
  disagreement: Disagreement | undefined;
  onChoose: (id: string) => void;
  onFocusAt: (row: number, item: number) => void;
};

/**
 * One dispute: its kind, its summary, its sides (each told once however many sources print it
 * alike; the first few, the rest on demand) and the way to both sides in the articles. Drawn again only when it changes, so that the
 * batches that follow it do not redraw it.
 */
const DisputeItem = memo(function DisputeItem({
  dispute,
  position,
  tabStop,
  links,
  disagreement,
  onChoose,
  onFocusAt,
}: DisputeItemProps) {
  const sides = useMemo(() => groupSides(dispute.sides), [dispute.sides]);
  const [open, setOpen] = useState(isPrinting);
  const more = sides.length > SIDES_FIRST;
  const shown = useProgressiveCount(
    open ? sides.length : Math.min(sides.length, SIDES_FIRST),
    SIDES_FIRST,
    SIDES_BATCH,
  );
  useEffect(() => {
    if (!more) return;
    const openAll = () => flushSync(() => setOpen(true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, [more]);
  const href = useMemo(
    () => (links && disagreement ? links.disagreement(disagreement) : null),
    [links, disagreement],
  );
  return (
    <li
      data-dispute={dispute.id}
      className="rounded-lg border border-stone-200 bg-white p-4 [contain-intrinsic-size:auto_16rem] not-print:[content-visibility:auto] dark:border-stone-700 dark:bg-stone-900"
    >
      <p className="text-[0.65rem] font-bold tracking-wider text-rose-800 uppercase dark:text-rose-300">
        {dispute.kind}
      </p>
      <h3 className="mt-0.5 text-[0.95rem] leading-snug font-semibold">{dispute.summary}</h3>
      <ul className="mt-3 space-y-3">
        {sides.slice(0, shown).map((side, s) => (
          <li key={s} className="border-l-2 border-rose-300 pl-3 dark:border-rose-800">
            <p className="text-sm">
              <span className="font-semibold text-rose-900 tabular-nums dark:text-rose-200">
                {side.value}
              </span>{' '}
              <span className="text-stone-700 dark:text-stone-300">{side.attribution}</span>{' '}
              <span className="text-stone-600 dark:text-stone-400">
                · {side.sources.join(', ')}
              </span>
            </p>
            <SideQuote side={side} />
          </li>
        ))}
      </ul>
      {more && (
        <button
          type="button"
          className="mt-2 text-xs font-medium text-stone-700 underline dark:text-stone-300"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Show fewer sides' : `Show all ${sides.length} sides`}
        </button>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn"
          onClick={() => onChoose(dispute.id)}
          onFocus={() => onFocusAt(position, 0)}
          {...rovingPlace(position, 0, tabStop)}
        >
          Show both sides in the articles
        </button>
        {href && (
          <ClaimLinkControl
            href={href}
            label={`the disagreement “${dispute.summary}”`}
            tabbable={tabStop}
          />
        )}
      </div>
    </li>
  );
});

type DisputesProps = {
  disputes: Dispute[];
  links: ClaimLinkBuilder | null;
  actions: CompareActions;
  disagreementOf: (id: string) => Disagreement | undefined;
};

/** What the sources dispute: each value, who says it, where; and the way to both sides. */
function Disputes({ disputes, links, actions, disagreementOf }: DisputesProps) {
  const lengths = useMemo(() => disputes.map(() => 1), [disputes]);
  const { onKeyDown, current, focusAt } = useRoving(lengths);
  const shown = useProgressiveCount(disputes.length, DISPUTES_FIRST, DISPUTES_BATCH);
  return (
    <section aria-labelledby="summary-disputes" className={SECTION}>
      <h2 id="summary-disputes" className={H2}>
        <span aria-hidden="true" className="text-rose-800 dark:text-rose-300">
          {KIND_META.conflict.symbol}{' '}
        </span>
        What the sources dispute ({disputes.length})
      </h2>
      {disputes.length === 0 ? (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          No contradictions were found between these sources.
        </p>
      ) : (
        <ol className="grid gap-3 lg:grid-cols-2" onKeyDown={onKeyDown}>
          {disputes.slice(0, shown).map((dispute, k) => (
            <DisputeItem
              key={dispute.id}
              dispute={dispute}
              position={k}
              tabStop={current.row === k}
              links={links}
              disagreement={disagreementOf(dispute.id)}
              onChoose={actions.chooseDisagreement}
              onFocusAt={focusAt}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** One source's passages that no other source has: the first few, the rest on demand. */
function OnlyInList({ only, goTo }: { only: OnlyInSource; goTo: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const shown = open ? only.sentences : only.sentences.slice(0, ONLY_IN_FIRST);
  const lengths = useMemo(() => shown.map(() => 1), [shown]);
  const { onKeyDown, itemProps } = useRoving(lengths);
  const headingId = `only-in-${only.column}`;
  return (
    <section
      aria-labelledby={headingId}
      data-relation="unique"
      className="rounded-lg border border-stone-200 bg-white py-3 pr-4 pl-3 dark:border-stone-700 dark:bg-stone-900"
    >
      <h3 id={headingId} className="text-sm font-semibold">
        Only in {only.label}{' '}
        <span className="font-normal text-stone-600 dark:text-stone-400">
          · {plural(only.sentences.length, 'passage')}
        </span>
      </h3>
      {only.sentences.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Everything {only.label} reports, another source reports too.
        </p>
      ) : (
        <ul className="mt-2 space-y-1.5" onKeyDown={onKeyDown}>
          {shown.map((info, k) => (
            <li key={info.id}>
              <button
                type="button"
                className="block w-full rounded px-1 py-0.5 text-left font-serif text-[0.92rem] leading-snug text-stone-800 hover:bg-stone-100 dark:text-stone-200 dark:hover:bg-stone-800"
                title={`Show in ${only.label} (paragraph ${info.paragraph})`}
                onClick={() => goTo(info.id)}
                {...itemProps(k, 0)}
              >
                {info.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      {only.sentences.length > ONLY_IN_FIRST && (
        <button
          type="button"
          className="mt-2 text-xs font-medium text-stone-700 underline dark:text-stone-300"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Show fewer' : `Show all ${only.sentences.length}`}
        </button>
      )}
    </section>
  );
}

/**
 * The readers' summary, where a story opens: what the sources dispute (each value, whom it is
 * credited to, which source prints it), for three sources or more who reports which fact, and
 * what only one source reports. The aligned articles are one click away.
 */
export const SummaryView = memo(function SummaryView({ compare }: ViewProps) {
  const { summary, index, links, actions } = compare;
  const disagreements = useMemo(
    () => new Map(index.disagreements.map((d) => [d.id, d])),
    [index.disagreements],
  );
  const disagreementOf = (id: string) => disagreements.get(id);
  const coverage = summary.coverage;
  return (
    <div className="mx-auto max-w-6xl space-y-7 px-4 py-5 md:px-8">
      <Disputes
        disputes={summary.disputes}
        links={links}
        actions={actions}
        disagreementOf={disagreementOf}
      />
      {coverage && coverage.rows.length > 0 && (
        <section aria-labelledby="summary-coverage" className={LATER_SECTION}>
          <h2 id="summary-coverage" className={H2}>
            Who reports what ({plural(coverage.rows.length, 'shared fact')})
          </h2>
          <CoverageKey />
          <CoverageTable
            coverage={coverage}
            labels={index.labels}
            limit={MATRIX_DIGEST_ROWS}
            onOpen={actions.openFact}
            label="Coverage of the first shared facts"
          />
          {coverage.rows.length > MATRIX_DIGEST_ROWS && (
            <button type="button" className="btn" onClick={() => actions.showView('matrix')}>
              All {coverage.rows.length} facts in the matrix
            </button>
          )}
        </section>
      )}
      <section aria-labelledby="summary-only" className={LATER_SECTION}>
        <h2 id="summary-only" className={H2}>
          <span aria-hidden="true" className="text-sky-800 dark:text-sky-300">
            {KIND_META.unique.symbol}{' '}
          </span>
          What only one source reports
        </h2>
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {summary.onlyIn.map((only) => (
            <OnlyInList key={only.column} only={only} goTo={actions.goTo} />
          ))}
        </div>
      </section>
      <p>
        <button type="button" className="btn" onClick={() => actions.showView('aligned')}>
          Read the articles side by side
        </button>
      </p>
    </div>
  );
});
