import type { Token } from '../../types';
import {
  FEMALE_HONORIFICS,
  FEMALE_ROLES,
  MALE_HONORIFICS,
  MALE_ROLES,
  ORGANIZATION_WORDS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../cue-words';
import { type NameRun, bareWord } from './names';
import { isRoleNoun } from '../cue-words';

/** A person's gender as pronouns, honorifics and role nouns tell it. */
export type Gender = 'male' | 'female';

/** What one mention tells about the kind of thing a name is. Scores add up over an article. */
export type Evidence = {
  person: number;
  place: number;
  organization: number;
  /** An organization word inside the name ("Council", "Ministry"): decisive. */
  organizationWord: boolean;
  /** Written like a personal name: two or three capitalized words, no "the" before. */
  nameShaped: boolean;
  gender: Gender | null;
  /** Title words and role nouns seen with the name ("minister", "actress"). */
  roles: string[];
};

const NAME_SHAPE = /^(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|[A-Z]\.)$/;
const ACRONYM = /^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,})$/;

/** Clues inside a name alone (for what stands before a title: "European Council"). */
export function wordEvidence(tokens: readonly Token[]): Evidence {
  const evidence = noEvidence();
  evidence.organizationWord = tokens.some((t) => ORGANIZATION_WORDS.has(bareWord(t)));
  return evidence;
}

/** An empty score card. */
export function noEvidence(): Evidence {
  return {
    person: 0,
    place: 0,
    organization: 0,
    organizationWord: false,
    nameShaped: false,
    gender: null,
    roles: [],
  };
}

/**
 * Reads the clues around one name in its sentence: titles, role nouns ("actress Dana Price"),
 * appositions ("Price, 41,", "Jack Smith, a spokesman"), reporting verbs ("Kerry said"),
 * prepositions of place ("in Paris"), organization words and acronyms, and the shape of a
 * personal name (two or three capitalized words).
 */
export function runEvidence(tokens: readonly Token[], run: NameRun): Evidence {
  const evidence = noEvidence();
  const nameTokens = tokens.slice(run.nameFirst, run.last + 1);
  if (nameTokens.some((t) => ORGANIZATION_WORDS.has(bareWord(t)))) {
    evidence.organizationWord = true;
    return evidence;
  }
  if (run.titles.length > 0) {
    evidence.person += 3;
    evidence.roles.push(...run.titles);
    evidence.gender = genderOfWords(run.titles);
  }
  const before = tokens[run.first - 1];
  if (before?.pos === 'NOUN' && before.text === before.lower && isRoleNoun(before.lower)) {
    evidence.person += 3;
    evidence.roles.push(before.lemma);
    evidence.gender ??= genderOfWords([before.lower]);
  }
  const single = nameTokens.length === 1 ? nameTokens[0] : undefined;
  // "NATO said": acronyms speak for organizations.
  if (single && ACRONYM.test(single.text)) {
    evidence.organization += 3;
    return evidence;
  }
  if (hasApposition(tokens, run.last)) evidence.person += 3;
  if (isReportingSubject(tokens, run.last) || isInvertedSpeaker(tokens, run.first)) {
    evidence.person += 2;
  }
  if (isAfterPlacePreposition(tokens, run.first)) evidence.place += 1;
  // "the Rovers want", "the Kremlin said": a name with "the" that heads its phrase.
  if (before?.lower === 'the' && tokens[run.last + 1]?.pos !== 'NOUN') evidence.organization += 1;
  const shaped =
    nameTokens.length >= 2 &&
    nameTokens.length <= 3 &&
    nameTokens.every((t) => NAME_SHAPE.test(t.text));
  evidence.nameShaped =
    shaped && before?.lower !== 'the' && !nameTokens.some((t) => TITLE_WORDS.has(bareWord(t)));
  return evidence;
}

/** Adds `more` into `into`. */
export function mergeEvidence(into: Evidence, more: Evidence): void {
  into.person += more.person;
  into.place += more.place;
  into.organization += more.organization;
  into.organizationWord ||= more.organizationWord;
  into.nameShaped ||= more.nameShaped;
  into.gender ??= more.gender;
  for (const role of more.roles) if (!into.roles.includes(role)) into.roles.push(role);
}

/** The gender that title or role words imply, if any. */
export function genderOfWords(words: readonly string[]): Gender | null {
  for (const w of words) {
    if (MALE_HONORIFICS.has(w) || MALE_ROLES.has(w)) return 'male';
    if (FEMALE_HONORIFICS.has(w) || FEMALE_ROLES.has(w)) return 'female';
  }
  return null;
}

/** "Price, 41," or "Jack Smith, a spokesman for …": a comma, then an age or a role. */
function hasApposition(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const next = tokens[last + 2];
  if (next?.kind === 'number' && tokens[last + 3]?.text === ',') return true;
  if (next?.pos !== 'DET') return false;
  for (let k = last + 3; k <= last + 5; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (t.pos === 'NOUN' && isRoleNoun(t.lower)) return true;
  }
  return false;
}

/** "Kerry said", "Kerry also told", "Kerry has said": the name is the subject of a reporting verb. */
function isReportingSubject(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.lemma === 'have') k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma);
}

/** "…," said Kerry. */
function isInvertedSpeaker(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  return (
    verb?.pos === 'VERB' &&
    (verb.lemma === 'say' || verb.lemma === 'add') &&
    tokens[first - 2]?.pos === 'PUNCT'
  );
}

/** "in Paris", "in central Lisbon", "from northern Iraq" (not "according to"). */
function isAfterPlacePreposition(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const preposition = before?.pos === 'ADJ' ? tokens[first - 2] : before;
  return preposition !== undefined && PLACE_PREPOSITIONS.has(preposition.lower);
}
