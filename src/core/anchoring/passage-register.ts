import type { Span } from '../types';
import { articleKey } from './article-ref';
import type { ArticleRef } from './article-ref';
import { isRegisteredRef, linkQuoteLimit, PASSAGE_KEY } from './link-codec';
import type { ClaimLink, LinkedPassage } from './link-codec';
import {
  abridgeSelector,
  contextAround,
  describePassage,
  MAX_CONTEXT_LENGTH,
} from './quote-selector';
import type { PassageSelector } from './quote-selector';

/**
 * The passage register of a story the app ships: the description of every sentence it ever
 * published, under a short key. A short link names a key (and, for a figure or a quote, its
 * offsets in the sentence) instead of carrying the description; opening it rebuilds from the
 * register exactly the description a long link would carry, and anchors it the same way. The
 * register only grows: a sentence edited away keeps its entry, so links to it still re-anchor
 * (or are reported as orphans) after the story changes.
 */

/** One registered sentence: its article, where it was, its text and the context around it. */
export type RegisteredPassage = {
  article: ArticleRef;
  /** Where the sentence started in its article's text (a hint, like a link's `r`). */
  start: number;
  /** Up to `MAX_CONTEXT_LENGTH` characters before the sentence. */
  prefix: string;
  /** The sentence. */
  exact: string;
  /** Up to `MAX_CONTEXT_LENGTH` characters after it. */
  suffix: string;
};

/** A story's register: key → registered sentence. */
export type PassageRegister = ReadonlyMap<string, RegisteredPassage>;

/** Characters of a passage key (base62: 62⁶ ≈ 5.7 × 10¹⁰ keys). */
export const PASSAGE_KEY_LENGTH = 6;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** FNV-1a over UTF-16 code units from a given offset basis, as an unsigned 32-bit number. */
function fnv(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The key of a sentence: a hash of its article's key, its text, and how many identical
 * sentences come before it in the article. It does not depend on the sentence's neighbours or
 * position, so editing other sentences leaves it unchanged.
 *
 * @example passageKey('c8a5c70d', 'The Kremlin has massed 100,000 Russian troops…', 0) // 'k3Zq0B' (say)
 */
export function passageKey(article: string, sentence: string, occurrence: number): string {
  const text = `${article}\u0000${occurrence}\u0000${sentence}`;
  // 32 + 21 bits: within a double's exact integers.
  let value = fnv(text, 0x811c9dc5) * 2 ** 21 + (fnv(text, 0x050c5d1f) >>> 11);
  let key = '';
  for (let i = 0; i < PASSAGE_KEY_LENGTH; i++) {
    key = (BASE62[value % 62] ?? '0') + key;
    value = Math.floor(value / 62);
  }
  return key;
}

/**
 * The register entries of one article: every non-empty sentence, keyed by `passageKey`, with
 * `MAX_CONTEXT_LENGTH` characters of context on each side (what the longest description of a
 * figure inside it needs).
 *
 * @example registerArticle('dw.txt', 1, text, analysis.articles[1].sentences) // [['k3Zq0B', {...}], …]
 */
export function registerArticle(
  file: string,
  index: number,
  text: string,
  sentences: readonly Span[],
): [string, RegisteredPassage][] {
  const key = articleKey(file);
  const seen = new Map<string, number>();
  const entries: [string, RegisteredPassage][] = [];
  for (const { start, end } of sentences) {
    if (!(start < end) || start < 0 || end > text.length) continue;
    const exact = text.slice(start, end);
    const occurrence = seen.get(exact) ?? 0;
    seen.set(exact, occurrence + 1);
    const { prefix, suffix } = contextAround(text, start, end, MAX_CONTEXT_LENGTH);
    entries.push([
      passageKey(key, exact, occurrence),
      { article: { key, index }, start, prefix, exact, suffix },
    ]);
  }
  return entries;
}

/**
 * The description of a registered sentence, or of `within` (offsets relative to the sentence),
 * exactly as `describePassage` made it on the article it was registered from.
 *
 * @example selectorOf(entry, { start: 23, end: 30 }).exact // '100,000'
 */
export function selectorOf(entry: RegisteredPassage, within?: Span): PassageSelector {
  const from = within?.start ?? 0;
  const to = within?.end ?? entry.exact.length;
  if (!(0 <= from && from < to && to <= entry.exact.length)) {
    throw new RangeError(`selectorOf: [${from}, ${to}) is not inside the sentence`);
  }
  const window = `${entry.prefix}${entry.exact}${entry.suffix}`;
  const at = entry.prefix.length;
  const selector = describePassage(window, at + from, at + to);
  return { ...selector, start: entry.start + from, end: entry.start + to };
}

/**
 * The link with each passage named by a key that `lookup` knows replaced by its description,
 * abridged as a long link abridges it: the passages a long link made from the same text would
 * hold. Passages of unknown keys stay as they are (`anchorLink` reports them as orphans).
 *
 * @example anchorLink(describeRegistered(link, (key) => register.get(key)), articles)
 */
export function describeRegistered<L extends Pick<ClaimLink, 'passages'>>(
  link: L,
  lookup: (key: string) => RegisteredPassage | undefined,
): L {
  const maxQuote = linkQuoteLimit(link.passages.length);
  const passages = link.passages.map((passage): LinkedPassage => {
    if (!isRegisteredRef(passage)) return passage;
    const entry = lookup(passage.key);
    if (!entry || (passage.within && passage.within.end > entry.exact.length)) return passage;
    const selector = abridgeSelector(selectorOf(entry, passage.within), { maxQuote });
    return { article: entry.article, selector };
  });
  return { ...link, passages };
}

/** The register file's `format` value. */
export const REGISTER_FORMAT = 'parallax-passages';

/** One entry as the file stores it: [article key, article index, start, prefix, sentence, suffix]. */
type StoredEntry = [string, number, number, string, string, string];

/**
 * The register as a file: sorted keys, one entry a line, so that a change to a story shows in
 * a review as the lines it adds.
 *
 * @example serializeRegister(new Map()) // '{\n  "format": "parallax-passages",\n  "version": 1,\n  "passages": {}\n}\n'
 */
export function serializeRegister(register: PassageRegister): string {
  const lines = [...register.keys()].sort().map((key) => {
    const e = register.get(key) as RegisteredPassage;
    const stored: StoredEntry = [
      e.article.key,
      e.article.index,
      e.start,
      e.prefix,
      e.exact,
      e.suffix,
    ];
    return `    ${JSON.stringify(key)}: ${JSON.stringify(stored)}`;
  });
  const passages = lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`;
  return `{\n  "format": "${REGISTER_FORMAT}",\n  "version": 1,\n  "passages": ${passages}\n}\n`;
}

const isEntry = (value: unknown): value is StoredEntry =>
  Array.isArray(value) &&
  value.length === 6 &&
  typeof value[0] === 'string' &&
  Number.isInteger(value[1]) &&
  Number.isInteger(value[2]) &&
  typeof value[3] === 'string' &&
  typeof value[4] === 'string' &&
  value[4] !== '' &&
  typeof value[5] === 'string';

/**
 * Reads a register file's JSON (already parsed): the register, or why it is not one.
 *
 * @example parseRegister(JSON.parse(serializeRegister(register))) // { ok: true, register }
 */
export function parseRegister(
  data: unknown,
): { ok: true; register: PassageRegister } | { ok: false; message: string } {
  if (typeof data !== 'object' || data === null) return { ok: false, message: 'not an object' };
  const file = data as Record<string, unknown>;
  if (file.format !== REGISTER_FORMAT || file.version !== 1) {
    return { ok: false, message: `not a version 1 "${REGISTER_FORMAT}" file` };
  }
  const passages = file.passages;
  if (typeof passages !== 'object' || passages === null || Array.isArray(passages)) {
    return { ok: false, message: 'it has no passages' };
  }
  const register = new Map<string, RegisteredPassage>();
  for (const [key, value] of Object.entries(passages)) {
    if (!PASSAGE_KEY.test(key) || !isEntry(value)) {
      return { ok: false, message: `the entry "${key.slice(0, 12)}" is malformed` };
    }
    const [article, index, start, prefix, exact, suffix] = value;
    register.set(key, { article: { key: article, index }, start, prefix, exact, suffix });
  }
  return { ok: true, register };
}

/**
 * A register with `fresh` entries added to `old`: nothing is ever removed; an entry already
 * there takes its latest context and position (its sentence is the same: the key says so).
 * Throws when two different sentences share a key (a hash collision, never seen: the key must
 * then be made longer).
 *
 * @example mergeRegister(committed, current).added // sentences new since the last build
 */
export function mergeRegister(
  old: PassageRegister,
  fresh: Iterable<[string, RegisteredPassage]>,
): { register: Map<string, RegisteredPassage>; added: number } {
  const register = new Map(old);
  let added = 0;
  for (const [key, entry] of fresh) {
    const known = register.get(key);
    if (known && (known.exact !== entry.exact || known.article.key !== entry.article.key)) {
      throw new Error(`Two passages share the key ${key}: “${known.exact}” and “${entry.exact}”.`);
    }
    if (!known) added++;
    register.set(key, entry);
  }
  return { register, added };
}
