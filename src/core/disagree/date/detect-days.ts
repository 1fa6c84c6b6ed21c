import type { Disagreement } from '../../contract';
import type { Story } from '../story';
import { findDateDisagreements, type DatedSentence } from './day-disagreements';

/** A date that opens its sentence or follows "Updated:" dates the report, not the event. */
function isDateline(text: string, firstTokenStart: number, start: number): boolean {
  if (firstTokenStart === start && /^[\p{Lu}\d]/u.test(text.slice(start, start + 1))) return true;
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /(updated|posted|published|last modified)\s*:?\s*$/.test(before);
}

/** The same event given different days in strongly aligned sentences. */
export function detectDays(story: Story): Disagreement[] {
  const dated: DatedSentence[] = [];
  story.articles.forEach((article, a) => {
    for (const d of article.extraction.dates) {
      const id = article.sentenceIds[d.sentence];
      const first = article.tokens[d.sentence]?.[0];
      if (!id || !first || !story.byId.has(id) || isDateline(article.text, first.start, d.start))
        continue;
      if (d.date && d.granularity === 'day')
        dated.push({ article: a, sentence: id, start: d.start, end: d.end, date: d.date });
    }
  });
  return findDateDisagreements(dated, story.aligned);
}
