import { VERB_CAUSES } from './verb-causes-data';

/** The effects of each cause, by verb lemma. */
let effects: Map<string, Set<string>> | null = null;

function effectsOf(cause: string): ReadonlySet<string> | undefined {
  if (!effects) {
    effects = new Map();
    for (const pair of VERB_CAUSES) {
      const [from = '', to = ''] = pair.split('>');
      const set = effects.get(from) ?? new Set<string>();
      set.add(to);
      effects.set(from, set);
    }
  }
  return effects.get(cause);
}

/**
 * Whether WordNet says one verb causes the other in their common senses: "kill" causes "die",
 * "raise" causes "rise". One event told from either end ("killed 12", "12 died").
 *
 * @example causes('kill', 'die') // true
 * @example causes('die', 'kill') // false
 */
export function causes(cause: string, effect: string): boolean {
  return effectsOf(cause)?.has(effect) ?? false;
}
