// Development tool: the date frames of one corpus story and the evidence that two of them date one
// event.   npx tsx scripts/eval/date-debug.ts STORY [WORD]
import { dateFrames } from '../../src/core/disagree/date/date-frames';
import { datesConflict } from '../../src/core/disagree/date/date-reading';
import { sameEventEvidence } from '../../src/core/disagree/date/detect-dates';
import { prepareStory, storyView } from './corpus-story';

const [story = '', word] = process.argv.slice(2);
const s = storyView(prepareStory(story));
const frames = dateFrames(s);
const textOf = (f: (typeof frames)[number]) =>
  f.sentence.text.slice(f.sentence.tokens[0]?.start, f.sentence.tokens.at(-1)?.end);
const shown = frames.filter((f) => !word || textOf(f).includes(word));
for (const f of shown)
  console.log(
    `a${f.sentence.article}s${f.sentence.index} "${f.written}" pred=${f.predicate?.lemma ?? '-'} noun=${f.eventNoun ?? '-'} nouns=${f.nouns.join(',')} actors=${f.actors.join(',')} | ${textOf(f).slice(0, 140)}`,
  );
console.log('--- pairs');
for (const f of shown)
  for (const g of frames) {
    if (f === g || f.sentence.article === g.sentence.article) continue;
    const e = sameEventEvidence(f, g, s.aligned);
    if (e < 3) continue;
    console.log(
      `${e.toFixed(2)} conflict=${datesConflict(f.reading, g.reading)} "${f.written}" a${f.sentence.article}s${f.sentence.index} vs "${g.written}" a${g.sentence.article}s${g.sentence.index}`,
    );
  }
