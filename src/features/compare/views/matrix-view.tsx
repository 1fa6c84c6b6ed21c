import { memo, useMemo } from 'react';
import { useRoving } from '../hooks/use-roving';
import type { Coverage, CoverageCell, CoverageRow } from '../lib/coverage';
import { COVERAGE_WORDS } from '../lib/coverage';
import { KIND_META } from '../lib/relation-meta';
import type { ViewProps } from './view-props';

type TableProps = {
  coverage: Coverage;
  labels: string[];
  /** Draw only the first rows (the summary's digest); the view draws them all. */
  limit?: number;
  onOpen: (factId: string, column?: number) => void;
  /** The table's accessible name. */
  label: string;
};

const CELL_TONE: Record<CoverageCell['state'], string> = {
  reports: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100',
  differs: 'bg-rose-50 text-rose-900 dark:bg-rose-950/60 dark:text-rose-100',
  absent: 'text-stone-500 dark:text-stone-400',
};

/** What a cell says, for the button's name: "DW, fact 3: reports it differently (100,000)". */
function cellName(row: CoverageRow, cell: CoverageCell, label: string): string {
  const values = cell.values.length > 0 ? ` (${cell.values.join(', ')})` : '';
  return `${label}, fact ${row.ordinal}: ${COVERAGE_WORDS[cell.state].label.toLowerCase()}${values}`;
}

/** The key to the cells' symbols. */
export function CoverageKey() {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700 dark:text-stone-300">
      {(['reports', 'differs', 'absent'] as const).map((state) => (
        <span key={state} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-flex size-5 items-center justify-center rounded font-semibold ${CELL_TONE[state]}`}
          >
            {COVERAGE_WORDS[state].symbol}
          </span>
          {COVERAGE_WORDS[state].label}
        </span>
      ))}
    </p>
  );
}

/**
 * The coverage matrix as a table: shared facts as rows (numbered as the aligned grid numbers
 * them), sources as columns, each cell "reports it", "reports it differently" (a disputed value
 * there) or "not reported". Tab stops on it once; the arrow keys move between its cells, and a
 * cell opens that source's sentence in the aligned grid.
 */
export function CoverageTable({ coverage, labels, limit, onOpen, label }: TableProps) {
  const rows = limit === undefined ? coverage.rows : coverage.rows.slice(0, limit);
  const lengths = useMemo(() => rows.map(() => labels.length + 1), [rows, labels.length]);
  const { onKeyDown, itemProps } = useRoving(lengths);
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 dark:border-stone-800">
      <table
        role="grid"
        aria-label={label}
        aria-rowcount={coverage.rows.length + 1}
        onKeyDown={onKeyDown}
        className="w-full border-collapse text-sm"
      >
        <thead>
          <tr className="bg-stone-50 dark:bg-stone-950">
            <th
              scope="col"
              className="sticky left-0 z-10 min-w-[14rem] bg-stone-50 px-3 py-2 text-left text-xs font-semibold text-stone-700 dark:bg-stone-950 dark:text-stone-300"
            >
              Shared fact
            </th>
            {labels.map((source) => (
              <th
                key={source}
                scope="col"
                className="min-w-[5.5rem] px-2 py-2 text-center text-xs font-semibold text-stone-700 dark:text-stone-300"
              >
                {source}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const meta = KIND_META[row.relation];
            return (
              <tr
                key={row.factId}
                data-coverage-fact={row.ordinal}
                className="border-t border-stone-200 dark:border-stone-800"
              >
                <th
                  scope="row"
                  className="sticky left-0 z-10 bg-white px-3 py-1.5 text-left align-top font-normal dark:bg-stone-900"
                >
                  <button
                    type="button"
                    className="block w-full max-w-[22rem] rounded text-left hover:underline"
                    onClick={() => onOpen(row.factId)}
                    {...itemProps(r, 0)}
                  >
                    <span className="text-xs font-semibold text-stone-800 dark:text-stone-100">
                      Fact {row.ordinal}{' '}
                      <span aria-hidden="true" className="font-normal">
                        {meta.symbol}
                      </span>{' '}
                      <span className="font-normal text-stone-600 dark:text-stone-400">
                        {meta.label}
                      </span>
                    </span>
                    <span className="line-clamp-2 font-serif text-[0.85rem] leading-snug text-stone-800 dark:text-stone-200">
                      {row.gist}
                    </span>
                  </button>
                </th>
                {row.cells.map((cell, c) => {
                  const source = labels[c] ?? '';
                  const words = COVERAGE_WORDS[cell.state];
                  const content = (
                    <>
                      <span
                        aria-hidden="true"
                        className="block text-base leading-none font-semibold"
                      >
                        {words.symbol}
                      </span>
                      {cell.values.length > 0 && (
                        <span
                          aria-hidden="true"
                          className="mt-0.5 block text-[0.7rem] leading-tight"
                        >
                          {cell.values.join(', ')}
                        </span>
                      )}
                    </>
                  );
                  return (
                    <td
                      key={source}
                      data-state={cell.state}
                      className={`px-1 py-1 text-center align-middle ${CELL_TONE[cell.state]}`}
                    >
                      {cell.state === 'absent' ? (
                        <span
                          role="img"
                          aria-label={cellName(row, cell, source)}
                          className="block rounded py-1"
                          {...itemProps(r, c + 1)}
                        >
                          {content}
                        </span>
                      ) : (
                        <button
                          type="button"
                          aria-label={cellName(row, cell, source)}
                          title={cellName(row, cell, source)}
                          className="block w-full rounded py-1 hover:ring-1 hover:ring-current"
                          onClick={() => onOpen(row.factId, c)}
                          {...itemProps(r, c + 1)}
                        >
                          {content}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        {limit === undefined && (
          <tfoot>
            <tr className="border-t-2 border-stone-300 bg-stone-50 dark:border-stone-700 dark:bg-stone-950">
              <th
                scope="row"
                className="sticky left-0 bg-stone-50 px-3 py-2 text-left text-xs font-semibold dark:bg-stone-950"
              >
                Totals
              </th>
              {coverage.totals.map((total, c) => (
                <td
                  key={labels[c]}
                  className="px-1 py-2 text-center text-[0.7rem] leading-snug text-stone-700 tabular-nums dark:text-stone-300"
                >
                  <span className="block">
                    {total.reports} {COVERAGE_WORDS.reports.symbol}
                  </span>
                  <span className="block">
                    {total.differs} {COVERAGE_WORDS.differs.symbol}
                  </span>
                  <span className="block">
                    {total.absent} {COVERAGE_WORDS.absent.symbol}
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/**
 * The coverage matrix (three sources or more): which source reports which shared fact, does
 * not, or reports it differently.
 */
export const MatrixView = memo(function MatrixView({ compare }: ViewProps) {
  const coverage = compare.summary.coverage;
  return (
    <section aria-labelledby="matrix-heading" className="space-y-3 px-4 py-5 md:px-8">
      <h2 id="matrix-heading" className="text-lg font-semibold">
        Who reports what
      </h2>
      {coverage && coverage.rows.length > 0 ? (
        <>
          <p className="max-w-prose text-sm text-stone-700 dark:text-stone-300">
            Each row is a fact that two or more sources share, numbered as in the aligned view.
            Choose a cell to read that source’s sentence beside the others.
          </p>
          <CoverageKey />
          <CoverageTable
            coverage={coverage}
            labels={compare.index.labels}
            onOpen={compare.actions.openFact}
            label="Coverage: which source reports which fact"
          />
        </>
      ) : (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Parallax found no fact that two of these sources share.
        </p>
      )}
    </section>
  );
});
