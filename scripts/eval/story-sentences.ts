// Development tool: every sentence of one corpus story with its names, attribution and quotes, as
// the disagreement detectors see them.   npx tsx scripts/eval/story-sentences.ts STORY [WORD]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignmentInput, disagreementInput, prepareArticle } from '../../src/core/analyze';
import { alignStory } from '../../src/core/align/align-story';
import { buildStory } from '../../src/core/disagree/story';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';

const [story = '', word] = process.argv.slice(2);
const dir = join(
  new URL('../../', import.meta.url).pathname,
  '..',
  'shared',
  'corpus',
  'ecb',
  story,
);
const nlp = loadNlpEngine();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const prepared = files.map((f, i) =>
  prepareArticle({ file: f, text: readFileSync(join(dir, f), 'utf8') }, i, nlp),
);
const alignment = alignStory(alignmentInput(prepared));
const s = buildStory(disagreementInput(prepared), alignment.pairScore);
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
