import { francAll } from 'franc-min';
import { looksEnglish, proseSample } from './english';

/** What the comparison reads: its tokenizer, lexicons and detectors are English. */
export const COMPARISON_LANGUAGE = 'English';

/** English names of languages, made on first use: loading ICU's names costs 15–20 ms. */
let names: Intl.DisplayNames | null = null;

/**
 * The name of the language a text that is not English is written in ("German"), or null when
 * it reads as English (or is too short to tell). A text that does not read as English but
 * whose language cannot be named gets "a language other than English".
 *
 * The test for English is the core's own (`looksEnglish`); franc (trigram profiles of 82
 * languages) names the language of a text that fails it: two names when two score alike
 * ("Bulgarian or Russian" on a short Cyrillic text).
 *
 * @example otherLanguage('Der Minister sagte am Dienstag, dass die Gespräche weitergehen …') // 'German'
 */
export function otherLanguage(text: string): string | null {
  if (looksEnglish(text)) return null;
  const prose = proseSample(text).replace(/\s+/g, ' ').trim();
  // Languages scored within 1.5 % of the best are as likely as it: name one or two, never
  // guess (franc's profiles of Cyrillic languages lie close together).
  const scores = francAll(prose.slice(0, 4000), { minLength: 20 });
  const best = scores.filter(([, score]) => score >= 0.985).map(([code]) => code);
  const named = best.map(nameOf);
  if (best.length === 0 || best.length > 2 || best.includes('eng') || named.includes(null)) {
    return 'a language other than English';
  }
  return named.join(' or ');
}

/** The English name of an ISO 639-3 code ("deu" → "German"), or null. */
function nameOf(code: string): string | null {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return names.of(code) ?? null;
  } catch {
    return null;
  }
}

/**
 * What to tell the reader about an article that is not in English, or null.
 *
 * @example notEnglishNote('Der Minister sagte …') // 'this article appears to be in German; the comparison reads English'
 */
export function notEnglishNote(text: string): string | null {
  const language = otherLanguage(text);
  if (!language) return null;
  return `this article appears to be in ${language}; the comparison reads ${COMPARISON_LANGUAGE}`;
}
