import { useId } from 'react';
import type { ArticleMetadataEdit, LibraryArticle } from '../lib/library-types';
import { articleHeading } from '../lib/story-edits';
import { STORY_FILE_LIMITS } from '../lib/story-file-limits';

type Props = {
  article: LibraryArticle;
  column: number;
  count: number;
  onEdit: (patch: ArticleMetadataEdit) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
};

/**
 * One article of the story: its column, editable title, outlet, date and address (each keystroke stored
 * at once; another tab's edits show as they happen), its file and notices, and buttons to move
 * or remove it.
 */
export function ArticleRow({ article, column, count, onEdit, onMove, onRemove }: Props) {
  const id = useId();
  const heading = articleHeading(article);
  const address = article.url?.trim() ?? '';
  const addressInvalid = address !== '' && !/^https?:\/\/\S+$/i.test(address);
  const input =
    'w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900';
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900">
      <fieldset className="min-w-0">
        <legend className="flex w-full flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold">Column {column + 1}</span>
          <span className="truncate text-stone-600 dark:text-stone-400">{article.file}</span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <label className="flex flex-col gap-0.5 text-xs font-medium">
            Title
            <input
              className={input}
              value={article.title}
              maxLength={STORY_FILE_LIMITS.title}
              onChange={(e) => onEdit({ title: e.target.value })}
              aria-describedby={article.title.trim() ? undefined : `${id}-title-hint`}
            />
            {!article.title.trim() && (
              <span
                id={`${id}-title-hint`}
                className="font-normal text-stone-600 dark:text-stone-400"
              >
                Without a title, the file name is shown.
              </span>
            )}
          </label>
          <label className="flex flex-col gap-0.5 text-xs font-medium">
            Outlet
            <input
              className={input}
              value={article.outlet ?? ''}
              maxLength={STORY_FILE_LIMITS.outlet}
              placeholder="Unknown"
              onChange={(e) => onEdit({ outlet: e.target.value })}
            />
          </label>
          <label className="flex flex-col gap-0.5 text-xs font-medium sm:order-last sm:col-span-3">
            Address
            <input
              type="url"
              inputMode="url"
              spellCheck={false}
              className={input}
              value={article.url ?? ''}
              placeholder="Unknown"
              aria-invalid={addressInvalid || undefined}
              aria-describedby={addressInvalid ? `${id}-address-hint` : undefined}
              onChange={(e) => onEdit({ url: e.target.value })}
            />
            {addressInvalid && (
              <span
                id={`${id}-address-hint`}
                className="font-normal text-rose-800 dark:text-rose-300"
              >
                Not a web address (http:// or https://): it is not kept in exports.
              </span>
            )}
          </label>
          <label className="flex flex-col gap-0.5 text-xs font-medium">
            Published
            <input
              type="date"
              className={input}
              value={article.published ?? ''}
              onChange={(e) => onEdit({ published: e.target.value })}
            />
          </label>
        </div>
        {article.notices.length > 0 && (
          <ul className="mt-2 space-y-0.5 text-xs text-amber-900 dark:text-amber-200">
            {article.notices.map((notice) => (
              <li key={notice}>
                <span aria-hidden="true">ℹ </span>
                <span className="sr-only">Note: </span>
                {notice}
              </li>
            ))}
          </ul>
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className="btn"
            disabled={column === 0}
            aria-label={`Move “${heading}” left`}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">←</span> Left
          </button>
          <button
            type="button"
            className="btn"
            disabled={column === count - 1}
            aria-label={`Move “${heading}” right`}
            onClick={() => onMove(1)}
          >
            Right <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="btn ml-auto text-rose-800 dark:text-rose-300"
            aria-label={`Remove “${heading}”`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}
