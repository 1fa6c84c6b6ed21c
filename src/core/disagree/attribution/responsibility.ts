import type { Disagreement } from '../../contract';
import { fnv1a } from '../../util/hash';
import { isNegatedVerb } from '../frames/predicate';
import { sharedContext } from '../qualitative/shared-context';
import { spanSide } from '../span-side';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { sourcesOverlap } from './sources';

/** "claimed responsibility", "admitted its role", "took credit". */
const OWNING_VERBS = new Set(['claim', 'accept', 'admit', 'acknowledge', 'take']);
/** "denied any role", "rejected responsibility", "disclaimed involvement". */
const DISOWNING_VERBS = new Set(['deny', 'reject', 'disclaim', 'disavow']);
/** What a party owns or disowns in a deed. */
const SHARE_NOUNS = new Set(['responsibility', 'role', 'involvement', 'part', 'credit', 'link']);
/** How far after its verb the share noun may stand: "denied playing any part". */
const REACH = 4;
/**
 * Evidence (see `sharedContext`) from which two statements are about one deed, which must name
 * a word or a name of it in common (not only the words of owning and disowning).
 */
const SAME_DEED_EVIDENCE = 2;

/** A party's statement that it did, or did not, do the story's deed. */
type Stance = {
  sentence: StorySentence;
  party: SentenceEntity;
  owns: boolean;
  start: number;
  end: number;
};

/** The party a verb's statement is by: the last name before it in the sentence. */
function partyBefore(sentence: StorySentence, at: number): SentenceEntity | null {
  const before = sentence.entities.filter(
    (e) => e.last < at && (e.type === 'organization' || e.type === 'person' || e.type === 'other'),
  );
  return before.at(-1) ?? null;
}

function stancesOf(sentence: StorySentence): Stance[] {
  const { tokens } = sentence;
  const out: Stance[] = [];
  tokens.forEach((t, k) => {
    if (t.pos !== 'VERB') return;
    const owning = OWNING_VERBS.has(t.lemma);
    if (!owning && !DISOWNING_VERBS.has(t.lemma)) return;
    const noun = tokens
      .slice(k + 1, k + 1 + REACH)
      .findIndex((u) => SHARE_NOUNS.has(u.lemma) && u.pos === 'NOUN');
    if (noun < 0) return;
    const party = partyBefore(sentence, k);
    if (!party) return;
    // "did not claim responsibility" disowns; "did not deny any role" owns.
    const owns = owning !== isNegatedVerb(tokens, k, 0);
    const last = tokens[k + 1 + noun];
    out.push({ sentence, party, owns, start: t.start, end: last?.end ?? t.end });
  });
  return out;
}

/** Whether two statements speak of one deed: words or names in common, and enough evidence. */
function sameDeed(a: Stance, b: Stance, story: Story): boolean {
  const shared = sharedContext(a.sentence, b.sentence, story, [a.party.key]);
  const words = shared.words.filter((w) => !SHARE_NOUNS.has(w) && !OWNING_VERBS.has(w));
  return (
    words.length + shared.names.length > 0 &&
    shared.evidence - 0.5 * (shared.words.length - words.length) >= SAME_DEED_EVIDENCE
  );
}

/**
 * One party said to own a deed in one article and to disown it in another: "the Northern Front
 * claimed responsibility for the attack" against "the Northern Front denied any role in the
 * attack". The two statements must share their context (the deed's words, names, or aligned
 * sentences); statements by different parties are not compared.
 */
export function detectResponsibility(story: Story): Disagreement[] {
  const stances = story.sentences.flatMap(stancesOf);
  const out: Disagreement[] = [];
  const used = new Set<Stance>();
  for (const a of stances) {
    if (!a.owns || used.has(a)) continue;
    const denials = stances.filter(
      (b) =>
        !b.owns &&
        !used.has(b) &&
        b.sentence.article !== a.sentence.article &&
        sourcesOverlap(a.party.key, b.party.key) &&
        sameDeed(a, b, story),
    );
    if (denials.length === 0) continue;
    used.add(a);
    denials.forEach((d) => used.add(d));
    const sides = [a, ...denials].map((s) => spanSide(s.sentence, s.start, s.end, s.party.name));
    out.push({
      id: `attribution-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'attribution',
      summary: `Role of ${a.party.name}: ${sides.map((s) => s.written ?? '').join(' vs ')}`,
      sides,
    });
  }
  return out;
}
