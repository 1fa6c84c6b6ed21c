import type { Disagreement, Side } from '../../contract';
import { placeOfDemonym } from '../../lexicon/demonyms';
import { isKindOf, similarity } from '../../lexicon/wordnet';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import { quantityFrames, type QuantityFrame } from '../numeric/quantity-frames';
import { compatibleNouns, synonymous } from '../senses';
import type { Story, StorySentence } from '../story';
import { creditOf } from './name-variants';
import { pushTo } from '../../util/multimap';
import { spanSide } from '../span-side';

/** Where one article says the members of a counted group come from. */
type GroupOrigins = {
  frame: QuantityFrame;
  /** Place keys, sorted: ["somalia", "yemen"]. */
  places: string[];
  sentence: StorySentence;
  start: number;
  end: number;
};

/** Evidence, in points, from which two counted groups of different articles are one group. */
const SAME_GROUP_EVIDENCE = 2;

const isPeople = (head: string): boolean => isKindOf(head, 'person');

/** The place a word names or names people of: "Kenyan" → albania, "Uganda" → uganda. */
function placeOf(sentence: StorySentence, k: number): string | null {
  const t = sentence.tokens[k];
  if (!t) return null;
  const demonym = placeOfDemonym(t.lower);
  if (demonym) return demonym;
  const entity = sentence.entities.find((e) => e.first === k);
  return entity && (entity.type === 'place' || entity.type === 'other') ? entity.key : null;
}

/** Places named from token `from` on while the words list places: "Kenya and Uganda". */
function placeList(sentence: StorySentence, from: number): { places: string[]; last: number } {
  const places: string[] = [];
  let last = from - 1;
  for (let k = from; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k] as Token;
    const place = placeOf(sentence, k);
    if (place) {
      places.push(place);
      last = k;
      const entity = sentence.entities.find((e) => e.first === k);
      if (entity) k = last = entity.last;
    } else if (!['and', ',', 'or'].includes(t.lower) || places.length === 0) break;
  }
  return { places, last };
}

/** "from Kenya and Uganda" within a few words after token `after`. */
function fromPlaces(sentence: StorySentence, after: number, reach = 4) {
  for (let k = after + 1; k <= Math.min(sentence.tokens.length - 1, after + reach); k++) {
    const t = sentence.tokens[k];
    // "23 pirates, 12 are from…" is about the 12.
    if (!t || t.pos === 'PUNCT' || t.pos === 'NUM') return null;
    if (t.lower !== 'from') continue;
    const list = placeList(sentence, k + 1);
    return list.places.length ? { ...list, first: k } : null;
  }
  return null;
}

const span = (sentence: StorySentence, first: number, last: number) => ({
  start: sentence.tokens[first]?.start ?? 0,
  end: sentence.tokens[last]?.end ?? 0,
});

/**
 * Demonyms among the words of the figure's phrase: "23 Kenyan and Ugandan ivory poachers"; for a
 * part of a coordination, up to the next figure ("12 Kenyan and 11 Ugandan poachers").
 */
function phraseOrigins(f: QuantityFrame): { places: string[]; first: number; last: number } {
  const places: string[] = [];
  let first = -1;
  let last = -1;
  const { tokens } = f.sentence;
  for (let k = f.first; k <= Math.max(f.last, f.first + 3) && k < tokens.length; k++) {
    if (k > f.first && tokens[k]?.pos === 'NUM') break;
    const place = placeOfDemonym(tokens[k]?.lower ?? '');
    if (!place) continue;
    places.push(place);
    if (first < 0) first = k;
    last = k;
  }
  return { places, first, last };
}

/**
 * Where each counted group of people comes from, as its article tells it: demonyms in its phrase
 * ("23 Kenyan poachers"), the parts it is the total of ("12 Kenyan and 11 Ugandan poachers"),
 * "from" after it ("23 poachers from Kenya"), bare parts beside it that add up to it ("12 are
 * from Kenya and 11 from Uganda"), or, for the article's only count of that noun, a sentence
 * saying where "the poachers" are from.
 */
function groupOrigins(story: Story, frames: readonly QuantityFrame[]): GroupOrigins[] {
  const out: GroupOrigins[] = [];
  for (const f of frames) {
    if (f.measure !== 'count' || !f.head || f.partOf !== null || !isPeople(f.head)) continue;
    const { sentence } = f;
    const own = phraseOrigins(f);
    if (f.parts) {
      const parts = f.parts.map((id) => frames[id]).filter((p) => p !== undefined);
      const origins = parts.map(phraseOrigins);
      if (origins.every((o) => o.places.length > 0)) {
        const first = Math.min(...origins.map((o) => o.first));
        const last = Math.max(...origins.map((o) => o.last));
        out.push(
          record(
            f,
            origins.flatMap((o) => o.places),
            first,
            last,
          ),
        );
      }
      continue;
    }
    if (own.places.length) {
      out.push(record(f, own.places, own.first, own.last));
      continue;
    }
    const from = fromPlaces(sentence, f.last);
    if (from) {
      out.push(record(f, from.places, from.first, from.last));
      continue;
    }
    const split = partsBeside(f, frames);
    if (split) {
      out.push(split);
      continue;
    }
    if (f.sole) {
      const told = toldElsewhere(story, f);
      if (told) out.push(told);
    }
  }
  return out;
}

function record(f: QuantityFrame, places: string[], first: number, last: number): GroupOrigins {
  return {
    frame: f,
    places: [...new Set(places)].sort(),
    sentence: f.sentence,
    ...span(f.sentence, first, last),
  };
}

/** "Out of 23 detained poachers, 12 are from Kenya and 11 from Uganda". */
function partsBeside(f: QuantityFrame, frames: readonly QuantityFrame[]): GroupOrigins | null {
  const bare = frames.filter(
    (g) => g.sentence === f.sentence && g !== f && g.head === null && g.first > f.last,
  );
  const parts = bare.map((g) => ({ g, from: fromPlaces(f.sentence, g.last, 3) }));
  const located = parts.filter((p) => p.from !== null);
  if (located.length < 2) return null;
  if (located.reduce((sum, p) => sum + p.g.value, 0) !== f.value) return null;
  const first = located[0]?.g.first ?? f.first;
  const last = Math.max(...located.map((p) => p.from?.last ?? 0));
  return record(
    f,
    located.flatMap((p) => p.from?.places ?? []),
    first,
    last,
  );
}

/** "The poachers are from Kenya and Uganda", elsewhere in the article of the group's only count. */
function toldElsewhere(story: Story, f: QuantityFrame): GroupOrigins | null {
  for (const id of story.articles[f.sentence.article]?.sentenceIds ?? []) {
    const sentence = story.byId.get(id);
    if (!sentence || sentence === f.sentence) continue;
    const { tokens } = sentence;
    for (let k = 1; k + 2 < tokens.length; k++) {
      const head = tokens[k];
      if (!head || head.lemma !== f.head || tokens[k - 1]?.lower !== 'the') continue;
      if (tokens[k + 1]?.lemma !== 'be' || tokens[k + 2]?.lower !== 'from') continue;
      const list = placeList(sentence, k + 3);
      if (list.places.length === 0) continue;
      return {
        frame: f,
        places: [...new Set(list.places)].sort(),
        sentence,
        ...span(sentence, k + 2, list.last),
      };
    }
  }
  return null;
}

/** Two heads that can name one group: "rebels", "insurgents". */
function sameKindOfPeople(a: string, b: string): boolean {
  return compatibleNouns(a, b) || similarity(a, b, 'noun') >= 0.85;
}

/** How strongly two counted groups of the same size are one group, in points. */
function sameGroupEvidence(f: QuantityFrame, g: QuantityFrame, story: Story): number {
  let score = 4 * story.aligned(f.sentence.id, g.sentence.id);
  if (f.predicate && g.predicate && synonymous(f.predicate.lemma, g.predicate.lemma)) score += 1.5;
  if (f.sole && g.sole) score += 2;
  return score;
}

/**
 * The same counted group described with different origins: "23 Kenyan poachers" against "23
 * Kenyan and Ugandan poachers" or "12 are from Kenya and 11 from Uganda". Groups are one when
 * they count the same number of the same kind of people and their articles' evidence says so;
 * a group whose origin an article does not give is no side.
 */
export function detectGroupOrigins(story: Story): Disagreement[] {
  const frames = quantityFrames(story);
  const groups = groupOrigins(story, frames);
  const byValue = new Map<number, GroupOrigins[]>();
  for (const g of groups) pushTo(byValue, g.frame.value, g);
  const out: Disagreement[] = [];
  for (const list of byValue.values()) {
    const members = new Set<GroupOrigins>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i] as GroupOrigins, list[j] as GroupOrigins];
        if (a.frame.sentence.article === b.frame.sentence.article) continue;
        if (a.places.join() === b.places.join()) continue;
        if (!sameKindOfPeople(a.frame.head ?? '', b.frame.head ?? '')) continue;
        if (sameGroupEvidence(a.frame, b.frame, story) < SAME_GROUP_EVIDENCE) continue;
        members.add(a).add(b);
      }
    }
    if (members.size) out.push(disagreementOf([...members]));
  }
  return out;
}

const title = (place: string) => place.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

function disagreementOf(members: GroupOrigins[]): Disagreement {
  members.sort((a, b) => a.sentence.article - b.sentence.article || a.start - b.start);
  const sides: Side[] = members.map((m) =>
    spanSide(m.sentence, m.start, m.end, creditOf(m.sentence, m.start)),
  );
  const accounts = [...new Set(members.map((m) => m.places.map(title).join(' and ')))];
  const first = members[0]?.frame;
  const noun = first?.sentence.tokens[first.last]?.lower ?? first?.head ?? '';
  const what = first ? `${first.written} ${noun}` : 'group';
  return {
    id: `qualitative-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
    kind: 'qualitative',
    summary: `Where the ${what.trim()} are from: ${accounts.join(' vs ')}`,
    sides,
  };
}
