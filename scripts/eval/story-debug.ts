// Development tool: the quantity frames of one corpus story and the pairs that could count one
// thing, with their evidence.   npx tsx scripts/eval/story-debug.ts STORY [WORD]
import { quantityFrames } from '../../src/core/disagree/numeric/quantity-frames';
import {
  canBeSameQuantity,
  comparableValue,
  sameQuantityEvidence,
} from '../../src/core/disagree/numeric/same-quantity';
import { valuesConflict } from '../../src/core/disagree/numeric/values';
import { prepareStory, storyView } from './corpus-story';

const [story = '', word] = process.argv.slice(2);
const s = storyView(prepareStory(story));
const frames = quantityFrames(s);
const show = (f: (typeof frames)[number]) =>
  `[${f.id} a${f.sentence.article}s${f.sentence.index}] "${f.written}" ${f.measure}${f.unit ? `(${f.unit})` : ''} head=${f.head} mods=${f.modifiers.join('+')} codes=${f.codes.join('+')} pred=${f.predicate ? `${f.predicate.negated ? '!' : ''}${f.predicate.lemma}/${f.predicate.role}` : '-'} about=${f.about.join(',')} scopes=${f.scopes.join(',')} attr=${f.attribution ?? '-'}${f.parts ? ' TOTAL' : ''}${f.partOf !== null ? ' part' : ''}`;
for (const f of frames)
  if (
    !word ||
    f.sentence.text.slice(f.sentence.tokens[0]?.start, f.sentence.tokens.at(-1)?.end).includes(word)
  )
    console.log(show(f));
console.log('--- pairs (evidence >= 1)');
for (const f of frames)
  for (const g of frames) {
    if (g.id <= f.id || f.sentence.article === g.sentence.article) continue;
    if (!canBeSameQuantity(f, g)) continue;
    const e = sameQuantityEvidence(f, g, s.aligned);
    if (e < 1) continue;
    const c = valuesConflict(
      { ...f, value: comparableValue(f) },
      { ...g, value: comparableValue(g) },
    );
    console.log(
      `${e.toFixed(2)} ${c ? 'CONFLICT' : 'agree   '} ${f.id}:"${f.written}" ${f.head ?? ''} | ${g.id}:"${g.written}" ${g.head ?? ''}`,
    );
    if (e >= 3 && c) {
      const text = (x: typeof f) =>
        x.sentence.text.slice(x.sentence.tokens[0]?.start, x.sentence.tokens.at(-1)?.end);
      console.log(`      A: ${text(f)}\n      B: ${text(g)}`);
    }
  }
