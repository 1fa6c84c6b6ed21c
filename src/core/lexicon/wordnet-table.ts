/**
 * The compiled WordNet table (`wordnet-data.ts`, written by `scripts/build-lexicon.mjs`) and
 * its decoding. Nothing is parsed at import: the first lookup scans the columns once for entry
 * boundaries (a few milliseconds); entries are decoded when asked for. Symmetric relations and
 * the synset → lemma index are built on their first use. The format is in the README.
 */
import {
  BLOCK,
  DIGITS,
  ID_WIDTH,
  LEMMA_COUNT,
  LEMMA_SENSES,
  LEMMA_WORDS,
  LEXFILES,
  SUPERSENSES,
  SYNSET_COUNT,
  SYNSET_RELATIONS,
} from './wordnet-data';

const ENTRY = 124; // '|'
const FIELD = 59; // ';'
const NEW_SYNSET = 46; // '.'
const INHERITED = '=';

/** The four word classes, in the table's order of sense fields. */
export const WORD_CLASSES = ['noun', 'verb', 'adj', 'adv'] as const;
/** A WordNet part of speech. */
export type WordClass = (typeof WORD_CLASSES)[number];

const digitValue = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) digitValue[DIGITS.charCodeAt(i)] = i;

/** Where each entry starts: one scan of a column for its separators. */
type Index = {
  /** Start of each lemma in LEMMA_WORDS (after its prefix digit), plus a sentinel. */
  words: Int32Array;
  /** Start of each lemma's senses in LEMMA_SENSES, plus a sentinel. */
  senses: Int32Array;
  /** The id the first NEW_SYNSET of each lemma's senses stands for. */
  firstNew: Int32Array;
  /** Start of each synset's relations in SYNSET_RELATIONS, plus a sentinel. */
  relations: Int32Array;
};

let index: Index | null = null;

/** Start offsets of the `count` entries of `column`, and a sentinel one past its end. */
function entryStarts(column: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = 0;
  for (let i = 1; i < count; i++) {
    at = column.indexOf('|', at) + 1;
    starts[i] = at;
  }
  starts[count] = column.length + 1;
  return starts;
}

function table(): Index {
  if (index) return index;
  const senses = new Int32Array(LEMMA_COUNT + 1);
  const firstNew = new Int32Array(LEMMA_COUNT + 1);
  let entry = 0;
  let next = 0;
  for (let i = 0; i < LEMMA_SENSES.length; i++) {
    const c = LEMMA_SENSES.charCodeAt(i);
    if (c === NEW_SYNSET) next++;
    else if (c === ENTRY) {
      senses[++entry] = i + 1;
      firstNew[entry] = next;
    }
  }
  senses[LEMMA_COUNT] = LEMMA_SENSES.length + 1;
  index = {
    words: entryStarts(LEMMA_WORDS, LEMMA_COUNT),
    senses,
    firstNew,
    relations: entryStarts(SYNSET_RELATIONS, SYNSET_COUNT),
  };
  return index;
}

/** Decodes the ids written from `from` to `to` in `column` (fixed width, no separators). */
function decodeIds(column: string, from: number, to: number): number[] {
  const ids: number[] = [];
  for (let at = from; at + ID_WIDTH <= to; at += ID_WIDTH) {
    let n = 0;
    for (let k = 0; k < ID_WIDTH; k++) n = n * 64 + (digitValue[column.charCodeAt(at + k)] ?? 0);
    ids.push(n);
  }
  return ids;
}

/** The `[from, to)` spans of the FIELD-separated fields of the entry `[start, end)`. */
function fields(column: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  for (let at = start; at <= end; at++) {
    if (at === end || column.charCodeAt(at) === FIELD) {
      spans.push([from, at]);
      from = at + 1;
    }
  }
  return spans;
}

/** The lemma of entry `i` (a block's first lemma is spelled whole). */
function blockHead(i: number): string {
  const { words } = table();
  return LEMMA_WORDS.slice((words[i] ?? 0) + 1, (words[i + 1] ?? 0) - 1);
}

/** Orders lemmas as the table does: by `lemma + ';'`. */
function compareLemmas(a: string, b: string): number {
  const x = a + ';';
  const y = b + ';';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The entry of a lemma (already normalised: lower case, single spaces), or -1: a binary search
 * over the blocks' first lemmas, then the block's lemmas decoded in turn.
 */
export function findLemma(lemma: string): number {
  const { words } = table();
  let lo = 0;
  let hi = Math.ceil(LEMMA_COUNT / BLOCK) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareLemmas(blockHead(mid * BLOCK), lemma) <= 0) lo = mid;
    else hi = mid - 1;
  }
  let previous = '';
  for (let i = lo * BLOCK; i < Math.min(LEMMA_COUNT, (lo + 1) * BLOCK); i++) {
    const start = words[i] ?? 0;
    const shared = digitValue[LEMMA_WORDS.charCodeAt(start)] ?? 0;
    const current =
      previous.slice(0, shared) + LEMMA_WORDS.slice(start + 1, (words[i + 1] ?? 0) - 1);
    const order = compareLemmas(current, lemma);
    if (order === 0) return i;
    if (order > 0) return -1;
    previous = current;
  }
  return -1;
}

/** The senses of lemma entry `i`, one list per class in WORD_CLASSES order. */
export function entrySenses(i: number): number[][] {
  const { senses, firstNew } = table();
  const start = senses[i] ?? 0;
  let fresh = firstNew[i] ?? 0;
  return fields(LEMMA_SENSES, start, (senses[i + 1] ?? 0) - 1).map(([from, to]) => {
    const ids: number[] = [];
    for (let at = from; at < to;) {
      if (LEMMA_SENSES.charCodeAt(at) === NEW_SYNSET) {
        ids.push(fresh++);
        at++;
      } else {
        ids.push(...decodeIds(LEMMA_SENSES, at, at + ID_WIDTH));
        at += ID_WIDTH;
      }
    }
    return ids;
  });
}

/** Field `f` of synset `id`'s relations (0 hypernyms, 1–3 symmetric, 4 member lemmas). */
function relationField(id: number, f: number): number[] {
  const { relations } = table();
  const start = relations[id] ?? 0;
  const span = fields(SYNSET_RELATIONS, start, (relations[id + 1] ?? 0) - 1)[f];
  return span ? decodeIds(SYNSET_RELATIONS, span[0], span[1]) : [];
}

/** The direct hypernyms (and instance hypernyms) of a synset. */
export function hypernymIds(id: number): number[] {
  return isSynset(id) ? relationField(id, 0) : [];
}

/** Whether `id` names a synset of the table. */
export function isSynset(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < SYNSET_COUNT;
}

/** The symmetric relations: the table stores each pair once, on its lower id. */
export type Symmetric = 'derived' | 'antonym' | 'similar';
const SYMMETRIC: readonly Symmetric[] = ['derived', 'antonym', 'similar'];

/** Lists per synset, packed: synset i's are `items[starts[i]]` to `items[starts[i + 1] - 1]`. */
type Packed = { starts: Int32Array; items: Int32Array };

/** Packs `count` lists from two passes of `each` (count, then fill) calling back (list, item). */
function pack(count: number, each: (add: (list: number, item: number) => void) => void): Packed {
  const starts = new Int32Array(count + 1);
  each((list) => (starts[list + 1] = (starts[list + 1] ?? 0) + 1));
  for (let i = 1; i <= count; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const items = new Int32Array(starts[count] ?? 0);
  const next = starts.slice(0, count);
  each((list, item) => {
    const at = next[list] ?? 0;
    items[at] = item;
    next[list] = at + 1;
  });
  return { starts, items };
}

/** The items of list `i`. */
function unpack({ starts, items }: Packed, i: number): number[] {
  return Array.from(items.subarray(starts[i] ?? 0, starts[i + 1] ?? 0));
}

/** Calls `visit(synset, field, id)` for every id in the relations column. */
function eachRelation(visit: (synset: number, field: number, id: number) => void): void {
  let synset = 0;
  let field = 0;
  for (let at = 0; at < SYNSET_RELATIONS.length;) {
    const c = SYNSET_RELATIONS.charCodeAt(at);
    if (c === ENTRY || c === FIELD) {
      synset += c === ENTRY ? 1 : 0;
      field = c === ENTRY ? 0 : field + 1;
      at++;
      continue;
    }
    let id = 0;
    for (let k = 0; k < ID_WIDTH; k++)
      id = id * 64 + (digitValue[SYNSET_RELATIONS.charCodeAt(at + k)] ?? 0);
    visit(synset, field, id);
    at += ID_WIDTH;
  }
}

const mirrored = new Map<Symmetric, Packed>();

/** The synsets related to `id` by a symmetric relation (each relation mirrored on first use). */
export function symmetricIds(relation: Symmetric, id: number): readonly number[] {
  if (!isSynset(id)) return [];
  let packed = mirrored.get(relation);
  if (!packed) {
    const wanted = SYMMETRIC.indexOf(relation) + 1;
    packed = pack(SYNSET_COUNT, (add) =>
      eachRelation((synset, field, other) => {
        if (field !== wanted) return;
        add(synset, other);
        add(other, synset);
      }),
    );
    mirrored.set(relation, packed);
  }
  return unpack(packed, id);
}

/** The lexicographer file of a synset: its own, or its first hypernym's. */
export function lexfile(id: number): string {
  let at = id;
  for (let steps = 0; isSynset(at) && steps < 64; steps++) {
    const digit = SUPERSENSES[at] ?? INHERITED;
    if (digit !== INHERITED) return LEXFILES[digitValue[digit.charCodeAt(0)] ?? 0] ?? '';
    at = hypernymIds(at)[0] ?? -1;
  }
  return '';
}

/** The lemma of table entry `i`: its block's first lemma, front coding undone up to it. */
function lemmaAt(i: number): string {
  const { words } = table();
  let lemma = '';
  for (let k = i - (i % BLOCK); k <= i; k++) {
    const start = words[k] ?? 0;
    const shared = digitValue[LEMMA_WORDS.charCodeAt(start)] ?? 0;
    lemma = lemma.slice(0, shared) + LEMMA_WORDS.slice(start + 1, (words[k + 1] ?? 0) - 1);
  }
  return lemma;
}

/** Calls `visit(entry, rank, synset)` for every sense in the senses column. */
function eachSense(visit: (entry: number, rank: number, synset: number) => void): void {
  let entry = 0;
  let rank = 0;
  let next = 0;
  for (let at = 0; at < LEMMA_SENSES.length;) {
    const c = LEMMA_SENSES.charCodeAt(at);
    if (c === ENTRY || c === FIELD) {
      entry += c === ENTRY ? 1 : 0;
      rank = 0;
      at++;
      continue;
    }
    let id = 0;
    if (c === NEW_SYNSET) {
      id = next++;
      at++;
    } else {
      for (let k = 0; k < ID_WIDTH; k++)
        id = id * 64 + (digitValue[LEMMA_SENSES.charCodeAt(at + k)] ?? 0);
      at += ID_WIDTH;
    }
    visit(entry, rank++, id);
  }
}

/** Ranks past this sort alike; entries fit below RANK (2^17 > any lemma count here). */
const RANK = 2 ** 17;
let listedBy: Packed | null = null;

/**
 * The lemmas of a synset: those that keep it among their senses (a lemma whose main sense it is
 * first), or, for a synset no lemma lists, its members the table stores. The synset → lemma
 * index is built on first use.
 */
export function memberLemmas(id: number): readonly string[] {
  if (!isSynset(id)) return [];
  listedBy ??= pack(SYNSET_COUNT, (add) =>
    eachSense((entry, rank, synset) => add(synset, Math.min(rank, 1023) * RANK + entry)),
  );
  const keys = unpack(listedBy, id).sort((a, b) => a - b);
  const entries = keys.length > 0 ? keys.map((k) => k % RANK) : relationField(id, 4);
  return entries.map(lemmaAt);
}
