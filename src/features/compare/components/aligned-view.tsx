import type { CSSProperties } from 'react';
import type { AlignedRow } from '../lib/aligned-rows';
import type { AnalysisIndex } from '../lib/analysis-index';
import { KIND_META } from '../lib/relation-meta';
import type { CellContext } from './aligned-cells';
import { FactCellView, GapCellView } from './aligned-cells';
import { SourceHeader } from './source-header';

type Props = {
  index: AnalysisIndex;
  rows: AlignedRow[];
  onlyHere: number[];
  /** The column shown on narrow screens. */
  shownColumn: number;
  cellContext: (column: number) => CellContext;
  onSelect: (id: string) => void;
};

/**
 * The aligned view: a grid whose rows are shared Facts (and, between them, what only one source
 * has) and whose columns are the sources. Each column is a `<section>` region spanning every row
 * through CSS subgrid, so rows line up across columns while each column stays one landmark.
 */
export function AlignedView({ index, rows, onlyHere, shownColumn, cellContext, onSelect }: Props) {
  const columns = index.analysis.articles.length;
  const span = `1 / span ${rows.length + 1}`;
  const grid = {
    '--cols-wide': `4.5rem repeat(${columns}, minmax(19rem, 1fr))`,
    '--cols-print': `repeat(${columns}, minmax(0, 1fr))`,
    '--min-wide': `calc(4.5rem + ${columns} * 19rem)`,
    gridTemplateRows: `repeat(${rows.length + 1}, auto)`,
  } as CSSProperties;
  return (
    <div
      className="grid grid-cols-[minmax(0,1fr)] md:min-w-(--min-wide) md:grid-cols-(--cols-wide) print:min-w-0 print:grid-cols-(--cols-print)"
      style={grid}
    >
      <div
        aria-hidden="true"
        className="sticky left-0 z-20 hidden grid-rows-subgrid border-r border-stone-200 bg-stone-50 md:grid dark:border-stone-800 dark:bg-stone-950 print:hidden"
        style={{ gridRow: span, gridColumn: 1 }}
      >
        <div className="sticky top-0 z-10 flex items-end border-b border-stone-200 bg-stone-50 px-2 pb-2.5 text-[0.65rem] font-bold tracking-wider text-stone-600 uppercase dark:border-stone-700 dark:bg-stone-950 dark:text-stone-400">
          Fact
        </div>
        {rows.map((row, r) =>
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
      {index.analysis.articles.map((article, c) => {
        const ctx = cellContext(c);
        const labelId = `source-${c}-label`;
        return (
          <section
            key={article.id}
            aria-labelledby={labelId}
            data-column={c}
            className={`grid grid-rows-subgrid border-r border-stone-200 last:border-r-0 dark:border-stone-800 md:[grid-column:var(--col)] print:grid print:[grid-column:var(--col-print)] ${c === shownColumn ? '' : 'max-md:hidden'}`}
            style={{ gridRow: span, '--col': c + 2, '--col-print': c + 1 } as CSSProperties}
          >
            <SourceHeader
              labelId={labelId}
              label={ctx.label}
              article={article}
              onlyHere={onlyHere[c] ?? 0}
              className="z-10 md:sticky md:top-0 print:static"
            />
            {rows.map((row, r) => {
              const style = { gridRow: r + 2 };
              if (row.kind === 'gap') {
                return (
                  <GapCellView
                    key={row.key}
                    items={row.cells[c] ?? []}
                    column={c}
                    ctx={ctx}
                    style={style}
                  />
                );
              }
              const cell = row.cells[c];
              return cell ? (
                <FactCellView
                  key={row.key}
                  row={row}
                  cell={cell}
                  column={c}
                  ctx={ctx}
                  style={style}
                />
              ) : null;
            })}
          </section>
        );
      })}
    </div>
  );
}
