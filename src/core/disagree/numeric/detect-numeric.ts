import type { Disagreement, Side } from '../../contract';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import type { Story } from '../story';
import { sameQuantityPairs } from './frame-pairs';
import { quantityFrames, type QuantityFrame } from './quantity-frames';
import { comparableValue } from './same-quantity';
import { valuesConflict } from './values';
import { baseForms } from '../../lexicon/base-forms';
import { relatedVagueSizes } from './vague-sizes';
import { pushTo } from '../../util/multimap';

/**
 * Figures that count the same thing with values that cannot both be right: across the whole
 * story (not only in sentences the aligner paired), and within one article between figures
 * credited to different sources. Each disagreement holds exactly the conflicting figures, each
 * with whom its article credits it to.
 */
export function detectNumeric(story: Story): Disagreement[] {
  const frames = quantityFrames(story);
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) ?? root;
    parent.set(i, root);
    return root;
  };
  for (const { f, g } of sameQuantityPairs(frames, story.aligned)) {
    // "1.500" may be 1.5 or 1500: a figure whose value is in doubt contradicts nothing.
    if (f.uncertain || g.uncertain) continue;
    const a = { ...f, value: comparableValue(f) };
    const b = { ...g, value: comparableValue(g) };
    if (!valuesConflict(a, b)) continue;
    if (!parent.has(f.id)) parent.set(f.id, f.id);
    if (!parent.has(g.id)) parent.set(g.id, g.id);
    parent.set(find(f.id), find(g.id));
  }
  const groups = new Map<number, QuantityFrame[]>();
  for (const id of [...parent.keys()].sort((x, y) => x - y)) {
    const frame = frames[id];
    if (!frame) continue;
    const root = find(id);
    pushTo(groups, root, frame);
  }
  // Sides in reading order: article by article, sentence by sentence.
  const reading = (f: QuantityFrame) => [f.sentence.article, f.sentence.index, f.start];
  const byReading = (x: QuantityFrame, y: QuantityFrame) => {
    const [a, b] = [reading(x), reading(y)];
    return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
  };
  return [...groups.values()].map((unordered) => {
    const members = [...unordered].sort(byReading);
    const sides = members.map(sideOf);
    const disagreement: Disagreement = {
      id: `numeric-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'numeric',
      summary: summaryOf(members),
      sides,
    };
    const related = relatedVagueSizes(story, members);
    if (related.length) disagreement.related = related;
    return disagreement;
  });
}

function sideOf(f: QuantityFrame): Side {
  return {
    sentence: f.sentence.id,
    start: f.start,
    end: f.end,
    value: f.value,
    attribution: f.attribution,
    written: f.written,
    ...(f.unit ? { unit: f.unit } : {}),
  };
}

const STOP_DESCRIPTION = new Set([
  'according',
  'said',
  'say',
  'says',
  'told',
  'that',
  'which',
  'who',
]);

/** The words after a figure that say what it counts: "Russian troops near Ukraine's borders". */
function describeCounted(tokens: readonly Token[], from: number, text: string): string {
  let end = from;
  let n = 0;
  for (const t of tokens) {
    if (t.start < from) continue;
    if (
      n++ >= 8 ||
      ['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) ||
      STOP_DESCRIPTION.has(t.lower)
    )
      break;
    end = t.end;
  }
  return text.slice(from, end).replace(/\s+/g, ' ').trim();
}

/**
 * "MP-5 carbines (seized): four vs 9 (Coast Guard spokesperson)"; a property by its name:
 * "depth: 35 km (U.S. Geological Survey) vs 48 km".
 */
function summaryOf(members: readonly QuantityFrame[]): string {
  const first = members[0];
  const values = members
    .map((f) => {
      const shown = f.measure === 'measure' && f.unit && !f.written.includes(f.unit);
      const value = shown ? `${f.written} ${f.unit ?? ''}` : f.written;
      return f.attribution ? `${value} (${f.attribution})` : value;
    })
    .join(' vs ');
  if (first?.head && members.every((f) => f.property && f.head === first.head))
    return `${first.head}: ${values}`;
  // "shares fell: 5% vs 7%": a change, named by what changed and the first verb of change.
  if (first?.head && first.predicate && members.every((f) => f.scopes.includes('change'))) {
    const { tokens } = first.sentence;
    const head = first.head;
    const thing = tokens.find((t) => t.lemma === head || baseForms(t.lower, 'noun').includes(head));
    return `${thing?.lower ?? first.head} ${tokens[first.predicate.at]?.lower ?? ''}: ${values}`;
  }
  // "age of Karim Benali: 34 vs 36".
  const owner = first?.about[0];
  if (owner && members.every((f) => f.measure === 'age')) {
    const named = members
      .flatMap((f) => f.sentence.entities.filter((e) => e.key === owner))
      .map((e) => e.name)[0];
    return `age of ${named ?? owner}: ${values}`;
  }
  // "share of the vote: 52% vs 58%".
  const whole = first?.head;
  if (whole && members.every((f) => f.measure === 'percent' && f.head === whole)) {
    const after = first.sentence.text
      .slice(first.end, first.end + 4)
      .trim()
      .toLowerCase();
    if (after.startsWith('of')) return `share of the ${whole}: ${values}`;
  }
  const described =
    members
      .map((f) => describeCounted(f.sentence.tokens, f.end, f.sentence.text))
      // "40 others" names nothing: another side's words, or the noun it stands for.
      .find((d) => d.length > 0 && !/^others?\b/i.test(d)) ?? '';
  const withVerb = members.find((f) => f.predicate && !described.includes(' '));
  const verbWord = withVerb?.predicate
    ? (withVerb.sentence.tokens[withVerb.predicate.at]?.lower ?? '')
    : '';
  const thing =
    described || first?.head || (first?.measure === 'money' ? 'amount' : (first?.unit ?? 'figure'));
  return `${thing}${verbWord ? ` ${verbWord}` : ''}: ${values}`;
}
