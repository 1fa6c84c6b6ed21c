import type { Disagreement, Fact } from '../contract';
import { fnv1a } from '../util/hash';
import { withUniqueIds } from '../util/unique-ids';
import { pushTo } from '../util/multimap';

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
  // Only the facts that hold a sentence of the disagreement can be in conflict over it.
  const factsOf = new Map<string, Fact[]>();
  for (const fact of out) {
    for (const s of fact.sentences) {
      const list = factsOf.get(s);
      if (list) list.push(fact);
      else factsOf.set(s, [fact]);
    }
  }
  for (const d of disagreements) {
    const involved = new Set([...d.sides, ...(d.related ?? [])].map((s) => s.sentence));
    const candidates = new Set([...involved].flatMap((s) => factsOf.get(s) ?? []));
    let held = false;
    for (const fact of candidates) {
      const inFact = fact.sentences.filter((s) => involved.has(s));
      if (new Set(inFact.map(articleOf)).size >= 2) {
        fact.relation = 'conflict';
        held = true;
      }
    }
    const sideSentences = [...new Set(d.sides.map((s) => s.sentence))];
    if (!held && new Set(sideSentences.map(articleOf)).size >= 2) {
      const added: Fact = {
        id: `fact-${fnv1a(sideSentences.join(' '))}`,
        sentences: sideSentences,
        relation: 'conflict',
      };
      out.push(added);
      for (const s of sideSentences) pushTo(factsOf, s, added);
    }
  }
  // Hashed ids collide in stories of tens of thousands of facts; the contract wants them unique.
  return withUniqueIds(out);
}
