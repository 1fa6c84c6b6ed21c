/**
 * What two versions of one fact can differ on in substance: numbers, names, dates and negations.
 * A word diff marks every changed word ("said" against "told"); a reader trusts marks that
 * change what is claimed. Plain text in, spans out: no NLP model, so it runs as a sentence is
 * drawn.
 */

import { monthOf } from '../../../core/extract/dates/explicit-dates';
import { readNumberWords } from '../../../core/extract/quantities/number-words';

/** The kinds of substance a sentence's claim rests on. */
export type SubstanceKind = 'number' | 'name' | 'date' | 'negation';

/** A span of a sentence that carries substance; offsets are relative to the sentence. */
export type SubstanceToken = {
  kind: SubstanceKind;
  start: number;
  end: number;
  text: string;
  /**
   * What it is compared by: a number's value ("12"), a name's words ("john kerry"), a date's
   * parts ("d30 m3 y2014"), or "not" for every negation.
   */
  key: string;
};

/** A token of this version that no other version gives, and what they give of its kind instead. */
export type SubstanceDifference = { token: SubstanceToken; instead: string[] };

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

const NEGATIONS = new Set(
  'not no never nor none nobody nothing neither nowhere without cannot deny denies denied denying'.split(
    ' ',
  ),
);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Capitalised words that start clauses rather than name anyone. */
const NOT_NAMES = new Set(
  'a an the in on at of for by to from with and but or so yet if as when while after before since because although though he she it they we you i his her its their our my your this that these those there here what who which where how mr mrs ms dr sir prof gen col lt sgt rev st'.split(
    ' ',
  ),
);

type Word = { text: string; lower: string; start: number; end: number };

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: bare(m[0].toLowerCase()),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Words that give a person's office or rank: part of a name, never a name alone. */
const TITLE_WORDS = new Set(
  'secretary minister president prime foreign state chancellor chief general spokesman spokeswoman spokesperson officer ambassador governor mayor senator judge king queen prince pope director head deputy vice'.split(
    ' ',
  ),
);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A word as compared: lower case, without a possessive or the dots of an initialism ("U.S."). */
const bare = (lower: string) => lower.replace(/['’]s$/, '').replace(/\./g, '');

/** The value of a number word or figure ("100,000", "1.5", "twelve", "6th"), else null. */
export function numberValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const ordinal = /^(\d+)(st|nd|rd|th)$/i.exec(word);
  if (ordinal) return Number(ordinal[1]);
  // "One" is as often a pronoun ("one of them") as a number.
  if (lower === 'one') return null;
  return readNumberWords([lower], 0)?.value ?? null;
}

/** Small words that a headline capitalises and running text does not. */
const TITLE_SMALL_WORDS = new Set(
  'and to of in on for with out at as by from into over up'.split(' '),
);

/**
 * True when a sentence is set in title case (a headline), whose capitals name nothing: small
 * words capitalised after its first word, or nearly every word capitalised.
 */
function isTitleCase(words: Word[]): boolean {
  const alphabetic = words.filter((w) => /^\p{L}/u.test(w.text));
  const capitalised = alphabetic.filter((w) => isCapitalised(w.text));
  const smallCaps = capitalised.filter((w, k) => k > 0 && TITLE_SMALL_WORDS.has(w.lower));
  if (smallCaps.length >= 2) return true;
  return alphabetic.length >= 5 && capitalised.length / alphabetic.length > 0.8;
}

/** Only whitespace (at most one line's worth) between two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}

/** A day of the month ("30", "6th"), else null. */
function dayOf(word: Word | undefined): number | null {
  const value = word && /^\d{1,2}(st|nd|rd|th)?$/i.test(word.text) ? numberValue(word.text) : null;
  return value !== null && value >= 1 && value <= 31 ? value : null;
}

/** A year from 1800 to 2099 written in figures, else null. */
function yearOf(word: Word | undefined): number | null {
  return word && /^(1[89]|20)\d\d$/.test(word.text) ? Number(word.text) : null;
}

/** Reads the date starting at word `i` ("30 March 2014", "March 30", "Sunday"), if any. */
function readDate(text: string, words: Word[], i: number): { end: number; key: string } | null {
  const word = words[i];
  if (!word) return null;
  const weekday = WEEKDAYS.indexOf(word.lower);
  if (weekday >= 0 && isCapitalised(word.text)) return { end: i + 1, key: `w${weekday + 1}` };
  if (RELATIVE_DAYS.has(word.lower)) return { end: i + 1, key: `r-${word.lower}` };
  /** Word `k` when it follows word `k - 1` with only a space (or a comma and a space) between. */
  const follows = (k: number, comma = false): Word | undefined => {
    const a = words[k - 1];
    const b = words[k];
    if (!a || !b) return undefined;
    return (comma ? /^,?[ \t]{1,2}$/ : /^[ \t]{1,2}$/).test(text.slice(a.end, b.start))
      ? b
      : undefined;
  };
  const parts: string[] = [];
  let k: number;
  const leadingDay = dayOf(word);
  const dayThenMonth = leadingDay === null ? null : monthOf(follows(i + 1) ?? word);
  if (leadingDay !== null && dayThenMonth !== null) {
    parts.push(`d${leadingDay}`, `m${dayThenMonth}`);
    k = i + 2;
  } else if (monthOf(word) !== null) {
    parts.push(`m${monthOf(word)}`);
    k = i + 1;
    const day = dayOf(follows(k));
    if (day !== null) {
      parts.push(`d${day}`);
      k += 1;
    }
  } else {
    const year = yearOf(word);
    return year === null ? null : { end: i + 1, key: `y${year}` };
  }
  const year = yearOf(follows(k, true));
  if (year !== null) {
    parts.push(`y${year}`);
    k += 1;
  }
  return { end: k, key: parts.sort().join(' ') };
}

/** Reads the number starting at word `i` ("1.5 million", "twelve", "40,000"), if any. */
function readNumber(text: string, words: Word[], i: number): { end: number; key: string } | null {
  const word = words[i];
  const value = word ? numberValue(word.text) : null;
  if (!word || value === null) return null;
  // "between the two, …": a number word that counts nothing after it stands for people.
  if (/^\p{L}/u.test(word.text) && /^\s*([,.;:!?)”"]|$)/u.test(text.slice(word.end))) return null;
  const scale = words[i + 1];
  const factor = scale && adjacent(text, word, scale) ? SCALES[scale.lower] : undefined;
  if (factor !== undefined) return { end: i + 2, key: String(value * factor) };
  return { end: i + 1, key: String(value) };
}

/**
 * The tokens of substance in a sentence, in order: figures and number words with their value,
 * dates (a day, month and year read together, weekdays, years), negations, and names — runs of
 * capitalised words, not counting a sentence's first word alone or a headline's capitals.
 *
 * @example substanceTokens('Kerry met Lavrov on 30 March.').map((t) => t.text) // ['Kerry', 'Lavrov', '30 March']
 */
export function substanceTokens(text: string): SubstanceToken[] {
  // "Headline | News | DW | 30.03.2014": what follows a bar is the site's, not the claim's.
  const bar = text.indexOf(' | ');
  const words = wordsOf(bar < 0 ? text : text.slice(0, bar));
  const headline = isTitleCase(words);
  const out: SubstanceToken[] = [];
  const push = (kind: SubstanceKind, from: number, to: number, key: string) => {
    const start = words[from]?.start ?? 0;
    const end = words[to - 1]?.end ?? start;
    out.push({ kind, start, end, text: text.slice(start, end), key });
  };
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    const date = readDate(text, words, i);
    if (date) {
      push('date', i, date.end, date.key);
      i = date.end;
      continue;
    }
    const number = readNumber(text, words, i);
    if (number) {
      push('number', i, number.end, number.key);
      i = number.end;
      continue;
    }
    if (NEGATIONS.has(word.lower) || /n['’]t$/i.test(word.lower)) {
      push('negation', i, i + 1, 'not');
      i += 1;
      continue;
    }
    if (!headline && isCapitalised(word.text) && !NOT_NAMES.has(word.lower)) {
      let end = i + 1;
      while (end < words.length) {
        const previous = words[end - 1] as Word;
        const candidate = words[end] as Word;
        if (!isCapitalised(candidate.text) || !adjacent(text, previous, candidate)) break;
        if (monthOf(candidate) !== null || WEEKDAYS.includes(candidate.lower)) break;
        end += 1;
      }
      // A sentence's first word is capitalised anyway: alone, it names nothing for certain.
      if (i > 0 || end > i + 1) {
        const key = words
          .slice(i, end)
          .map((w) => w.lower)
          .filter((w) => !TITLE_WORDS.has(w))
          .join(' ');
        if (key) push('name', i, end, key);
      }
      i = end;
      continue;
    }
    i += 1;
  }
  return out;
}

/** Two words for one name: equal, or one a form of the other ("Russia", "Russian"). */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= 5 && common >= shorter - 2;
}

/** Whether two tokens of one kind give the same thing. */
function sameToken(a: SubstanceToken, b: SubstanceToken): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'name') {
    const theirs = b.key.split(' ');
    return a.key.split(' ').some((word) => theirs.some((other) => sameNameWord(word, other)));
  }
  if (a.kind === 'date') {
    const mine = a.key.split(' ');
    const theirs = b.key.split(' ');
    return mine.every((p) => theirs.includes(p)) || theirs.every((p) => mine.includes(p));
  }
  return a.key === b.key;
}

/**
 * The substance of `text` that none of `others` gives — a figure, name or date they do not
 * have, or a negation where they have none — each with what they give of its kind instead.
 *
 * @example substanceDifferences('Nine people died on Monday.', ['Twelve people died on Monday.'])
 *   // [{ token: { kind: 'number', text: 'Nine', … }, instead: ['Twelve'] }]
 */
export function substanceDifferences(text: string, others: string[]): SubstanceDifference[] {
  const mine = substanceTokens(text);
  const theirs = others.flatMap(substanceTokens);
  return mine
    .filter((token) => !theirs.some((other) => sameToken(token, other)))
    .map((token) => ({
      token,
      instead:
        token.kind === 'negation'
          ? []
          : [
              ...new Set(
                theirs
                  .filter(
                    (other) => other.kind === token.kind && !mine.some((m) => sameToken(m, other)),
                  )
                  .map((other) => other.text),
              ),
            ],
    }));
}
