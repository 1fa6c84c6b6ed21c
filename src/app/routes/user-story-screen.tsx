import { useCallback, useDeferredValue, useState } from 'react';
import { StoryLinksContext } from '../../features/compare/hooks/use-story-links';
import { useCarriedStoryLinks } from '../hooks/use-carried-story-links';
import { useLibrary } from '../../features/library/hooks/use-library';
import { useLibraryRoute } from '../../features/library/hooks/use-library-route';
import { useStoryAnalysis } from '../hooks/use-story-analysis';
import { useStoryEditing } from '../../features/library/hooks/use-story-editing';
import type { LibraryArticle } from '../../features/library/lib/library-types';
import { serializeStory } from '../../features/library/lib/parallax-file';
import { storyHeading } from '../../features/library/lib/story-edits';
import { AddArticleForm } from '../../features/library/components/add-article-form';
import { ArticleList } from '../../features/library/components/article-list';
import { ComparisonPane } from './comparison-pane';
import { DeleteStoryConfirm } from '../../features/library/components/delete-story-confirm';
import { ExportButtons } from './export-buttons';
import { StorageNotice } from '../../features/library/components/storage-notice';
import { StoryNameField } from '../../features/library/components/story-name-field';
import { TooLargeForLink } from '../../features/library/components/too-large-for-link';

const NO_ARTICLES: readonly LibraryArticle[] = [];

/**
 * A story of the reader's own, or a new one (`storyId` null): its name, exports and articles
 * (added, edited, reordered, removed) above the comparison, which updates as articles change.
 */
export function UserStoryScreen({ storyId }: { storyId: string | null }) {
  const { snapshot, store } = useLibrary();
  const [, navigate] = useLibraryRoute();
  const story = storyId ? (snapshot.stories.find((s) => s.id === storyId) ?? null) : null;
  const onCreated = useCallback(
    (id: string) => navigate({ page: 'story', story: id }, { replace: true }),
    [navigate],
  );
  const editing = useStoryEditing(storyId, store, onCreated);
  // Its claim links carry the story, so that anyone can open them.
  const sharing = useCarriedStoryLinks(story);
  const articles = story?.articles ?? NO_ARTICLES;
  // The article fields follow each keystroke; the comparison follows when there is time (but
  // another story's articles are never compared under this one's name).
  const deferred = useDeferredValue(story);
  const comparedArticles = deferred && deferred.id === story?.id ? deferred.articles : articles;
  const { query, control, analysis, updating } = useStoryAnalysis(
    story?.id ?? null,
    comparedArticles,
  );
  const [editorOpen, setEditorOpen] = useState(articles.length < 2);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const name = story ? storyHeading(story) : 'New story';
  // A story without articles has nothing to show but the form.
  const showEditor = editorOpen || articles.length === 0;

  // Another story opened in the same place starts with its own panel state (a new story that
  // just got its id keeps its messages).
  const [shownId, setShownId] = useState(storyId);
  if (storyId !== shownId) {
    setShownId(storyId);
    if (shownId !== null) {
      setEditorOpen(articles.length < 2);
      setConfirmingDelete(false);
      editing.clearMessages();
    }
  }

  const deleteStory = () => {
    if (!story) return;
    store.remove(story.id);
    navigate(
      { page: 'stories' },
      { flash: `Deleted “${name}”. Importing its story file brings it back.` },
    );
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col print:block">
      <section
        aria-label="Your story"
        className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 bg-stone-50 px-4 py-2 dark:border-stone-800 dark:bg-stone-950 print:hidden"
      >
        {story ? (
          <StoryNameField key={story.id} name={story.title} onRename={editing.rename} />
        ) : (
          <h1 className="text-base font-semibold">New story</h1>
        )}
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {articles.length === 1 ? '1 article' : `${articles.length} articles`}
        </span>
        <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
          {updating && articles.length > 0 ? 'Updating the comparison…' : ''}
        </span>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {articles.length > 0 && (
            <button
              type="button"
              className="btn"
              aria-expanded={showEditor}
              aria-controls="library-editor"
              onClick={() => setEditorOpen(!showEditor)}
            >
              {showEditor ? 'Hide articles' : 'Add or edit articles'}
            </button>
          )}
          {story && (
            <>
              <ExportButtons
                storyId={story.id}
                name={name}
                analysis={articles.length > 0 ? analysis : undefined}
                storyFile={() => serializeStory(story, new Date().toISOString())}
              />
              <button
                type="button"
                className="btn text-rose-800 dark:text-rose-300"
                onClick={() => setConfirmingDelete(true)}
              >
                Delete story…
              </button>
            </>
          )}
        </div>
      </section>
      {confirmingDelete && story && (
        <DeleteStoryConfirm
          name={name}
          onConfirm={deleteStory}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
      <StorageNotice status={snapshot.storage} unreadable={0} onRetry={store.retry} />
      {sharing.tooLarge && story && (
        <TooLargeForLink
          tooLarge={sharing.tooLarge}
          name={name}
          storyFile={() => serializeStory(story, new Date().toISOString())}
          onDismiss={sharing.dismiss}
        />
      )}
      <div
        id="library-editor"
        hidden={!showEditor}
        className="max-h-[65dvh] shrink-0 space-y-5 overflow-y-auto border-b border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900 print:hidden"
      >
        <AddArticleForm
          articleCount={articles.length}
          messages={editing.messages}
          onPaste={editing.addPaste}
          onAddress={editing.addAddress}
          onFiles={(files) => void editing.addFiles(files)}
        />
        <ArticleList
          articles={articles}
          messages={editing.messages}
          onEdit={editing.edit}
          onMove={editing.move}
          onRemove={editing.remove}
          onUndo={editing.undoRemove}
        />
      </div>
      {articles.length > 0 && (
        <StoryLinksContext value={sharing.links}>
          <ComparisonPane
            query={query}
            control={control}
            analysis={analysis}
            articleCount={articles.length}
            storyKey={story?.id ?? 'new'}
            storyId={story?.id}
          />
        </StoryLinksContext>
      )}
    </div>
  );
}
