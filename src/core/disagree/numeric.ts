import type { Disagreement, Side } from '../contract';
import { conceptOfWord } from '../align/lexicon';
import { fnv1a } from '../util/hash';

/** A quantity as disagreement detection sees it: where it is, its value, whom it is credited to. */
export type QuantityFinding = {
  article: number;
  sentence: string;
  start: number;
  end: number;
  value: number;
  unit: string | null;
  approximate: boolean;
  attribution: string | null;
  /** Index (in the same list) of the quantity a bare figure refers back to ("put the number at"). */
  antecedent: number | null;
  /** The thing counted as the article words it ("Russian troops near Ukraine's borders"). */
  described: string;
  /** The figure as written ("100,000"). */
  written: string;
  /** How a qualifier bounds the figure: "at least"/"dozens" (min), "nearly" (max), "about". */
  bound: 'min' | 'max' | 'around' | null;
  /** Content words and names around the figure (stems), to tell one counted thing from another. */
  context: ReadonlySet<string>;
};

/**
 * How the story's sentences are aligned: the score of two sentences, 0 when unrelated; and,
 * when the aligner can list them, the sentences aligned with one at all (a score above 0), so
 * that callers visit only aligned pairs.
 */
export type AlignmentLookup = ((sentenceA: string, sentenceB: string) => number) & {
  partners?: (sentence: string) => readonly string[];
};

/** The unit's concept, so "troops"/"troop"/"forces" compare equal. */
export function unitKey(unit: string | null): string | null {
  return unit ? conceptOfWord(unit.trim()) : null;
}

/** The values a figure allows: "nearly 3" allows a little under 3, "at least 12" anything above. */
function allowedRange(
  q: Pick<QuantityFinding, 'value' | 'approximate' | 'bound'>,
): [number, number] {
  const v = Math.abs(q.value);
  if (q.bound === 'min') return [v, Infinity];
  if (q.bound === 'max') return [q.approximate ? v * 0.75 : 0, v];
  const slack = q.approximate || q.bound === 'around' ? 0.15 : 0.02;
  return [v * (1 - slack), v * (1 + slack)];
}

/**
 * Whether two figures for the same thing disagree: their allowed ranges do not meet. Exact
 * figures allow rounding (2%), "about" 15%, "nearly" a quarter below, "at least"/"dozens" above.
 *
 * @example valuesConflict({ value: 100000 }, { value: 40000 }) // true
 * @example valuesConflict({ value: 200, bound: 'min' }, { value: 485 }) // false: "hundreds" vs 485
 */
export function valuesConflict(
  a: Partial<Pick<QuantityFinding, 'approximate' | 'bound'>> & { value: number },
  b: Partial<Pick<QuantityFinding, 'approximate' | 'bound'>> & { value: number },
): boolean {
  // Fields picked rather than spread: this runs for every pair of figures of one unit.
  const [a0, a1] = allowedRange({
    value: a.value,
    approximate: a.approximate ?? false,
    bound: a.bound ?? null,
  });
  const [b0, b1] = allowedRange({
    value: b.value,
    approximate: b.approximate ?? false,
    bound: b.bound ?? null,
  });
  return a1 < b0 || b1 < a0;
}

/** Sentences must match this well for their figures to be read as counts of one thing. */
const ALIGNED_ENOUGH = 0.25;

function sharedContext(a: QuantityFinding, b: QuantityFinding): number {
  let n = 0;
  for (const word of a.context) if (b.context.has(word)) n++;
  return n;
}

/**
 * Two figures in consecutive sentences of one article, credited to different sources, counting
 * the same thing in the same words: "Kyiv says 100,000 troops massed… officials say 40,000 massed".
 */
function conflictingInArticle(
  a: QuantityFinding,
  b: QuantityFinding,
  sentenceOrder: Map<string, number>,
): boolean {
  if (a.article !== b.article) return false;
  const distance = Math.abs(
    (sentenceOrder.get(a.sentence) ?? 0) - (sentenceOrder.get(b.sentence) ?? 0),
  );
  if (distance !== 1) return false;
  return (
    !!a.attribution &&
    !!b.attribution &&
    a.attribution.toLowerCase() !== b.attribution.toLowerCase() &&
    sharedContext(a, b) >= 2
  );
}

/** Figures in aligned sentences of two articles that count the same thing in similar words. */
function conflictingAcrossArticles(
  a: QuantityFinding,
  b: QuantityFinding,
  aligned: AlignmentLookup,
): boolean {
  return (
    a.article !== b.article &&
    aligned(a.sentence, b.sentence) >= ALIGNED_ENOUGH &&
    sharedContext(a, b) >= 2
  );
}

function pushTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * The figures after figure i (by index) of its unit that could count the same thing: those it
 * refers back to or that refer back to it, those in the sentences next to its own, and those in
 * sentences aligned with its own. Only such pairs can link (see below), so a story of thousands
 * of figures is not compared pair by pair. Without a list of aligned sentences, every later
 * figure of its unit.
 */
function laterCandidates(
  quantities: readonly QuantityFinding[],
  units: readonly (string | null)[],
  sameUnit: ReadonlyMap<string, readonly number[]>,
  sentenceOrder: ReadonlyMap<string, number>,
  partners: AlignmentLookup['partners'],
): (i: number) => number[] {
  const place = (q: QuantityFinding) => `${q.article} ${sentenceOrder.get(q.sentence) ?? 0}`;
  const atPlace = new Map<string, number[]>();
  const inSentence = new Map<string, number[]>();
  const referrers = new Map<number, number[]>();
  quantities.forEach((q, i) => {
    pushTo(atPlace, place(q), i);
    pushTo(inSentence, q.sentence, i);
    if (q.antecedent !== null) pushTo(referrers, q.antecedent, i);
  });
  return (i) => {
    const q = quantities[i] as QuantityFinding;
    const unit = units[i];
    if (!unit) return [];
    if (!partners) return (sameUnit.get(unit) ?? []).filter((j) => j > i);
    const order = sentenceOrder.get(q.sentence) ?? 0;
    const found = new Set<number>([
      ...(q.antecedent === null ? [] : [q.antecedent]),
      ...(referrers.get(i) ?? []),
      ...(atPlace.get(`${q.article} ${order - 1}`) ?? []),
      ...(atPlace.get(`${q.article} ${order + 1}`) ?? []),
      ...partners(q.sentence).flatMap((s) => inSentence.get(s) ?? []),
    ]);
    return [...found].filter((j) => j > i && units[j] === unit).sort((x, y) => x - y);
  };
}

/**
 * Finds the same quantity reported with different values: within one article (a figure credited
 * to one source, then another figure for the same thing credited to another, or a bare figure
 * that refers back with "put the number at") and across articles (figures for the same thing in
 * aligned sentences). Conflicting figures for one thing form one Disagreement with all sides.
 */
export function findNumericDisagreements(
  quantities: readonly QuantityFinding[],
  sentenceOrder: Map<string, number>,
  aligned: AlignmentLookup,
): Disagreement[] {
  const parent = quantities.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const linked = new Set<number>();
  const link = (i: number, j: number) => {
    parent[find(i)] = find(j);
    linked.add(i).add(j);
  };

  // Indexed once by unit and by sentence: a sentence's figures are looked up, not searched for.
  const units = quantities.map((q) => unitKey(q.unit));
  const sameUnit = new Map<string, number[]>();
  const inSentence = new Map<string, number[]>();
  quantities.forEach((q, i) => {
    const unit = units[i];
    if (unit) pushTo(sameUnit, unit, i);
    pushTo(inSentence, q.sentence, i);
  });
  const agreesWithin = (i: number, sentence: string): boolean =>
    (inSentence.get(sentence) ?? []).some(
      (k) =>
        units[k] === units[i] &&
        !valuesConflict(quantities[i] as QuantityFinding, quantities[k] as QuantityFinding),
    );

  const later = laterCandidates(quantities, units, sameUnit, sentenceOrder, aligned.partners);
  quantities.forEach((a, i) => {
    for (const j of later(i)) {
      const b = quantities[j] as QuantityFinding;
      if (!valuesConflict(a, b)) continue;
      // A re-count in the same sentence is a change ("from 65 to 125"), not a second account.
      const refersBack = (b.antecedent === i || a.antecedent === j) && a.sentence !== b.sentence;
      // A sentence that lists several figures of this unit, one of which fits, agrees.
      if (!refersBack && (agreesWithin(i, b.sentence) || agreesWithin(j, a.sentence))) continue;
      const sameThing =
        refersBack ||
        conflictingInArticle(a, b, sentenceOrder) ||
        conflictingAcrossArticles(a, b, aligned);
      if (sameThing) link(i, j);
    }
  });

  const groups = new Map<number, number[]>();
  for (const i of [...linked].sort((x, y) => x - y)) {
    const root = find(i);
    pushTo(groups, root, i);
  }
  return [...groups.values()].map((members) => {
    const sides: Side[] = members.map((i) => {
      const q = quantities[i] as QuantityFinding;
      return {
        sentence: q.sentence,
        start: q.start,
        end: q.end,
        value: q.value,
        attribution: q.attribution,
      };
    });
    const first = quantities[members[0] ?? 0] as QuantityFinding;
    const values = members.map((i) => quantities[i]?.written ?? '').join(' vs ');
    return {
      id: `numeric-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'numeric',
      summary: `${first.described || first.unit || 'figure'}: ${values}`,
      sides,
    };
  });
}
