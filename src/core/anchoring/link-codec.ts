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
 * Text is encoded by `encodeLinkText` (`+` for a space). A reader ignores fields it does not
 * know, so fields can be added within v1; any other change raises the version.
 */

/** The format version this code writes and reads. */
export const LINK_VERSION = 1;

/** Hashes longer than this are refused without being parsed. */
export const MAX_LINK_LENGTH = 4096;

/** The most passages one link holds (a fact: one per article; a disagreement: its sides). */
export const MAX_PASSAGES = 8;

/** What a link points at. A sentence or span link holds one passage; a fact or disagreement 2–8. */
export type ClaimKind = 'sentence' | 'span' | 'fact' | 'disagreement';

/** One passage of a link: the article it is in and its description. */
export type LinkedPassage = { article: ArticleRef; selector: PassageSelector };

/** A claim link, decoded. */
export type ClaimLink = { story: string; kind: ClaimKind; passages: LinkedPassage[] };

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
  const maxQuote = link.passages.length > 1 ? 60 : 80;
  const groups = link.passages.map(({ article, selector }) => {
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
  const story = encodeLinkText(link.story, ':');
  return `/${ROOT}/v${LINK_VERSION}/${story}/${KIND_CODES[link.kind]}?${groups.join('&')}`;
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
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      message: `This link is too long to be a Parallax claim link (over ${MAX_LINK_LENGTH} characters).`,
    };
  }
  if (!body.startsWith(`/${ROOT}/`)) {
    return { ok: false, message: 'This address does not point to a claim in Parallax.' };
  }
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
  return { ok: true, link: { story, kind, passages } };
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
    if (name === 'a') groups.push(new Map());
    const group = groups[groups.length - 1];
    if (!group) return 'a passage does not start with its article (a)';
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
