import type { Token } from '../../types';
import { isAgeFigure } from './ages';
import { type Qualifier, readQualifier } from './approximators';
import { type Figure, readFigure } from './figure';
import { scaleExactly } from './numeral';
import type { QuantityBound } from '../types';
import { designatorLength, findUnitHead, isProperAdjective, type UnitHead } from './unit-head';
import { isMeasureNoun } from './units';

/** A figure found in one sentence, before attribution and anaphora are attached. */
export type SentenceQuantity = {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  unitSpan: { start: number; end: number } | null;
  approximate: boolean;
  bound: QuantityBound | null;
  qualifier: string | null;
  /** Token index where the phrase (qualifier or figure) begins. */
  firstToken: number;
  /** Token index of the figure's last token. */
  lastToken: number;
  /** Written in words ("two"), not digits. */
  spelled: boolean;
  /** Written so that the value is in doubt ("1.500": 1.5 or 1500). */
  uncertain: boolean;
};

/** Contexts in which an article counts as "one": "for an hour", "within a week". */
const ARTICLE_CONTEXT = new Set(['for', 'within', 'than', 'after', 'half']);
/** Nouns that label a figure placed after them: "magnitude 4.4", "Category 4". */
const PRE_UNITS = new Set(['magnitude', 'category', 'level', 'grade']);
/** Words that make the next figure a rank or a label, not an amount: "No. 2". */
const LABEL_WORDS = new Set(['no.', 'no', 'number', '#', 'nr.', 'page', 'chapter', 'article']);

/**
 * Finds the figures in one sentence's tokens, with their qualifiers and units. Tokens whose
 * index is in `taken` (dates, years) are not read as figures. List numbers ("1. Inhalt"),
 * labels ("No. 2", "Flight 447") and a lone pronoun "one" are skipped.
 *
 * @example findQuantities(tokens('He spoke for nearly an hour.'), new Set())[0]
 *   // { value: 1, unit: 'hour', approximate: true, bound: 'max', qualifier: 'nearly', … }
 */
export function findQuantities(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
): SentenceQuantity[] {
  const words = tokens.map((t) => t.lower);
  const found: SentenceQuantity[] = [];
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const qualifierBefore = readQualifier(words, i);
    const allowArticle = qualifierBefore !== null || ARTICLE_CONTEXT.has(words[i - 1] ?? '');
    const figure = readFigure(tokens, words, i, allowArticle);
    if (!figure || spansTaken(figure, taken)) continue;
    const quantity = describe(tokens, words, figure, qualifierBefore);
    if (quantity) {
      const ends = figure.range ? splitRange(figure, quantity) : [quantity];
      found.push(...ends);
      figures.push(...ends.map(() => figure));
    }
    i = figure.last;
  }
  joinDashedRanges(tokens, found, figures);
  shareUnits(tokens, found);
  return found;
}

/**
 * "40,000-50,000 troops" (one token): both ends, each with its own span, the lower a
 * minimum and the upper a maximum, both counting what the range counts.
 */
function splitRange(figure: Figure, quantity: SentenceQuantity): SentenceQuantity[] {
  const range = figure.range;
  if (!range) return [quantity];
  const low: SentenceQuantity = {
    ...quantity,
    end: range.dash,
    bound: quantity.bound ?? 'min',
  };
  const high: SentenceQuantity = {
    ...quantity,
    start: range.dash + 1,
    value: range.high,
    bound: quantity.bound ?? 'max',
    uncertain: range.highUncertain,
  };
  return [low, high];
}

const RANGE_DASHES = new Set(['-', '–', '—']);

/**
 * "40,000–50,000 troops", "$5–10 million": two figures joined by a dash, rising, are a range:
 * the lower end a minimum and the upper a maximum; the lower end takes the scale the upper end
 * is written with ("5–10 million" is five million to ten million), the upper the currency.
 */
function joinDashedRanges(
  tokens: readonly Token[],
  found: SentenceQuantity[],
  figures: readonly Figure[],
): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const q = found[k] as SentenceQuantity;
    const next = found[k + 1] as SentenceQuantity;
    const [f, g] = [figures[k] as Figure, figures[k + 1] as Figure];
    if (f === g || next.firstToken !== q.lastToken + 2) continue;
    if (!RANGE_DASHES.has(tokens[q.lastToken + 1]?.text ?? '')) continue;
    if (f.scale === 1 && g.scale > 1 && !f.percent && q.value < g.value / g.scale) {
      q.value = scaleExactly(q.value, g.scale);
    }
    if (!(q.value < next.value)) continue;
    if (g.currency === null && f.currency !== null && next.unit === null) next.unit = f.currency;
    q.bound ??= 'min';
    next.bound ??= 'max';
  }
}

/** Words between coordinated figures that share the last one's unit: "six, 9, 14 years". */
const COORDINATORS = new Set([',', 'or', 'and', 'to', '-', '–']);

/** Gives bare figures of a list or range the unit of the figure that closes it. */
function shareUnits(tokens: readonly Token[], found: SentenceQuantity[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const q = found[k];
    const next = found[k + 1];
    if (!q || !next || q.unit !== null || next.unit === null) continue;
    const gap = next.firstToken - q.lastToken - 1;
    const between = tokens.slice(q.lastToken + 1, next.firstToken);
    if (gap >= 1 && gap <= 2 && between.every((t) => COORDINATORS.has(t.lower))) q.unit = next.unit;
  }
}

function spansTaken(figure: Figure, taken: ReadonlySet<number>): boolean {
  for (let k = figure.first; k <= figure.last; k++) if (taken.has(k)) return true;
  return false;
}

function describe(
  tokens: readonly Token[],
  words: readonly string[],
  figure: Figure,
  qualifier: Qualifier | null,
): SentenceQuantity | null {
  if (isListNumber(tokens, figure) || isLabel(tokens, words, figure)) return null;
  if (
    isGluedToWord(tokens, figure) ||
    isTimeOfDay(tokens, words, figure) ||
    isCode(tokens, figure)
  ) {
    return null;
  }
  if (isPronounOne(words, figure)) return null;
  const head = unitOf(tokens, words, figure);
  if ((figure.needsUnit || isWord(words, figure, 'one')) && !head) return null;
  const firstToken = qualifier?.first ?? figure.first;
  const lastToken = figure.needsUnit && head?.first !== undefined ? head.last : figure.last;
  const start = tokens[firstToken]?.start ?? 0;
  const end = tokens[lastToken]?.end ?? start;
  const unitSpan =
    head && head.first >= 0
      ? { start: tokens[head.first]?.start ?? 0, end: tokens[head.last]?.end ?? 0 }
      : null;
  return {
    start,
    end,
    value: figure.value,
    unit: head?.unit ?? null,
    unitSpan,
    approximate: qualifier !== null || figure.plural || figure.approximate || head?.plus === true,
    bound: qualifier?.bound ?? (figure.plural || head?.plus ? 'min' : null),
    qualifier: qualifier
      ? words.slice(qualifier.first, qualifier.first + qualifier.length).join(' ')
      : null,
    firstToken,
    lastToken: figure.last,
    spelled: tokens[figure.last]?.kind !== 'number' && !figure.currency && !figure.percent,
    uncertain: figure.uncertain,
  };
}

function unitOf(
  tokens: readonly Token[],
  words: readonly string[],
  figure: Figure,
): UnitHead | null {
  if (figure.percent) return { unit: '%', first: -1, last: -1 };
  if (figure.currency) return { unit: figure.currency, first: -1, last: -1 };
  const head = findUnitHead(tokens, figure.last + 1);
  if (head) return head;
  const before = words[figure.first - 1] ?? '';
  if (PRE_UNITS.has(before))
    return { unit: before, first: figure.first - 1, last: figure.first - 1 };
  if (figure.first === figure.last && isAgeFigure(tokens, figure.first)) {
    return { unit: 'years old', first: -1, last: -1 };
  }
  return null;
}

/** "1. Inhalt", "2) Navigation": a figure opening the sentence and followed by "." or ")". */
function isListNumber(tokens: readonly Token[], figure: Figure): boolean {
  const after = tokens[figure.last + 1]?.text;
  return figure.first === 0 && figure.currency === null && (after === '.' || after === ')');
}

/** "No. 2", "Flight 447", "Apollo 13": a bare figure that names or ranks something. */
function isLabel(tokens: readonly Token[], words: readonly string[], figure: Figure): boolean {
  if (figure.currency || figure.percent) return false;
  if (LABEL_WORDS.has(words[figure.first - 1] ?? '')) return true;
  const before = tokens[figure.first - 1];
  const after = tokens[figure.last + 1];
  // "12 Larkspur Lane": a figure before a name is an address or a label.
  if (
    after?.pos === 'PROPN' &&
    /^[A-Z]/.test(after.text) &&
    !isProperAdjective(after.text) &&
    designatorLength(tokens, figure.last + 1) === 0
  )
    return true;
  if (before?.pos !== 'PROPN' || before.end + 1 < (tokens[figure.first]?.start ?? 0)) return false;
  // "Apollo 13", "MP 5 carbines": right after a name, or any short acronym, a figure is a label.
  return after?.pos !== 'NOUN' || /^[A-Z]{1,3}$/.test(before.text);
}

/** "one of the best", "no one", "the one who": "one" used as a pronoun, not a count. */
function isPronounOne(words: readonly string[], figure: Figure): boolean {
  if (figure.first !== figure.last || words[figure.first] !== 'one') return false;
  const after = words[figure.last + 1] ?? '';
  const before = words[figure.first - 1] ?? '';
  return after === 'of' || PRONOUN_ONE_BEFORE.has(before) || PRONOUN_ONE_AFTER.has(after);
}

function isWord(words: readonly string[], figure: Figure, word: string): boolean {
  return figure.first === figure.last && words[figure.first] === word;
}

const PRONOUN_ONE_BEFORE = new Set(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which']);
const PRONOUN_ONE_AFTER = new Set(['another', 'who', 'that', 'which', ',', '.', 'and', 'or']);

/** "49ers", "12KOs": digits glued to a word that is not a unit are part of a name. */
function isGluedToWord(tokens: readonly Token[], figure: Figure): boolean {
  const last = tokens[figure.last];
  const next = tokens[figure.last + 1];
  if (!last || !next || next.start !== last.end || next.kind !== 'word') return false;
  return !isMeasureNoun(next.lemma);
}

const CLOCK_WORDS = new Set([
  'a.',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'gmt',
  'utc',
  'est',
  'edt',
  'bst',
  'cet',
  'hours',
]);

/** "0300 GMT", "9.25 am", "at 8 pm": a time of day, not an amount. */
function isTimeOfDay(tokens: readonly Token[], words: readonly string[], figure: Figure): boolean {
  if (figure.currency || figure.percent) return false;
  const text = tokens[figure.first]?.text ?? '';
  if (/^0\d/.test(text)) return true;
  const next = words[figure.last + 1] ?? '';
  return CLOCK_WORDS.has(next) && next !== 'hours'
    ? true
    : next === 'hours' && /^\d{4}$/.test(text);
}

/**
 * "0845 125 2222" (a phone number), "'86" (a year), "8: 13am" (a clock): figures that sit next
 * to other figures or marks in a way amounts do not.
 */
function isCode(tokens: readonly Token[], figure: Figure): boolean {
  if (figure.currency || figure.percent) return false;
  const before = tokens[figure.first - 1];
  const after = tokens[figure.last + 1];
  const first = tokens[figure.first];
  if (before?.kind === 'number' || after?.kind === 'number') return true;
  if (before && first && before.end === first.start && /^['’]$/.test(before.text)) return true;
  return after?.text === ':' && tokens[figure.last + 2]?.kind === 'number';
}
