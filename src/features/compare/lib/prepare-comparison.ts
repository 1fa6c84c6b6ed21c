import type { Analysis } from '../../../core/contract';
import { looksEnglish } from '../../../core/ingest/english';
import type { AlignedRow, RowMark } from './aligned-rows';
import type { Coverage } from './coverage';
import { alignedRowSteps, factRowSteps, orderedClaimSteps, rowMarks } from './aligned-rows';
import type { AnalysisIndex } from './analysis-index';
import { indexSteps } from './analysis-index';
import { coverageSteps, MATRIX_MIN_SOURCES } from './coverage';
import type { ReaderSummary } from './reader-summary';
import { readerSummary } from './reader-summary';
import type { SlicedWork } from './sliced-work';
import { runInSlices } from './sliced-work';
import type { StorySummary } from './story-summary';
import { summarize } from './story-summary';

/**
 * What the comparison of an analysis computes before it draws anything, with the first source
 * as the lead: its index, aligned rows and their marks, counts, the readers' summary, and which
 * articles do not read as English.
 */
export type PreparedComparison = {
  analysis: Analysis;
  index: AnalysisIndex;
  rows: AlignedRow[];
  marks: Map<string, RowMark>;
  counts: StorySummary;
  summary: ReaderSummary;
  notEnglish: number[];
};

/**
 * An analysis with more sentences than this is prepared in steps between which the page may
 * answer input and paint (`prepareComparison`); a smaller one at once, as it is drawn.
 */
export const PREPARE_IN_STEPS_ABOVE = 2000;

/** Whether an analysis is large enough to be prepared in steps. */
export function preparedInSteps(analysis: Analysis): boolean {
  let sentences = 0;
  for (const article of analysis.articles) sentences += article.sentences.length;
  return sentences > PREPARE_IN_STEPS_ABOVE;
}

/**
 * The longest a step of the preparation runs before the page may answer, ms (a part of it that
 * takes longer still runs whole): well within the 100 ms a task may take, on a busy machine.
 */
const SLICE_MS = 20;

/** The coverage matrix a readers' summary holds (`coverageFor`), as sliced work. */
function* coverageOfStory(
  index: AnalysisIndex,
  rows: AlignedRow[],
  matrix: boolean,
): SlicedWork<{ of: Coverage | null }> {
  return { of: matrix ? yield* coverageSteps(index, rows) : null };
}

/** Lets the page run what waits (input, rendering) before the next step. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Prepares the comparison of `analysis` in steps, each a task of its own (`pause` between
 * them), so that a story of hundreds of thousands of words never holds the main thread for the
 * whole of it: the index, the rows and the coverage matrix, which grow with the story, run in
 * slices of about `SLICE_MS` (`sliced-work.ts`). Gives null when `stopped()` says, at a step,
 * that the result is no longer wanted.
 */
export async function prepareComparison(
  analysis: Analysis,
  stopped: () => boolean = () => false,
  pause: () => Promise<void> = yieldToPage,
): Promise<PreparedComparison | null> {
  const step = async <T>(work: () => T): Promise<T | null> => {
    await pause();
    return stopped() ? null : work();
  };
  const sliced = <T>(work: SlicedWork<T>) => runInSlices(work, pause, stopped, SLICE_MS);
  const index = await sliced(indexSteps(analysis));
  if (!index) return null;
  const claims = await sliced(orderedClaimSteps(index, 0));
  if (!claims) return null;
  const factRows = await sliced(factRowSteps(index, claims));
  if (!factRows) return null;
  const rows = await sliced(alignedRowSteps(index, factRows));
  if (!rows) return null;
  const marks = await step(() => rowMarks(rows));
  const counts = marks && (await step(() => summarize(index, rows)));
  const matrix = analysis.articles.length >= MATRIX_MIN_SOURCES;
  const coverage = counts && (await sliced(coverageOfStory(index, rows, matrix)));
  const summary = coverage && (await step(() => readerSummary(index, rows, coverage.of)));
  if (!marks || !counts || !summary) return null;
  const notEnglish: number[] = [];
  for (const [column, article] of analysis.articles.entries()) {
    const english = await step(() => looksEnglish(article.text));
    if (english === null) return null;
    if (!english) notEnglish.push(column);
  }
  return { analysis, index, rows, marks, counts, summary, notEnglish };
}
