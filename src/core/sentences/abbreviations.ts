/**
 * Word lists that decide whether a period ends a sentence. All lookups are of the word before the
 * period without the period itself ("Gen" for "Gen."), case-sensitive unless said otherwise.
 */

/** Titles that always precede a name: a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Lt Col Sgt Capt Adm Cmdr Cdr Maj Brig ' +
    'Cpl Pvt Pfc Spc Supt Insp Det Rev Revd Hon Fr Msgr Gov Sen Sens Rep Reps Pres Amb Atty Gens ' +
    'Lieut Comdr Sra Srta'
  ).split(' '),
);

/**
 * Abbreviations that may also end a sentence ("in Palm Grove, Calif. The singer…"): a period
 * after them ends the sentence only when a typical sentence opener follows.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
    'Jr Sr St Ste Mt Ft Ave Blvd Rd Hwy Sq Pl Ln Dept Univ Inc Ltd Co Corp Bros Cie Assn Assoc Intl ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont ' +
    'Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo ' +
    'etc vs v approx est ca cf al Govt govt'
  ).split(' '),
);

/** Abbreviations that take a number after them ("No. 1", "Art. 5", "p. 12"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'No Nos no nos Nr Art Arts art Vol vol Fig fig figs p pp Ch ch Sec sec Para para Op op ca'.split(
    ' ',
  ),
);

/**
 * Lower-cased words that commonly open an English sentence: after an ambiguous abbreviation
 * ("U.S.", "Calif.", "a.m.") one of these means a new sentence starts.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an he she it they we i you his her its their our my your this that these those there ' +
    'here but and or so yet in on at for if when while after before as with by from to of ' +
    'meanwhile however now then some many most all no one two three four five several what who ' +
    'where why how earlier later last next according still also since because although though ' +
    'until under during despite both each every other another such not only even just more among ' +
    'about over instead thus therefore moreover furthermore nevertheless yes'
  ).split(' '),
);

/** A dotted abbreviation such as "U.S", "a.m", "Ph.D", "D.C" (final period already removed). */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
/**
 * A single letter: an initial ("J. K. Rowling"), a letter name ("Plan B."), or part of a spaced
 * abbreviation ("6:40 a. m.", "85 b. euro").
 */
const INITIAL = /^\p{L}$/u;

/** The kind of word before a period, as far as sentence ends are concerned. */
export type AbbreviationKind = 'title' | 'ambiguous' | 'number' | 'none';

/**
 * Classifies the word before a period.
 *
 * @example abbreviationKind('Gen') // 'title'
 * @example abbreviationKind('U.S') // 'ambiguous'
 * @example abbreviationKind('Ukraine') // 'none'
 */
export function abbreviationKind(word: string): AbbreviationKind {
  if (TITLE_ABBREVIATIONS.has(word)) return 'title';
  if (NUMBER_ABBREVIATIONS.has(word)) return 'number';
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || DOTTED.test(word) || INITIAL.test(word)) {
    return 'ambiguous';
  }
  return 'none';
}
