import type { IndexedSentence, ScoredPair } from './similarity';

/** A group of aligned sentence texts (indexes into the text list) and how well they match. */
export type SentenceGroup = { members: number[]; score: number; kind: 'group' | 'extra' };

export type GroupingThresholds = {
  /** A pair starts or joins a group from this score on. */
  join: number;
  /** Average score of a joining sentence with the group's members. */
  average: number;
  /** A strong pair the groups did not put together becomes a Fact of its own. */
  extra: number;
  /** 'complete': a text joins a group only when it matches every member; default 'average'. */
  linkage?: 'average' | 'complete';
};

type Text = Pick<IndexedSentence, 'articles'>;

const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Groups scored pairs into facts, best pairs first (average linkage): a group holds at most one
 * sentence per article, and a sentence joins only when it matches the group as a whole. Strong
 * pairs left apart by that rule (a sentence that reports two facts) become two-text groups,
 * so the result is many-to-many.
 *
 * A text printed by several articles counts once per copy, as if each copy had been paired with
 * the others at a score of 1: its copies start as one group.
 */
export function groupFacts(
  texts: readonly Text[],
  pairs: readonly ScoredPair[],
  thresholds: GroupingThresholds,
): SentenceGroup[] {
  const scoreOf = new Map<string, number>();
  for (const p of pairs) scoreOf.set(pairKey(p.a, p.b), p.score);
  const copiesOf = (i: number): number => texts[i]?.articles.length ?? 0;
  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];
  texts.forEach((text, i) => {
    if (text.articles.length < 2) return;
    const group = [i];
    groups.push(group);
    groupOf.set(i, group);
  });

  /**
   * How well `candidate` matches `group`: the weakest score between their texts (every pair must
   * hold on its own), or with `thresholds.linkage` 'average' the mean over their copies.
   */
  const averageWith = (candidate: number[], group: number[]): number => {
    let sum = 0;
    let n = 0;
    let weakest = Infinity;
    for (const x of candidate)
      for (const y of group) {
        const weight = copiesOf(x) * copiesOf(y);
        const score = scoreOf.get(pairKey(x, y)) ?? 0;
        sum += weight * score;
        n += weight;
        weakest = Math.min(weakest, score);
      }
    if (thresholds.linkage === 'complete') return n ? weakest : 0;
    return n ? sum / n : 0;
  };
  const disjointArticles = (x: number[], y: number[]): boolean => {
    const seen = new Set(x.flatMap((i) => texts[i]?.articles ?? []));
    return y.every((i) => (texts[i]?.articles ?? []).every((article) => !seen.has(article)));
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
      // Mean over all pairs of copies: copies of one text match at 1.
      let sum = 0;
      let n = 0;
      members.forEach((a, i) => {
        const copies = copiesOf(a);
        sum += (copies * (copies - 1)) / 2;
        n += (copies * (copies - 1)) / 2;
        for (const b of members.slice(i + 1)) {
          const weight = copies * copiesOf(b);
          sum += weight * (scoreOf.get(pairKey(a, b)) ?? 0);
          n += weight;
        }
      });
      return { members: [...members].sort((x, y) => x - y), score: n ? sum / n : 0, kind: 'group' };
    }),
    ...extras,
  ];
}
