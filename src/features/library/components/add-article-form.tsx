import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { EditMessage } from '../hooks/use-story-editing';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { DropZone } from './drop-zone';
import { MessageList } from './message-list';

type Props = {
  articleCount: number;
  messages: readonly EditMessage[];
  onPaste: (text: string) => boolean;
  onFiles: (files: File[]) => void;
};

/**
 * Two ways to add an article: paste its text, or choose or drop files. Messages appear under
 * the control they are about; pasted text that is refused stays in the field.
 */
export function AddArticleForm({ articleCount, messages, onPaste, onFiles }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const full = articleCount >= MAX_ARTICLES_PER_STORY;
  const pasteMessages = messages.filter((m) => m.field === 'paste');
  const fileMessages = messages.filter((m) => m.field === 'files');
  const pasteError = pasteMessages.some((m) => m.tone === 'error');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onPaste(text)) setText('');
  };

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form onSubmit={submit} className="flex flex-col gap-2" aria-labelledby={`${id}-paste-label`}>
        <label id={`${id}-paste-label`} htmlFor={`${id}-paste`} className="text-sm font-semibold">
          Paste an article
        </label>
        <textarea
          id={`${id}-paste`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={6}
          spellCheck={false}
          aria-invalid={pasteError || undefined}
          aria-describedby={`${id}-paste-hint ${id}-paste-messages`}
          placeholder="Headline&#10;&#10;The article's text…"
          className="min-h-32 w-full resize-y rounded-md border border-stone-300 bg-white p-2 font-serif text-sm aria-invalid:border-rose-600 dark:border-stone-600 dark:bg-stone-900"
        />
        <p id={`${id}-paste-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          The first line is taken as the headline; you can change the title, outlet and date once it
          is added.
        </p>
        <MessageList id={`${id}-paste-messages`} messages={pasteMessages} />
        <div>
          <button type="submit" className="btn" disabled={full}>
            Add pasted article
          </button>
        </div>
      </form>
      <div className="flex flex-col gap-2">
        <span className="text-sm font-semibold" id={`${id}-files-label`}>
          Add files
        </span>
        <DropZone
          onFiles={onFiles}
          describedBy={`${id}-files-messages`}
          invalid={fileMessages.some((m) => m.tone === 'error')}
          disabled={full}
        />
        <MessageList id={`${id}-files-messages`} messages={fileMessages} />
      </div>
      <p className="text-xs text-stone-600 md:col-span-2 dark:text-stone-400">
        {full
          ? `This story has ${MAX_ARTICLES_PER_STORY} articles, the most it can hold.`
          : `${articleCount} of at most ${MAX_ARTICLES_PER_STORY} articles. Everything stays in this browser.`}
      </p>
    </div>
  );
}
