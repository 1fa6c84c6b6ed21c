import type { Side } from '../../contract';
import { compatibleNouns, nounClasses } from '../senses';
import type { Story } from '../story';
import type { QuantityFrame } from './quantity-frames';

/**
 * Sizes without a figure of the disputed thing in sentences that report the same situation as
 * a side: "the very large Russian force" next to "100,000 Russian troops".
 */
export function relatedVagueSizes(story: Story, members: readonly QuantityFrame[]): Side[] {
  const heads = members.map((f) => f.head).filter((w): w is string => !!w);
  const classes = new Set(heads.flatMap(nounClasses));
  /** The same kind of thing: a compatible noun, or one of the same broad class ("force", "troop"). */
  const sameThing = (head: string) =>
    heads.some((h) => compatibleNouns(h, head)) || nounClasses(head).some((c) => classes.has(c));
  const sideSentences = [...new Set(members.map((f) => f.sentence.id))];
  const related: Side[] = [];
  story.articles.forEach((article) => {
    for (const v of article.extraction.vague) {
      const id = article.sentenceIds[v.sentence];
      if (!id || !sameThing(v.head)) continue;
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
