/**
 * The compiled WordNet table (`wordnet-data.ts`, written by `scripts/build-lexicon.mjs`) and
 * its decoding. Nothing is parsed at import: the first lookup scans the columns once for where
 * each entry starts (a few milliseconds); entries are decoded when asked for. The symmetric
 * relations and the synset → lemma index are built on their first use. All of that derived
 * state can also be saved as one array and installed in another process (`wordnetIndex`,
 * `useWordnetIndex`): the command line keeps it in a file beside its bundle. Format: the README.
 */
import {
  BLOCK,
  DIGITS,
  ID_WIDTH,
  INPUTS_SHA256,
  LEMMA_COUNT,
  LEXFILES,
  SYNSET_COUNT,
  wordnetColumns,
} from './wordnet-data';

const ENTRY = 124; // '|'
const FIELD = 59; // ';'
const NEW_SYNSET = 46; // '.'
const INHERITED = 61; // '='

/** The four word classes, in the table's order of sense fields. */
export const WORD_CLASSES = ['noun', 'verb', 'adj', 'adv'] as const;
/** A WordNet part of speech. */
export type WordClass = (typeof WORD_CLASSES)[number];

const digitValue = new Int8Array(128);
for (let i = 0; i < DIGITS.length; i++) digitValue[DIGITS.charCodeAt(i)] = i;

/** The columns, and where each entry of each starts (with a sentinel one past the end). */
type Table = ReturnType<typeof wordnetColumns> & {
  wordStarts: Int32Array;
  senseStarts: Int32Array;
  /** The id the first NEW_SYNSET in each lemma's senses stands for. */
  firstNew: Int32Array;
  relationStarts: Int32Array;
};

let parsed: Table | null = null;

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

/** The table, its entry offsets found on first use. */
function table(): Table {
  if (parsed) return parsed;
  const columns = wordnetColumns();
  if (installed) {
    parsed = { ...columns, ...installed.starts };
    return parsed;
  }
  const { lemmaSenses } = columns;
  const senseStarts = new Int32Array(LEMMA_COUNT + 1);
  const firstNew = new Int32Array(LEMMA_COUNT + 1);
  let entry = 0;
  let next = 0;
  for (let i = 0; i < lemmaSenses.length; i++) {
    const c = lemmaSenses.charCodeAt(i);
    if (c === NEW_SYNSET) next++;
    else if (c === ENTRY) {
      senseStarts[++entry] = i + 1;
      firstNew[entry] = next;
    }
  }
  senseStarts[LEMMA_COUNT] = lemmaSenses.length + 1;
  parsed = {
    ...columns,
    wordStarts: entryStarts(columns.lemmaWords, LEMMA_COUNT),
    senseStarts,
    firstNew,
    relationStarts: entryStarts(columns.synsetRelations, SYNSET_COUNT),
  };
  return parsed;
}

/** The number written at `at` in `column`. */
function readId(column: string, at: number): number {
  let n = 0;
  for (let k = 0; k < ID_WIDTH; k++) n = n * 64 + (digitValue[column.charCodeAt(at + k)] ?? 0);
  return n;
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

/** Lemma entry `i`'s text as stored: its shared-prefix length and the rest. */
function storedLemma(t: Table, i: number): [shared: number, rest: string] {
  const start = t.wordStarts[i] ?? 0;
  const rest = t.lemmaWords.slice(start + 1, (t.wordStarts[i + 1] ?? 0) - 1);
  return [digitValue[t.lemmaWords.charCodeAt(start)] ?? 0, rest];
}

/** Orders lemmas as the table does: by `lemma + ';'`. */
function compareLemmas(a: string, b: string): number {
  const x = a + ';';
  const y = b + ';';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The entry of a lemma (already normalised: lower case, single spaces), or -1: a binary search
 * over the blocks' first lemmas (spelled whole), then the block's lemmas decoded in turn.
 */
export function findLemma(lemma: string): number {
  const t = table();
  let lo = 0;
  let hi = Math.ceil(LEMMA_COUNT / BLOCK) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareLemmas(storedLemma(t, mid * BLOCK)[1], lemma) <= 0) lo = mid;
    else hi = mid - 1;
  }
  let current = '';
  for (let i = lo * BLOCK; i < Math.min(LEMMA_COUNT, (lo + 1) * BLOCK); i++) {
    const [shared, rest] = storedLemma(t, i);
    current = current.slice(0, shared) + rest;
    const order = compareLemmas(current, lemma);
    if (order === 0) return i;
    if (order > 0) return -1;
  }
  return -1;
}

/** The lemma of entry `i`: its block's first lemma, the front coding undone up to it. */
function lemmaAt(i: number): string {
  const t = table();
  let lemma = '';
  for (let k = i - (i % BLOCK); k <= i; k++) {
    const [shared, rest] = storedLemma(t, k);
    lemma = lemma.slice(0, shared) + rest;
  }
  return lemma;
}

/** The senses of lemma entry `i`, one list per class in WORD_CLASSES order. */
export function entrySenses(i: number): number[][] {
  const t = table();
  let fresh = t.firstNew[i] ?? 0;
  const spans = fields(t.lemmaSenses, t.senseStarts[i] ?? 0, (t.senseStarts[i + 1] ?? 0) - 1);
  return spans.map(([from, to]) => {
    const ids: number[] = [];
    for (let at = from; at < to;) {
      const isNew = t.lemmaSenses.charCodeAt(at) === NEW_SYNSET;
      ids.push(isNew ? fresh++ : readId(t.lemmaSenses, at));
      at += isNew ? 1 : ID_WIDTH;
    }
    return ids;
  });
}

/** Whether `id` names a synset of the table. */
export function isSynset(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < SYNSET_COUNT;
}

/** Field `f` of synset `id`'s relations (0 hypernyms, 1–3 symmetric, 4 member lemmas). */
function relationField(id: number, f: number): number[] {
  const t = table();
  const start = t.relationStarts[id] ?? 0;
  const span = fields(t.synsetRelations, start, (t.relationStarts[id + 1] ?? 0) - 1)[f];
  const ids: number[] = [];
  for (let at = span?.[0] ?? 0; span && at < span[1]; at += ID_WIDTH)
    ids.push(readId(t.synsetRelations, at));
  return ids;
}

/** The direct hypernyms (and instance hypernyms) of a synset. */
export function hypernymIds(id: number): number[] {
  return isSynset(id) ? relationField(id, 0) : [];
}

/** The lexicographer file of a synset: its own, or, where the table says so, its hypernym's. */
export function lexfile(id: number): string {
  const { supersenses } = table();
  let at = id;
  for (let steps = 0; isSynset(at) && steps < 64; steps++) {
    const c = supersenses.charCodeAt(at);
    if (c !== INHERITED) return LEXFILES[digitValue[c] ?? 0] ?? '';
    at = hypernymIds(at)[0] ?? -1;
  }
  return '';
}

/** Lists per synset, packed: synset i's are `items[starts[i]]` to `items[starts[i + 1] - 1]`. */
type Packed = { starts: Int32Array; items: Int32Array };

/**
 * Packs the first `count` pairs `(lists[k], items[k])` by list (a counting sort): each list
 * keeps its items in the order the pairs were found.
 */
function pack(lists: Int32Array, items: Int32Array, count: number): Packed {
  const starts = new Int32Array(SYNSET_COUNT + 1);
  for (let k = 0; k < count; k++) {
    const list = (lists[k] ?? 0) + 1;
    starts[list] = (starts[list] ?? 0) + 1;
  }
  for (let i = 1; i <= SYNSET_COUNT; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const packed = new Int32Array(count);
  const next = starts.slice(0, SYNSET_COUNT);
  for (let k = 0; k < count; k++) {
    const list = lists[k] ?? 0;
    const at = next[list] ?? 0;
    packed[at] = items[k] ?? 0;
    next[list] = at + 1;
  }
  return { starts, items: packed };
}

/** The items of list `i`. */
function unpack({ starts, items }: Packed, i: number): number[] {
  return Array.from(items.subarray(starts[i] ?? 0, starts[i + 1] ?? 0));
}

/** The symmetric relations: the table stores each pair once, on its lower id. */
export type Symmetric = 'derived' | 'antonym' | 'similar';
/** The relations in the order of their fields (1, 2, 3) in a synset's entry. */
const SYMMETRIC: readonly Symmetric[] = ['derived', 'antonym', 'similar'];
let mirrored: Record<Symmetric, Packed> | null = null;

/** Pairs found so far, as `pack` takes them. */
type PairLog = { lists: Int32Array; items: Int32Array; count: number };

/**
 * Each pair of every symmetric relation, both ways, from one pass over the synsets: a synset's
 * fields are found by native searches, not character by character.
 */
function mirrorAll(): Record<Symmetric, Packed> {
  const { synsetRelations: column, relationStarts } = table();
  // A pair costs one id (ID_WIDTH characters) and gives two entries.
  const capacity = Math.ceil((2 * column.length) / ID_WIDTH);
  const logs: PairLog[] = SYMMETRIC.map(() => ({
    lists: new Int32Array(capacity),
    items: new Int32Array(capacity),
    count: 0,
  }));
  for (let synset = 0; synset < SYNSET_COUNT; synset++) {
    const end = (relationStarts[synset + 1] ?? 0) - 1;
    // Field 0 (hypernyms) is skipped whole; then fields 1–3 in turn.
    const first = column.indexOf(';', relationStarts[synset] ?? 0);
    let at = first < 0 || first >= end ? end : first + 1;
    for (const log of logs) {
      for (; at < end && column.charCodeAt(at) !== FIELD; at += ID_WIDTH) {
        const other = readId(column, at);
        log.lists[log.count] = synset;
        log.items[log.count++] = other;
        log.lists[log.count] = other;
        log.items[log.count++] = synset;
      }
      at += 1;
    }
  }
  const [derived, antonym, similar] = logs.map((l) => pack(l.lists, l.items, l.count));
  return {
    derived: derived as Packed,
    antonym: antonym as Packed,
    similar: similar as Packed,
  };
}

/** The synsets related to `id` by a symmetric relation (all three mirrored on first use). */
export function symmetricIds(relation: Symmetric, id: number): readonly number[] {
  if (!isSynset(id)) return [];
  mirrored ??= installed?.mirrored ?? mirrorAll();
  return unpack(mirrored[relation], id);
}

/** Ranks of a sense in its lemma's list sort before entries: `rank * RANK + entry`. */
const RANK = 2 ** 17;
let listedBy: Packed | null = null;

/** Per synset, the lemma entries that list it among their senses: one scan of the column. */
function lemmaIndex(): Packed {
  const { lemmaSenses: column } = table();
  // Each sense takes at least one character of the column.
  const lists = new Int32Array(column.length);
  const items = new Int32Array(column.length);
  let count = 0;
  let entry = 0;
  let rank = 0;
  let next = 0;
  for (let at = 0; at < column.length;) {
    const c = column.charCodeAt(at);
    if (c === ENTRY || c === FIELD) {
      entry += c === ENTRY ? 1 : 0;
      rank = 0;
      at++;
    } else {
      const isNew = c === NEW_SYNSET;
      lists[count] = isNew ? next++ : readId(column, at);
      items[count++] = Math.min(rank++, 1023) * RANK + entry;
      at += isNew ? 1 : ID_WIDTH;
    }
  }
  return pack(lists, items, count);
}

/**
 * The lemmas of a synset: those that keep it among their senses (a lemma whose main sense it is
 * first), or, for a synset no lemma lists, its members the table stores.
 */
export function memberLemmas(id: number): readonly string[] {
  if (!isSynset(id)) return [];
  listedBy ??= installed?.listedBy ?? lemmaIndex();
  const keys = unpack(listedBy, id).sort((a, b) => a - b);
  const entries = keys.length > 0 ? keys.map((k) => k % RANK) : relationField(id, 4);
  return entries.map(lemmaAt);
}

/** The derived state `useWordnetIndex` installs. */
type Installed = {
  starts: Pick<Table, 'wordStarts' | 'senseStarts' | 'firstNew' | 'relationStarts'>;
  mirrored: Record<Symmetric, Packed>;
  listedBy: Packed;
};
let installed: Installed | null = null;

/** The saved index's layout: raise it when the layout, or how its arrays are derived, changes. */
const INDEX_VERSION = 1;
/** Header words: the version, a word of the inputs' hash, the two counts. */
const HEADER = 4;
/** Arrays: four of entry starts, then starts and items of each relation and of the lemma index. */
const ARRAYS = 4 + 2 * (SYMMETRIC.length + 1);
const inputsWord = (): number => parseInt(INPUTS_SHA256.slice(0, 8), 16) | 0;

/**
 * Everything the lookups derive from the columns (where entries start, the symmetric relations
 * both ways, the synset → lemma index) as one array that `useWordnetIndex` takes back, in this
 * process or another: the header, each array's length, then the arrays one after another.
 * Derives first what no lookup has needed yet.
 */
export function wordnetIndex(): Int32Array {
  const t = table();
  const relations = (mirrored ??= installed?.mirrored ?? mirrorAll());
  const lemmas = (listedBy ??= installed?.listedBy ?? lemmaIndex());
  const arrays = [t.wordStarts, t.senseStarts, t.firstNew, t.relationStarts];
  for (const p of [...SYMMETRIC.map((r) => relations[r]), lemmas]) arrays.push(p.starts, p.items);
  const head = [
    INDEX_VERSION,
    inputsWord(),
    LEMMA_COUNT,
    SYNSET_COUNT,
    ...arrays.map((a) => a.length),
  ];
  const out = new Int32Array(head.length + arrays.reduce((n, a) => n + a.length, 0));
  out.set(head);
  let at = head.length;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/**
 * Installs an index `wordnetIndex` saved (views into `data`, not copies), so that lookups do not
 * derive it again. Returns false, and changes nothing, when `data` is not such an index of this
 * table in this layout (another table, a damaged or truncated file).
 */
export function useWordnetIndex(data: Int32Array): boolean {
  if (data.length < HEADER + ARRAYS) return false;
  const lengths = Array.from(data.subarray(HEADER, HEADER + ARRAYS));
  const expected = (i: number): number | null =>
    i < 3 ? LEMMA_COUNT + 1 : i === 3 || (i > 3 && i % 2 === 0) ? SYNSET_COUNT + 1 : null;
  const fits =
    data[0] === INDEX_VERSION &&
    data[1] === inputsWord() &&
    data[2] === LEMMA_COUNT &&
    data[3] === SYNSET_COUNT &&
    lengths.every((n, i) => n >= 0 && (expected(i) ?? n) === n) &&
    HEADER + ARRAYS + lengths.reduce((a, b) => a + b, 0) === data.length;
  if (!fits) return false;
  let at = HEADER + ARRAYS;
  const arrays = lengths.map((n) => data.subarray(at, (at += n)));
  const array = (i: number): Int32Array => arrays[i] ?? new Int32Array(0);
  const packed = (k: number): Packed => ({ starts: array(4 + 2 * k), items: array(5 + 2 * k) });
  installed = {
    starts: {
      wordStarts: array(0),
      senseStarts: array(1),
      firstNew: array(2),
      relationStarts: array(3),
    },
    mirrored: { derived: packed(0), antonym: packed(1), similar: packed(2) },
    listedBy: packed(SYMMETRIC.length),
  };
  parsed = null;
  mirrored = null;
  listedBy = null;
  return true;
}
