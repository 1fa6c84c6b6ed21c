// Copies the shippable stories of the shared corpus into the app and writes their manifest.
// Run from the project root when the corpus changes:
//   npx tsx src/features/library/shipped/copy-corpus.ts [CORPUS_DIR]
// Only CC BY stories are copied (ECB+, whose README asks for the credit the app shows).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../../core/ingest/ingest-article';
import type { ShippedStory } from './shipped-story';

const corpus = process.argv[2] ?? '../shared/corpus/ecb';
const here = 'src/features/library/shipped';
const target = join(here, 'ecb');

/** A short name for the picker: the headline, cut at a word before 80 characters. */
function shortTitle(title: string): string {
  const clean = title
    .replace(/\s+([,.;:!?’”)])/g, '$1')
    .replace(/([‘“(])\s+/g, '$1')
    .trim();
  if (clean.length <= 80) return clean;
  return `${clean.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/** Folders sort by topic number, the ECB half before the ECB+ half. */
const order = (name: string): [number, string] => [Number.parseInt(name, 10), name];

rmSync(target, { recursive: true, force: true });
const stories: ShippedStory[] = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1].localeCompare(order(b)[1]))
  .map((folder) => {
    const files = readdirSync(join(corpus, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    mkdirSync(join(target, folder), { recursive: true });
    const articles = files.map((file) => {
      copyFileSync(join(corpus, folder, file), join(target, folder, file));
      const text = readFileSync(join(corpus, folder, file), 'utf8');
      const { metadata } = ingestArticle({ file, text });
      const url = /^Source:\s*(\S+)/m.exec(text)?.[1] ?? null;
      return { file, title: shortTitle(metadata.title), outlet: metadata.outlet, url };
    });
    const lead = articles.find((a) => a.url) ?? articles[0];
    return {
      id: `ecb:${folder}`,
      folder,
      title: shortTitle(lead?.title ?? folder),
      articles,
    };
  });
copyFileSync(join(corpus, 'COPYING-CC.TXT'), join(target, 'COPYING-CC.TXT'));
writeFileSync(join(here, 'ecb-manifest.json'), `${JSON.stringify(stories, null, 2)}\n`);
console.log(
  `Copied ${stories.length} stories (${stories.reduce((n, s) => n + s.articles.length, 0)} articles).`,
);
