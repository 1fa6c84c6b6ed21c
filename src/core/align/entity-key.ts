/** Canonical keys for names, so that variants of one name meet in the alignment index. */

/** Common aliases of countries and unions: one key each. Multi-word forms are joined by spaces. */
const ALIASES = new Map<string, string>([
  ['us', 'us'],
  ['u.s.', 'us'],
  ['u.s', 'us'],
  ['usa', 'us'],
  ['u.s.a.', 'us'],
  ['united states', 'us'],
  ['america', 'us'],
  ['american', 'us'],
  ['americans', 'us'],
  ['uk', 'uk'],
  ['u.k.', 'uk'],
  ['united kingdom', 'uk'],
  ['britain', 'uk'],
  ['british', 'uk'],
  ['eu', 'eu'],
  ['european union', 'eu'],
  ['un', 'un'],
  ['u.n.', 'un'],
  ['united nations', 'un'],
]);

/** Demonym and country endings: "Russian"/"Russia" and "Ukrainian"/"Ukraine" share a key. */
const ENDINGS = ['ians', 'ian', 'eans', 'ean', 'ese', 'ans', 'an', 'ia', 'e', 'a'];

/**
 * The key under which a capitalized word or name is indexed.
 *
 * @example entityKey('Russian') === entityKey('Russia') // true
 * @example entityKey('U.S.') // 'us'
 */
export function entityKey(name: string): string {
  const lower = name.toLowerCase();
  const alias = ALIASES.get(lower);
  if (alias) return alias;
  if (lower.length < 5) return lower;
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) {
      return lower.slice(0, -ending.length);
    }
  }
  return lower;
}

/**
 * The key of a two-word name when it is a known alias ("United States"), else undefined.
 *
 * @example pairAliasKey('United', 'States') // 'us'
 */
export function pairAliasKey(first: string, second: string): string | undefined {
  return ALIASES.get(`${first} ${second}`.toLowerCase());
}
