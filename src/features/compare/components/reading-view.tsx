import type { CSSProperties } from 'react';
import type { RowMark } from '../lib/aligned-rows';
import type { AnalysisIndex, SentenceInfo } from '../lib/analysis-index';
import { KIND_META } from '../lib/relation-meta';
import type { CellContext } from './aligned-cells';
import { SentenceView } from './sentence-view';
import { SourceHeader } from './source-header';

type Props = {
  index: AnalysisIndex;
  onlyHere: number[];
  shownColumn: number;
  cellContext: (column: number) => CellContext;
  /** The fact row of each sentence, so that both views number facts alike. */
  marks: Map<string, RowMark>;
};

/** Groups a column's sentences by paragraph, in reading order. */
function paragraphsOf(body: SentenceInfo[]): SentenceInfo[][] {
  const out: SentenceInfo[][] = [];
  let current = -1;
  for (const info of body) {
    if (info.paragraph !== current || out.length === 0) {
      out.push([]);
      current = info.paragraph;
    }
    out[out.length - 1]?.push(info);
  }
  return out;
}

/**
 * The reading view: each article in its own order, with paragraphs, each column scrolling on its
 * own. A sentence that belongs to shared facts carries their numbers; focusing a sentence marks
 * its counterparts in the other columns.
 */
export function ReadingView({ index, onlyHere, shownColumn, cellContext, marks }: Props) {
  return (
    <div className="flex min-h-full md:h-full print:block print:h-auto">
      {index.analysis.articles.map((article, c) => {
        const ctx = cellContext(c);
        const labelId = `source-${c}-label`;
        return (
          <section
            key={article.id}
            aria-labelledby={labelId}
            data-column={c}
            className={`min-w-[19rem] flex-1 border-r border-stone-200 bg-white last:border-r-0 md:overflow-y-auto dark:border-stone-800 dark:bg-stone-900 print:mb-6 print:overflow-visible print:border-0 ${c === shownColumn ? '' : 'max-md:hidden'}`}
            style={{ '--col': c } as CSSProperties}
          >
            <SourceHeader
              labelId={labelId}
              label={ctx.label}
              article={article}
              onlyHere={onlyHere[c] ?? 0}
              className="z-10 md:sticky md:top-0 print:static"
            />
            <div className="max-w-[40rem] space-y-3.5 px-5 py-4 font-serif text-[0.99rem] leading-relaxed">
              {paragraphsOf(index.body[c] ?? []).map((paragraph) => (
                <p key={paragraph[0]?.id}>
                  {paragraph.map((info, k) => (
                    <span key={info.id}>
                      {k > 0 && ' '}
                      <SentenceView
                        as="span"
                        info={info}
                        segments={ctx.segments.get(info.id) ?? []}
                        state={ctx.stateOf(info.id)}
                        activeDisagreement={ctx.activeDisagreement}
                        onHover={ctx.onHover}
                        onSelect={ctx.onSelect}
                        className="px-0.5"
                        after={<FactMark mark={marks.get(info.id)} />}
                        links={ctx.links}
                        current={ctx.isCurrent(info.id)}
                        selected={ctx.isSelected(info.id)}
                      />
                    </span>
                  ))}
                </p>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** A superscript fact number after a shared sentence, like a footnote call. */
function FactMark({ mark }: { mark: RowMark | undefined }) {
  if (!mark) return null;
  const meta = KIND_META[mark.relation];
  return (
    <sup className="ml-0.5 font-sans text-[0.65rem] font-semibold text-stone-600 dark:text-stone-400">
      <span aria-hidden="true">{mark.linked ? KIND_META.partial.symbol : meta.symbol}</span>
      {mark.ordinal}
      <span className="sr-only">
        {mark.linked
          ? ` (related to shared fact ${mark.ordinal})`
          : ` (shared fact ${mark.ordinal}: ${meta.label.toLowerCase()})`}
      </span>
    </sup>
  );
}
