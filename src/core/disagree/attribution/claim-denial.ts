import type { Disagreement, Side } from '../../contract';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import { REPORTING_VERBS } from '../../extract/cue-words';
import { isNegatedVerb } from '../frames/predicate';
import type { Story, StorySentence } from '../story';
import { claimWords, overlap } from './claim-words';
import { isNamedSource, sourcesOverlap } from './sources';
import { pushTo } from '../../util/multimap';
import { spanSide } from '../span-side';

/** A claim credited to a named source. */
type Claim = {
  sentence: StorySentence;
  source: string;
  start: number;
  end: number;
  words: string[];
};

/** A denial: who denies, the words that deny, and what is denied (or the sentence before). */
type Denial = {
  sentence: StorySentence;
  denier: string;
  start: number;
  end: number;
  /** The denied content's words; empty when the denial points back ("that was not true"). */
  words: string[];
  /** The denier's own words: a claim about the denier ("the council knew") names them. */
  denierWords: string[];
};

const DENY_VERBS = new Set(['deny', 'refute', 'dispute', 'rebut', 'contradict']);
/** Words that call a claim wrong after "was", "is", "called … ". */
const WRONG = new Set(['untrue', 'false', 'baseless', 'groundless', 'inaccurate', 'wrong', 'lie']);
/** Words that point back to the claim before: "that was not true", "denied the report". */
const POINTERS = new Set(
  `that this it report reports claim claims allegation allegations story
  account accounts rumor rumors rumour rumours`.split(/\s+/),
);
/** Share of the denied content's words a claim must have, and how many at least. */
const SAME_CONTENT = 0.6;
const MIN_SHARED = 3;

const spanOf = (tokens: readonly Token[], first: number, last: number) => ({
  start: tokens[first]?.start ?? 0,
  end: tokens[last]?.end ?? 0,
});

/** Who the sentence credits, when it names someone. */
function creditedSource(sentence: StorySentence): string | null {
  const a = sentence.attribution;
  return a && isNamedSource(a.source) ? a.source : null;
}

/** The denials of one sentence: "X denied that…", "X said that was not true". */
function denialsOf(sentence: StorySentence): Denial[] {
  const denier = creditedSource(sentence);
  if (!denier) return [];
  const { tokens, text } = sentence;
  const denierWords = claimWords(denier);
  const words = (from: number) =>
    claimWords(text.slice(tokens[from]?.start ?? 0, tokens.at(-1)?.end ?? 0)).filter(
      (w) => !denierWords.includes(w),
    );
  const out: Denial[] = [];
  // Quoted words are the speaker's own: "deny them the permits" withholds, "that's wrong"
  // may answer anything said before. Only the article's report of a denial counts.
  const quoted = (t: Token) => sentence.quotes.some((q) => q.start <= t.start && t.end <= q.end);
  tokens.forEach((t, k) => {
    if (quoted(t)) return;
    if (DENY_VERBS.has(t.lemma) && t.pos === 'VERB' && !isNegatedVerb(tokens, k, 0)) {
      const after = words(k + 1);
      out.push({
        sentence,
        denier,
        ...spanOf(tokens, k, k),
        words: pointsBack(tokens, k) && after.length < MIN_SHARED ? [] : after,
        denierWords,
      });
    }
    const wrong =
      WRONG.has(t.lower) ||
      (t.lower === 'true' && ['not', "n't"].includes(tokens[k - 1]?.lower ?? ''));
    const be = tokens.slice(Math.max(0, k - 3), k).findIndex((u) => u.lemma === 'be');
    if (wrong && be >= 0) {
      const first = Math.max(0, k - 3) + be;
      const subject = tokens[first - 1]?.lower ?? '';
      if (!POINTERS.has(subject)) return;
      out.push({ sentence, denier, ...spanOf(tokens, first, k), words: [], denierWords });
    }
  });
  return out;
}

/**
 * Whether the denial at token `k` points back to a claim told before ("denied the report",
 * "denied that.", "denied it"), rather than saying what it denies ("denied that it had known").
 */
function pointsBack(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  if (next.lower === 'that') {
    const after = tokens[k + 2];
    return !after || after.pos === 'PUNCT' || (after.pos === 'NOUN' && POINTERS.has(after.lower));
  }
  return POINTERS.has(next.lower) || POINTERS.has(tokens[k + 2]?.lower ?? '');
}

/** Every sentence credited to a named source, as a claim with its words. */
function claimsOf(story: Story): Claim[] {
  const out: Claim[] = [];
  for (const sentence of story.sentences) {
    const source = creditedSource(sentence);
    const a = sentence.attribution;
    if (!source || !a) continue;
    const { tokens, text } = sentence;
    const from = tokens[0]?.start ?? 0;
    const to = tokens.at(-1)?.end ?? from;
    // The claim without its credit: "…, Joe Marsh said." or "Joe Marsh said that …".
    const [start, end] =
      a.start > (from + to) / 2 ? [from, a.start] : [afterCredit(tokens, a.end), to];
    const claimText = text
      .slice(start, end)
      .replace(/[\s,]+(?:said|says)?[\s,]*$/, '')
      .replace(/[.!?]+$/, '');
    const sourceWords = claimWords(source);
    const words = claimWords(claimText).filter((w) => !sourceWords.includes(w));
    out.push({ sentence, source, start, end: start + claimText.length, words });
  }
  return out;
}

/** Words between a credit that opens a sentence and its claim: "said", "has told", "that". */
const BEFORE_CLAIM = new Set(['AUX', 'PUNCT', 'SCONJ']);

/** Where the claim starts after a credit that opens the sentence: "Police said | four …". */
function afterCredit(tokens: readonly Token[], creditEnd: number): number {
  let k = tokens.findIndex((t) => t.start >= creditEnd);
  if (k < 0) return creditEnd;
  while (
    k < tokens.length - 1 &&
    (REPORTING_VERBS.has(tokens[k]?.lemma ?? '') ||
      BEFORE_CLAIM.has(tokens[k]?.pos ?? '') ||
      tokens[k]?.lower === 'that')
  )
    k++;
  return tokens[k]?.start ?? creditEnd;
}

/**
 * A claim by one party and its denial by another: "the company paid a $2 million fine, Joe
 * Marsh said" against "Lena Ortiz denied that the company paid a fine" (another article, the
 * denied words matching the claim's), or "Lena Ortiz said that was not true" right after the
 * claim. A denial by the claim's own source, or a denial that is itself denied ("did not deny"),
 * is no disagreement.
 */
export function detectClaimDenials(story: Story): Disagreement[] {
  const claims = claimsOf(story);
  const denials = story.sentences.flatMap(denialsOf);
  const denialSentences = new Set(denials.map((d) => d.sentence.id));
  const byWord = new Map<string, Claim[]>();
  for (const c of claims) {
    if (denialSentences.has(c.sentence.id)) continue;
    for (const w of c.words) pushTo(byWord, w, c);
  }
  const out: Disagreement[] = [];
  for (const d of denials) {
    let denied: Claim[];
    if (d.words.length === 0) {
      // "That was not true": the claim of the sentence before, in the same article.
      denied = claims.filter(
        (c) =>
          c.sentence.article === d.sentence.article && c.sentence.index === d.sentence.index - 1,
      );
    } else {
      const candidates = new Set(d.words.flatMap((w) => byWord.get(w) ?? []));
      denied = [...candidates].filter((c) => {
        // A claim about the denier ("the council had known", denied by the council) counts the
        // denier's name among the words they share.
        const aboutDenier = d.denierWords.some((w) => c.words.includes(w)) ? 1 : 0;
        const shared = c.words.filter((w) => d.words.includes(w)).length + aboutDenier;
        return (
          c.sentence !== d.sentence &&
          shared >= MIN_SHARED &&
          overlap(d.words, c.words) >= SAME_CONTENT
        );
      });
    }
    const opposed = denied.filter((c) => !sourcesOverlap(c.source, d.denier));
    if (opposed.length) out.push(disagreementOf(opposed, d));
  }
  return out;
}

function disagreementOf(claims: Claim[], d: Denial): Disagreement {
  const sides: Side[] = [
    ...claims.map((c) => spanSide(c.sentence, c.start, c.end, c.source)),
    spanSide(d.sentence, d.start, d.end, d.denier),
  ];
  const claim = (sides[0]?.written ?? '').split(/\s+/);
  const short = claim.length > 10 ? `${claim.slice(0, 10).join(' ')}…` : claim.join(' ');
  return {
    id: `attribution-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
    kind: 'attribution',
    summary: `Claim and denial: “${short}” (${claims[0]?.source ?? ''}) vs “${sides.at(-1)?.written ?? ''}” (${d.denier})`,
    sides,
  };
}
