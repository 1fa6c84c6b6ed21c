import { memo } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { FactCell, FactRow, GapItem } from '../lib/aligned-rows';
import type { SentenceInfo } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import { KIND_META } from '../lib/relation-meta';
import type { CellMetrics } from '../lib/row-estimates';
import { CELL_CHROME, factCellHeight, gapCellHeight } from '../lib/row-estimates';
import type { SegmentsOf } from '../lib/sentence-segments';
import { listNames } from '../lib/sentence-segments';
import { ClaimLinkControl } from './claim-link-control';
import { SentenceView } from './sentence-view';
import type { SentenceExtras } from './sentence-view';

/**
 * What every cell of a column needs to draw and wire its sentences: the same object across
 * renders while none of it changes, so that a cell renders again only when its row does.
 */
export type CellContext = {
  label: string;
  labels: string[];
  segmentsOf: SegmentsOf;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  speakersOf: (id: string) => string[];
  /** Makes deep links to claims; null while loading or when the story cannot be linked to. */
  links: ClaimLinkBuilder | null;
  /** What a chosen sentence offers: its links, its counterparts on a narrow screen. */
  extras: SentenceExtras;
  /** For the placeholder height of a cell not drawn yet. */
  metrics: CellMetrics;
};

const TAG_CLASS =
  'mr-1.5 inline-block rounded border border-stone-300 px-1 align-[0.1em] font-sans text-[0.68rem] font-semibold text-stone-600 dark:border-stone-600 dark:text-stone-300';

const SENTENCE_CLASS = 'block px-1 -mx-1 py-0.5 font-serif text-[0.975rem] leading-relaxed';

/**
 * Where the columns stand side by side, a cell the browser styles, lays out and paints only near
 * the screen: until then it is a box of its estimated height (then of its last drawn height).
 * One column at a time (narrow screens) costs little to draw whole; printed, every cell is drawn.
 */
const LAZY_CELL = 'md:not-print:[content-visibility:auto]';

function cellStyle(gridRow: number, estimate: number): CSSProperties {
  // The intrinsic size is the content box's: the padding and the rule come on top.
  return { gridRow, containIntrinsicHeight: `auto ${Math.max(0, estimate - CELL_CHROME)}px` };
}

function Speakers({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <span className="ml-1.5 inline-block text-[0.7rem] font-sans font-medium text-stone-600 dark:text-stone-400">
      — quoting {listNames(names)}
    </span>
  );
}

function Sentence({
  info,
  ctx,
  before,
}: {
  info: SentenceInfo;
  ctx: CellContext;
  before?: ReactNode;
}) {
  return (
    <SentenceView
      as="p"
      info={info}
      segments={ctx.segmentsOf(info.id)}
      onHover={ctx.onHover}
      onSelect={ctx.onSelect}
      className={SENTENCE_CLASS}
      before={before}
      after={<Speakers names={ctx.speakersOf(info.id)} />}
      extras={ctx.extras}
    />
  );
}

type FactCellProps = {
  row: FactRow;
  cell: FactCell;
  column: number;
  ctx: CellContext;
  /** Its line in the column's grid. */
  gridRow: number;
};

/** One source's sentences for a shared Fact, or a note that the source does not report it. */
export const FactCellView = memo(function FactCellView({
  row,
  cell,
  column,
  ctx,
  gridRow,
}: FactCellProps) {
  const empty = cell.placed.length === 0 && cell.repeats.length === 0;
  const meta = KIND_META[row.fact.relation];
  const elsewhere = row.cells
    .map((other, c) =>
      c !== column && other.placed.length + other.repeats.length > 0 ? ctx.labels[c] : null,
    )
    .filter((name): name is string => name !== null && name !== undefined);
  // The fact's own link sits once per row: in the first source that reports it.
  const firstReporting = row.cells.findIndex((c) => c.placed.length + c.repeats.length > 0);
  const factHref = column === firstReporting ? (ctx.links?.fact(row.fact) ?? null) : null;
  return (
    <div
      data-fact-cell={`${row.fact.id}:${column}`}
      data-relation={empty ? undefined : row.fact.relation}
      className={`border-t border-t-stone-200 bg-white px-4 py-3 dark:border-t-stone-800 dark:bg-stone-900 ${LAZY_CELL}`}
      style={cellStyle(gridRow, factCellHeight(cell, ctx.metrics))}
    >
      {factHref && (
        // Out of the tab order (Tab stops once per column): a chosen sentence of the row offers
        // the same link among its own.
        <ClaimLinkControl
          href={factHref}
          label={`fact ${row.ordinal}`}
          tabbable={false}
          className="float-right -mt-1 -mr-2 ml-2 opacity-60 hover:opacity-100 focus-within:opacity-100 print:hidden"
        />
      )}
      <p className="mb-1 text-[0.7rem] font-semibold tracking-wide text-stone-600 uppercase md:sr-only dark:text-stone-400 print:not-sr-only print:mb-1 print:block">
        <span aria-hidden="true">{meta.symbol} </span>
        Fact {row.ordinal}: {meta.label}
        {elsewhere.length > 0 && (
          <span className="font-normal normal-case"> · also in {listNames(elsewhere)}</span>
        )}
      </p>
      {empty && (
        <p className="text-sm text-stone-600 italic dark:text-stone-400">
          Not reported by {ctx.label}
        </p>
      )}
      {cell.placed.map(({ info, outOfOrder }) => (
        <Sentence
          key={info.id}
          info={info}
          ctx={ctx}
          before={
            outOfOrder ? (
              <span
                className={TAG_CLASS}
                title={`Shown out of order: this sentence stands in paragraph ${info.paragraph} of ${ctx.label}`}
              >
                <span aria-hidden="true">↕ </span>¶ {info.paragraph} in {ctx.label}
              </span>
            ) : undefined
          }
        />
      ))}
      {cell.repeats.map(({ info, shownInFact }) => (
        <button
          key={`refer-${info.id}`}
          type="button"
          tabIndex={-1}
          data-refers-to={info.id}
          onClick={() => ctx.extras.goTo(info.id)}
          className={`${TAG_CLASS} cursor-pointer hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 dark:hover:bg-stone-800`}
          title={`${ctx.label} reports this fact in a sentence shown with fact ${shownInFact} (paragraph ${info.paragraph}); it is shown once`}
        >
          <span aria-hidden="true">↗ </span>
          {ctx.label} ¶ {info.paragraph}: shown with fact {shownInFact}
        </button>
      ))}
    </div>
  );
});

type GapCellProps = { items: GapItem[]; ctx: CellContext; gridRow: number };

/**
 * Sentences that no fact row holds, between two fact rows, in reading order: what only this
 * source reports, and sentences linked to a fact placed elsewhere (tagged with its number).
 */
export const GapCellView = memo(function GapCellView({ items, ctx, gridRow }: GapCellProps) {
  if (items.length === 0) return null;
  const onlyHere = items.some((item) => item.linkedTo === null);
  return (
    <div
      data-gap-cell=""
      data-relation={onlyHere ? 'unique' : undefined}
      className={`border-t border-dotted border-t-stone-300 bg-stone-50/70 px-4 py-3 dark:border-t-stone-700 dark:bg-stone-950/40 ${LAZY_CELL}`}
      style={cellStyle(gridRow, gapCellHeight(items, ctx.metrics))}
    >
      <div className="space-y-1.5">
        {items.map(({ info, linkedTo }, k) => {
          // A label heads each run of sentences that only this source has.
          const startsRun = linkedTo === null && (k === 0 || items[k - 1]?.linkedTo !== null);
          return (
            <div key={info.id} data-linked-to={linkedTo ?? undefined}>
              {startsRun && (
                <p className="mb-1 text-[0.7rem] font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
                  <span aria-hidden="true">{KIND_META.unique.symbol} </span>Only in {ctx.label}
                </p>
              )}
              <Sentence
                info={info}
                ctx={ctx}
                before={
                  linkedTo !== null ? (
                    <span
                      className={TAG_CLASS}
                      title={`Related to fact ${linkedTo}, where its closest counterpart is shown`}
                    >
                      <span aria-hidden="true">{KIND_META.partial.symbol} </span>related to fact{' '}
                      {linkedTo}
                    </span>
                  ) : undefined
                }
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
