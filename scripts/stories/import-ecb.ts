// Publishes the shippable stories of the shared ECB+ corpus as folders under stories/: one
// folder a topic half ("stories/ecb-1-ecbplus/"), its articles copied verbatim and a story.json
// with the corpus's credit and licence and each article's address. Run from the project root
// when the corpus changes:
//   npx tsx scripts/stories/import-ecb.ts [CORPUS_DIR]
// The ids ("ecb:1-ecbplus") are the ones links have used since the stories were first shipped.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/core/ingest/ingest-article';

const corpus = process.argv[2] ?? '../shared/corpus/ecb';
const target = 'stories';

/** The credit the corpus's README asks for. */
const CREDIT =
  'Articles from the ECB+ corpus (Cybulska and Vossen, LREC 2014), CC BY 3.0; annotation © the NewsReader project. Text rebuilt from the corpus’s tokens.';
const LICENCE = { name: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/' };

/** A short name for the picker: the headline, cut at a word before 80 characters. */
function shortTitle(title: string): string {
  const clean = title
    .replace(/\s+([,.;:!?’”)])/g, '$1')
    .replace(/([‘“(])\s+/g, '$1')
    .trim();
  if (clean.length <= 80) return clean;
  return `${clean.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

const folders = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
for (const folder of folders) {
  const files = readdirSync(join(corpus, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const dir = join(target, `ecb-${folder}`);
  mkdirSync(dir, { recursive: true });
  const articles = files.map((file) => {
    copyFileSync(join(corpus, folder, file), join(dir, file));
    const text = readFileSync(join(corpus, folder, file), 'utf8');
    const { metadata } = ingestArticle({ file, text });
    const address = /^Source:\s*(\S+)/m.exec(text)?.[1] ?? null;
    return { file, title: shortTitle(metadata.title), outlet: metadata.outlet, address };
  });
  const lead = articles.find((a) => a.address) ?? articles[0];
  const manifest = {
    id: `ecb:${folder}`,
    title: shortTitle(lead?.title ?? folder),
    credit: CREDIT,
    licence: LICENCE,
    articles: articles.map(({ file, outlet, address }) => ({
      file,
      ...(outlet ? { outlet } : {}),
      ...(address ? { address } : {}),
    })),
  };
  writeFileSync(join(dir, 'story.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
copyFileSync(join(corpus, 'COPYING-CC.TXT'), join(target, 'COPYING-ECB-CC.TXT'));
console.log(`Published ${folders.length} ECB+ stories under ${target}/.`);
