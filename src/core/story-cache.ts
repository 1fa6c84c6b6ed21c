import { analyzePrepared, prepareArticle, type PreparedArticle } from './analyze';
import type { Analysis } from './contract';
import type { IngestOptions } from './ingest/ingest-article';
import type { NlpEngine } from './nlp/tokenize';
import type { ProgressListener } from './progress';
import type { ArticleInput } from './types';

/** The per-article stage, as `prepareArticle` in `analyze.ts`; injectable so tests can count calls. */
export type PrepareArticle = (
  input: ArticleInput,
  index: number,
  nlp: NlpEngine,
  reading?: IngestOptions,
) => PreparedArticle;

/** Options of `createStoryAnalyzer`. */
export type StoryAnalyzerOptions = IngestOptions & {
  /** Default: `prepareArticle`. */
  prepare?: PrepareArticle;
  /**
   * How many prepared articles to keep (least recently used go first). The articles of the
   * story just analyzed are always kept, however many. Default 64.
   */
  capacity?: number;
};

/** Counts since the analyzer was created. */
export type StoryAnalyzerStats = {
  /** Articles run through `prepare` (cache misses). */
  prepared: number;
  /** Articles taken from the cache. */
  reused: number;
  /** Prepared articles held now. */
  cached: number;
};

/** Analyzes stories, preparing each distinct article only once. */
export type StoryAnalyzer = {
  /**
   * The same Analysis as `analyzeStory(inputs, { nlp })`. Treat it as read-only: it shares
   * objects with the cache. `onProgress` hears of each article before it is read (`done` of
   * `total` read so far, cached ones included) and of each story-wide stage as it starts.
   */
  analyze(inputs: readonly ArticleInput[], onProgress?: ProgressListener): Analysis;
  stats(): StoryAnalyzerStats;
};

type Entry = { prepared: PreparedArticle; index: number };

/**
 * A prepared article moved to another place in the story. The article id ends with its index
 * today (`<outlet>-<hash>-<index>`, sentence ids `<article id>:<n>`), and nothing else in a
 * PreparedArticle depends on the index (extraction refers to sentences by position). Returns null
 * when the ids do not have that shape, so that a change of the id scheme makes the caller
 * prepare the article again instead of producing wrong ids.
 */
function movePrepared(entry: Entry, index: number): PreparedArticle | null {
  if (entry.index === index) return entry.prepared;
  const { article } = entry.prepared;
  const suffix = `-${entry.index}`;
  if (!article.id.endsWith(suffix)) return null;
  const id = `${article.id.slice(0, -suffix.length)}-${index}`;
  const prefix = `${article.id}:`;
  if (!article.sentences.every((s) => s.id.startsWith(prefix))) return null;
  const sentences = article.sentences.map((s) => ({
    ...s,
    id: `${id}:${s.id.slice(prefix.length)}`,
  }));
  return { ...entry.prepared, article: { ...article, id, sentences } };
}

/**
 * Wraps the pipeline with a memo of `prepareArticle` (ingest, sentences, tokens, extraction —
 * everything about one article that does not depend on the others). Re-analyzing a story after
 * adding one article prepares only the new article; the story-wide stages (alignment,
 * disagreements) always run again. The key is the exact (file, text) pair, not a short hash, so
 * two different articles can never share an entry; an article that moves to another position
 * is reused with its ids renumbered.
 *
 * @example
 * const analyzer = createStoryAnalyzer(loadNlpEngine());
 * analyzer.analyze([a, b]);
 * analyzer.analyze([a, b, c]); // prepares only c
 * analyzer.stats(); // { prepared: 3, reused: 2, cached: 3 }
 */
export function createStoryAnalyzer(
  nlp: NlpEngine,
  options: StoryAnalyzerOptions = {},
): StoryAnalyzer {
  const prepare = options.prepare ?? prepareArticle;
  const capacity = options.capacity ?? 64;
  const reading: IngestOptions = { createDocument: options.createDocument };
  // Map iteration follows insertion order: re-inserting on use keeps the oldest first.
  const cache = new Map<string, Entry>();
  let prepared = 0;
  let reused = 0;

  const prepareAt = (input: ArticleInput, index: number): PreparedArticle => {
    const key = `${input.file}\u0000${input.text}`;
    const entry = cache.get(key);
    const moved = entry ? movePrepared(entry, index) : null;
    if (entry && moved) {
      cache.delete(key);
      cache.set(key, entry);
      reused += 1;
      return moved;
    }
    const result = prepare(input, index, nlp, reading);
    prepared += 1;
    cache.delete(key);
    cache.set(key, { prepared: result, index });
    return result;
  };

  return {
    analyze(inputs, onProgress) {
      const total = inputs.length;
      const articles = inputs.map((input, index) => {
        onProgress?.({ stage: 'articles', done: index, total });
        return prepareAt(input, index);
      });
      const keep = Math.max(capacity, inputs.length);
      for (const key of cache.keys()) {
        if (cache.size <= keep) break;
        cache.delete(key);
      }
      return analyzePrepared(articles, onProgress);
    },
    stats: () => ({ prepared, reused, cached: cache.size }),
  };
}
