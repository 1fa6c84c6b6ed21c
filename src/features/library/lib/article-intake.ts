import { checkArticleText, decodeInput } from '../../../core/ingest/decode-input';
import { detectFormat } from '../../../core/ingest/detect-format';
import { ingestArticle, type IngestOptions } from '../../../core/ingest/ingest-article';
import { hostOf, outletFromHost } from '../../../core/ingest/outlet';
import { fnv1a } from '../../../core/util/hash';
import { articleId } from './story-ids';
import type { LibraryArticle, LibraryStory } from './library-types';
import {
  MAX_ARTICLE_BYTES,
  MAX_ARTICLES_PER_STORY,
  tooLargeForArticle,
} from '../../../core/limits';
import { storyTooLarge } from './story-size';
import { STORY_FILE_LIMITS } from './story-file-limits';

/** The file types the add-article form takes, for the file picker's `accept`. */
export const ACCEPTED_FILE_TYPES =
  '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** An article ready to add, or why it cannot be added (one sentence, for the reader). */
export type IntakeResult = { ok: true; article: LibraryArticle } | { ok: false; message: string };

/** What the reader may state about an article when adding it (the paste form's fields). */
export type ArticleDetails = Pick<LibraryArticle, 'title' | 'outlet' | 'published'> & {
  url: string | null;
};

/** How an article is taken in. */
export type IntakeOptions = {
  /** How web pages are read (on the page: a reader view in the browser's own DOM). */
  reading?: IngestOptions;
  /**
   * What the reader stated. A field left out is read from the text; a blank one means "none"
   * (a blank title: read from the text).
   */
  details?: Partial<ArticleDetails>;
};

/**
 * The title, outlet, date and address that an article states, as the core infers them: what
 * the paste form shows before the reader changes anything. Without an outlet of its own, an
 * article with an address is named after the site.
 *
 * @example inferArticleDetails('a.txt', 'Bridge closed\n\nSource: https://www.harbourpost.com/x\n\nText.').outlet // 'Harbourpost'
 */
export function inferArticleDetails(
  file: string,
  text: string,
  reading: IngestOptions = {},
): ArticleDetails {
  const { metadata } = ingestArticle({ file, text }, reading);
  return {
    title: metadata.title === file ? '' : metadata.title,
    outlet: metadata.outlet,
    published: metadata.published,
    url: metadata.url && /^https?:\/\//i.test(metadata.url) ? metadata.url : null,
  };
}

/**
 * The outlet to name an article after when only its address is known ("harbourpost.com" →
 * "Harbourpost"), or null for something that is not a web address.
 *
 * @example outletFromAddress('https://www.nytimes.com/2024/x.html') // 'The New York Times'
 */
export function outletFromAddress(url: string, text = ''): string | null {
  const host = /^https?:\/\//i.test(url.trim()) ? hostOf(url) : null;
  return host ? outletFromHost(host, text) : null;
}

/** A web address an article may keep: http or https, no spaces. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\S*$/i;

/** A text that is nothing but a web address: what someone pastes who means "fetch this". */
const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * What to tell someone who pasted a web address instead of an article, or null when the text
 * is not a bare address. `canFetch`: whether this copy of the app can fetch pages.
 *
 * @example bareAddressMessage('https://example.com/story', true) // 'That is a web address, …'
 */
export function bareAddressMessage(text: string, canFetch: boolean): string | null {
  if (!BARE_ADDRESS.test(text.trim())) return null;
  return canFetch
    ? 'That is a web address, not an article. Put it in “Add by address” to fetch the page, or paste the article’s text here.'
    : 'That is a web address, not an article. Paste the article’s text here, or save the page and drop the file below (fetching pages needs the app’s own server, npm start).';
}

/**
 * What identifies an article's content whatever its form: its readable text (markup reduced)
 * with spacing and case folded. The same report pasted and dropped as a file match.
 *
 * @example articleFingerprint('a.txt', 'The  Bridge\nclosed.') === articleFingerprint('b.txt', 'the bridge closed.') // true
 */
export function articleFingerprint(
  file: string,
  source: string,
  reading: IngestOptions = {},
): string {
  return readableFingerprint(ingestArticle({ file, text: source }, reading).text);
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
  options: IntakeOptions = {},
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
  const statedUrl = options.details?.url?.trim();
  if (statedUrl && !WEB_ADDRESS.test(statedUrl)) {
    return {
      ok: false,
      message: `${input.file}: not added, “${statedUrl.slice(0, 80)}” is not a web address. An address starts with http:// or https://; leave the field blank if there is none.`,
    };
  }
  const ingested = ingestArticle({ file: input.file, text: input.text }, options.reading);
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
  const stated = options.details ?? {};
  // A field the reader left alone is read from the text; one they emptied stays empty.
  const given = (value: string | null | undefined): string | null | undefined =>
    value === undefined ? undefined : value?.trim() || null;
  const url =
    given(stated.url) === undefined
      ? metadata.url && WEB_ADDRESS.test(metadata.url)
        ? metadata.url
        : null
      : (given(stated.url) ?? null);
  return {
    ok: true,
    article: {
      id: articleId(input.text, now),
      file: input.file,
      source: input.text,
      // A story file holds fields up to these lengths: what is added here exports and imports.
      title: (given(stated.title) || metadata.title).slice(0, STORY_FILE_LIMITS.title),
      outlet:
        (given(stated.outlet) === undefined
          ? (metadata.outlet ?? (url ? outletFromAddress(url, ingested.text) : null))
          : (given(stated.outlet) ?? null)
        )?.slice(0, STORY_FILE_LIMITS.outlet) ?? null,
      published:
        given(stated.published) === undefined
          ? metadata.published
          : (given(stated.published) ?? null),
      url: url && url.length <= STORY_FILE_LIMITS.url ? url : null,
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
  options: IntakeOptions = {},
): IntakeResult {
  const decoded = decodeInput(bytes, file);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  return intakeText(
    story,
    { file, text: decoded.text, notices: decoded.notices },
    fingerprintOf,
    now,
    options,
  );
}

/**
 * Takes in pasted text: refused when empty or only whitespace (before anything else, with a
 * message about the paste) or when it is only a web address (with what to do instead), else
 * checked like a file's bytes and named "pasted-N.txt". `canFetch`: whether the app can fetch
 * pages by address.
 *
 * @example intakePaste(story, '  \n ', fp, now) // { ok: false, message: 'The pasted text is empty: …' }
 */
export function intakePaste(
  story: Pick<LibraryStory, 'articles'>,
  text: string,
  fingerprintOf: (article: LibraryArticle) => string,
  now: string,
  options: IntakeOptions & { canFetch?: boolean } = {},
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
  const address = bareAddressMessage(text, options.canFetch ?? false);
  if (address) return { ok: false, message: address };
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `The pasted text is ${tooLargeForArticle(bytes.length, 'short')}.`,
    };
  }
  return intakeBytes(story, bytes, pastedFileName(story.articles), fingerprintOf, now, options);
}
