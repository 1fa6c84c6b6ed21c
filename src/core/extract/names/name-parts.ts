import type { Token } from '../../types';
import { type Evidence, runEvidence, wordEvidence } from './entity-evidence';
import { nameKey } from './keys';
import { type NameRun, findNameRuns, isHeadlineCase } from './names';
import type { SentenceTokens } from '../types';
import { isProperAdjective } from '../quantities/unit-head';

/** How far a name found in a sentence can be trusted on its own. */
export type Trust =
  | 'full'
  /** A lone capitalized word opening a sentence: maybe just a capitalized common word. */
  | 'weak'
  /** In a sentence set in capitals or title case: every word looks like a name. */
  | 'headline';

/** A name (or the words before its title) found in one sentence, with its clues. */
export type Part = {
  sentence: number;
  start: number;
  end: number;
  first: number;
  last: number;
  text: string;
  key: string;
  evidence: Evidence;
  trust: Trust;
  demonym: boolean;
};

const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * "Nora Vance was a pilot. She never …": a name written like a person's that opens a sentence
 * followed by one that opens with "he" or "she" is most likely that person.
 */
export function notePronounFollowers(
  sentences: readonly SentenceTokens[],
  parts: readonly Part[],
): void {
  const firstPart = new Map<number, Part>();
  for (const part of parts) if (!firstPart.has(part.sentence)) firstPart.set(part.sentence, part);
  sentences.forEach((s, k) => {
    const next = sentences[k + 1];
    const part = firstPart.get(s.index);
    if (!next || !part || !part.evidence.nameShaped || part.first > 1) return;
    if (SUBJECT_PRONOUNS.has(next.tokens[0]?.lower ?? '')) part.evidence.person += 2;
  });
}

/**
 * The names of one sentence as parts: the name proper of each proper-noun run and what stands
 * before its title ("European Council" in "European Council President Herman Van Rompuy").
 */
export function sentenceParts(text: string, sentence: SentenceTokens): Part[] {
  const { tokens } = sentence;
  const headline = isHeadlineCase(tokens);
  return findNameRuns(tokens).flatMap((run) => {
    const evidence = runEvidence(tokens, run);
    // "Halvorsen, 52, was found guilty": a strong clue trusts even a sentence's first word.
    const lone = run.first === 0 && run.last === 0 && evidence.person < 3;
    const trust: Trust = headline ? 'headline' : lone ? 'weak' : 'full';
    const parts: Part[] = [];
    if (run.prefix) {
      const { first, last } = run.prefix;
      parts.push(
        makePart(text, sentence, first, last, wordEvidence(tokens.slice(first, last + 1)), trust),
      );
    }
    if (run.nameFirst <= run.last) {
      parts.push(makePart(text, sentence, run.nameFirst, run.last, evidence, trust, run));
    }
    return parts;
  });
}

function makePart(
  text: string,
  sentence: SentenceTokens,
  first: number,
  last: number,
  evidence: Evidence,
  trust: Trust,
  run?: NameRun,
): Part {
  const { tokens } = sentence;
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  const surface = text.slice(start, end);
  return {
    sentence: sentence.index,
    start,
    end,
    first,
    last,
    text: surface,
    key: nameKey(surface),
    evidence,
    trust,
    demonym: first === last && isDemonymUse(tokens, first, run === undefined),
  };
}

/** "Russian troops", "Russian Foreign Minister": a proper adjective before a noun or a title. */
function isDemonymUse(tokens: readonly Token[], i: number, isPrefix: boolean): boolean {
  const t = tokens[i];
  if (!t || !isProperAdjective(t.text) || /^[A-Z.]+$/.test(t.text)) return false;
  const next = tokens[i + 1];
  return (
    isPrefix ||
    (next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && next.text === next.lower)
  );
}
