/**
 * One syllable ending in a single consonant after a single vowel ("fin", "din", "pin"): such a
 * verb doubles its consonant before -ed and -ing ("finned", "pinning"). W, x and y never double.
 */
const SHORT_SYLLABLE = /^[^aeiouy]*[aeiou][^aeiouwxy]$/;

/**
 * Repairs the lemma the tagger gives a verb in -ed or -ing when it cut off the silent e of the
 * base form: "fined" read as "fin", "dined" as "din". A one-syllable base ending in a single
 * consonant would have doubled it ("finned"), so a form that did not double comes from the base
 * with e ("fine"). Any other lemma is returned as it is.
 *
 * @example verbLemma('fined', 'fin') // 'fine'
 * @example verbLemma('planned', 'plan') // 'plan'
 */
export function verbLemma(lower: string, lemma: string): string {
  if (!SHORT_SYLLABLE.test(lemma)) return lemma;
  return lower === `${lemma}ed` || lower === `${lemma}ing` ? `${lemma}e` : lemma;
}
