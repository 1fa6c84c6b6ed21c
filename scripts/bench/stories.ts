import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleInput } from '../../src/core/types';
import { distinctArticles, wireCopies, wordnetVocabulary } from './large-stories';
import { buildSyntheticStory, type SentencePool } from './synthetic';

const repoRoot = new URL('../../', import.meta.url).pathname;
/** `../shared/corpus/ecb` relative to the repository root; BENCH_CORPUS_DIR overrides it. */
export const CORPUS_DIR =
  process.env.BENCH_CORPUS_DIR ?? join(repoRoot, '..', 'shared', 'corpus', 'ecb');
const SEEDS_DIR = join(repoRoot, 'seeds');

/** A corpus article and the story folder it belongs to. */
type CorpusArticle = ArticleInput & { story: string; path: string };

/** What a row analyzes. With `base`, the row times adding the last article to an analyzed story. */
export type BenchStory = { inputs: ArticleInput[]; base?: ArticleInput[] };

/** A row of the table: how to build its story, or why it is skipped. */
export type RowSpec = { id: string; label: string; skipped?: string; note?: string };

const readArticle = (path: string): ArticleInput => ({
  file: basename(path),
  text: readFileSync(path, 'utf8'),
});

function seedStory(): ArticleInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readArticle(join(SEEDS_DIR, f)));
}

/** Every article of the corpus, in folder and file order; empty when the corpus is absent. */
function corpusArticles(): CorpusArticle[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((story) => statSync(join(CORPUS_DIR, story)).isDirectory())
    .sort()
    .flatMap((story) =>
      readdirSync(join(CORPUS_DIR, story))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ ...readArticle(join(CORPUS_DIR, story, f)), story, path: join(story, f) })),
    );
}

/**
 * The corpus as one story: its largest articles (by length, ties by path). The 12 largest make
 * the 12-article story; the 13th largest is the article added in the cached row.
 */
function largestCorpusArticles(count: number): ArticleInput[] {
  return corpusArticles()
    .sort((a, b) => b.text.length - a.text.length || a.path.localeCompare(b.path))
    .slice(0, count)
    .map(({ file, text }) => ({ file, text }));
}

/** Paragraphs of a text, each cut into sentences (Intl.Segmenter). */
function paragraphSentences(text: string): string[][] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => [...segmenter.segment(p)].map((s) => s.segment.trim()).filter(Boolean));
}

/**
 * Real sentences for the synthetic stories. The event is the corpus story with the most text;
 * every other story gives the articles' own sentences. Without the corpus, the seeds give both.
 */
function sentencePool(): SentencePool {
  const corpus = corpusArticles();
  if (corpus.length === 0) {
    const topic = seedStory().flatMap((a) => paragraphSentences(a.text));
    return { topic, others: topic.flat() };
  }
  const size = new Map<string, number>();
  for (const a of corpus) size.set(a.story, (size.get(a.story) ?? 0) + a.text.length);
  const [event] = [...size].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const of = (inStory: boolean) => corpus.filter((a) => (a.story === event?.[0]) === inStory);
  return {
    topic: of(true).flatMap((a) => paragraphSentences(a.text)),
    others: of(false).flatMap((a) => paragraphSentences(a.text).flat()),
  };
}

/** The rows of the Node section, in table order. */
export function rowSpecs(): RowSpec[] {
  const corpus = existsSync(CORPUS_DIR);
  const absent = `no corpus at ${CORPUS_DIR}`;
  const from = corpus ? 'corpus sentences' : 'seed sentences (no corpus)';
  return [
    { id: 'seed', label: 'seed story' },
    {
      id: 'corpus-12',
      label: 'corpus: 12 largest articles',
      ...(corpus ? {} : { skipped: absent }),
    },
    { id: 'synthetic-12', label: `synthetic 12 × 3,000 words`, note: from },
    { id: 'synthetic-24', label: `synthetic 24 × 3,000 words`, note: from },
    { id: 'synthetic-48', label: `synthetic 48 × 3,000 words`, note: from },
    {
      id: 'corpus-13',
      label: 'corpus: 13 largest (uncached)',
      ...(corpus ? {} : { skipped: absent }),
    },
    {
      id: 'corpus-12-add-1',
      label: 'corpus 12 + 1 article (cached)',
      ...(corpus ? {} : { skipped: absent }),
    },
    ...LARGE_STORIES.map(({ id }) => ({
      id,
      label: id === 'wire-12x150k' ? '12 × 150 KB, heavy overlap' : '12 × 150 KB, little overlap',
      note: id === 'wire-12x150k' ? `copies of one wire story, ${from}` : 'WordNet vocabulary',
    })),
  ];
}

/** Builds the story of a row (deterministic: the same every run). */
export function buildStory(id: string): BenchStory {
  const synthetic = /^synthetic-(\d+)$/.exec(id);
  if (synthetic) return { inputs: buildSyntheticStory(sentencePool(), Number(synthetic[1])) };
  if (id === 'seed') return { inputs: seedStory() };
  if (id === 'corpus-12') return { inputs: largestCorpusArticles(12) };
  if (id === 'corpus-13') return { inputs: largestCorpusArticles(13) };
  if (id === 'wire-12x150k' || id === 'distinct-12x150k') return { inputs: buildLargeStory(id) };
  if (id === 'corpus-12-add-1') {
    const inputs = largestCorpusArticles(13);
    return { inputs, base: inputs.slice(0, 12) };
  }
  throw new Error(`unknown bench row: ${id}`);
}

/** The largest stories the browser section imports: 12 articles of about 150 KB each. */
export const LARGE_STORIES = [
  {
    id: 'wire-12x150k',
    label: '12 × 150 KB, heavy overlap (one wire story, each copy edits ~15% of paragraphs)',
  },
  {
    id: 'distinct-12x150k',
    label: '12 × 150 KB, little overlap (each article its own WordNet vocabulary)',
  },
] as const;

/** Builds a story of `LARGE_STORIES` (deterministic). */
export function buildLargeStory(id: (typeof LARGE_STORIES)[number]['id']): ArticleInput[] {
  if (id === 'distinct-12x150k') return distinctArticles(wordnetVocabulary());
  const pool = sentencePool();
  return wireCopies([...pool.topic.flat(), ...pool.others]);
}
