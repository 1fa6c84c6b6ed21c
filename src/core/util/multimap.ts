/**
 * Adds `value` to the list `map` holds under `key`, in place: building an index this way stays
 * linear, where copying the list at every addition grows with its square.
 *
 * @example const m = new Map<string, number[]>(); pushTo(m, 'a', 1); pushTo(m, 'a', 2); // a → [1, 2]
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
