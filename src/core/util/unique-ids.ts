/**
 * Makes the ids of a list unique, keeping the first of each and suffixing later repeats
 * ("-2", "-3", …). Ids derived from a 32-bit hash collide once a story holds tens of thousands
 * of groups; the contract promises unique ids regardless. Deterministic: it depends only on
 * the order of the list.
 *
 * @example withUniqueIds([{ id: 'a' }, { id: 'a' }, { id: 'b' }]) // [{ id: 'a' }, { id: 'a-2' }, { id: 'b' }]
 */
export function withUniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    while (taken.has(`${item.id}-${n}`)) n++;
    const id = `${item.id}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
}
