import type { IndexedSentence, ScoredPair } from './similarity';

/** A group of aligned sentences (indexes into the sentence list) and how well they match. */
export type SentenceGroup = { members: number[]; score: number; kind: 'group' | 'extra' };

export type GroupingThresholds = {
  /** A pair starts or joins a group from this score on. */
  join: number;
  /** Average score of a joining sentence with the group's members. */
  average: number;
  /** A strong pair the groups did not put together becomes a Fact of its own. */
  extra: number;
};

const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Groups scored pairs into facts, best pairs first (average linkage): a group holds at most one
 * sentence per article, and a sentence joins only when it matches the group as a whole. Strong
 * pairs left apart by that rule (a sentence that reports two facts) become two-sentence groups,
 * so the result is many-to-many.
 */
export function groupFacts(
  sentences: readonly IndexedSentence[],
  pairs: readonly ScoredPair[],
  thresholds: GroupingThresholds,
): SentenceGroup[] {
  const scoreOf = new Map<string, number>();
  for (const p of pairs) scoreOf.set(pairKey(p.a, p.b), p.score);
  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];

  const articleOf = (i: number): number => sentences[i]?.article ?? -1;
  const averageWith = (candidate: number[], group: number[]): number => {
    let sum = 0;
    for (const x of candidate) for (const y of group) sum += scoreOf.get(pairKey(x, y)) ?? 0;
    return sum / (candidate.length * group.length);
  };
  const disjointArticles = (x: number[], y: number[]): boolean => {
    const seen = new Set(x.map(articleOf));
    return y.every((i) => !seen.has(articleOf(i)));
  };

  const extras: SentenceGroup[] = [];
  for (const pair of pairs) {
    if (pair.score < thresholds.join) break;
    const ga = groupOf.get(pair.a);
    const gb = groupOf.get(pair.b);
    if (!ga && !gb) {
      const group = [pair.a, pair.b];
      groups.push(group);
      groupOf.set(pair.a, group).set(pair.b, group);
      continue;
    }
    if (ga === gb) continue;
    // An ungrouped sentence joins the other's group; two groups merge.
    const source = !ga ? [pair.a] : !gb ? [pair.b] : ga;
    const into = !ga ? gb : !gb ? ga : gb;
    if (into && disjointArticles(source, into) && averageWith(source, into) >= thresholds.average) {
      for (const i of source) {
        into.push(i);
        groupOf.set(i, into);
      }
      if (ga && gb) groups.splice(groups.indexOf(ga), 1);
      continue;
    }
    if (pair.score >= thresholds.extra) {
      extras.push({ members: [pair.a, pair.b], score: pair.score, kind: 'extra' });
    }
  }

  return [
    ...groups.map((members): SentenceGroup => {
      let sum = 0;
      let n = 0;
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i] ?? 0;
          const b = members[j] ?? 0;
          if (articleOf(a) === articleOf(b)) continue;
          sum += scoreOf.get(pairKey(a, b)) ?? 0;
          n++;
        }
      return { members: [...members].sort((x, y) => x - y), score: n ? sum / n : 0, kind: 'group' };
    }),
    ...extras,
  ];
}
