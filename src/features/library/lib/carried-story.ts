import type { CarriedStory } from '../../../core/anchoring/link-codec';
import { MAX_CARRIED_LENGTH } from '../../../core/anchoring/link-codec';
import { formatMegabytes } from '../../../core/limits';
import { decodeBase64url, encodeBase64url } from './base64url';
import type { LibraryStory } from './library-types';
import { contentHash } from './story-content';
import { parseStoryFile, STORY_FILE_FORMAT, STORY_FILE_VERSION } from './parallax-file';
import type { StoryFile } from './parallax-file';

/**
 * A reader's story carried in a claim link: its story file (the `.parallax.json` export,
 * without indentation), deflated (`CompressionStream('deflate-raw')`) and base64url-encoded,
 * with a hash of its content. A carried story is untrusted input: it is read with the limits
 * and checks of an import, plus a limit on what it may unpack to.
 */

/**
 * The longest link that carries a story, address included: what chat tools, mail and the
 * redirectors of mail scanners keep (docs/decisions/0013-links-that-carry-stories.md).
 */
export const MAX_SHARED_LINK_LENGTH = 8000;

/** A copied link that could not carry its story: how long it would have been. */
export type TooLargeForLink = { length: number };

/**
 * The most a carried story may unpack to. A link of 8,000 characters holds 6 KB of deflate,
 * which real stories fill at 2–3 times their size; 1 MB leaves room for any of them and stops a
 * crafted one (deflate unpacks up to ~1,000 times its size) long before it fills memory.
 */
export const MAX_CARRIED_STORY_BYTES = 1024 * 1024;

/**
 * Whether a story is certainly too large to travel in a link: its articles' text alone is more
 * than a carried story may unpack to (characters are at least bytes), so no link could carry it
 * and packing it (deflating megabytes on the page) would be wasted.
 *
 * @example tooLargeToCarry({ ...story, articles: [] }) // false
 */
export function tooLargeToCarry(story: Pick<LibraryStory, 'articles'>): boolean {
  let chars = 0;
  for (const article of story.articles) chars += article.source.length;
  return chars > MAX_CARRIED_STORY_BYTES;
}

/** Bytes through a compression or decompression stream, all of them. */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream,
): Promise<Uint8Array> {
  const buffer = await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(buffer);
}

/**
 * The story packed for a link: its story file deflated and base64url-encoded, and its hash.
 *
 * @example (await packStory(story, new Date().toISOString())).story // 'rVPBbtswDP0V…'
 */
export async function packStory(story: LibraryStory, exportedAt: string): Promise<CarriedStory> {
  const file: StoryFile = {
    format: STORY_FILE_FORMAT,
    version: STORY_FILE_VERSION,
    exportedAt,
    story,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(file));
  const packed = await through(bytes, new CompressionStream('deflate-raw'));
  return { story: encodeBase64url(packed), hash: contentHash(story) };
}

/** Why an unpacked story was refused. */
export type UnpackRefusal = 'too-large' | 'damaged';

/**
 * Inflates `bytes`, reading at most `limit` bytes of output: more is refused as soon as it is
 * seen (the stream is cancelled; nothing larger is ever held), as is data that is not deflate.
 *
 * @example await inflateWithin(bomb, 1024 * 1024) // { ok: false, refusal: 'too-large' }
 */
export async function inflateWithin(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; refusal: UnpackRefusal }> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, refusal: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, refusal: 'damaged' };
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}

/** A carried story read back, or why it was refused (a sentence for the reader). */
export type UnpackResult = { ok: true; story: LibraryStory } | { ok: false; message: string };

const NOTHING_KEPT = 'Nothing was opened or saved.';

/**
 * Reads a story carried in a link, as strictly as an imported file: its size before (within
 * `MAX_CARRIED_LENGTH` characters of base64url) and after unpacking (`MAX_CARRIED_STORY_BYTES`),
 * then the import's reader (`parseStoryFile`: format, fields, article count and sizes), then
 * its hash. Never throws.
 *
 * @example await unpackStory(link.carried) // { ok: true, story } or { ok: false, message: '…' }
 */
export async function unpackStory(carried: CarriedStory): Promise<UnpackResult> {
  const refuse = (why: string): UnpackResult => ({ ok: false, message: `${why} ${NOTHING_KEPT}` });
  if (carried.story.length > MAX_CARRIED_LENGTH) {
    return refuse('The story in this link is larger than a link may carry.');
  }
  const packed = decodeBase64url(carried.story);
  if (!packed) return refuse('The story in this link is damaged (it is not base64url).');
  const inflated = await inflateWithin(packed, MAX_CARRIED_STORY_BYTES);
  if (!inflated.ok) {
    return refuse(
      inflated.refusal === 'too-large'
        ? `The story in this link unpacks to more than ${formatMegabytes(MAX_CARRIED_STORY_BYTES, 'short')}, more than any link can hold: it was refused.`
        : 'The story in this link is damaged: it could not be unpacked. Ask for the link again.',
    );
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refuse('The story in this link is damaged: it is not UTF-8 text.');
  }
  const parsed = parseStoryFile(json);
  if (!parsed.ok) {
    return refuse(`The story in this link is not a valid Parallax story: ${parsed.message}`);
  }
  if (contentHash(parsed.story) !== carried.hash) {
    return refuse(
      'The story in this link does not match its fingerprint: the link was changed or cut.',
    );
  }
  return { ok: true, story: parsed.story };
}
