import type { Article } from '../../../core/contract';
import { formatPublished } from '../../../lib/format-published';
import { plural } from '../lib/story-summary';

type Props = {
  /** The id the column's region is labelled by. */
  labelId: string;
  label: string;
  article: Article;
  onlyHere: number;
  className?: string;
};

/** A column's head: outlet (the column's name), headline, date, agency credits. */
export function SourceHeader({ labelId, label, article, onlyHere, className = '' }: Props) {
  const date = formatPublished(article.published);
  return (
    <header
      className={`border-b border-stone-200 bg-white px-4 pt-3 pb-2.5 dark:border-stone-700 dark:bg-stone-900 ${className}`}
    >
      <h2
        id={labelId}
        className="text-[0.7rem] font-bold tracking-[0.08em] text-stone-600 uppercase dark:text-stone-300"
      >
        {label}
      </h2>
      <p
        className="mt-0.5 line-clamp-3 font-serif text-[1.05rem] leading-snug font-semibold text-stone-900 dark:text-stone-50"
        title={article.title}
      >
        {article.title}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-stone-600 dark:text-stone-400">
        {date ? (
          <time dateTime={article.published ?? undefined}>{date}</time>
        ) : (
          <span>Date not stated</span>
        )}
        {article.credits && <span>· Agencies: {article.credits}</span>}
        <span>· {plural(onlyHere, 'passage')} only here</span>
      </p>
    </header>
  );
}
