import { Fragment, memo, startTransition, useEffect, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Article } from '../../../core/contract';
import type { CellContext } from '../components/aligned-cells';
import { SentenceView } from '../components/sentence-view';
import { SourceHeader } from '../components/source-header';
import { useColumnKeys } from '../hooks/use-column-keys';
import type { RowMark } from '../lib/aligned-rows';
import type { SentenceInfo } from '../lib/analysis-index';
import { KIND_META } from '../lib/relation-meta';
import { paragraphHeight } from '../lib/row-estimates';
import type { ViewProps } from './view-props';

/** The reading view as the view registry draws it. */
export function ReadingViewEntry({ compare }: ViewProps) {
  return (
    <ReadingView
      complete={compare.focus !== null}
      articles={compare.index.analysis.articles}
      body={compare.index.body}
      onlyHere={compare.onlyHere}
      columns={compare.columns}
      contexts={compare.contexts}
      marks={compare.marks}
    />
  );
}

type Props = {
  articles: Article[];
  /** Each column's shown sentences, in reading order. */
  body: SentenceInfo[][];
  onlyHere: number[];
  /** The columns drawn, in order. */
  columns: number[];
  /** Each column's cell context. */
  contexts: CellContext[];
  /** The fact row of each sentence, so that both views number facts alike. */
  marks: Map<string, RowMark>;
  /** Draw every sentence now (e.g. one is in focus, and its counterparts must be scrolled to). */
  complete: boolean;
};

/**
 * A long story opens with the start of each article (more than a screenful); the rest follows
 * in a transition, which React renders in slices between frames. A short one is drawn whole.
 */
const FIRST_SENTENCES = 16;
const WHOLE_SENTENCES = 150;

/**
 * Where the columns stand side by side, a paragraph is styled, laid out and painted only near
 * the screen (until then, a box of its estimated height); printed, every one is drawn.
 */
const LAZY_PARAGRAPH = 'md:not-print:[content-visibility:auto]';

/** How many sentences of each column to draw: the first ones, then (soon) all. */
function useDrawnSentences(body: SentenceInfo[][], complete: boolean): number {
  const total = body.reduce((n, sentences) => n + sentences.length, 0);
  const [whole, setWhole] = useState(total <= WHOLE_SENTENCES);
  useEffect(() => {
    if (!whole) startTransition(() => setWhole(true));
  }, [whole]);
  return whole || complete ? Infinity : FIRST_SENTENCES;
}

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
export const ReadingView = memo(function ReadingView({
  articles,
  body,
  onlyHere,
  columns,
  contexts,
  marks,
  complete,
}: Props) {
  const drawn = useDrawnSentences(body, complete);
  const onKeyDown = useColumnKeys();
  return (
    <div className="flex min-h-full md:h-full print:block print:h-auto">
      {columns.map((c) => {
        const article = articles[c];
        const ctx = contexts[c];
        return article && ctx ? (
          <ReadingColumn
            key={article.id}
            article={article}
            column={c}
            sentences={body[c] ?? []}
            drawn={drawn}
            onlyHere={onlyHere[c] ?? 0}
            ctx={ctx}
            marks={marks}
            onKeyDown={onKeyDown}
          />
        ) : null;
      })}
    </div>
  );
});

type ColumnProps = {
  article: Article;
  column: number;
  sentences: SentenceInfo[];
  /** How many of its sentences to draw. */
  drawn: number;
  onlyHere: number;
  ctx: CellContext;
  marks: Map<string, RowMark>;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
};

/** One article in its own order, by paragraph. */
const ReadingColumn = memo(function ReadingColumn({
  article,
  column: c,
  sentences,
  drawn,
  onlyHere,
  ctx,
  marks,
  onKeyDown,
}: ColumnProps) {
  const labelId = `source-${c}-label`;
  return (
    <section
      aria-labelledby={labelId}
      data-column={c}
      onKeyDown={onKeyDown}
      className="min-w-[19rem] flex-1 border-r border-stone-200 bg-white last:border-r-0 md:overflow-y-auto dark:border-stone-800 dark:bg-stone-900 print:mb-6 print:overflow-visible print:border-0"
      style={{ '--col': c } as CSSProperties}
    >
      <SourceHeader
        labelId={labelId}
        label={ctx.label}
        article={article}
        onlyHere={onlyHere}
        className="z-10 md:sticky md:top-0 print:static"
      />
      <div className="max-w-[40rem] space-y-3.5 px-5 py-4 font-serif text-[0.99rem] leading-relaxed">
        {paragraphsOf(sentences.slice(0, drawn)).map((paragraph) => (
          <p
            key={paragraph[0]?.id}
            className={LAZY_PARAGRAPH}
            style={{ containIntrinsicHeight: `auto ${paragraphHeight(paragraph, ctx.metrics)}px` }}
          >
            {paragraph.map((info, k) => (
              <Fragment key={info.id}>
                {k > 0 && ' '}
                <SentenceView
                  as="span"
                  info={info}
                  segments={ctx.segmentsOf(info.id)}
                  onHover={ctx.onHover}
                  onSelect={ctx.onSelect}
                  className="px-0.5"
                  after={<FactMark mark={marks.get(info.id)} />}
                  extras={ctx.extras}
                />
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
});

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
