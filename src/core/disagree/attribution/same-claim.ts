import type { Disagreement, Side } from '../../contract';
import { fnv1a } from '../../util/hash';
import type { Story, StorySentence } from '../story';
import { claimWords, overlap } from './claim-words';
import { isNamedSource, sourcesOverlap } from './sources';
import { pushTo } from '../../util/multimap';
import { spanSide } from '../span-side';

/** One claim credited to one source: a quotation, or a statement the article attributes. */
type CreditedClaim = {
  sentence: StorySentence;
  source: string;
  /** Where the source is written: the disputed span. */
  start: number;
  end: number;
  words: string[];
  /** The claim's words as written, for the summary. */
  text: string;
  quoted: boolean;
};

/** Reporting verbs that say the source rejects what follows. */
const DENIAL_CUES =
  /\b(?:den(?:y|ied|ies|ying)|reject(?:s|ed)?|disput(?:e|es|ed)|refut(?:e|es|ed))\b/i;

/** Share of words two quotations of one claim have in common, at the least. */
const SAME_QUOTE = 0.8;
/** Two statements must say nearly the same, in sentences the aligner pairs. */
const SAME_STATEMENT = 0.85;
const MIN_ALIGNED = 0.4;
/** Fewer content words than this are too common a phrase to be one claim. */
const MIN_WORDS = 4;
/** A word shared by more claims than this finds no useful candidates. */
const MAX_BUCKET = 60;

/** Every named quotation and every statement credited to a named person. */
function creditedClaims(story: Story): CreditedClaim[] {
  const out: CreditedClaim[] = [];
  for (const sentence of story.sentences) {
    const { text } = sentence;
    for (const q of sentence.quotes) {
      // A speaker named by a cue in the quote's own sentence, not one carried over or guessed.
      if (q.sentence !== sentence.index || q.via !== 'cue') continue;
      if (!q.speaker || !isNamedSource(q.speaker)) continue;
      const at = q.speakerSpan ?? { start: q.start, end: q.end };
      const words = claimWords(text.slice(q.start, q.end));
      const quote = text.slice(q.start, q.end).replace(/[,.]$/, '');
      out.push({ sentence, source: q.speaker, ...at, words, text: quote, quoted: true });
    }
    const a = sentence.attribution;
    if (sentence.quotes.length || !a || !a.person || !isNamedSource(a.source)) continue;
    // "X denied that …" credits the opposite of the claim: that is a denial, not the claim.
    if (DENIAL_CUES.test(a.cue)) continue;
    const from = sentence.tokens[0]?.start ?? 0;
    const to = sentence.tokens.at(-1)?.end ?? from;
    const claim = (text.slice(from, a.start) + ' ' + text.slice(a.end, to)).trim();
    const sourceWords = claimWords(a.source);
    const words = claimWords(claim).filter((w) => !sourceWords.includes(w));
    out.push({
      sentence,
      source: a.source,
      start: a.start,
      end: a.end,
      words,
      text: claim,
      quoted: false,
    });
  }
  return out.filter((c) => c.words.length >= MIN_WORDS);
}

/** Whether two credited claims are one claim told by two accounts. */
function sameClaim(a: CreditedClaim, b: CreditedClaim, story: Story): boolean {
  if (a.quoted !== b.quoted) return false;
  if (a.quoted) return overlap(a.words, b.words) >= SAME_QUOTE;
  return (
    overlap(a.words, b.words) >= SAME_STATEMENT &&
    story.aligned(a.sentence.id, b.sentence.id) >= MIN_ALIGNED
  );
}

/**
 * Whether the claim's neighbourhood (two sentences either side) names the other source too: a
 * joint statement, one speaking for another, or a speaker the article itself may have mixed up.
 */
function namesBoth(c: CreditedClaim, other: string, story: Story): boolean {
  const { article, index } = c.sentence;
  for (let i = index - 2; i <= index + 2; i++) {
    const id = story.articles[article]?.sentenceIds[i];
    const s = id === undefined ? undefined : story.byId.get(id);
    if (s?.entities.some((e) => sourcesOverlap(e.key, other))) return true;
  }
  return false;
}

/**
 * The same claim credited to different sources across articles: one quotation given to two
 * speakers, or one statement attributed to two people. Sources that can include each other
 * ("Whitlock" and "Whitlock and Marsh in a statement", "Harbor Weekly" and "a source at the
 * weekly") and unnamed ones ("a friend of the singer") are never opposed.
 */
export function detectSameClaimSources(story: Story): Disagreement[] {
  const claims = creditedClaims(story);
  const buckets = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const w of c.words) pushTo(buckets, w, i);
  });
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  // Count the words each pair shares; only pairs sharing enough are compared.
  const sharedWords = new Map<number, number>();
  for (const list of buckets.values()) {
    if (list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] ?? 0) * claims.length + (list[y] ?? 0);
        sharedWords.set(key, (sharedWords.get(key) ?? 0) + 1);
      }
    }
  }
  const linked = new Set<number>();
  for (const [key, count] of sharedWords) {
    if (count < MIN_WORDS * SAME_QUOTE) continue;
    const [i, j] = [Math.floor(key / claims.length), key % claims.length];
    const [a, b] = [claims[i] as CreditedClaim, claims[j] as CreditedClaim];
    if (a.sentence.article === b.sentence.article) continue;
    if (sourcesOverlap(a.source, b.source)) continue;
    if (!sameClaim(a, b, story)) continue;
    if (namesBoth(a, b.source, story) || namesBoth(b, a.source, story)) continue;
    parent[find(i)] = find(j);
    linked.add(i).add(j);
  }
  const groups = new Map<number, CreditedClaim[]>();
  for (const i of [...linked].sort((x, y) => x - y)) {
    const root = find(i);
    pushTo(groups, root, claims[i] as CreditedClaim);
  }
  return [...groups.values()].map(disagreementOf);
}

function disagreementOf(members: CreditedClaim[]): Disagreement {
  const sides: Side[] = members.map((c) => spanSide(c.sentence, c.start, c.end, c.source));
  const first = members[0];
  const words = (first?.text ?? '').split(/\s+/);
  const claim = words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
  const sources = [...new Set(members.map((c) => c.source))];
  return {
    id: `attribution-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
    kind: 'attribution',
    summary: `Who ${first?.quoted ? 'said' : 'stated'} “${claim}”: ${sources.join(' vs ')}`,
    sides,
  };
}
