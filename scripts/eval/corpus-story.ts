// Shared by the development scripts: a corpus story prepared as the analysis prepares it, and
// its reference fact groups (the shared corpus's, else this project's fixtures/fact-groups/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { alignmentInput, disagreementInput, prepareArticle } from '../../src/core/analyze';
import type { PreparedArticle } from '../../src/core/analyze';
import { alignStory } from '../../src/core/align/align-story';
import { buildStory, type Story } from '../../src/core/disagree/story';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const corpusDir = join(repoRoot, '..', 'shared', 'corpus', 'ecb');

export type Member = { article: string; quote: string };
export type Group = { relation?: string; members: Member[]; fact?: string };

/** The corpus stories that have a reference, in name order. */
export function corpusStories(): string[] {
  return readdirSync(corpusDir)
    .filter((s) => existsSync(join(corpusDir, s, 'gold.json')))
    .sort();
}

/**
 * A story's articles prepared (read, split, tokenized, extracted), in file name order: a corpus
 * story by name, or any folder of .txt articles by its absolute path.
 */
export function prepareStory(story: string): PreparedArticle[] {
  const dir = isAbsolute(story) ? story : join(corpusDir, story);
  const nlp = loadNlpEngine();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => prepareArticle({ file: f, text: readFileSync(join(dir, f), 'utf8') }, i, nlp));
}

/** The detectors' view of a prepared story, aligned as the analysis aligns it. */
export function storyView(prepared: readonly PreparedArticle[]): Story {
  return buildStory(disagreementInput(prepared), alignStory(alignmentInput(prepared)).pairScore);
}

/** A story's exhaustive reference fact groups, or null when it has none. */
export function referenceGroups(story: string): Group[] | null {
  const gold = JSON.parse(readFileSync(join(corpusDir, story, 'gold.json'), 'utf8')) as {
    factGroups?: Group[];
  };
  if (gold.factGroups) return gold.factGroups;
  const ours = join(repoRoot, 'fixtures', 'fact-groups', `${story}.json`);
  return existsSync(ours)
    ? (JSON.parse(readFileSync(ours, 'utf8')) as { factGroups: Group[] }).factGroups
    : null;
}

/** The id of the sentence that holds a reference quote (matched as the scorer matches it). */
export function sentenceOfQuote(prepared: readonly PreparedArticle[], m: Member): string | null {
  const p = prepared.find((x) => x.article.file === `${m.article}.txt`);
  if (!p) return null;
  let at = p.article.text.indexOf(m.quote);
  if (at < 0) at = p.article.text.replace(/\s+/g, ' ').indexOf(m.quote.replace(/\s+/g, ' '));
  return p.article.sentences.find((s) => s.start <= at && at < s.end)?.id ?? null;
}
