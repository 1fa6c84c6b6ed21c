/**
 * Words that say nothing about the fact a sentence reports: reporting verbs ("said", "told") and
 * fillers ("also", "would"). The aligner leaves them out of a sentence's features.
 */

/** Words that carry no fact of their own in news: reporting verbs and fillers. */
const NON_CONTENT_STEMS = new Set([
  'say',
  'said',
  'tell',
  'told',
  'ad',
  'add',
  'also',
  'report',
  'reportedli',
  'news',
  'new',
  'year',
  'time',
  'one',
  'get',
  'make',
  'go',
  'take',
  'would',
  'could',
  'may',
  'might',
  'must',
  'will',
  'u',
]);

/** Whether a stem is a reporting verb or filler that says nothing about the fact itself. */
export function isNonContent(stem: string): boolean {
  return NON_CONTENT_STEMS.has(stem);
}
