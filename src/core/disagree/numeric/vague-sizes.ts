import type { Side } from '../../contract';
import { conceptOfWord } from '../../align/lexicon';
import type { Story } from '../story';
import type { QuantityFrame } from './quantity-frames';

/**
 * Sizes without a figure of the disputed thing in sentences that report the same situation as
 * a side: "the very large Russian force" next to "100,000 Russian troops".
 */
export function relatedVagueSizes(story: Story, members: readonly QuantityFrame[]): Side[] {
  const things = new Set(
    members.flatMap((f) => [f.head, f.unit].filter((w): w is string => !!w).map(conceptOfWord)),
  );
  const sideSentences = [...new Set(members.map((f) => f.sentence.id))];
  const related: Side[] = [];
  story.articles.forEach((article) => {
    for (const v of article.extraction.vague) {
      const id = article.sentenceIds[v.sentence];
      if (!id || !things.has(conceptOfWord(v.head))) continue;
      if (!sideSentences.some((s) => s === id || story.aligned(s, id) > 0)) continue;
      const sentence = story.byId.get(id);
      const quote = sentence?.quotes.find((q) => q.start <= v.start && v.start < q.end);
      related.push({
        sentence: id,
        start: v.start,
        end: v.end,
        value: null,
        attribution:
          quote?.speaker ??
          article.extraction.attributions.find((x) => x.sentence === v.sentence)?.source ??
          null,
      });
    }
  });
  return related;
}
