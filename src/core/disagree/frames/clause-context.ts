import type { Token } from '../../types';
import type { Clause } from './clauses';
import { isNegatedVerb, type Predicate } from './predicate';
import { REPORTING_VERBS } from '../../extract/cue-words';
import type { StorySentence } from '../story';

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'become', 'seem', 'remain']);
const NOUNISH = new Set(['NOUN']);

/**
 * The event verb nearest to tokens `first`..`last` in their clause, on either side but not past a
 * conjunction after them: "In 1987, Vance was summoned", "proposed the new tariffs in May",
 * "launched in August".
 */
export function nearestPredicate(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
  reach = 8,
): Predicate | null {
  let best: Predicate | null = null;
  let distance = Infinity;
  // A verb after a conjunction belongs to the next conjoined clause: "proposed the tariffs in May
  // and since has drawn …" dates the proposal.
  let end = Math.min(clause.last, last + reach);
  for (let k = last + 1; k <= end; k++) if (tokens[k]?.pos === 'CCONJ') end = k - 1;
  for (let k = Math.max(clause.first, first - reach); k <= end; k++) {
    if (k >= first && k <= last) continue;
    const t = tokens[k];
    if (!t || t.pos !== 'VERB' || LIGHT_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lemma))
      continue;
    const d = k < first ? first - k : k - last;
    if (d < distance) {
      distance = d;
      best = {
        lemma: t.lemma,
        at: k,
        negated: isNegatedVerb(tokens, k, 0),
        role: k < first ? 'object' : 'subject',
      };
    }
  }
  return best;
}

/** The common nouns of a clause (lemmas), leaving out tokens `skipFirst`..`skipLast`. */
export function clauseNouns(
  sentence: StorySentence,
  clause: Clause,
  skipFirst = -1,
  skipLast = -1,
): string[] {
  const out = new Set<string>();
  for (let k = clause.first; k <= clause.last; k++) {
    if (k >= skipFirst && k <= skipLast) continue;
    const t = sentence.tokens[k];
    if (t && NOUNISH.has(t.pos) && !t.stop && /\p{L}{3}/u.test(t.text)) out.add(t.stem);
  }
  return [...out];
}

/** Words that open a relative clause, which describes the noun before it. */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom', 'whose']);

/** Parts of speech a relative clause's noun may have after it: "the strike at Felton, which". */
const AFTER_ANTECEDENT = new Set(['PROPN', 'ADP', 'DET']);

/**
 * The noun a relative clause describes, as a stem: "The trial, which began in April" gives
 * "trial", "the strike at Felton, which began" gives "strike". Null when the clause does not
 * open with a relative pronoun after a noun.
 */
export function relativeAntecedent(sentence: StorySentence, clause: Clause): string | null {
  const { tokens } = sentence;
  if (!RELATIVE_PRONOUNS.has(tokens[clause.first]?.lower ?? '')) return null;
  let k = clause.first - 1;
  if (tokens[k]?.text === ',') k--;
  for (const stop = Math.max(0, k - 6); k >= stop; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (NOUNISH.has(t.pos)) return t.stop ? null : t.stem;
    if (!AFTER_ANTECEDENT.has(t.pos)) return null;
  }
  return null;
}

/** Keys of the people and organizations named in a clause. */
export function clauseActors(sentence: StorySentence, clause: Clause): string[] {
  return [
    ...new Set(
      sentence.entities
        .filter((e) => e.first >= clause.first && e.last <= clause.last)
        .filter((e) => e.type === 'person' || e.type === 'organization')
        .map((e) => e.key),
    ),
  ];
}
