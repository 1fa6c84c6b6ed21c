import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_ARTICLE_BYTES, tooLargeForArticle } from '../../../core/limits';
import { articleFingerprint, intakeBytes, intakePaste } from '../lib/article-intake';
import type { ArticleDetails, IntakeResult } from '../lib/article-intake';
import { createBrowserDocument } from '../../../dom/browser-document';
import type { ArticleMetadataEdit, LibraryArticle, LibraryStory } from '../lib/library-types';
import type { ChangeConflict, StoryChange } from '../lib/story-changes';
import { addArticle, articleHeading, createStory } from '../lib/story-edits';
import { randomSeed, userStoryId } from '../lib/story-ids';
import { fetchViaServer, pageFileName } from '../lib/page-service';
import type { ChangeOutcome, LibraryStore } from '../storage/library-store';

/** A line for the reader after an action: what happened, or why it did not. */
export type EditMessage = {
  id: number;
  tone: 'success' | 'notice' | 'error';
  text: string;
  /** The control the message is about, so it can be tied to it. */
  field: 'paste' | 'address' | 'files' | 'articles';
  /** An article removed: the message offers to put it back. */
  undo?: { article: LibraryArticle; at: number };
};

type Draft = Omit<EditMessage, 'id'>;

/** Web pages are read as the worker reads them: a reader view, here in the page's own DOM. */
const READING = { createDocument: createBrowserDocument };

// An article's text never changes: compute its fingerprint once per page.
const fingerprints = new Map<string, string>();
function fingerprintOf(article: LibraryArticle): string {
  const key = `${article.id}\u0000${article.file}`;
  let value = fingerprints.get(key);
  if (value === undefined) {
    value = articleFingerprint(article.file, article.source, READING);
    fingerprints.set(key, value);
  }
  return value;
}

const now = () => new Date().toISOString();

/** Why an edit of the story shown was not made, for the reader. */
function refusal(conflict: ChangeConflict): string {
  switch (conflict.kind) {
    case 'no-room':
      return `“${articleHeading(conflict.article)}” does not fit: ${conflict.detail}. Remove an article first.`;
    case 'deleted':
      return 'This story is no longer in this browser.';
    case 'exists':
    case 'article-removed':
      return 'The story changed meanwhile; nothing was changed.';
    default:
      return conflict satisfies never;
  }
}

/**
 * Editing one story of the reader's, or starting one when `storyId` is null: add pasted text or
 * files, remove (with undo), reorder, edit metadata, rename. Every change goes to the library at
 * once, as a change (`lib/story-changes.ts`) that another tab's changes cannot undo;
 * `onCreated` is told the id of the story the first added article created.
 */
export function useStoryEditing(
  storyId: string | null,
  store: LibraryStore,
  onCreated: (id: string) => void,
) {
  const [messages, setMessages] = useState<EditMessage[]>([]);
  const nextMessageId = useRef(1);
  // The story edits go to: the one shown, or the one the first added article just created (a
  // batch of files goes on adding to it before the page shows it).
  const activeId = useRef<string | null>(storyId);
  useEffect(() => {
    activeId.current = storyId;
  }, [storyId]);

  // The store's memory changes synchronously: the latest story is read from it, never from a
  // render that may be a step behind.
  const latest = useCallback((): LibraryStory | null => {
    const id = activeId.current;
    return id ? (store.getSnapshot().stories.find((s) => s.id === id) ?? null) : null;
  }, [store]);

  const say = useCallback((drafts: Draft[]) => {
    setMessages(drafts.map((m) => ({ ...m, id: nextMessageId.current++ })));
  }, []);

  /** Applies a change to the story edited; false (nothing changed) when it does not apply. */
  const apply = useCallback(
    (change: StoryChange): ChangeOutcome => {
      const id = activeId.current;
      return id ? store.change(id, change) : { ok: false, conflict: { kind: 'deleted' } };
    },
    [store],
  );

  /** Adds what an intake produced, starting the story with it if there is none yet. */
  const take = useCallback(
    (result: IntakeResult, field: EditMessage['field'], at: string): Draft[] => {
      if (!result.ok) return [{ tone: 'error', text: result.message, field }];
      const { article } = result;
      if (latest()) {
        const added = apply({ kind: 'add-article', article, at });
        if (!added.ok) return [{ tone: 'error', text: refusal(added.conflict), field }];
      } else {
        const empty = createStory(userStoryId(`${at}|${randomSeed()}`), article.title, at);
        const story = addArticle(empty, article, at);
        activeId.current = story.id;
        store.create(story);
        onCreated(story.id);
      }
      return [
        { tone: 'success', text: `Added “${articleHeading(article)}” (${article.file}).`, field },
        ...article.notices.map((text): Draft => ({ tone: 'notice', text, field })),
      ];
    },
    [apply, latest, store, onCreated],
  );

  /**
   * Adds pasted text with what the reader stated about it (a blank field is read from the
   * text); true when it was added (the form may then be cleared).
   */
  const addPaste = useCallback(
    (text: string, details?: Partial<ArticleDetails>, canFetch = false): boolean => {
      const at = now();
      const result = intakePaste(latest() ?? { articles: [] }, text, fingerprintOf, at, {
        details,
        canFetch,
        reading: READING,
      });
      say(take(result, 'paste', at));
      return result.ok;
    },
    [say, take, latest],
  );

  /**
   * Fetches the page at an address through the app's own server and adds it, read as a reader
   * view; true when it was added.
   */
  const addAddress = useCallback(
    async (address: string): Promise<boolean> => {
      const wanted = address.trim();
      if (wanted === '') {
        say([{ tone: 'error', field: 'address', text: 'Type or paste the page’s address first.' }]);
        return false;
      }
      say([{ tone: 'notice', field: 'address', text: `Fetching ${wanted}…` }]);
      const page = await fetchViaServer(wanted);
      if (!page.ok) {
        say([{ tone: 'error', field: 'address', text: page.message }]);
        return false;
      }
      const at = now();
      const result = intakeBytes(
        latest() ?? { articles: [] },
        new TextEncoder().encode(page.html),
        pageFileName(page.url),
        fingerprintOf,
        at,
        { reading: READING, details: { url: page.url } },
      );
      say(take(result, 'address', at));
      return result.ok;
    },
    [say, take, latest],
  );

  /** Adds files one after another; each gets its own message. */
  const addFiles = useCallback(
    async (files: readonly File[]) => {
      const drafts: Draft[] = [];
      for (const file of files) {
        if (file.size > MAX_ARTICLE_BYTES) {
          drafts.push({
            tone: 'error',
            field: 'files',
            text: `${file.name}: the file is ${tooLargeForArticle(file.size)}`,
          });
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          drafts.push({
            tone: 'error',
            field: 'files',
            text: `${file.name}: the file could not be read.`,
          });
          continue;
        }
        const at = now();
        const story = latest() ?? { articles: [] };
        const result = intakeBytes(story, bytes, file.name, fingerprintOf, at, {
          reading: READING,
        });
        drafts.push(...take(result, 'files', at));
      }
      say(drafts);
    },
    [say, take, latest],
  );

  const remove = useCallback(
    (articleId: string) => {
      const current = latest();
      const at = current?.articles.findIndex((a) => a.id === articleId) ?? -1;
      const article = current?.articles[at];
      if (!article || !apply({ kind: 'remove-article', articleId, at: now() }).ok) return;
      say([
        {
          tone: 'success',
          field: 'articles',
          text: `Removed “${articleHeading(article)}”.`,
          undo: { article, at },
        },
      ]);
    },
    [apply, say, latest],
  );

  const undoRemove = useCallback(
    (undo: NonNullable<EditMessage['undo']>) => {
      const { article } = undo;
      const added = apply({ kind: 'add-article', article, position: undo.at, at: now() });
      say([
        added.ok
          ? { tone: 'success', field: 'articles', text: `Put back “${articleHeading(article)}”.` }
          : { tone: 'error', field: 'articles', text: refusal(added.conflict) },
      ]);
    },
    [apply, say],
  );

  const move = useCallback(
    (articleId: string, offset: number) => {
      apply({ kind: 'move-article', articleId, offset, at: now() });
    },
    [apply],
  );

  const edit = useCallback(
    (articleId: string, patch: ArticleMetadataEdit) => {
      apply({ kind: 'edit-article', articleId, edit: patch, at: now() });
    },
    [apply],
  );

  const rename = useCallback(
    (title: string) => {
      apply({ kind: 'rename', title, at: now() });
    },
    [apply],
  );

  const clearMessages = useCallback(() => setMessages([]), []);

  return {
    messages,
    addPaste,
    addAddress,
    addFiles,
    remove,
    undoRemove,
    move,
    edit,
    rename,
    clearMessages,
  };
}
