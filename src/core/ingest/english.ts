/** Common English function words: in English prose about a third of all words are these. */
const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the of and to a in is that for on it with as was he she at by be this from are have has ' +
    'had not but or an they his her its were their said which will would been who we you i ' +
    'there after also more than about over into one when what if up out new'
  ).split(' '),
);

/** The prose of a text for reading its language: markup, scripts and styles removed. */
export function proseSample(text: string): string {
  return text.slice(0, 50_000).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi, ' ');
}

/** Fewer letters or words than this are too few to judge a language by. */
const MIN_TO_JUDGE = 20;

/**
 * Whether a text reads as English: mostly Latin letters (Chinese, Russian or Arabic prose is
 * not, whether or not it puts spaces between words), and enough common English function words
 * among its first words (markup removed for the count only). Cheap and small, so the page can
 * ask it of every article; `language.ts` names the language of a text that fails it.
 *
 * @example looksEnglish('The minister said that the talks would go on in the spring.') // true
 * @example looksEnglish('Der Minister sagte, dass die Gespräche im Frühjahr weitergehen.') // false
 * @example looksEnglish('外交部长表示，会谈将在春季继续进行，他对此充满希望。') // false
 */
export function looksEnglish(text: string): boolean {
  const prose = proseSample(text).toLowerCase();
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= MIN_TO_JUDGE && latin < letters / 2) return false;
  const words = (prose.match(/\p{L}+/gu) ?? []).slice(0, 3000);
  if (words.length < MIN_TO_JUDGE) return true;
  const stop = words.filter((w) => ENGLISH_STOP_WORDS.has(w)).length;
  return stop >= 0.12 * words.length;
}
