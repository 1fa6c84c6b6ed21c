import { MAX_SHARED_LINK_LENGTH } from '../lib/carried-story';
import type { TooLargeForLink as TooLarge } from '../lib/carried-story';
import { exportFileName } from '../lib/export-names';
import { downloadFile } from './download-file';

type Props = {
  tooLarge: TooLarge;
  name: string;
  /** The story file's text, made when it is downloaded. */
  storyFile: () => string;
  onDismiss: () => void;
};

const count = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en') : 'too many');

/**
 * A copied claim link could not carry its story: says so, and offers the story file, whose
 * import opens the same claim for the recipient.
 */
export function TooLargeForLink({ tooLarge, name, storyFile, onDismiss }: Props) {
  const fileName = exportFileName(name, 'story');
  return (
    <section
      aria-label="Sharing this story"
      className="flex flex-wrap items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-800 dark:bg-amber-950/50 print:hidden"
    >
      <p className="min-w-0 flex-1">
        This story is too large to travel in a link: with it, the link would take{' '}
        {count(tooLarge.length)} characters, and Parallax keeps links under{' '}
        {MAX_SHARED_LINK_LENGTH.toLocaleString('en')} so that chat apps and mail keep them whole.
        The link you copied opens the claim for anyone who has the story: send them the story file (
        <code className="font-mono text-[0.85em]">{fileName}</code>) with it.
      </p>
      <button
        type="button"
        className="btn"
        onClick={() => downloadFile(fileName, storyFile(), 'application/json')}
      >
        Download the story file
      </button>
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
