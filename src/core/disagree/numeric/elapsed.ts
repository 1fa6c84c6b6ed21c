import type { Disagreement, Side } from '../../contract';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import { predicateOf } from '../frames/predicate';
import { clauseAt } from '../frames/clauses';
import { relatedVerbs } from '../senses';
import type { Story, StorySentence } from '../story';

/**
 * A moment told as time elapsed in a numbered part of a game or event: "38 seconds into the
 * fourth round", "after 38 seconds of the fourth round", "at the 1:50 mark" (of the round the
 * sentence names), "in the 89th minute".
 */
type Elapsed = {
  sentence: StorySentence;
  seconds: number;
  /** The part: "seventh round", or "seventh" when only the ordinal is written. */
  period: string | null;
  verb: string | null;
  start: number;
  end: number;
  written: string;
};

const ORDINALS = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
  ].map((w, i) => [w, i + 1]),
);
const PERIOD_NOUNS = new Set([
  'round',
  'quarter',
  'half',
  'period',
  'inning',
  'set',
  'lap',
  'stage',
  'game',
  'frame',
]);
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;
const SECONDS_IN: Record<string, number> = { second: 1, minute: 60 };

function ordinalAt(t: Token | undefined): number | null {
  if (!t) return null;
  return (
    ORDINALS.get(t.lower) ??
    (/^(\d+)(?:st|nd|rd|th)$/.exec(t.lower) ? Number.parseInt(t.lower, 10) : null)
  );
}

/** "the fourth round" from token `k` ("the" optional): the ordinal and its noun. */
function periodAt(tokens: readonly Token[], k: number): string | null {
  const at = tokens[k]?.lower === 'the' ? k + 1 : k;
  const n = ordinalAt(tokens[at]);
  if (n === null) return null;
  const noun = tokens[at + 1];
  return noun && PERIOD_NOUNS.has(noun.lemma) ? `${n} ${noun.lemma}` : `${n}`;
}

/** The part the sentence names nearest before token `i` ("in the fourth … at the 1:50 mark"). */
function periodBefore(tokens: readonly Token[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'of') {
      const p = periodAt(tokens, k + 1);
      if (p) return p;
    }
  }
  return null;
}

function elapsedIn(sentence: StorySentence): Elapsed[] {
  const { tokens } = sentence;
  const out: Elapsed[] = [];
  const add = (first: number, last: number, seconds: number, period: string | null) => {
    const clause = clauseAt(sentence.clauses, first, tokens.length);
    const verb = predicateOf(tokens, clause, first, last);
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    out.push({
      sentence,
      seconds,
      period,
      verb: verb?.lemma ?? null,
      start,
      end,
      written: sentence.text.slice(start, end),
    });
  };
  tokens.forEach((t, i) => {
    const clock = CLOCK.exec(t.text);
    if (clock) {
      const seconds = Number(clock[1]) * 60 + Number(clock[2]);
      const next = tokens[i + 1]?.lower;
      if (next === 'mark' || next === 'into') {
        const period = next === 'into' ? periodAt(tokens, i + 2) : periodBefore(tokens, i);
        add(i, i + 1, seconds, period);
      } else if (next === 'of' && periodAt(tokens, i + 2)) {
        add(i, i, seconds, periodAt(tokens, i + 2));
      }
      return;
    }
    if (t.pos !== 'NUM' || !/^\d+$/.test(t.text)) return;
    const unit = SECONDS_IN[tokens[i + 1]?.lemma ?? ''];
    if (!unit) return;
    const link = tokens[i + 2]?.lower;
    if (link !== 'into' && link !== 'of') return;
    const period = periodAt(tokens, i + 3);
    if (!period) return;
    add(i, i + 1, Number(t.text) * unit, period);
  });
  return out;
}

/**
 * The same moment of a game given different times by different articles: the fight stopped
 * "38 seconds into the fourth round" against "at the 1:50 mark" of the fourth.
 */
export function detectElapsed(story: Story): Disagreement[] {
  const moments = story.sentences.flatMap(elapsedIn);
  const out: Disagreement[] = [];
  const linked = new Set<Elapsed>();
  for (const a of moments) {
    if (linked.has(a)) continue;
    const group = moments.filter(
      (b) =>
        b === a ||
        (b.sentence.article !== a.sentence.article &&
          b.period !== null &&
          a.period !== null &&
          (b.period === a.period || b.period.split(' ')[0] === a.period.split(' ')[0]) &&
          (!a.verb || !b.verb || relatedVerbs(a.verb, b.verb))),
    );
    if (!group.some((b) => Math.abs(b.seconds - a.seconds) > 2)) continue;
    group.forEach((b) => linked.add(b));
    const sides: Side[] = group.map((m) => ({
      sentence: m.sentence.id,
      start: m.start,
      end: m.end,
      value: m.seconds,
      attribution: m.sentence.attribution?.source ?? null,
      written: m.written,
      unit: 'second',
    }));
    out.push({
      id: `numeric-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'numeric',
      summary: `time into ${describePeriod(a.period)}: ${group.map((m) => m.written).join(' vs ')}`,
      sides,
    });
  }
  return out;
}

/** "7 round" → "round 7"; "7" → "part 7". */
function describePeriod(period: string | null): string {
  if (!period) return 'the part';
  const [n, noun] = period.split(' ');
  return `${noun ?? 'part'} ${n ?? ''}`;
}
