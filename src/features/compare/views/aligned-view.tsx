import { memo } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Article } from '../../../core/contract';
import type { CellContext } from '../components/aligned-cells';
import { FactCellView, GapCellView } from '../components/aligned-cells';
import { SourceHeader } from '../components/source-header';
import { useColumnKeys } from '../hooks/use-column-keys';
import { useProgressiveRows } from '../hooks/use-progressive-rows';
import type { AlignedRow } from '../lib/aligned-rows';
import type { CellMetrics } from '../lib/row-estimates';
import { KIND_META } from '../lib/relation-meta';
import type { ViewProps } from './view-props';

type Props = {
  articles: Article[];
  /** The rows to draw (see `projectRows`): every column's cells, the ones not drawn empty. */
  rows: AlignedRow[];
  /** The columns drawn, in order: those the reader picked, or on a narrow screen the one shown. */
  columns: number[];
  /** The row of the sentence in focus: drawn at once, wherever it is. */
  focusRow: number | null;
  /** For the estimated heights of rows not drawn yet. */
  metrics: CellMetrics;
  onlyHere: number[];
  /** Each column's cell context. */
  contexts: CellContext[];
  onSelect: (id: string) => void;
};

/** The aligned view as the view registry draws it. */
export function AlignedViewEntry({ compare }: ViewProps) {
  return (
    <AlignedView
      articles={compare.index.analysis.articles}
      rows={compare.shownRows}
      columns={compare.columns}
      focusRow={compare.focusRow}
      metrics={compare.metrics}
      onlyHere={compare.onlyHere}
      contexts={compare.contexts}
      onSelect={compare.actions.goTo}
    />
  );
}

/**
 * The aligned view: a grid whose rows are shared Facts (and, between them, what only one source
 * has) and whose columns are the sources. Each column is a `<section>` region spanning every row
 * through CSS subgrid, so rows line up across columns while each column stays one landmark.
 * The rows are drawn a screenful at a time (see `useProgressiveRows`): the grid has all its
 * row lines from the start, and a row not drawn yet is empty. Only the columns shown are drawn.
 * Tab enters each column once; the arrow keys move inside it and across (`useColumnKeys`).
 */
export const AlignedView = memo(function AlignedView({
  articles,
  rows,
  columns,
  focusRow,
  metrics,
  onlyHere,
  contexts,
  onSelect,
}: Props) {
  const drawn = useProgressiveRows(rows, metrics, focusRow);
  const onKeyDown = useColumnKeys();
  const count = columns.length;
  const span = `1 / span ${rows.length + 1}`;
  const grid = {
    '--cols-wide': `4.5rem repeat(${count}, minmax(19rem, 1fr))`,
    '--cols-print': `repeat(${count}, minmax(0, 1fr))`,
    '--min-wide': `calc(4.5rem + ${count} * 19rem)`,
    gridTemplateRows: `repeat(${rows.length + 1}, auto)`,
  } as CSSProperties;
  return (
    <div
      className="grid grid-cols-[minmax(0,1fr)] md:min-w-(--min-wide) md:grid-cols-(--cols-wide) print:min-w-0 print:grid-cols-(--cols-print)"
      style={grid}
    >
      <FactGutter rows={rows} drawn={drawn} span={span} onSelect={onSelect} />
      {columns.map((c, position) => {
        const article = articles[c];
        const ctx = contexts[c];
        return article && ctx ? (
          <AlignedColumn
            key={article.id}
            article={article}
            column={c}
            position={position}
            rows={rows}
            drawn={drawn}
            span={span}
            onlyHere={onlyHere[c] ?? 0}
            ctx={ctx}
            onKeyDown={onKeyDown}
          />
        ) : null;
      })}
    </div>
  );
});

type GutterProps = {
  rows: AlignedRow[];
  drawn: number;
  span: string;
  onSelect: (id: string) => void;
};

/** The sticky first column: each fact row's number, symbol and relation. */
const FactGutter = memo(function FactGutter({ rows, drawn, span, onSelect }: GutterProps) {
  return (
    <div
      aria-hidden="true"
      className="sticky left-0 z-20 hidden grid-rows-subgrid border-r border-stone-200 bg-stone-50 md:grid dark:border-stone-800 dark:bg-stone-950 print:hidden"
      style={{ gridRow: span, gridColumn: 1 }}
    >
      <div className="sticky top-0 z-10 flex items-end border-b border-stone-200 bg-stone-50 px-2 pb-2.5 text-[0.65rem] font-bold tracking-wider text-stone-600 uppercase dark:border-stone-700 dark:bg-stone-950 dark:text-stone-400">
        Fact
      </div>
      {rows.slice(0, drawn).map((row, r) =>
        row.kind === 'fact' ? (
          <div
            key={row.key}
            className="flex cursor-pointer flex-col items-center gap-0.5 border-t border-stone-200 px-1 pt-3.5 text-center dark:border-stone-800"
            style={{ gridRow: r + 2 }}
            onClick={() => {
              const first = row.cells.flatMap((c) => c.placed)[0];
              if (first) onSelect(first.info.id);
            }}
          >
            <span className="text-sm font-semibold tabular-nums text-stone-800 dark:text-stone-200">
              {row.ordinal}
            </span>
            <span className="text-base leading-none text-stone-700 dark:text-stone-300">
              {KIND_META[row.fact.relation].symbol}
            </span>
            <span className="text-[0.6rem] leading-tight font-medium text-stone-600 dark:text-stone-400">
              {KIND_META[row.fact.relation].label}
            </span>
          </div>
        ) : (
          <div
            key={row.key}
            className="border-t border-dotted border-stone-300 dark:border-stone-700"
            style={{ gridRow: r + 2 }}
          />
        ),
      )}
    </div>
  );
});

type ColumnProps = {
  article: Article;
  column: number;
  /** Its place among the columns drawn. */
  position: number;
  rows: AlignedRow[];
  drawn: number;
  span: string;
  onlyHere: number;
  ctx: CellContext;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
};

/** One source's column: its header, then its cell in each drawn row. */
const AlignedColumn = memo(function AlignedColumn({
  article,
  column: c,
  position,
  rows,
  drawn,
  span,
  onlyHere,
  ctx,
  onKeyDown,
}: ColumnProps) {
  const labelId = `source-${c}-label`;
  return (
    <section
      aria-labelledby={labelId}
      data-column={c}
      onKeyDown={onKeyDown}
      className="grid grid-rows-subgrid border-r border-stone-200 last:border-r-0 dark:border-stone-800 md:[grid-column:var(--col)] print:grid print:[grid-column:var(--col-print)]"
      style={{ gridRow: span, '--col': position + 2, '--col-print': position + 1 } as CSSProperties}
    >
      <SourceHeader
        labelId={labelId}
        label={ctx.label}
        article={article}
        onlyHere={onlyHere}
        className="z-10 md:sticky md:top-0 print:static"
      />
      {rows.slice(0, drawn).map((row, r) => {
        if (row.kind === 'gap') {
          const items = row.cells[c] ?? [];
          return items.length > 0 ? (
            <GapCellView key={row.key} items={items} ctx={ctx} gridRow={r + 2} />
          ) : null;
        }
        const cell = row.cells[c];
        return cell ? (
          <FactCellView key={row.key} row={row} cell={cell} column={c} ctx={ctx} gridRow={r + 2} />
        ) : null;
      })}
    </section>
  );
});
