import type { Disagreement, Fact } from '../contract';
import { fnv1a } from '../util/hash';
import { withUniqueIds } from '../util/unique-ids';

/**
 * Brings disagreements into the facts: a fact whose sentences hold two sides of one
 * disagreement is a conflict; a disagreement across articles that no fact holds becomes a
 * conflict fact of its own, so the viewer can align its sides.
 */
export function applyDisagreements(
  facts: readonly Fact[],
  disagreements: readonly Disagreement[],
  articleOf: (sentence: string) => string | undefined,
): Fact[] {
  const out = facts.map((f) => ({ ...f }));
  for (const d of disagreements) {
    const involved = new Set([...d.sides, ...(d.related ?? [])].map((s) => s.sentence));
    let held = false;
    for (const fact of out) {
      const inFact = fact.sentences.filter((s) => involved.has(s));
      if (new Set(inFact.map(articleOf)).size >= 2) {
        fact.relation = 'conflict';
        held = true;
      }
    }
    const sideSentences = [...new Set(d.sides.map((s) => s.sentence))];
    if (!held && new Set(sideSentences.map(articleOf)).size >= 2) {
      out.push({
        id: `fact-${fnv1a(sideSentences.join(' '))}`,
        sentences: sideSentences,
        relation: 'conflict',
      });
    }
  }
  // Hashed ids collide in stories of tens of thousands of facts; the contract wants them unique.
  return withUniqueIds(out);
}
