import type { ArticleRef } from './article-ref';
import { abridgeSelector } from './quote-selector';
import type { PassageSelector } from './quote-selector';
import { decodeLinkText, encodeLinkText } from './url-text';

/**
 * Claim links in the URL hash (format v1), e.g.
 *
 *     #/claim/v1/seed:kerry-lavrov-2014/s?a=1.c8a5c70d&p=…&q=…&t=…&x=…&r=1057-1153
 *
 * `claim` marks the hash as ours, `v1` is the format version, then the story id and the kind of
 * claim: `s` a sentence, `p` a span inside one (a figure, a quote), `f` a shared fact, `d` a
 * disagreement. The query holds one group of fields per passage, each group opened by `a`:
 *
 * - `a` the article: `<index>.<key>` (`ArticleRef`; the key wins, the index is a hint);
 * - `q` the quote, or its opening words when it was abridged; `t` its closing words then;
 * - `p`, `x` the context before and after the passage (omitted when empty);
 * - `r` the position hint `<start>-<end>`, last, so that a link ends in a digit (chat apps drop
 *   a trailing full stop from a link).
 *
 * A passage of a story the app ships may instead be named by its key in the story's passage
 * register (`passage-register.ts`): a group opened by `k=<key>`, or `k=<key>.<start>-<end>` for
 * a span of that sentence (offsets in the sentence). Such a short link carries no text.
 *
 * A link to a reader's story may carry the story itself: `c` (the story file, deflated,
 * base64url) and `h` (its content hash, 16 hex digits), written last. They belong to the whole
 * link; the reader hands them on undecoded (`ClaimLink.carried`).
 *
 * Text is encoded by `encodeLinkText` (`+` for a space). A reader ignores fields it does not
 * know, so fields can be added within v1; any other change raises the version.
 */

/** The format version this code writes and reads. */
export const LINK_VERSION = 1;

/** Hashes longer than this (not counting a carried story) are refused without being parsed. */
export const MAX_LINK_LENGTH = 4096;

/**
 * The most characters a short link (passages named by register keys) takes after the app's
 * address, `?name=` included: short enough for any chat, a tweet or a printed page.
 */
export const SHORT_LINK_LENGTH = 120;

/**
 * The longest carried story (`c`) read, in characters: a shared link stays within 8,000
 * characters in all (docs/decisions/0013-links-that-carry-stories.md), its story too.
 */
export const MAX_CARRIED_LENGTH = 8000;

/** The most passages one link holds (a fact: one per article; a disagreement: its sides). */
export const MAX_PASSAGES = 8;

/** What a link points at. A sentence or span link holds one passage; a fact or disagreement 2–8. */
export type ClaimKind = 'sentence' | 'span' | 'fact' | 'disagreement';

/** A passage described by the link: the article it is in and its description. */
export type DescribedPassage = { article: ArticleRef; selector: PassageSelector };

/**
 * A passage named by its key in the story's passage register (a short link), with the offsets
 * of a span inside the registered sentence, if it is one.
 */
export type RegisteredRef = { key: string; within?: { start: number; end: number } };

/** One passage of a link. */
export type LinkedPassage = DescribedPassage | RegisteredRef;

/** A story carried in a link: the story file, deflated and base64url-encoded, and its hash. */
export type CarriedStory = { story: string; hash: string };

/** A claim link, decoded. */
export type ClaimLink = {
  story: string;
  kind: ClaimKind;
  passages: LinkedPassage[];
  carried?: CarriedStory;
};

/** Whether a passage is named by a register key rather than described. */
export function isRegisteredRef(passage: LinkedPassage): passage is RegisteredRef {
  return 'key' in passage;
}

/**
 * The longest quote a link keeps whole (longer ones keep their opening and closing words): 80
 * characters, 60 when the link holds several passages.
 *
 * @example linkQuoteLimit(1) // 80
 */
export function linkQuoteLimit(passages: number): number {
  return passages > 1 ? 60 : 80;
}

/** The result of `decodeLink`: the link, or a message to show the reader. */
export type DecodeResult = { ok: true; link: ClaimLink } | { ok: false; message: string };

const ROOT = 'claim';
const KIND_CODES: Record<ClaimKind, string> = {
  sentence: 's',
  span: 'p',
  fact: 'f',
  disagreement: 'd',
};

/** Longest decoded fields accepted (generous: a link abridges quotes to ~80 characters). */
const MAX_STORY = 200;
const MAX_KEY = 100;
const MAX_QUOTE = 400;
const MAX_CONTEXT = 200;
const MAX_OFFSET = 1e9;
const CONTENT_HASH = /^[0-9a-f]{16}$/;

/** A passage key in a short link (`passage-register.ts`): six letters and digits. */
export const PASSAGE_KEY = /^[0-9A-Za-z]{6}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function passageCountError(kind: ClaimKind, count: number): string | null {
  const single = kind === 'sentence' || kind === 'span';
  if (single && count !== 1) return `a ${kind} link holds one passage, this one has ${count}`;
  if (!single && (count < 2 || count > MAX_PASSAGES)) {
    return `a ${kind} link holds 2 to ${MAX_PASSAGES} passages, this one has ${count}`;
  }
  return null;
}

/**
 * The hash (without '#') that links to `link`. Each description is abridged
 * (`abridgeSelector`): quotes over 80 characters keep their opening and closing words (60 when
 * a link holds several passages), so a sentence link stays around 250–300 characters; the
 * passage found from it still spans the whole sentence. Throws a RangeError on a link that
 * could not be decoded again (no story, wrong number of passages, empty quote).
 *
 * @example encodeLink({ story: 'seed:kerry-lavrov-2014', kind: 'span', passages: [passage] })
 *   // '/claim/v1/seed:kerry-lavrov-2014/p?a=1.c8a5c70d&p=…&q=100%2C000&x=…&r=1080-1087'
 */
export function encodeLink(link: ClaimLink): string {
  const countError = passageCountError(link.kind, link.passages.length);
  if (countError) throw new RangeError(`encodeLink: ${countError}`);
  if (!link.story || link.story.length > MAX_STORY) {
    throw new RangeError('encodeLink: the story id is empty or too long');
  }
  const maxQuote = linkQuoteLimit(link.passages.length);
  const groups = link.passages.map((passage) => {
    if (isRegisteredRef(passage)) return registeredGroup(passage);
    const { article, selector } = passage;
    if (!selector.exact) throw new RangeError('encodeLink: a passage has an empty quote');
    if (!Number.isInteger(article.index) || article.index < 0 || article.index > 9999) {
      throw new RangeError(`encodeLink: article index ${article.index} is not in 0..9999`);
    }
    if (!article.key || article.key.length > MAX_KEY) {
      throw new RangeError('encodeLink: the article key is empty or too long');
    }
    const s = abridgeSelector(selector, { maxQuote });
    const fields = [`a=${article.index}.${encodeLinkText(article.key)}`];
    if (s.prefix) fields.push(`p=${encodeLinkText(s.prefix)}`);
    fields.push(`q=${encodeLinkText(s.exact)}`);
    if (s.tail !== undefined) fields.push(`t=${encodeLinkText(s.tail)}`);
    if (s.suffix) fields.push(`x=${encodeLinkText(s.suffix)}`);
    fields.push(`r=${s.start}-${s.end}`);
    return fields.join('&');
  });
  if (link.carried) groups.push(carriedFields(link.carried));
  const story = encodeLinkText(link.story, ':');
  return `/${ROOT}/v${LINK_VERSION}/${story}/${KIND_CODES[link.kind]}?${groups.join('&')}`;
}

function registeredGroup({ key, within }: RegisteredRef): string {
  if (!PASSAGE_KEY.test(key)) throw new RangeError(`encodeLink: “${key}” is not a passage key`);
  if (!within) return `k=${key}`;
  const { start, end } = within;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end) {
    throw new RangeError(`encodeLink: [${start}, ${end}) is not a span of the sentence`);
  }
  return `k=${key}.${start}-${end}`;
}

function carriedFields({ story, hash }: CarriedStory): string {
  if (!BASE64URL.test(story) || story.length > MAX_CARRIED_LENGTH || !CONTENT_HASH.test(hash)) {
    throw new RangeError('encodeLink: the carried story is not base64url within the limit');
  }
  return `c=${story}&h=${hash}`;
}

const damaged = (detail: string): DecodeResult => ({
  ok: false,
  message: `This claim link is damaged (${detail}). Ask for the link again, or open the story and find the passage there.`,
});

/**
 * Reads a claim link from a URL hash (with or without its '#'). Never throws: garbage, a hash
 * that belongs to another page or app, a link of another format version, an over-long hash or
 * a damaged field give `{ ok: false, message }`, a sentence to show the reader.
 *
 * @example decodeLink('#/claim/v1/seed:kerry-lavrov-2014/p?a=1.c8a5c70d&q=100%2C000&r=1080-1087')
 *   // { ok: true, link: { story: 'seed:kerry-lavrov-2014', kind: 'span', passages: [...] } }
 * @example decodeLink('#section-2') // { ok: false, message: 'This address does not point to…' }
 */
export function decodeLink(hash: unknown): DecodeResult {
  if (typeof hash !== 'string') return damaged('it is not text');
  const whole = hash.startsWith('#') ? hash.slice(1) : hash;
  const tooLong: DecodeResult = {
    ok: false,
    message: `This link is too long to be a Parallax claim link (over ${MAX_LINK_LENGTH} characters).`,
  };
  // Cheap first: nothing longer than a link and its carried story is split.
  if (whole.length > MAX_LINK_LENGTH + MAX_CARRIED_LENGTH + 32) return tooLong;
  if (!whole.startsWith(`/${ROOT}/`)) {
    return { ok: false, message: 'This address does not point to a claim in Parallax.' };
  }
  const split = splitCarried(whole);
  if (typeof split === 'string') return damaged(split);
  const { body, carried } = split;
  if (body.length > MAX_LINK_LENGTH) return tooLong;
  const [path = '', query, ...extra] = body.split('?');
  const segments = path.split('/');
  const version = /^v(\d{1,6})$/.exec(segments[2] ?? '');
  if (!version) return damaged('its format version is missing');
  if (Number(version[1]) !== LINK_VERSION) {
    return {
      ok: false,
      message: `This claim link uses format v${version[1]}, which this version of Parallax cannot read (it reads v${LINK_VERSION}). Try opening it in the latest version.`,
    };
  }
  if (segments.length !== 5 || query === undefined || extra.length > 0) {
    return damaged('its parts are not where they belong');
  }
  const story = decodeLinkText(segments[3] ?? '');
  if (!story || story.length > MAX_STORY || hasControlCharacter(story)) {
    return damaged('the story name is missing or unreadable');
  }
  const kind = (Object.keys(KIND_CODES) as ClaimKind[]).find((k) => KIND_CODES[k] === segments[4]);
  if (!kind) return damaged(`“${segments[4] ?? ''}” is not a kind of claim`);
  const passages = parsePassages(query);
  if (typeof passages === 'string') return damaged(passages);
  const countError = passageCountError(kind, passages.length);
  if (countError) return damaged(countError);
  return {
    ok: true,
    link: carried ? { story, kind, passages, carried } : { story, kind, passages },
  };
}

/**
 * The link without its carried story (`c`, `h`), and the story: each at most once, both or
 * neither, the story within `MAX_CARRIED_LENGTH` base64url characters. Only the query's fields
 * are looked at; the rest is left for `decodeLink`.
 */
function splitCarried(whole: string): { body: string; carried?: CarriedStory } | string {
  const at = whole.indexOf('?');
  if (at < 0) return { body: whole };
  const kept: string[] = [];
  let story: string | undefined;
  let hash: string | undefined;
  for (const field of whole.slice(at + 1).split('&')) {
    if (field.startsWith('c=')) {
      if (story !== undefined) return 'it carries two stories';
      story = field.slice(2);
    } else if (field.startsWith('h=')) {
      if (hash !== undefined) return 'it carries two story hashes';
      hash = field.slice(2);
    } else kept.push(field);
  }
  const body = `${whole.slice(0, at)}?${kept.join('&')}`;
  if (story === undefined && hash === undefined) return { body: whole };
  if (story === undefined || hash === undefined) return 'its story comes without its hash';
  if (story.length > MAX_CARRIED_LENGTH) {
    return `the story it carries is over ${MAX_CARRIED_LENGTH} characters`;
  }
  if (!BASE64URL.test(story)) return 'the story it carries is not base64url';
  if (!CONTENT_HASH.test(hash)) return 'the hash of its story is not 16 hex digits';
  return { body, carried: { story, hash } };
}

/**
 * The claim link in `hash` (with its '#') carrying `carried` instead of any story it carried.
 * Throws a RangeError when `hash` is not a claim link or `carried` is not a carried story.
 *
 * @example withCarriedStory('#/claim/v1/user:a1b2c3d4/s?a=0.k&q=x&r=0-1', packed)
 *   // '#/claim/v1/user:a1b2c3d4/s?a=0.k&q=x&r=0-1&c=…&h=…'
 */
export function withCarriedStory(hash: string, carried: CarriedStory): string {
  const plain = withoutCarriedStory(hash);
  if (plain === null) throw new RangeError('withCarriedStory: not a claim link');
  return `${plain}&${carriedFields(carried)}`;
}

/**
 * The same claim link without the story it carries, and, when `story` is given, naming that
 * story instead (a shared story saved under another id). Null when `hash` is not a claim link.
 *
 * @example withoutCarriedStory('#/claim/v1/user:a1b2c3d4/s?a=0.k&q=x&r=0-1&c=…&h=…')
 *   // '#/claim/v1/user:a1b2c3d4/s?a=0.k&q=x&r=0-1'
 */
export function withoutCarriedStory(hash: string, story?: string): string | null {
  const whole = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!whole.startsWith(`/${ROOT}/`)) return null;
  const split = splitCarried(whole);
  if (typeof split === 'string') return null;
  const [path = '', query = ''] = split.body.split('?');
  const segments = path.split('/');
  if (story !== undefined && segments.length === 5) segments[3] = encodeLinkText(story, ':');
  return `#${segments.join('/')}?${query}`;
}

/** Whether `text` holds a control character (line breaks, NUL…): no story id does. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** The passages of a link's query, or what is wrong with them. */
function parsePassages(query: string): LinkedPassage[] | string {
  const groups: Map<string, string>[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return `the field “${pair.slice(0, 20)}” has no value`;
    const name = pair.slice(0, eq);
    const value = decodeLinkText(pair.slice(eq + 1));
    if (value === null) return `the field “${name.slice(0, 20)}” is not properly encoded`;
    if (name === 'a' || name === 'k') groups.push(new Map());
    const group = groups[groups.length - 1];
    if (!group) return 'a passage does not start with its article (a) or its key (k)';
    if (group.has(name)) return `a passage has two “${name.slice(0, 20)}” fields`;
    group.set(name, value);
    if (groups.length > MAX_PASSAGES) return `it holds more than ${MAX_PASSAGES} passages`;
  }
  const passages: LinkedPassage[] = [];
  for (const [i, group] of groups.entries()) {
    const passage = parsePassage(group);
    if (typeof passage === 'string') return `passage ${i + 1}: ${passage}`;
    passages.push(passage);
  }
  return passages;
}

function parsePassage(fields: Map<string, string>): LinkedPassage | string {
  const key = fields.get('k');
  if (key !== undefined) {
    const named = /^([0-9A-Za-z]{6})(?:\.(\d{1,6})-(\d{1,6}))?$/.exec(key);
    if (!named) return 'its key is not six letters or digits';
    if (named[2] === undefined) return { key: named[1] ?? '' };
    const start = Number(named[2]);
    const end = Number(named[3]);
    if (!(start < end)) return 'its span is not “start-end”';
    return { key: named[1] ?? '', within: { start, end } };
  }
  const article = /^(\d{1,4})\.(.+)$/s.exec(fields.get('a') ?? '');
  if (!article || (article[2] ?? '').length > MAX_KEY) return 'its article is not “index.key”';
  const exact = fields.get('q') ?? '';
  const tail = fields.get('t');
  const prefix = fields.get('p') ?? '';
  const suffix = fields.get('x') ?? '';
  if (!exact) return 'its quote is missing';
  if (tail === '') return 'its closing words are empty';
  if (exact.length + (tail?.length ?? 0) > MAX_QUOTE) return 'its quote is too long';
  if (prefix.length > MAX_CONTEXT || suffix.length > MAX_CONTEXT) return 'its context is too long';
  const range = /^(\d{1,10})-(\d{1,10})$/.exec(fields.get('r') ?? '');
  const start = Number(range?.[1]);
  const end = Number(range?.[2]);
  if (!range || !(start < end) || end > MAX_OFFSET) return 'its position is not “start-end”';
  const selector: PassageSelector = { exact, prefix, suffix, start, end };
  if (tail !== undefined) selector.tail = tail;
  return { article: { index: Number(article[1]), key: article[2] ?? '' }, selector };
}
