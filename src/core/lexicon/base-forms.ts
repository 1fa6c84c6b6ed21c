import type { WordClass } from './wordnet-table';

/**
 * WordNet's regular detachment rules ("morphy" without its exception lists): the suffix
 * replacements that may turn an inflected form into its base form, by word class.
 */
const DETACHMENTS: Record<WordClass, readonly (readonly [string, string])[]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * Candidate base forms of an inflected word, most likely first, by WordNet's regular rules.
 * The tokenizer already gives lemmas; these catch the forms it leaves ("rifles", "seized").
 * Irregular forms ("ran", "mice") are not guessed: WordNet's exception lists are not shipped.
 * A multiword lemma inflects its last word ("assault rifles").
 *
 * @example baseForms('seized', 'verb') // ['seize', 'seiz']
 */
export function baseForms(word: string, cls: WordClass): string[] {
  const cut = word.lastIndexOf(' ') + 1;
  const head = word.slice(cut);
  const forms: string[] = [];
  for (const [suffix, replacement] of DETACHMENTS[cls]) {
    if (head.length <= suffix.length || !head.endsWith(suffix)) continue;
    const form = word.slice(0, cut) + head.slice(0, -suffix.length) + replacement;
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}
