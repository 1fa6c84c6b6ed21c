import type { Token } from '../../types';
import type { VagueAmount } from '../types';
import { isProperAdjective } from './unit-head';

type Direction = VagueAmount['direction'];

/** Adjectives of size: "a massive buildup", "the very large Russian force". */
const SIZE_WORDS: ReadonlyMap<string, Direction> = new Map([
  ...'large huge massive vast enormous big sizable sizeable substantial significant considerable heavy immense giant hefty sweeping extensive'
    .split(' ')
    .map((w) => [w, 'large'] as const),
  ...'small tiny modest limited slight meagre meager'.split(' ').map((w) => [w, 'small'] as const),
]);

/** Quantifiers before a plural noun: "numerous sanctions", "many people". */
const QUANTIFIERS: ReadonlyMap<string, Direction> = new Map([
  ...'numerous many countless multiple innumerable myriad'
    .split(' ')
    .map((w) => [w, 'large'] as const),
  ...'few several'.split(' ').map((w) => [w, 'small'] as const),
]);

/** Phrases that size what follows "of": "a handful of", "a lot of". */
const OF_PHRASES: readonly { words: readonly string[]; direction: Direction }[] = [
  ...['a handful of', 'a fraction of', 'a few of'].map((p) => ({
    words: p.split(' '),
    direction: 'small' as const,
  })),
  ...[
    'a lot of',
    'lots of',
    'plenty of',
    'a great deal of',
    'a host of',
    'a slew of',
    'a raft of',
    'a wealth of',
  ].map((p) => ({ words: p.split(' '), direction: 'large' as const })),
];

const OF_PHRASE_STARTS = new Set(OF_PHRASES.map((p) => p.words[0]));

const DEGREE_WORDS = new Set([
  'very',
  'extremely',
  'relatively',
  'fairly',
  'so',
  'too',
  'quite',
  'rather',
  'particularly',
  'really',
  'incredibly',
  'unusually',
  'especially',
  'exceptionally',
]);
const MAX_SKIPPED = 3;

/**
 * Sizes described without a figure in one sentence: size adjectives and quantifiers before a
 * noun, and "a handful of"-style phrases, each with the lemma of the noun it sizes.
 *
 * @example findVagueAmounts(tokens('a pullback of the very large Russian force'))[0]
 *   // { cue: 'very large', head: 'force', direction: 'large', … }
 */
export function findVagueAmounts(
  text: string,
  tokens: readonly Token[],
): Omit<VagueAmount, 'sentence'>[] {
  const words = tokens.map((t) => t.lower);
  const found: Omit<VagueAmount, 'sentence'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = OF_PHRASE_STARTS.has(words[i] ?? '')
      ? OF_PHRASES.find((p) => p.words.every((w, k) => words[i + k] === w))
      : undefined;
    let cueFirst = i;
    let cueLast: number;
    let direction: Direction | undefined;
    if (phrase) {
      cueLast = i + phrase.words.length - 1;
      direction = phrase.direction;
    } else {
      const t = tokens[i];
      direction = t?.pos === 'ADJ' ? SIZE_WORDS.get(t.lower) : undefined;
      direction ??= words[i - 1] === 'a' ? undefined : QUANTIFIERS.get(words[i] ?? '');
      cueLast = i;
      while (cueFirst > 0 && DEGREE_WORDS.has(words[cueFirst - 1] ?? '')) cueFirst--;
    }
    if (!direction) continue;
    const head = headAfter(tokens, cueLast + 1);
    const headToken = head === null ? undefined : tokens[head];
    const sizeAdjective = !phrase && SIZE_WORDS.has(words[i] ?? '');
    if (headToken && sizeAdjective && !sizesAnAmount(headToken)) continue;
    const first = tokens[cueFirst];
    const last = tokens[cueLast];
    if (!headToken || !first || !last) continue;
    found.push({
      start: first.start,
      end: headToken.end,
      cue: text.slice(first.start, last.end),
      head: headToken.lemma,
      headSpan: { start: headToken.start, end: headToken.end },
      direction,
    });
    i = head ?? i;
  }
  return found;
}

/** The noun a size word describes, past adjectives and proper adjectives ("Russian"). */
function headAfter(tokens: readonly Token[], from: number): number | null {
  for (let i = from; i < tokens.length && i <= from + MAX_SKIPPED; i++) {
    const t = tokens[i];
    if (!t) return null;
    if (t.pos === 'NOUN' && t.kind === 'word') return i;
    const skippable =
      t.pos === 'ADJ' ||
      (t.pos === 'PROPN' && isProperAdjective(t.text)) ||
      DEGREE_WORDS.has(t.lower) ||
      (i === from && t.pos === 'DET');
    if (!skippable) return null;
  }
  return null;
}

/**
 * Singular nouns whose size is an amount ("a massive buildup", "the very large force"); other
 * singular nouns are sized physically ("a small town", "a big box") and are not amounts.
 */
const AMOUNT_NOUNS = new Set(
  `force army crowd number amount sum quantity buildup build-up increase rise drop decline fall
  deployment presence contingent group majority minority share portion proportion fraction total
  turnout loss gain deficit debt budget fine payment offer bonus settlement toll deal contract
  investment population stake`.split(/\s+/),
);

/** A plural head, a mass noun tagged as such, or a noun whose size is an amount. */
function sizesAnAmount(head: Token): boolean {
  return head.lemma !== head.lower || AMOUNT_NOUNS.has(head.lemma);
}
