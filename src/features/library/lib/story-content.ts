import { fnv1a } from '../../../core/util/hash';
import type { LibraryStory } from './library-types';

/**
 * What makes two stories the same story: their name and articles, each field in a fixed order
 * (not when the story was saved or exported). Import and links compare stories by it.
 *
 * @example storyContent(story) === storyContent({ ...story, updatedAt: later }) // true
 */
export function storyContent(story: LibraryStory): string {
  const articles = story.articles.map((a) => [
    a.id,
    a.file,
    a.title,
    a.outlet,
    a.published,
    a.addedAt,
    a.notices,
    a.source,
  ]);
  return JSON.stringify([story.title, articles]);
}

/**
 * A 64-bit hash of `storyContent`, 16 hex digits: a carried story is checked against it, and a
 * library that already holds this very story opens its own copy.
 *
 * @example contentHash(story) // 'a1b2c3d40f9e8d7c'
 */
export function contentHash(story: LibraryStory): string {
  const content = storyContent(story);
  return `${fnv1a(content)}${fnv1a(`${content.length}:${content}`)}`;
}
