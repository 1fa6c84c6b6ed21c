import type { EditMessage } from '../hooks/use-story-editing';

const TONE: Record<EditMessage['tone'], { icon: string; label: string; className: string }> = {
  success: { icon: '✓', label: 'Done', className: 'text-emerald-800 dark:text-emerald-300' },
  notice: { icon: 'ℹ', label: 'Note', className: 'text-amber-900 dark:text-amber-200' },
  error: { icon: '⚠', label: 'Error', className: 'text-rose-800 dark:text-rose-300' },
};

type Props = {
  /** The id the messages' control points to with `aria-describedby`. */
  id: string;
  messages: readonly EditMessage[];
  onUndo?: (undo: NonNullable<EditMessage['undo']>) => void;
};

/**
 * Messages after an action, in a polite live region that is always in the page (a region added
 * together with its text is not announced). Each line says whether it is an error or a note in
 * words, not only by colour.
 */
export function MessageList({ id, messages, onUndo }: Props) {
  return (
    <ul id={id} aria-live="polite" className="space-y-1 text-sm empty:hidden">
      {messages.map((message) => {
        const tone = TONE[message.tone];
        return (
          <li key={message.id} className={`flex items-start gap-1.5 ${tone.className}`}>
            <span aria-hidden="true">{tone.icon}</span>
            <span>
              <span className="sr-only">{tone.label}: </span>
              {message.text}
            </span>
            {message.undo && onUndo && (
              <button
                type="button"
                className="btn ml-1 py-0"
                onClick={() => message.undo && onUndo(message.undo)}
              >
                Undo
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
