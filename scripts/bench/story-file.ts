import type { ArticleInput } from '../../src/core/types';
import { articleFingerprint, intakeText } from '../../src/features/library/lib/article-intake';
import { serializeStory } from '../../src/features/library/lib/parallax-file';
import { userStoryId } from '../../src/features/library/lib/story-ids';
import type { LibraryStory } from '../../src/features/library/lib/library-types';

/** A fixed time, so the story file is the same on every run. */
const ADDED_AT = '2024-01-01T00:00:00.000Z';

/**
 * A `.parallax.json` story file of `inputs`, as the app would export it after a reader added
 * them one by one (the library's own intake infers each title, outlet and date). Throws when
 * the app would refuse an article.
 *
 * @example JSON.parse(storyFileOf('Bench', inputs)).story.articles.length === inputs.length // true
 */
export function storyFileOf(title: string, inputs: readonly ArticleInput[]): string {
  const story: LibraryStory = {
    id: userStoryId(`bench|${title}`),
    title,
    createdAt: ADDED_AT,
    updatedAt: ADDED_AT,
    articles: [],
  };
  for (const input of inputs) {
    const result = intakeText(
      story,
      { file: input.file, text: input.text, notices: [] },
      (a) => articleFingerprint(a.file, a.source),
      ADDED_AT,
    );
    if (!result.ok) throw new Error(result.message);
    story.articles.push(result.article);
  }
  return serializeStory(story, ADDED_AT);
}
