// Development tool: every sentence of one corpus story with its names, attribution and quotes, as
// the disagreement detectors see them.   npx tsx scripts/eval/story-sentences.ts STORY [WORD]
import { prepareStory, storyView } from './corpus-story';

const [story = '', word] = process.argv.slice(2);
const prepared = prepareStory(story);
const files = prepared.map((p) => p.article.file);
const s = storyView(prepared);
for (const sentence of s.sentences) {
  const text = sentence.text.slice(sentence.tokens[0]?.start, sentence.tokens.at(-1)?.end);
  if (word && !text.includes(word)) continue;
  console.log(`[${files[sentence.article]}:${sentence.index}] ${text}`);
  console.log(
    `   names: ${sentence.entities.map((e) => `${e.key}(${e.type[0]})`).join(', ')}` +
      (sentence.attribution ? ` | credited: ${sentence.attribution.source}` : '') +
      (sentence.quotes.length
        ? ` | quotes: ${sentence.quotes.map((q) => q.speaker ?? '?').join(', ')}`
        : ''),
  );
  console.log(
    `   pos: ${sentence.tokens.map((t) => `${t.text}/${t.pos}${t.negated ? '!' : ''}`).join(' ')}`,
  );
}
