import { alignmentInput, analyzeStory, disagreementInput, prepareArticle } from '../analyze';
import { alignStory } from '../align/align-story';
import type { Disagreement } from '../contract';
import { loadNlpEngine } from '../nlp/node-engine';
import type { Detector } from './registry';
import { buildStory } from './story';

/** A disagreement as a test reads it: its summary, and each side's words and credit. */
export type ReadDisagreement = {
  kind: string;
  summary: string;
  sides: string[];
  credits: (string | null)[];
};

const filesOf = (articles: readonly string[]) =>
  articles.map((text, i) => ({ file: `article-${i + 1}.txt`, text }));

function read(disagreements: readonly Disagreement[], textOf: (sentence: string) => string) {
  return disagreements.map((d) => ({
    kind: d.kind,
    summary: d.summary,
    sides: d.sides.map((s) => textOf(s.sentence).slice(s.start, s.end)),
    credits: d.sides.map((s) => s.attribution),
  }));
}

/**
 * Runs one detector on a small story written for a test (one string per article, its first
 * line the title), through the real stages before it: for tests.
 */
export function detectIn(detector: Detector, articles: readonly string[]): ReadDisagreement[] {
  const nlp = loadNlpEngine();
  const prepared = filesOf(articles).map((input, i) => prepareArticle(input, i, nlp));
  const alignment = alignStory(alignmentInput(prepared));
  const story = buildStory(disagreementInput(prepared), alignment.pairScore);
  return read(detector(story), (id) => story.byId.get(id)?.text ?? '');
}

/** The whole analysis of a small story written for a test, its disagreements read: for tests. */
export function analyzeDisagreements(articles: readonly string[]): ReadDisagreement[] {
  const analysis = analyzeStory(filesOf(articles), { nlp: loadNlpEngine() });
  const textOf = new Map(
    analysis.articles.flatMap((a) => a.sentences.map((s) => [s.id, a.text] as const)),
  );
  return read(analysis.disagreements, (id) => textOf.get(id) ?? '');
}
