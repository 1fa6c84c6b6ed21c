import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_CARRIED_LENGTH } from '../../../core/anchoring/link-codec';
import { encodeBase64url } from './base64url';
import {
  inflateWithin,
  MAX_CARRIED_STORY_BYTES,
  packStory,
  tooLargeToCarry,
  unpackStory,
} from './carried-story';
import { serializeStory } from './parallax-file';
import { contentHash } from './story-content';
import { testArticle, testStory } from './test-story';

const story = testStory([
  testArticle('a-1', 'The bridge closed on Tuesday after a crack was found, officials said.'),
  testArticle('a-2', '<p>Engineers found a crack; the bridge <b>closed</b> on Tuesday.</p>', {
    file: 'b.html',
    outlet: 'The Courier',
    published: '2024-05-01',
  }),
]);
const AT = '2024-05-02T08:00:00.000Z';

/** A payload of any bytes, deflated and encoded as a link carries it. */
const carry = (bytes: Uint8Array | string, hash = contentHash(story)) => ({
  story: encodeBase64url(deflateRawSync(bytes)),
  hash,
});

describe('packStory / unpackStory', () => {
  it('round-trips a story through its link form, smaller than its file', async () => {
    const packed = await packStory(story, AT);
    expect(packed.story).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.hash).toBe(contentHash(story));
    expect(packed.story.length).toBeLessThan(serializeStory(story, AT).length);
    expect(await unpackStory(packed)).toEqual({ ok: true, story });
  });

  it('reads a story file deflated by another implementation (zlib)', async () => {
    expect(await unpackStory(carry(serializeStory(story, AT)))).toEqual({ ok: true, story });
  });

  it('refuses a story that does not match its hash', async () => {
    const result = await unpackStory(carry(serializeStory(story, AT), '0123456789abcdef'));
    expect(result.ok || result.message).toMatch(/does not match its fingerprint.*Nothing was/);
  });

  it('refuses a decompression bomb once it passes the limit, without unpacking the rest', async () => {
    // 5 MB of zeros deflate to ~5 KB: a link of 6,700 characters.
    const bomb = carry(new Uint8Array(5 * 1024 * 1024));
    expect(bomb.story.length).toBeLessThan(MAX_CARRIED_LENGTH);
    const result = await unpackStory(bomb);
    expect(result.ok || result.message).toMatch(/unpacks to more than 1 MB/);
  });

  it('refuses damaged data, text that is not UTF-8, and a payload over the link limit', async () => {
    const packed = await packStory(story, AT);
    const cases: [{ story: string; hash: string }, RegExp][] = [
      [{ ...packed, story: packed.story.slice(0, 40) }, /could not be unpacked/],
      [{ ...packed, story: 'not base64!' }, /not base64url/],
      [carry(new Uint8Array([0xff, 0xfe, 0x00])), /not UTF-8/],
      [{ ...packed, story: 'A'.repeat(MAX_CARRIED_LENGTH + 4) }, /larger than a link may carry/],
    ];
    for (const [carried, message] of cases) {
      const result = await unpackStory(carried);
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    // Characters changed in the middle: refused one way or another (deflate, UTF-8, JSON, hash).
    for (let at = 10; at < packed.story.length - 10; at += 37) {
      const flipped = packed.story[at] === 'A' ? 'B' : 'A';
      const story = `${packed.story.slice(0, at)}${flipped}${packed.story.slice(at + 1)}`;
      const result = await unpackStory({ ...packed, story });
      expect(result.ok || result.message, `changed at ${at}`).toMatch(
        /Nothing was opened or saved/,
      );
    }
  });

  it('refuses, as an import does, a story that breaks the file contract', async () => {
    const file = JSON.parse(serializeStory(story, AT)) as Record<string, unknown>;
    const withExtra = { ...file, story: { ...story, owner: 'me' } };
    const badId = { ...file, story: { ...story, id: '../../etc' } };
    const tooMany = {
      ...file,
      story: {
        ...story,
        articles: Array.from({ length: 13 }, (_, i) => testArticle(`a${i}`, 'x')),
      },
    };
    for (const [data, message] of [
      [{ format: 'something-else' }, /not a Parallax story file/],
      [withExtra, /unknown field "owner"/],
      [badId, /not a valid story id/],
      [tooMany, /at most 12/],
      ['{"format":', /not valid JSON/],
    ] as const) {
      const json = typeof data === 'string' ? data : JSON.stringify(data);
      const result = await unpackStory(carry(json));
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^The story in this link is not a valid Parallax story/);
        expect(result.message).toMatch(message);
      }
    }
  });
});

describe('inflateWithin', () => {
  it('gives the bytes within the limit, and refuses one byte more', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(1000));
    const packed = new Uint8Array(deflateRawSync(bytes));
    expect(await inflateWithin(packed, 1000)).toEqual({ ok: true, bytes });
    expect(await inflateWithin(packed, 999)).toEqual({ ok: false, refusal: 'too-large' });
    expect(MAX_CARRIED_STORY_BYTES).toBe(1024 * 1024);
  });
});

describe('tooLargeToCarry', () => {
  it('says so only when the text alone is more than a carried story may unpack to', async () => {
    expect(tooLargeToCarry(story)).toBe(false);
    const atLimit = testStory([testArticle('a-1', 'x'.repeat(MAX_CARRIED_STORY_BYTES))]);
    expect(tooLargeToCarry(atLimit)).toBe(false);
    const over = testStory([
      testArticle('a-1', 'x'.repeat(MAX_CARRIED_STORY_BYTES / 2)),
      testArticle('a-2', 'y'.repeat(MAX_CARRIED_STORY_BYTES / 2 + 1)),
    ]);
    expect(tooLargeToCarry(over)).toBe(true);
    // Such a story, packed, would be refused by whoever opens the link.
    const unpacked = await unpackStory(await packStory(over, AT));
    expect(unpacked.ok).toBe(false);
  });
});
