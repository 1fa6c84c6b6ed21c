import type { Token } from '../../types';

/** An inclusive token range. */
export type TokenRange = { first: number; last: number };

/** Prepositions that may sit inside a source's noun phrase: "a spokesman for the ministry". */
const INNER_ADPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him']);
const POSSESSIVE_PRONOUNS = new Set([
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'mine',
  'hers',
  'theirs',
  'ours',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON']);
const NAMING_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const SKIPPED_BEFORE_VERB = new Set(['ADV', 'PART']);
const MAX_PHRASE = 10;

/** Tokens that can be inside the noun phrase naming a source. */
function isPhraseToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NP_POS.has(t.pos)) return t.lower !== 'that' && t.lower !== 'which';
  // Capitalized words the tagger took for verbs are parts of names: "The Lisbon Courier reported".
  if (/^[A-Z]/.test(t.text) && (t.pos === 'VERB' || t.pos === 'X')) return t.kind === 'word';
  if (t.lower === '’s' || t.lower === "'s") return true;
  if (t.pos === 'PRON') return POSSESSIVE_PRONOUNS.has(t.lower);
  // "Russian-speaking", "U.S.-based": a hyphen glued to words on both sides.
  return t.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}

/**
 * The noun phrase that is the subject of the verb at `verb`, read leftwards: skips adverbs and
 * auxiliaries of perfect or modal tense ("Kerry has also said"), allows "of"/"for" inside
 * ("a friend of the singer", "a spokesman for X") and "and" between names ("Kerry and Lavrov
 * said"). Returns null for a passive ("is said") or when no noun or pronoun heads the phrase.
 * Tokens before `floor` are not read.
 *
 * @example subjectBefore(tokens('US officials have put the number'), 3) // "US officials"
 */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  floor = 0,
): TokenRange | null {
  let k = verb - 1;
  while (k >= floor) {
    const t = tokens[k];
    if (!t) return null;
    if (t.pos === 'AUX' && t.lemma === 'be') return null;
    if (t.pos === 'AUX' || SKIPPED_BEFORE_VERB.has(t.pos)) k--;
    else break;
  }
  if (tokens[k]?.text === ',') k = beforeApposition(tokens, k, floor);
  const last = k;
  let first = last + 1;
  for (let i = last; i >= floor && last - i < MAX_PHRASE; i--) {
    const t = tokens[i];
    if (!t) break;
    if (i === last && t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower)) {
      return { first: i, last: i };
    }
    if (isPhraseToken(tokens, i)) {
      first = i;
    } else if (isInnerLink(tokens, i, first)) {
      continue;
    } else {
      break;
    }
  }
  return trimPhrase(tokens, first, last);
}

const APPOSITION_REACH = 16;
const APPOSITION_STARTS = new Set(['DET', 'ADP', 'NOUN', 'ADJ', 'NUM', 'PROPN']);

/**
 * Given the comma that closes an apposition before a verb, the index of the token the subject
 * ends with: the name inside it ("The head of the union, Tomas Varga, said"), else the
 * last token before the comma that opens it ("Ali-bey, a farmer in Konya, said");
 * `comma` itself when there is no apposition.
 */
function beforeApposition(tokens: readonly Token[], comma: number, floor: number): number {
  for (let m = comma - 1; m > floor && m >= comma - APPOSITION_REACH; m--) {
    const t = tokens[m];
    if (
      !t ||
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-')
    ) {
      return comma;
    }
    if (t.text !== ',') continue;
    if (!APPOSITION_STARTS.has(tokens[m + 1]?.pos ?? 'X')) return comma;
    const inner = tokens.slice(m + 1, comma);
    return inner.every((x) => x.pos === 'PROPN' || x.text === '-') ? comma - 1 : m - 1;
  }
  return comma;
}

/**
 * The noun phrase that starts at `from`, read rightwards ("according to US officials in Kyiv",
 * "said a spokesman for the ministry"), or null.
 */
export function phraseAfter(tokens: readonly Token[], from: number): TokenRange | null {
  const t = tokens[from];
  if (t?.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower)) return { first: from, last: from };
  let last = from - 1;
  for (let i = from; i < tokens.length && i - from < MAX_PHRASE; i++) {
    if (isPhraseToken(tokens, i)) {
      last = i;
    } else if (isInnerLink(tokens, i, i + 1) && isPhraseToken(tokens, i + 1)) {
      continue;
    } else {
      break;
    }
  }
  return trimPhrase(tokens, from, last);
}

/** "of"/"for" between two parts of a phrase, or "and" between two names. */
function isInnerLink(tokens: readonly Token[], i: number, right: number): boolean {
  const t = tokens[i];
  if (!t || right > tokens.length - 1 || !isPhraseToken(tokens, right)) return false;
  if (t.pos === 'ADP') return INNER_ADPOSITIONS.has(t.lower) && isPhraseToken(tokens, i - 1);
  // "Kerry and Lavrov", "club owner and head coach Dan Pruitt"
  if (t.lower === 'and') {
    return NAMING_POS.has(tokens[i - 1]?.pos ?? 'X') && NAMING_POS.has(tokens[right]?.pos ?? 'X');
  }
  return false;
}

/** Drops leading "the" and dangling prepositions; null when nothing heads the phrase. */
function trimPhrase(tokens: readonly Token[], first: number, last: number): TokenRange | null {
  let f = first;
  let l = last;
  while (f <= l && (tokens[f]?.lower === 'the' || tokens[f]?.pos === 'ADP')) f++;
  while (
    l >= f &&
    (tokens[l]?.pos === 'ADP' || tokens[l]?.pos === 'DET' || tokens[l]?.pos === 'ADJ')
  )
    l--;
  if (f > l) return null;
  for (let i = f; i <= l; i++) if (isHead(tokens[i])) return { first: f, last: l };
  return null;
}

/** A noun, a name or a personal pronoun ("he", not "her quips"). */
function isHead(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos === 'PRON' ? PERSONAL_PRONOUNS.has(t.lower) : HEAD_POS.has(t.pos);
}

/** The token that heads a phrase: the last noun or name before any "of"/"for" part. */
export function phraseHead(tokens: readonly Token[], range: TokenRange): number {
  for (let i = range.first; i <= range.last; i++) {
    const t = tokens[i];
    if (t?.pos === 'ADP' && i > range.first) return headBefore(tokens, range.first, i - 1);
  }
  return headBefore(tokens, range.first, range.last);
}

function headBefore(tokens: readonly Token[], first: number, last: number): number {
  for (let i = last; i >= first; i--) if (HEAD_POS.has(tokens[i]?.pos ?? 'X')) return i;
  return last;
}
