/**
 * Canonical keys for names, so that "U.S.", "US" and "United States", or "José" and "Jose",
 * compare equal across sentences and articles.
 */

/**
 * The few abbreviations that news writes interchangeably with the full name. Only forms whose
 * meaning does not depend on the story belong here.
 */
const ALIASES: ReadonlyMap<string, { key: string; name: string }> = new Map(
  [
    ['us', 'usa', 'united states', 'united states of america'],
    ['uk', 'united kingdom'],
    ['eu', 'european union'],
    ['un', 'united nations'],
  ].flatMap((forms) => {
    const canonical = forms.find((f) => f.includes(' ')) ?? forms[0] ?? '';
    const name = canonical.replace(/\b\w/g, (c) => c.toUpperCase()).replace(' Of ', ' of ');
    return forms.map((form) => [form, { key: canonical, name }] as const);
  }),
);

/**
 * Lower-cased, accent-free, dot-free key of a name; the aliases above map to one key.
 *
 * @example nameKey('U.S.') // 'united states'
 * @example nameKey('José Manuel Barroso') // 'jose manuel barroso'
 */
export function nameKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeNameKey(text);
    keyCache.set(text, key);
  }
  return key;
}

/** Keys already computed: the same few names are keyed over and over across a story. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 20_000;

function computeNameKey(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ALIASES.get(plain)?.key ?? plain;
}

const ALIAS_KEYS = new Set([...ALIASES.values()].map((alias) => alias.key));
const ALIAS_ORGANIZATIONS = new Set(['european union', 'united nations']);

/** The type of an aliased key: the Unions and Nations are organizations, the rest places. */
export function aliasType(key: string): 'place' | 'organization' | null {
  if (!ALIAS_KEYS.has(key)) return null;
  return ALIAS_ORGANIZATIONS.has(key) ? 'organization' : 'place';
}

/** The display form for a key that is an alias ("United States" for "U.S."), else null. */
export function aliasName(text: string): string | null {
  return ALIASES.get(nameKey(text))?.name ?? null;
}
