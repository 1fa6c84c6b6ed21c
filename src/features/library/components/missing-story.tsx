import { exportFileName } from '../lib/export-names';
import { ImportStoryButton } from './import-story-button';

type Props = {
  storyId: string;
  name: string | undefined;
  /** This browser holds a record of the story that could not be read. */
  damaged?: boolean;
};

/**
 * A link to a reader's story that this browser does not have (or has only a damaged copy of):
 * says what it is and which file to ask for, and imports it right here (the link's passage
 * then opens).
 */
export function MissingStory({ storyId, name, damaged = false }: Props) {
  const fileName = exportFileName(name ?? '', 'story');
  return (
    <div className="p-4 md:p-8">
      <div className="max-w-2xl space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-700 dark:bg-stone-900">
        <h1 className="text-lg font-semibold">
          {damaged
            ? 'This browser’s copy of this story is damaged'
            : name
              ? `“${name}” is not in this browser`
              : 'This story is not in this browser'}
        </h1>
        {damaged && (
          <p className="text-sm">
            Its stored record could not be read, so it cannot be shown. The record is left as it is;
            importing the story’s file replaces it.
          </p>
        )}
        <p className="text-sm">
          This link points into a story someone built from their own articles. Such stories stay in
          the browser they were made in; to open the link, import the story file its author exported
          {name ? (
            <>
              {' '}
              — probably named <code className="font-mono text-[0.85em]">{fileName}</code>
            </>
          ) : (
            ' (a file ending in .parallax.json)'
          )}
          .
        </p>
        <p className="text-xs text-stone-600 dark:text-stone-400">
          Story id: <code className="font-mono">{storyId}</code>
        </p>
        <ImportStoryButton expectedId={storyId} label="Import the story file…" />
      </div>
    </div>
  );
}
