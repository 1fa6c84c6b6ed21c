import type { Disagreement, Side } from '../../contract';
import { ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_WORDS } from '../../extract/cue-words';
import { senses, supersense } from '../../lexicon/wordnet';
import { fnv1a } from '../../util/hash';
import { givenNamesAgree, spellingVariants } from '../frames/name-forms';
import { namesMatch } from '../frames/names';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { sharedContext } from './shared-context';
import { pushTo } from '../../util/multimap';
import { spanSide } from '../span-side';

/** A person's full name in one sentence: "Nora Vance". */
type FullName = {
  sentence: StorySentence;
  entity: SentenceEntity;
  given: string;
  family: string;
};

/** Two full names that differ in one part only, seen in sentences that share their context. */
type VariantPair = { x: FullName; y: FullName; evidence: number; context: string[] };

/** Evidence, in points, from which two sentences speak of one person's slot. */
export const SAME_SLOT_EVIDENCE = 4;

const NAME_WORD = /^\p{L}[\p{L}'’-]*$/u;

/** "Nora Vance" or "Paul Eli Marsh": two or three name words, not a title, no place. */
function fullNameOf(sentence: StorySentence, entity: SentenceEntity): FullName | null {
  // Types are weak clues here ("in Glen Harlow's comic series" reads as a place): the words decide.
  if (entity.type === 'organization') return null;
  // A later, shorter mention carries the key of the article's first, longer one ("Corn Mill"
  // under "historic corn mill"): only a mention that writes the whole name is read.
  const words = entity.key.split(' ');
  const written = sentence.text.slice(entity.start, entity.end).trim().split(/\s+/);
  if (written.length !== words.length) return null;
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return null;
  const given = words[0] ?? '';
  const family = words.at(-1) ?? '';
  if (TITLE_WORDS.has(given) || ROLE_NOUNS.has(given) || given.length < 2) return null;
  // A headline capitalizes its words, so "Historic Corn Mill" looks like a name there: only the
  // body's names are compared.
  if (sentence.headline) return null;
  if (senses(given, 'adj').length > 0) return null;
  if (isNameHead(family)) return null;
  return { sentence, entity, given, family };
}

/** Words that end the names of places, buildings and bodies: "Marion County", "Lakeside Hotel". */
const PLACE_HEADS = new Set(
  `county city town village state province district region street avenue road square plaza
  river lake mountain island park hall house courthouse building tower centre center hotel dairy
  church mall station airport bridge stadium arena theater theatre museum library prison jail
  farm mill factory store market fire colony`.split(/\s+/),
);

/** A last word that heads a place's or an organization's name, not a person's. */
function isNameHead(word: string): boolean {
  if (PLACE_HEADS.has(word) || ORGANIZATION_WORDS.has(word)) return true;
  const first = senses(word, 'noun')[0];
  return first !== undefined && ['noun.location', 'noun.group'].includes(supersense(first));
}

/**
 * Whether two full names name one slot differently: the same family name with given names that
 * are neither spellings nor short forms of each other ("Glen"/"Greg Harlow"), or one given
 * name with family names that are not spellings of each other ("Nora Vance"/"Nora
 * Blake"). A name with and without a middle name is the same name.
 */
function differInOnePart(x: FullName, y: FullName): boolean {
  if (namesMatch(x.entity.key, y.entity.key)) return false;
  const sameFamily = spellingVariants(x.family, y.family);
  const sameGiven = givenNamesAgree(x.given, y.given);
  return sameFamily !== sameGiven;
}

/** Full-name keys an article writes, by their last word. */
type KnownNames = Map<string, string[]>;

/** Every full-name key each article writes, for "does this article know both people?". */
function fullNamesByArticle(story: Story): KnownNames[] {
  return story.articles.map((article) => {
    const known: KnownNames = new Map();
    const add = (key: string) => {
      if (!key.includes(' ')) return;
      const last = key.split(' ').at(-1) ?? key;
      const list = known.get(last) ?? [];
      if (!list.includes(key)) known.set(last, [...list, key]);
    };
    for (const e of article.extraction.entities) add(e.key);
    for (const p of article.extraction.people) add(p.key);
    return known;
  });
}

/** Whether an article writes a full name that can name the person `key` names. */
const knows = (known: KnownNames, key: string): boolean =>
  (known.get(key.split(' ').at(-1) ?? key) ?? []).some((k) => namesMatch(k, key));

/** A part shared by more names than this finds no useful candidates. */
const MAX_BUCKET = 200;

/**
 * One role filled by different names across articles: "Owen Hart and Nora Vance will
 * star" against "Owen Hart and Nora Blake in the lead roles"; "Glen Harlow's comic
 * series The Nightjar" against "Greg Harlow also featured Lowe in The Nightjar". Quiet for
 * short forms ("William"/"Bill"), spelling and transliteration variants, a middle name left out,
 * and two people any one article names both of (two Marsh brothers).
 */
export function detectNameVariants(story: Story): Disagreement[] {
  const names: FullName[] = [];
  for (const sentence of story.sentences) {
    for (const entity of sentence.entities) {
      const name = fullNameOf(sentence, entity);
      if (name) names.push(name);
    }
  }
  // Distinct names first: a name written in twenty sentences is compared once.
  const mentions = new Map<string, FullName[]>();
  for (const n of names) pushTo(mentions, n.entity.key, n);
  const byPart = new Map<string, FullName[]>();
  for (const [first] of mentions.values()) {
    if (!first) continue;
    for (const key of [`f:${first.family}`, `g:${first.given}`]) {
      pushTo(byPart, key, first);
    }
  }
  const known = fullNamesByArticle(story);
  const pairs: VariantPair[] = [];
  const seen = new Set<string>();
  for (const list of byPart.values()) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [(list[i] as FullName).entity.key, (list[j] as FullName).entity.key];
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!differInOnePart(list[i] as FullName, list[j] as FullName)) continue;
        // An article that writes both names knows two people.
        if (known.some((keys) => knows(keys, a) && knows(keys, b))) continue;
        for (const x of mentions.get(a) ?? []) {
          for (const y of mentions.get(b) ?? []) {
            if (x.sentence.article === y.sentence.article) continue;
            const found = sharedContext(x.sentence, y.sentence, story, [a, b]);
            if (found.evidence >= SAME_SLOT_EVIDENCE) {
              pairs.push({ x, y, evidence: found.evidence, context: found.names });
            }
          }
        }
      }
    }
  }
  return groupByNames(pairs);
}

/** One disagreement per pair of names, holding each article's best-placed mention of each. */
function groupByNames(pairs: VariantPair[]): Disagreement[] {
  pairs.sort((p, q) => q.evidence - p.evidence);
  const groups = new Map<string, { pair: VariantPair; sides: Map<string, FullName> }>();
  for (const pair of pairs) {
    const [x, y] = [pair.x, pair.y].sort((m, n) => m.entity.key.localeCompare(n.entity.key)) as [
      FullName,
      FullName,
    ];
    const key = `${x.entity.key}|${y.entity.key}`;
    const group = groups.get(key) ?? { pair, sides: new Map<string, FullName>() };
    for (const n of [x, y]) {
      const slot = `${n.entity.key}#${n.sentence.article}`;
      if (!group.sides.has(slot)) group.sides.set(slot, n);
    }
    groups.set(key, group);
  }
  return [...groups.values()].map(({ pair, sides }) => {
    const members = [...sides.values()].sort(
      (m, n) => m.sentence.article - n.sentence.article || m.entity.start - n.entity.start,
    );
    const out: Side[] = members.map((n) =>
      spanSide(n.sentence, n.entity.start, n.entity.end, creditOf(n.sentence, n.entity.start)),
    );
    const written = [...new Set(out.map((s) => s.written ?? ''))];
    const where = pair.context.length ? `Named with ${pair.context.join(' and ')}` : 'One person';
    return {
      id: `qualitative-${fnv1a(out.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'qualitative',
      summary: `${where}: ${written.join(' vs ')}`,
      sides: out,
    };
  });
}

/** Whom the article credits the words at `at` to: the quote's speaker, else the sentence's source. */
export function creditOf(sentence: StorySentence, at: number): string | null {
  const quote = sentence.quotes.find((q) => q.start <= at && at < q.end);
  return quote?.speaker ?? sentence.attribution?.source ?? null;
}
