import type { Token } from '../../types';
import type { EntityIndex } from '../names/entities';
import { genderOfWords } from '../names/entity-evidence';
import { nameKey } from '../names/keys';
import { OBJECT_PRONOUNS, PERSON_PRONOUNS, TITLE_WORDS, isRoleNoun } from '../cue-words';
import { type TokenRange, phraseHead } from './noun-phrase';
import type { PersonResolver } from '../names/person-resolver';

/** Who a noun phrase names, as a source or a speaker. */
export type NamedSource = {
  /** A person's canonical full name, or the phrase as written. */
  name: string;
  key: string;
  person: boolean;
  start: number;
  end: number;
  /** How it was found: a name, a pronoun, a role noun ("the minister"), or the phrase itself. */
  via: 'name' | 'pronoun' | 'role' | 'phrase';
};

/** What describing a source needs to know about the article. */
export type SourceContext = {
  text: string;
  entities: EntityIndex;
  people: PersonResolver;
};

/**
 * Names the source that the token range `range` of sentence `sentence` refers to: a person's
 * canonical name when the phrase is headed by one ("Foreign Minister Sergei Lavrov", "the
 * singer's agent Lou Brandt"), a pronoun resolved to a person ("he"), a definite role noun
 * resolved to the person last named with it ("the minister"), else the phrase as written
 * without a leading "the" ("US officials", "a friend of the singer").
 */
export function describeSource(
  ctx: SourceContext,
  sentence: number,
  tokens: readonly Token[],
  range: TokenRange,
): NamedSource | null {
  const start = tokens[range.first]?.start ?? 0;
  const end = tokens[range.last]?.end ?? start;
  const head = phraseHead(tokens, range);
  const headToken = tokens[head];
  if (!headToken) return null;
  const phrase = ctx.text.slice(start, end);
  const asPerson = (key: string | null, via: NamedSource['via']): NamedSource | null => {
    const person = key === null ? undefined : ctx.entities.people.get(key);
    return person ? { name: person.name, key: person.key, person: true, start, end, via } : null;
  };
  if (headToken.pos === 'PRON') {
    // "it", "they", "we" name no one we can point to.
    const gender = PERSON_PRONOUNS.get(headToken.lower) ?? OBJECT_PRONOUNS.get(headToken.lower);
    return gender === undefined
      ? null
      : asPerson(ctx.people.resolvePronoun(sentence, head, gender), 'pronoun');
  }
  const mention = ctx.entities.bySentence
    .get(sentence)
    ?.find((m) => m.firstToken <= head && head <= m.lastToken && m.firstToken >= range.first);
  if (mention) {
    const person = asPerson(mention.key, 'name');
    if (person) return person;
    // "58-year-old Stavros Karras": the name, not the words before it.
    const named = mention.lastToken === range.last && mention.firstToken > range.first;
    const text = named ? ctx.text.slice(mention.start, mention.end) : phrase;
    return { name: text, key: nameKey(text), person: false, start, end, via: 'name' };
  }
  if (isDefiniteRole(tokens, range, head)) {
    const role = headToken.lemma;
    const named = ctx.people.resolveRole(sentence, role);
    const resolved =
      asPerson(named, 'role') ??
      (UNNAMED_ROLES.has(role)
        ? null
        : asPerson(ctx.people.resolvePronoun(sentence, head, genderOfWords([role])), 'role'));
    if (resolved) return resolved;
  }
  // Keep "the" before a common noun ("the spokesman"); drop it before a name ("the Lisbon Courier").
  const definite = tokens[range.first - 1]?.lower === 'the' && !hasProperNoun(tokens, range);
  const name = definite ? ctx.text.slice(tokens[range.first - 1]?.start ?? start, end) : phrase;
  return { name, key: nameKey(name), person: false, start, end, via: 'phrase' };
}

/**
 * Roles that news gives to people it does not name ("the official said"): a definite one does
 * not point back to whoever was named last.
 */
const UNNAMED_ROLES = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'officer',
  'diplomat',
  'aide',
  'analyst',
  'expert',
  'witness',
  'resident',
  'neighbor',
  'neighbour',
  'victim',
  'suspect',
  'friend',
  'rep',
  'representative',
]);

function hasProperNoun(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (tokens[i]?.pos === 'PROPN') return true;
  return false;
}

/**
 * "the minister", "the Russian president": a role noun after "the", with nothing after it and
 * no possessive inside.
 */
function isDefiniteRole(tokens: readonly Token[], range: TokenRange, head: number): boolean {
  const before = tokens[range.first - 1];
  const t = tokens[head];
  if (!t || head !== range.last || before?.lower !== 'the') return false;
  // "the council's minister" is someone else's role, not a person named before.
  for (let i = range.first; i < head; i++) if (tokens[i]?.pos === 'PART') return false;
  return isRoleNoun(t.lower) || TITLE_WORDS.has(t.lower);
}
