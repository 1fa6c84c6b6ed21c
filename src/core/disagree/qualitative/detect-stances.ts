import type { Disagreement } from '../../contract';
import type { Story } from '../story';
import { agreementStances } from './agreement-stance';
import { findStanceDisagreements, type StanceFinding } from './stance-disagreements';

/** Opposite accounts of whether the parties are coming to terms, credited to their sources. */
export function detectStances(story: Story): Disagreement[] {
  const stances: StanceFinding[] = [];
  for (const sentence of story.sentences) {
    for (const stance of agreementStances(sentence.tokens)) {
      const quote = sentence.quotes.find((q) => q.start <= stance.start && stance.start < q.end);
      stances.push({
        ...stance,
        article: sentence.article,
        sentence: sentence.id,
        attribution: quote?.speaker ?? sentence.attribution?.source ?? null,
        words: sentence.text.slice(stance.start, stance.end),
      });
    }
  }
  return findStanceDisagreements(stances);
}
