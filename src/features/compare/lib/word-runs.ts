import { wordDiff } from '../../../core/diff/word-diff';

/** A word of a sentence and whether some counterpart has it too (in order, by word diff). */
export type WordToken = { start: number; end: number; text: string; shared: boolean };

/** A run of words to highlight; offsets are relative to the sentence. */
export type WordRun = { start: number; end: number };

// Function words say nothing about what a source claims; a run made only of them (or of words
// under four letters: "a", "the", "of") is not worth a highlight.
const FUNCTION_WORDS = new Set(
  'about also been from have into more most much only other over some such than that their them then there these they this those very were what when where which while will with would your'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * Which characters of `text` also appear, in order, in `other`: the core's word diff (jsdiff,
 * with its size and edit limits). Null when the pair is too long or too different to diff.
 *
 * @example sharedCharacters('met in Paris', 'talks in Paris')  // [f,f,f,f,t,t,t,t,t,t,t,t]
 */
export function sharedCharacters(text: string, other: string): boolean[] | null {
  const diff = wordDiff(other, text);
  if (!diff) return null;
  const mask = new Array<boolean>(text.length).fill(false);
  for (const segment of diff.b) if (!segment.changed) mask.fill(true, segment.start, segment.end);
  return mask;
}

/**
 * The words of `text`, each flagged shared when any counterpart has it (in order). Null when no
 * counterpart could be diffed within the limits.
 *
 * @example compareWords('Kerry met Lavrov', ['Kerry saw Lavrov']).map((w) => w.shared) // [true, false, true]
 */
export function compareWords(text: string, others: string[]): WordToken[] | null {
  const masks = others.map((other) => sharedCharacters(text, other)).filter((m) => m !== null);
  if (masks.length === 0) return null;
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    shared: masks.some((mask) => mask[match.index] === true),
  }));
}

/** True for a word that carries content: a number, or four letters or more and not a function word. */
export function isContentWord(word: string): boolean {
  if (/\p{N}/u.test(word)) return true;
  return word.length >= 4 && !FUNCTION_WORDS.has(word.toLowerCase());
}

/** Share of the content words that a counterpart has too (0 when there are none). */
export function sharedRatio(tokens: WordToken[]): number {
  const content = tokens.filter((t) => isContentWord(t.text));
  return content.length === 0 ? 0 : content.filter((t) => t.shared).length / content.length;
}

/**
 * Runs of consecutive words that only this version has, kept when they hold a content word:
 * the details one source adds ("behind closed doors", "for four hours").
 *
 * @example ownRuns(compareWords('They met for four hours', ['They met']) ?? []) // [{ start: 9, end: 23 }]
 */
export function ownRuns(tokens: WordToken[]): WordRun[] {
  const runs: (WordRun & { content: boolean })[] = [];
  let open: (WordRun & { content: boolean }) | null = null;
  for (const token of tokens) {
    if (token.shared) {
      open = null;
      continue;
    }
    if (open) {
      open.end = token.end;
      open.content ||= isContentWord(token.text);
    } else {
      open = { start: token.start, end: token.end, content: isContentWord(token.text) };
      runs.push(open);
    }
  }
  return runs.filter((run) => run.content).map(({ start, end }) => ({ start, end }));
}

/**
 * Shared words that name something specific — numbers, and capitalised words other than the
 * first — merged when adjacent ("John Kerry", "30 March"): what the versions corroborate.
 *
 * @example sharedSpecifics(compareWords('On Sunday Kerry flew', ['Kerry flew on Sunday']) ?? [])
 */
export function sharedSpecifics(tokens: WordToken[]): WordRun[] {
  const runs: WordRun[] = [];
  let previous: WordToken | null = null;
  tokens.forEach((token, i) => {
    const specific =
      token.shared && (/\p{N}/u.test(token.text) || (i > 0 && /^\p{Lu}/u.test(token.text)));
    const last = runs[runs.length - 1];
    if (specific && last && previous && last.end === previous.end && isAdjacent(previous, token)) {
      last.end = token.end;
    } else if (specific) runs.push({ start: token.start, end: token.end });
    previous = specific ? token : null;
  });
  return runs;
}

function isAdjacent(a: WordToken, b: WordToken): boolean {
  return b.start - a.end <= 1;
}
