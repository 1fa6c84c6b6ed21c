import type { Evidence } from './entity-evidence';
import type { Part } from './name-parts';
import { pushTo } from '../../util/multimap';

/** What the article says about one key: summed clues, mentions, first surface form, words. */
export type KeyStats = { evidence: Evidence; count: number; text: string; words: number };

/**
 * Short forms that end a longer name ("Lavrov" → "Sergei Lavrov", "Kestrels" → "Dayton
 * Kestrels"). When several full names end the same way, the most mentioned wins.
 */
export function familyNameAliases(
  stats: Map<string, KeyStats>,
  parts: readonly Part[],
): Map<string, string> {
  const fullNames = new Map<string, number>();
  for (const [key, s] of stats) {
    const e = s.evidence;
    if (
      s.words >= 2 &&
      !e.organizationWord &&
      (e.nameShaped || e.person >= 1) &&
      e.person >= e.place
    ) {
      fullNames.set(key, s.count);
    }
  }
  const byLastWords = new Map<string, string>();
  for (const [full, count] of fullNames) {
    const words = full.split(' ');
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(k).join(' ');
      const current = byLastWords.get(suffix);
      if (current === undefined || count > (fullNames.get(current) ?? 0))
        byLastWords.set(suffix, full);
    }
  }
  const aliases = new Map<string, string>();
  const shortForms = [
    ...stats.keys(),
    ...parts.filter((p) => p.trust === 'weak').map((p) => p.key),
  ];
  for (const key of shortForms) {
    const full = byLastWords.get(key);
    if (full && !stats.get(key)?.evidence.organizationWord) aliases.set(key, full);
  }
  return aliases;
}

/** Single-word keys by their first three letters, where a demonym's place is looked up. */
export function prefixIndex(keys: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length < 4 || key.includes(' ')) continue;
    const prefix = key.slice(0, 3);
    pushTo(index, prefix, key);
  }
  return index;
}

/** "russian" → "russia", "ukrainian" → "ukraine", "iraqi" → "iraq", among the indexed keys. */
export function baseOfDemonym(demonym: string, index: Map<string, string[]>): string | null {
  for (const key of index.get(demonym.slice(0, 3)) ?? []) {
    if (key === demonym) continue;
    if (demonym.startsWith(key.slice(0, -1)) && Math.abs(demonym.length - key.length) <= 3)
      return key;
  }
  return null;
}
