import {
  checkArticleText,
  decodeInput,
  MAX_ARTICLE_BYTES,
} from '../../../core/ingest/decode-input';
import { detectFormat } from '../../../core/ingest/detect-format';
import { ingestArticle } from '../../../core/ingest/ingest-article';
import { fnv1a } from '../../../core/util/hash';
import { articleId } from './story-ids';
import type { LibraryArticle, LibraryStory } from './library-types';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { storyTooLarge } from './story-size';
import { STORY_FILE_LIMITS } from './story-file-limits';

/** The file types the add-article form takes, for the file picker's `accept`. */
export const ACCEPTED_FILE_TYPES =
  '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** An article ready to add, or why it cannot be added (one sentence, for the reader). */
export type IntakeResult = { ok: true; article: LibraryArticle } | { ok: false; message: string };

/**
 * What identifies an article's content whatever its form: its readable text (markup reduced)
 * with spacing and case folded. The same report pasted and dropped as a file match.
 *
 * @example articleFingerprint('a.txt', 'The  Bridge\nclosed.') === articleFingerprint('b.txt', 'the bridge closed.') // true
 */
export function articleFingerprint(file: string, source: string): string {
  return readableFingerprint(ingestArticle({ file, text: source }).text);
}

function readableFingerprint(readable: string): string {
  return fnv1a(readable.replace(/\s+/g, ' ').trim().toLowerCase());
}

const NO_READABLE_TEXT = 'there is no readable text in it (only markup or scripts)';

/**
 * Why an article's source, given as text (an imported story's), cannot be an article, as the
 * paste and the drop refuse it: only whitespace or invisible characters, a binary file read as
 * text, or markup with no readable text. Null when it can be read.
 *
 * @example unreadableSource('a.html', '<script>x()</script>') // 'there is no readable text in it (only markup or scripts)'
 */
export function unreadableSource(file: string, source: string): string | null {
  const problem = checkArticleText(source);
  if (problem) return problem;
  if (detectFormat(source, file) === 'text') return null;
  return ingestArticle({ file, text: source }).text.trim() === '' ? NO_READABLE_TEXT : null;
}

/**
 * A name for the n-th pasted text of a story that no article of it has yet.
 *
 * @example pastedFileName([]) // 'pasted-1.txt'
 */
export function pastedFileName(existing: readonly Pick<LibraryArticle, 'file'>[]): string {
  const taken = new Set(existing.map((a) => a.file));
  let n = 1;
  while (taken.has(`pasted-${n}.txt`)) n++;
  return `pasted-${n}.txt`;
}

/**
 * Turns decoded text into a library article, with its title, outlet and date inferred, after
 * checking what only the story can tell: room for one more article (in number and in total
 * size), and not the same article twice. `fingerprints` gives the fingerprint of each article
 * already in the story (callers cache them).
 */
export function intakeText(
  story: Pick<LibraryStory, 'articles'>,
  input: { file: string; text: string; notices: string[] },
  fingerprintOf: (article: LibraryArticle) => string,
  now: string,
): IntakeResult {
  if (story.articles.length >= MAX_ARTICLES_PER_STORY) {
    return {
      ok: false,
      message: `${input.file}: this story already has ${MAX_ARTICLES_PER_STORY} articles, the most it can hold. Remove one first.`,
    };
  }
  const tooLarge = storyTooLarge([...story.articles, { file: input.file, source: input.text }]);
  if (tooLarge) {
    return {
      ok: false,
      message: `${input.file}: not added, ${tooLarge}. Remove an article to make room.`,
    };
  }
  const ingested = ingestArticle({ file: input.file, text: input.text });
  if (ingested.text.trim() === '') {
    return { ok: false, message: `${input.file}: ${NO_READABLE_TEXT}.` };
  }
  const fingerprint = readableFingerprint(ingested.text);
  const twin = story.articles.find((a) => fingerprintOf(a) === fingerprint);
  if (twin) {
    return {
      ok: false,
      message: `${input.file}: this article is already in the story (as “${twin.title.trim() || twin.file}”).`,
    };
  }
  const { metadata } = ingested;
  return {
    ok: true,
    article: {
      id: articleId(input.text, now),
      file: input.file,
      source: input.text,
      // A story file holds fields up to these lengths: what is added here exports and imports.
      title: metadata.title.slice(0, STORY_FILE_LIMITS.title),
      outlet: metadata.outlet?.slice(0, STORY_FILE_LIMITS.outlet) ?? null,
      published: metadata.published,
      addedAt: now,
      notices: input.notices,
    },
  };
}

/**
 * Checks bytes (a file's, or pasted text encoded as UTF-8) with the core's decoder, then takes
 * them in: empty, whitespace-only, binary or oversized input, a full story, a story that would
 * grow past the core's total size limit and a duplicate are refused with a message; other
 * encodings and languages come with a notice.
 *
 * @example intakeBytes(story, new TextEncoder().encode('   '), 'Pasted text', fp, now)
 *   // { ok: false, message: 'Pasted text: the file holds only whitespace' }
 */
export function intakeBytes(
  story: Pick<LibraryStory, 'articles'>,
  bytes: Uint8Array,
  file: string,
  fingerprintOf: (article: LibraryArticle) => string,
  now: string,
): IntakeResult {
  const decoded = decodeInput(bytes, file);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  return intakeText(
    story,
    { file, text: decoded.text, notices: decoded.notices },
    fingerprintOf,
    now,
  );
}

/**
 * Takes in pasted text: refused when empty or only whitespace (before anything else, with a
 * message about the paste), else checked like a file's bytes and named "pasted-N.txt".
 *
 * @example intakePaste(story, '  \n ', fp, now) // { ok: false, message: 'The pasted text is empty: …' }
 */
export function intakePaste(
  story: Pick<LibraryStory, 'articles'>,
  text: string,
  fingerprintOf: (article: LibraryArticle) => string,
  now: string,
): IntakeResult {
  if (text.trim() === '') {
    return {
      ok: false,
      message:
        text === ''
          ? 'The pasted text is empty: paste an article first.'
          : 'The pasted text holds only spaces and line breaks: paste an article first.',
    };
  }
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `The pasted text is too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB per article).`,
    };
  }
  return intakeBytes(story, bytes, pastedFileName(story.articles), fingerprintOf, now);
}
