import type { Token } from '../../types';
import { isRoleNoun } from '../cue-words';

const AGE_WORDS = new Set(['aged', 'age']);
const COPULAS = new Set(['was', 'is', 'be', "'s", '’s', 'turns', 'turned', 'turn', 'turning']);
const PERSON_SUBJECTS = new Set(['he', 'she', 'who', 'i']);
const AFTER_AGE = new Set([',', '.', ';', 'in', 'on', 'when', 'at', 'and', ')']);
const DEATH_WORDS = new Set(['die', 'dies', 'died', 'dead', 'dying']);
const MAX_AGE = 120;

/**
 * Whether the bare whole number at token `i` is a person's age: "Price, 41,", "The singer, 41,",
 * "aged 33", "at the age of 35", "died at 91", "She was 91.", "Okafor will be 27 in June".
 *
 * @example isAgeFigure(tokens('Halvorsen, 52, was found guilty.'), 2) // true
 */
export function isAgeFigure(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || !/^\d{1,3}$/.test(t.text) || Number(t.text) > MAX_AGE)
    return false;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1]?.lower;
  if (AGE_WORDS.has(before) || (before === 'of' && tokens[i - 2]?.lower === 'age')) return true;
  if (before === 'at' && DEATH_WORDS.has(tokens[i - 2]?.lower ?? '')) return true;
  if (before === ',' && (after === ',' || after === '.' || after === undefined)) {
    const subject = tokens[i - 2];
    return subject?.pos === 'PROPN' || (subject?.pos === 'NOUN' && isRoleNoun(subject.lower));
  }
  if (COPULAS.has(before) && (after === undefined || AFTER_AGE.has(after))) {
    const subject = tokens[i - 2]?.lower === 'will' ? tokens[i - 3] : tokens[i - 2];
    return subject !== undefined && (subject.pos === 'PROPN' || PERSON_SUBJECTS.has(subject.lower));
  }
  return false;
}
