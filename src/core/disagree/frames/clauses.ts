import type { Token } from '../../types';

/**
 * An inclusive token range of one clause in a sentence. A clause that continues the predicates
 * of the one before ("walked into the warehouse and shot the guard") has `from`: the first token
 * of the first clause of that run, where its subject and setting are.
 */
export type Clause = { first: number; last: number; from?: number };

/** Marks that end a clause wherever they stand. */
const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')']);
/** After a comma, words that open another clause: ", while officials said…". */
const CLAUSE_OPENERS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'which',
  'who',
  'when',
  'because',
  'since',
  'after',
  'before',
  'as',
  'where',
  'whom',
]);

/**
 * Splits a sentence's tokens into clauses: at semicolons, colons, dashes and brackets, and at
 * a comma that opens a subordinate or contrasting clause. A figure's verb and the names around
 * it are looked for in its own clause.
 *
 * @example clauses(tokens('Kyiv says 100,000, while US officials put it at 40,000.'))
 *   // [{ first: 0, last: 3 }, { first: 4, last: 11 }]
 */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  /** The first token of the run of coordinated predicates the next clause continues, if any. */
  let from: number | undefined;
  const push = (clause: Clause) => out.push(from === undefined ? clause : { ...clause, from });
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const coordinated = isCoordinatedVerb(tokens, i);
    const breaks =
      HARD_BREAKS.has(token.text) ||
      (token.text === ',' && !!next && CLAUSE_OPENERS.has(next.lower)) ||
      coordinated;
    if (!breaks) return;
    if (i > first) push({ first, last: i - 1 });
    from = coordinated ? (out.at(-1)?.from ?? out.at(-1)?.first ?? first) : undefined;
    first = i + 1;
  });
  if (first < tokens.length) push({ first, last: tokens.length - 1 });
  return out;
}

/**
 * "…a draft pick in 1984 and played for nine seasons": "and" or "but" before a verb (or an
 * auxiliary and its verb) opens a second predicate of the same subject.
 */
function isCoordinatedVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.lower !== 'and' && t.lower !== 'but')) return false;
  const next = tokens[i + 1];
  if (next?.pos === 'VERB') return true;
  return next?.pos === 'AUX' && tokens[i + 2]?.pos === 'VERB';
}

/** The clause holding token `index` (the whole sentence when none does). */
export function clauseAt(clauses: readonly Clause[], index: number, size: number): Clause {
  return clauses.find((c) => c.first <= index && index <= c.last) ?? { first: 0, last: size - 1 };
}
