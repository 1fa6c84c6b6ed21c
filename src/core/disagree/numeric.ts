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
};

/** How the story's sentences are aligned: the score of two sentences, 0 when unrelated. */
export type AlignmentLookup = (sentenceA: string, sentenceB: string) => number;

/** The unit's concept, so "troops"/"troop"/"forces" compare equal. */
export function unitKey(unit: string | null): string | null {
  return unit ? conceptOfWord(unit.trim()) : null;
}

/**
 * Whether two figures for the same thing disagree: exact figures must differ by more than
 * rounding (2%); an approximate one ("nearly", "about") is allowed 15%.
 *
 * @example valuesConflict(100000, false, 40000, false) // true
 * @example valuesConflict(100, true, 95, false) // false
 */
export function valuesConflict(a: number, aApprox: boolean, b: number, bApprox: boolean): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0) return false;
  const tolerance = aApprox || bApprox ? 0.15 : 0.02;
  return Math.abs(a - b) / scale > tolerance;
}

/** Two quantities in the same or adjacent sentences of one article, credited to different sources. */
function conflictingInArticle(
  a: QuantityFinding,
  b: QuantityFinding,
  sentenceOrder: Map<string, number>,
): boolean {
  if (a.article !== b.article) return false;
  const distance = Math.abs(
    (sentenceOrder.get(a.sentence) ?? 0) - (sentenceOrder.get(b.sentence) ?? 0),
  );
  if (distance > 1) return false;
  return (
    !!a.attribution &&
    !!b.attribution &&
    a.attribution.toLowerCase() !== b.attribution.toLowerCase()
  );
}

const ALIGNED_ENOUGH = 0.2;

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

  quantities.forEach((a, i) => {
    const unitA = unitKey(a.unit);
    if (!unitA) return;
    quantities.forEach((b, j) => {
      if (j <= i || unitKey(b.unit) !== unitA) return;
      if (!valuesConflict(a.value, a.approximate, b.value, b.approximate)) return;
      const refersBack = b.antecedent === i || a.antecedent === j;
      const sameThing =
        refersBack ||
        conflictingInArticle(a, b, sentenceOrder) ||
        (a.article !== b.article && aligned(a.sentence, b.sentence) >= ALIGNED_ENOUGH);
      if (sameThing) link(i, j);
    });
  });

  const groups = new Map<number, number[]>();
  for (const i of [...linked].sort((x, y) => x - y)) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
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
