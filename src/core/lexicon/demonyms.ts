import { demonymTable } from './demonyms-data';

let table: Map<string, string> | null = null;

/**
 * The place a demonym names people or things of, from WordNet's pertainyms and peoples
 * (`scripts/build-demonyms.mjs`); null for any other word. Lower-case in, lower-case out.
 *
 * @example placeOfDemonym('somalian') // 'somalia'
 * @example placeOfDemonym('french') // 'france'
 */
export function placeOfDemonym(word: string): string | null {
  table ??= new Map(
    demonymTable()
      .split(';')
      .map((entry) => entry.split('>') as [string, string]),
  );
  return table.get(word.toLowerCase()) ?? null;
}
