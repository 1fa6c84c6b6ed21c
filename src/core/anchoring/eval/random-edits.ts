import type { Span } from '../../types';
import {
  claimParagraph,
  deleteRange,
  editInside,
  insertAt,
  paragraphSpans,
  reorderParagraphs,
} from './edit-article';
import type { TrackedText } from './edit-article';
import type { Random } from './prng';

/** Material for edits: words to insert and whole paragraphs (from other articles) to add. */
export type EditPools = { words: readonly string[]; paragraphs: readonly string[] };

/** An edited article and a short description of each edit made. */
export type Edited = { doc: TrackedText; log: string[] };

/** Edits this close to the claim change its context: a third of them land there. */
const NEAR_CLAIM = 40;

function randomWords(random: Random, pools: EditPools, length: number): string {
  let out = '';
  while (out.length < length) out += (out ? ' ' : '') + random.pick(pools.words);
  return out.slice(0, Math.max(1, length));
}

/** The parts of the text outside the claim, as spans. */
function outsideParts(doc: TrackedText): Span[] {
  const { claim } = doc;
  if (!claim) return [{ start: 0, end: doc.text.length }];
  return [
    { start: 0, end: claim.start },
    { start: claim.end, end: doc.text.length },
  ].filter((p) => p.end > p.start);
}

/** A position in `part` where `size` characters fit, near the claim one time in three. */
function positionIn(doc: TrackedText, part: Span, size: number, random: Random): number {
  const last = part.end - size;
  if (last <= part.start) return part.start;
  const { claim } = doc;
  if (claim && random.chance(1 / 3)) {
    // Near the claim's side of this part: just before its start or just after its end.
    const before = part.end === claim.start;
    const at = before
      ? claim.start - size - random.int(0, NEAR_CLAIM)
      : claim.end + random.int(0, NEAR_CLAIM);
    return Math.min(last, Math.max(part.start, at));
  }
  return random.int(part.start, last);
}

/**
 * Inserts and deletes random text outside the claim: in all, `fraction` (up to 5%) of the
 * characters outside it, in one to six edits, some right next to the claim (in its context).
 */
export function editOutside(
  input: TrackedText,
  random: Random,
  pools: EditPools,
  fraction: number,
): Edited {
  let doc = input;
  const log: string[] = [];
  const outside = doc.text.length - (doc.claim ? doc.claim.end - doc.claim.start : 0);
  let budget = Math.floor(outside * fraction);
  const count = random.int(1, 6);
  for (let i = 0; i < count && budget > 0; i++) {
    const size = i === count - 1 ? budget : random.int(1, Math.max(1, Math.ceil(budget / 2)));
    budget -= size;
    const parts = outsideParts(doc);
    if (parts.length === 0) break;
    const part = random.pick(parts);
    if (random.chance(0.5)) {
      const at = positionIn(doc, { start: part.start, end: part.end }, 0, random);
      doc = insertAt(doc, at, randomWords(random, pools, size));
      log.push(`insert ${size} at ${at}`);
    } else {
      const cut = Math.min(size, part.end - part.start);
      const at = positionIn(doc, part, cut, random);
      doc = deleteRange(doc, at, at + cut);
      log.push(`delete ${cut} at ${at}`);
    }
  }
  return { doc, log };
}

/** Moves the claim's paragraph elsewhere, or swaps two paragraphs. */
export function reorderRandomly(doc: TrackedText, random: Random): Edited {
  const count = paragraphSpans(doc.text).length;
  if (count < 3) return { doc, log: [] };
  const order = Array.from({ length: count }, (_, i) => i);
  const home = claimParagraph(doc);
  const from = home >= 0 && random.chance(0.5) ? home : random.int(0, count - 1);
  let to = random.int(0, count - 2);
  if (to >= from) to++;
  order.splice(from, 1);
  order.splice(to, 0, from);
  return { doc: reorderParagraphs(doc, order), log: [`move paragraph ${from} to ${to}`] };
}

/** Inserts a paragraph from another article somewhere before the claim's paragraph. */
export function insertParagraphBefore(doc: TrackedText, random: Random, pools: EditPools): Edited {
  const spans = paragraphSpans(doc.text);
  const home = claimParagraph(doc);
  const slot = random.int(0, home >= 0 ? home : spans.length - 1);
  const at = spans[slot]?.start ?? 0;
  const paragraph = random.pick(pools.paragraphs);
  return { doc: insertAt(doc, at, `${paragraph}\n\n`), log: [`insert paragraph at ${at}`] };
}

/**
 * One small edit inside the claim: a figure changed, a word swapped (in a claim of 30 or more
 * characters), or punctuation added or removed.
 */
export function editInsideClaim(doc: TrackedText, random: Random, pools: EditPools): Edited {
  const { claim } = doc;
  if (!claim) return { doc, log: [] };
  const inner = doc.text.slice(claim.start, claim.end);
  const digits = [...inner.matchAll(/\d/g)].map((m) => m.index);
  const words = [...inner.matchAll(/[A-Za-z]{3,}/g)];
  const choice = random.int(0, 2);
  if ((choice === 0 || inner.length < 30) && digits.length > 0) {
    const at = claim.start + random.pick(digits);
    const old = Number(doc.text[at]);
    const digit = String((old + random.int(1, 9)) % 10);
    return { doc: editInside(doc, at, at + 1, digit), log: [`figure ${old}→${digit}`] };
  }
  if (choice === 1 && inner.length >= 30 && words.length > 0) {
    const word = random.pick(words);
    const at = claim.start + word.index;
    const swapped = random.pick(pools.words);
    return {
      doc: editInside(doc, at, at + word[0].length, swapped),
      log: [`word ${word[0]}→${swapped}`],
    };
  }
  const commas = [...inner.matchAll(/[,;:]/g)].map((m) => m.index);
  if (commas.length > 0 && random.chance(0.5)) {
    const at = claim.start + random.pick(commas);
    return { doc: editInside(doc, at, at + 1, ''), log: ['punctuation removed'] };
  }
  const spaces = [...inner.matchAll(/ /g)].map((m) => m.index);
  const at = claim.start + (spaces.length > 0 ? random.pick(spaces) : inner.length - 1);
  return { doc: editInside(doc, at, at, ','), log: ['comma added'] };
}
