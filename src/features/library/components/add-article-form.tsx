import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { EditMessage } from '../hooks/use-story-editing';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { createBrowserDocument } from '../../../dom/browser-document';
import { inferArticleDetails, type ArticleDetails } from '../lib/article-intake';
import { usePageService } from '../hooks/use-page-service';
import { DropZone } from './drop-zone';
import { MessageList } from './message-list';

type Props = {
  articleCount: number;
  messages: readonly EditMessage[];
  /** Adds pasted text with the details the reader stated; true when it was added. */
  onPaste: (text: string, details: Partial<ArticleDetails>, canFetch: boolean) => boolean;
  /** Fetches the page at an address through the app's server and adds it; true when added. */
  onAddress: (address: string) => Promise<boolean>;
  onFiles: (files: File[]) => void;
};

type Field = keyof ArticleDetails;

/** Past this, the text is not read again at each keystroke to prefill the fields. */
const PREFILL_LIMIT = 300_000;

/**
 * Two ways to add an article: paste its text (with its title, outlet, address and date, each
 * prefilled from what the text states until the reader types in it), or choose or drop files.
 * Messages appear under the control they are about; pasted text that is refused stays in the
 * field.
 */
export function AddArticleForm({ articleCount, messages, onPaste, onAddress, onFiles }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [address, setAddress] = useState('');
  const [fetching, setFetching] = useState(false);
  const service = usePageService();
  const addressMessages = messages.filter((m) => m.field === 'address');
  // What the reader typed in a field; a field not typed in shows what the text states.
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const full = articleCount >= MAX_ARTICLES_PER_STORY;
  const pasteMessages = messages.filter((m) => m.field === 'paste');
  const fileMessages = messages.filter((m) => m.field === 'files');
  const pasteError = pasteMessages.some((m) => m.tone === 'error');

  const deferred = useDeferredValue(text);
  const inferred = useMemo((): ArticleDetails => {
    const none = { title: '', outlet: null, published: null, url: null };
    if (deferred.trim() === '' || deferred.length > PREFILL_LIMIT) return none;
    try {
      return inferArticleDetails('pasted.txt', deferred, { createDocument: createBrowserDocument });
    } catch {
      return none;
    }
  }, [deferred]);
  const value = (field: Field): string => typed[field] ?? inferred[field] ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what the reader typed: the rest is read from the text as submitted (the prefill may
    // be a keystroke behind).
    if (onPaste(text, typed, service === 'available')) {
      setText('');
      setTyped({});
    }
  };

  const fetchAddress = (event: FormEvent) => {
    event.preventDefault();
    setFetching(true);
    void onAddress(address).then((added) => {
      setFetching(false);
      if (added) setAddress('');
    });
  };

  const input =
    'w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900';
  const label = 'flex flex-col gap-0.5 text-xs font-medium';
  const field = (name: Field) => ({
    name,
    value: value(name),
    onChange: (event: { target: { value: string } }) =>
      setTyped((t) => ({ ...t, [name]: event.target.value })),
    className: input,
  });

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-2"
        aria-labelledby={`${id}-paste-label`}
      >
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
          The article’s text, as it reads (a whole web page’s source works too). The fields below
          fill in from what the text states; change any of them. The outlet names its column.
        </p>
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="sr-only">About the pasted article</legend>
          <label className={`${label} sm:col-span-2`}>
            Title
            <input {...field('title')} placeholder="From the first line" />
          </label>
          <label className={label}>
            Outlet
            <input {...field('outlet')} placeholder="Unknown" />
          </label>
          <label className={label}>
            Published
            <input {...field('published')} type="date" />
          </label>
          <label className={`${label} sm:col-span-2`}>
            Address
            <input
              {...field('url')}
              type="url"
              inputMode="url"
              placeholder="https://…"
              spellCheck={false}
            />
          </label>
        </fieldset>
        <MessageList id={`${id}-paste-messages`} messages={pasteMessages} />
        <div>
          <button type="submit" className="btn" disabled={full}>
            Add pasted article
          </button>
        </div>
      </form>
      <div className="flex flex-col gap-4">
        <form
          onSubmit={fetchAddress}
          noValidate
          className="flex flex-col gap-2"
          aria-labelledby={`${id}-address-label`}
        >
          <label
            id={`${id}-address-label`}
            htmlFor={`${id}-address`}
            className="text-sm font-semibold"
          >
            Add by address
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-address`}
              type="url"
              inputMode="url"
              spellCheck={false}
              value={address}
              onChange={(event) => setAddress(event.target.value)}
              placeholder="https://…"
              disabled={service !== 'available' || full}
              aria-invalid={addressMessages.some((m) => m.tone === 'error') || undefined}
              aria-describedby={`${id}-address-hint ${id}-address-messages`}
              className={input}
            />
            <button
              type="submit"
              className="btn shrink-0"
              disabled={service !== 'available' || full || fetching}
            >
              {fetching ? 'Fetching…' : 'Fetch and add'}
            </button>
          </div>
          <p id={`${id}-address-hint`} className="text-xs text-stone-600 dark:text-stone-400">
            {service === 'unavailable'
              ? 'Fetching a page by its address needs the app’s own server: run it with npm start. Here, paste the article’s text or drop its saved page instead.'
              : service === 'checking'
                ? 'Checking whether this copy of the app can fetch pages…'
                : 'The app’s server fetches the page (public web pages only, up to 2 MB) and reads it as a reader view.'}
          </p>
          <MessageList id={`${id}-address-messages`} messages={addressMessages} />
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
      </div>
      <p className="text-xs text-stone-600 md:col-span-2 dark:text-stone-400">
        {full
          ? `This story has ${MAX_ARTICLES_PER_STORY} articles, the most it can hold.`
          : `${articleCount} of at most ${MAX_ARTICLES_PER_STORY} articles. Everything stays in this browser.`}
      </p>
    </div>
  );
}
