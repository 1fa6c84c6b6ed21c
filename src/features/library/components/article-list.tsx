import type { EditMessage } from '../hooks/use-story-editing';
import type { ArticleMetadataEdit, LibraryArticle } from '../lib/library-types';
import { ArticleRow } from './article-row';
import { MessageList } from './message-list';

type Props = {
  articles: readonly LibraryArticle[];
  messages: readonly EditMessage[];
  onEdit: (articleId: string, patch: ArticleMetadataEdit) => void;
  onMove: (articleId: string, offset: number) => void;
  onRemove: (articleId: string) => void;
  onUndo: (undo: NonNullable<EditMessage['undo']>) => void;
};

/** The story's articles in column order, each editable, with the messages about them. */
export function ArticleList({ articles, messages, onEdit, onMove, onRemove, onUndo }: Props) {
  return (
    <section aria-labelledby="library-articles-heading" className="flex flex-col gap-2">
      <h2 id="library-articles-heading" className="text-sm font-semibold">
        Articles in this story ({articles.length})
      </h2>
      <MessageList
        id="library-article-messages"
        messages={messages.filter((m) => m.field === 'articles')}
        onUndo={onUndo}
      />
      {articles.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          No article yet. Add the reports you found (two or more about the same event), and Parallax
          shows what they agree on, what only one of them says, and where they contradict each
          other.
        </p>
      ) : (
        <ol className="grid gap-2 lg:grid-cols-2">
          {articles.map((article, column) => (
            <ArticleRow
              key={article.id}
              article={article}
              column={column}
              count={articles.length}
              onEdit={(patch) => onEdit(article.id, patch)}
              onMove={(offset) => onMove(article.id, offset)}
              onRemove={() => onRemove(article.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
