import { type Evidence, type Gender, mergeEvidence, noEvidence } from './entity-evidence';
import { aliasName, aliasType, nameKey } from './keys';
import { type KeyStats, baseOfDemonym, familyNameAliases, prefixIndex } from './name-aliases';
import { type Part, notePronounFollowers, sentenceParts } from './name-parts';
import type { EntityMention, EntityType, SentenceTokens } from '../types';

/** A person of the article: canonical key and name, the shorter forms used, gender and roles. */
export type PersonInfo = {
  key: string;
  name: string;
  aliases: Set<string>;
  gender: Gender | null;
  roles: string[];
};

/** An entity mention with its token range in the sentence. */
export type NamedMention = EntityMention & { firstToken: number; lastToken: number };

/** The named things of one article, typed and canonicalized. */
export type EntityIndex = {
  /** All mentions in reading order. */
  mentions: NamedMention[];
  bySentence: Map<number, NamedMention[]>;
  /** Persons by canonical key. */
  people: Map<string, PersonInfo>;
  /** The canonical key of a name as written ("Lavrov" → "sergei lavrov"). */
  canonicalKey(text: string): string;
};

/**
 * Finds the people, places and organizations named in an article's sentences and gives each a
 * canonical form: short names resolve to the full name used elsewhere ("Lavrov" → "Sergei
 * Lavrov"), aliases to one key ("U.S." → "united states"), demonyms to the place when the
 * article names it ("Russian" → "russia"). Types come from clues summed over the article.
 */
export function buildEntityIndex(text: string, sentences: readonly SentenceTokens[]): EntityIndex {
  const parts = sentences.flatMap((s) => sentenceParts(text, s));
  notePronounFollowers(sentences, parts);
  const stats = new Map<string, KeyStats>();
  for (const part of parts) if (part.trust === 'full' && !part.demonym) addPart(stats, part);
  const aliasOf = familyNameAliases(stats, parts);
  const merged = new Map<string, KeyStats>();
  for (const [key, entry] of stats) mergeInto(merged, aliasOf.get(key) ?? key, key, entry);
  // A short form that is trusted only through its full name still counts as a mention of it.
  const firstPart = new Map<string, Part>();
  for (const part of parts) if (!firstPart.has(part.key)) firstPart.set(part.key, part);
  for (const part of parts) {
    const canonical = aliasOf.get(part.key);
    if (part.trust === 'full' || !canonical || stats.has(part.key)) continue;
    const full = stats.get(canonical) ?? fullNameEntry(firstPart.get(canonical), canonical);
    if (full && !merged.has(canonical)) mergeInto(merged, canonical, canonical, full);
    const target = merged.get(canonical);
    if (target) target.evidence.person += 2;
  }
  markDemonymPlaces(parts, merged);
  const types = new Map<string, EntityType>();
  for (const [key, entry] of merged) types.set(key, decideType(key, entry.evidence));
  const canonicalKey = (name: string): string => {
    const key = nameKey(name);
    return aliasOf.get(key) ?? key;
  };
  const places = prefixIndex([...types].flatMap(([key, type]) => (type === 'place' ? [key] : [])));
  const mentions = parts.flatMap((part) => toMention(part, merged, types, aliasOf, places));
  const bySentence = new Map<number, NamedMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return { mentions, bySentence, people: peopleOf(merged, types, aliasOf), canonicalKey };
}

function addPart(stats: Map<string, KeyStats>, part: Part): void {
  const entry = stats.get(part.key) ?? {
    evidence: noEvidence(),
    count: 0,
    text: part.text,
    words: part.key.split(' ').length,
  };
  mergeEvidence(entry.evidence, part.evidence);
  entry.count++;
  stats.set(part.key, entry);
}

function mergeInto(
  merged: Map<string, KeyStats>,
  canonical: string,
  key: string,
  entry: KeyStats,
): void {
  const target = merged.get(canonical) ?? { ...entry, evidence: noEvidence(), count: 0 };
  if (canonical === key) Object.assign(target, { text: entry.text, words: entry.words });
  mergeEvidence(target.evidence, entry.evidence);
  // Being called by the family name alone ("Price" after "Dana Price") is how news treats people;
  // not so "the Kestrels" or "in Oregon".
  const e = entry.evidence;
  if (canonical !== key && e.organization === 0 && e.place === 0) target.evidence.person += 2;
  target.count += entry.count;
  merged.set(canonical, target);
}

/** A full name known only from a headline, as a statistics entry. */
function fullNameEntry(part: Part | undefined, key: string): KeyStats | null {
  return part
    ? { evidence: noEvidence(), count: 1, text: part.text, words: key.split(' ').length }
    : null;
}

/** A demonym names its place: "Russian troops" makes "Russia" a place. */
function markDemonymPlaces(parts: readonly Part[], merged: Map<string, KeyStats>): void {
  const index = prefixIndex(merged.keys());
  for (const part of parts) {
    if (!part.demonym) continue;
    const base = baseOfDemonym(part.key, index);
    const entry = base ? merged.get(base) : undefined;
    if (entry) entry.evidence.place += 2;
  }
}

function decideType(key: string, e: Evidence): EntityType {
  const alias = aliasType(key);
  if (alias) return alias;
  if (e.organizationWord) return 'organization';
  if (e.person >= 2 && e.person >= e.place) return 'person';
  if (e.organization >= 2 && e.organization >= e.place) return 'organization';
  if (e.place >= 1 && e.place > e.person) return 'place';
  if (e.organization >= 1 && e.person === 0) return 'organization';
  // The shape of a name alone ("Grand Prix", "Iron Curtain") is too weak to call it a person.
  return 'other';
}

function toMention(
  part: Part,
  merged: Map<string, KeyStats>,
  types: Map<string, EntityType>,
  aliasOf: Map<string, string>,
  places: Map<string, string[]>,
): NamedMention[] {
  let key = aliasOf.get(part.key) ?? part.key;
  let type = types.get(key);
  if (part.demonym) {
    const place = baseOfDemonym(part.key, places);
    key = place ?? part.key;
    type = place ? 'place' : /(?:ian|ese|ish)$/.test(part.key) ? 'place' : 'other';
  }
  if (!type || (part.trust !== 'full' && !merged.has(key))) return [];
  const name = aliasName(key) ?? merged.get(key)?.text ?? part.text;
  return [
    {
      sentence: part.sentence,
      start: part.start,
      end: part.end,
      name,
      key,
      type,
      firstToken: part.first,
      lastToken: part.last,
    },
  ];
}

function peopleOf(
  merged: Map<string, KeyStats>,
  types: Map<string, EntityType>,
  aliasOf: Map<string, string>,
): Map<string, PersonInfo> {
  const people = new Map<string, PersonInfo>();
  for (const [key, entry] of merged) {
    if (types.get(key) !== 'person') continue;
    people.set(key, {
      key,
      name: entry.text,
      aliases: new Set(),
      gender: entry.evidence.gender,
      roles: entry.evidence.roles,
    });
  }
  for (const [alias, key] of aliasOf) people.get(key)?.aliases.add(alias);
  return people;
}
