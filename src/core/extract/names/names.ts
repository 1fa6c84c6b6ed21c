import type { Token } from '../../types';
import { monthOf } from '../dates/explicit-dates';
import { CAPITALIZED_ROLES, DEPARTMENT_WORDS, ORGANIZATION_WORDS, TITLE_WORDS } from '../cue-words';
import { weekdayOfToken } from '../dates/relative-dates';
import { isProperAdjective } from '../quantities/unit-head';

/**
 * A sequence of proper nouns in a sentence ("US President Barack Obama"), split into the
 * title words and the name proper.
 */
export type NameRun = {
  /** Token range of the whole sequence, inclusive. */
  first: number;
  last: number;
  /** First token of the name proper; `last + 1` when the run is only a title ("the Russian President"). */
  nameFirst: number;
  /** Title words, lower-cased without dots ("foreign", "minister"). */
  titles: string[];
  /** What stands before the title: "European Council" in "European Council President …", "US". */
  prefix: { first: number; last: number } | null;
};

/** Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden". */
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'del',
  'dos',
]);
const CAPITALIZED = /^[A-Z]/;
const LOOSE_POS = new Set(['NOUN', 'VERB', 'ADJ', 'X']);

/** A token's text lower-cased without dots, as title and organization words are listed. */
export function bareWord(token: Token | undefined): string {
  return token ? token.lower.replace(/\./g, '') : '';
}

/**
 * Proper-noun sequences of one sentence, from the parts of speech: PROPN tokens plus capitalized
 * words the tagger called nouns inside such a sequence ("European Council President Herman Van
 * Rompuy"), joined by particles and by "of" after a title or an organization word ("Secretary of
 * State John Kerry", "Bank of America"). Weekday and month names are dates, not names.
 *
 * @example findNameRuns(tokens('Russian Foreign Minister Sergei Lavrov met')) // nameFirst → "Sergei"
 */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    let hasPropn = tokens[i]?.pos === 'PROPN';
    for (;;) {
      if (isNameToken(tokens, last + 1)) {
        last++;
      } else if (isConnector(tokens, last + 1) && isNameToken(tokens, last + 2)) {
        last += 2;
      } else {
        break;
      }
      if (tokens[last]?.pos === 'PROPN') hasPropn = true;
    }
    // "Pier No. 9": a numbered label belongs to the name.
    if (bareWord(tokens[last]) === 'no' && tokens[last + 1]?.kind === 'number') last++;
    if (hasPropn) runs.push(splitTitles(tokens, i, last, followsTitleOf(tokens, i)));
    i = last + 1;
  }
  return runs;
}

function isNameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !CAPITALIZED.test(t.text)) return false;
  if (weekdayOfToken(t.text) !== null || monthOf(t) !== null) return false;
  if (t.pos === 'PROPN') return true;
  if (!LOOSE_POS.has(t.pos)) return false;
  // A capitalized common noun counts only next to a proper noun: "President Obama", "Lisbon Courier".
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (before?.pos === 'PROPN' && CAPITALIZED.test(before.text) && i > 0) ||
    (after?.pos === 'PROPN' && CAPITALIZED.test(after.text))
  );
}

function isConnector(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (PARTICLES.has(t.text)) return true;
  // "Ortega-Vidal", "Ali-bey": a hyphen glued to both neighbours.
  if (t.text === '-') return tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
  if (t.text !== 'of') return false;
  const before = bareWord(tokens[i - 1]);
  return TITLE_WORDS.has(before) || ORGANIZATION_WORDS.has(before);
}

/** "Secretary of the Treasury Dana Price": the run starts after "Title of (the)". */
function followsTitleOf(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return tokens[of]?.lower === 'of' && TITLE_WORDS.has(bareWord(tokens[of - 1]));
}

function splitTitles(
  tokens: readonly Token[],
  first: number,
  last: number,
  afterTitleOf: boolean,
): NameRun {
  let firstTitle = -1;
  let lastTitle = -1;
  let afterOf = afterTitleOf;
  for (let k = first; k <= last; k++) {
    const word = bareWord(tokens[k]);
    if (word === 'of') afterOf = firstTitle >= 0 || afterTitleOf;
    // "Secretary of State", "Interior Secretary": departments belong to the title around them.
    const department =
      DEPARTMENT_WORDS.has(word) &&
      (afterOf || (k < last && TITLE_WORDS.has(bareWord(tokens[k + 1]))));
    // "Actress Dana Price": a role noun opening the run (or after a title) is a title too.
    const role = k < last && (k === first || lastTitle === k - 1) && CAPITALIZED_ROLES.has(word);
    const isTitle = TITLE_WORDS.has(word) || department || role;
    if (isTitle || word === 'of') {
      if (isTitle && firstTitle < 0) firstTitle = k;
      if (firstTitle >= 0) lastTitle = k;
    }
    if (!isTitle && word !== 'of') afterOf = false;
  }
  const plain: NameRun = { first, last, nameFirst: first, titles: [], prefix: null };
  if (firstTitle < 0) return plain;
  // "Devon King": a title word that ends a name is part of it, unless only a prefix precedes
  // it ("the Russian President").
  if (lastTitle === last && !tokens.slice(first, firstTitle).every((t) => isPrefixWord(t)))
    return plain;
  // An organization word after the title makes the run an organization, not a titled name.
  for (let k = lastTitle + 1; k <= last; k++) {
    if (ORGANIZATION_WORDS.has(bareWord(tokens[k]))) return plain;
  }
  const titles: string[] = [];
  for (let k = firstTitle; k <= lastTitle; k++) {
    const word = bareWord(tokens[k]);
    if (word !== 'of') titles.push(word);
  }
  return {
    first,
    last,
    nameFirst: lastTitle + 1,
    titles,
    prefix: firstTitle > first ? { first, last: firstTitle - 1 } : null,
  };
}

/** Words that may stand before a title: "Russian", "US", "European Council". */
function isPrefixWord(token: Token): boolean {
  return isProperAdjective(token.text) || ORGANIZATION_WORDS.has(bareWord(token));
}

/**
 * True when the sentence is set in capitals or in title case (a headline), where the tagger
 * calls most words proper nouns and runs are not names. Title case shows in the words that are
 * not names: "Dana Price Finally Moves Into Politics" capitalizes "Finally" and "Into", while
 * "John Kerry met Sergei Lavrov in Paris" keeps "met" and "in" lower-case.
 */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  let letters = 0;
  let upper = 0;
  let common = 0;
  let capitalizedCommon = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const capitals = t.text.toUpperCase();
    if (t.lower === capitals) return; // no letters
    letters++;
    if (t.text.length > 1 && t.text === capitals) upper++;
    if (i === 0 || t.pos === 'PROPN') return;
    common++;
    if (t.text !== t.lower) capitalizedCommon++;
  });
  if (letters === 0) return false;
  return upper / letters > 0.6 || (common >= 2 && capitalizedCommon / common >= 0.6);
}
