// One row of `npm run bench`, run in a process of its own (forked by scripts/bench.ts) so that
// its peak memory is its own and no row inherits another's heap. Sends a RowResult to the parent.
import { analyzeStory, prepareArticle } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/contract';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';
import { createStoryAnalyzer, type PrepareArticle } from '../../src/core/story-cache';
import { measurePair, peakRssMb, recordGcPauses, segmentationFloor } from './measure';
import { measureStages } from './stage-split';
import { buildStory, rowSpecs } from './stories';
import type { RowResult } from './types';

/**
 * Stage passes (each costs about two analyses): 7 where that is cheap, fewer on large stories
 * (at least one), so the split adds at most a few seconds per row.
 */
const stagePasses = (analysisMs: number): number =>
  Math.max(1, Math.min(7, Math.floor(4000 / (2 * analysisMs))));

/** How many different sentence texts the story has. */
function distinctSentences(analysis: Analysis): number {
  const texts = analysis.articles.flatMap((a) =>
    a.sentences.map((s) => a.text.slice(s.start, s.end)),
  );
  return new Set(texts).size;
}

async function runRow(id: string): Promise<RowResult> {
  const spec = rowSpecs().find((r) => r.id === id);
  if (!spec) throw new Error(`unknown bench row: ${id}`);
  const nlp = loadNlpEngine();
  const { inputs, base } = buildStory(id);
  const baselineRssMb = peakRssMb();
  const floor = () => segmentationFloor(inputs);
  const gc = recordGcPauses();

  // The analysis of the last timed run, for the table's counts (sentences, facts).
  const latest: { analysis?: Analysis } = {};
  let preparedInTimedCall: number | undefined;
  let timings: ReturnType<typeof measurePair>;
  if (base) {
    // Each timed run: a fresh cache that has seen the base story (untimed), then the grown story.
    let prepared = 0;
    const counting: PrepareArticle = (input, index, engine) => {
      prepared += 1;
      return prepareArticle(input, index, engine);
    };
    let analyzer = createStoryAnalyzer(nlp, { prepare: counting });
    const setup = () => {
      analyzer = createStoryAnalyzer(nlp, { prepare: counting });
      analyzer.analyze(base);
      prepared = 0;
    };
    timings = measurePair(
      () => (latest.analysis = analyzer.analyze(inputs)),
      floor,
      undefined,
      setup,
    );
    preparedInTimedCall = prepared;
  } else {
    timings = measurePair(() => (latest.analysis = analyzeStory(inputs, { nlp })), floor);
  }
  const gcMs = await gc.pausesIn(timings.analysisWindows);
  const analysis = latest.analysis ?? analyzeStory(inputs, { nlp });
  // Before the stage split, which holds more at once than one analysis does.
  const peak = peakRssMb();
  // The cached row's time is not the pipeline's: no split for it.
  const passes = stagePasses(timings.analysis.median);
  const split = base ? undefined : measureStages(inputs, nlp, passes);
  return {
    id,
    label: spec.label,
    articles: inputs.length,
    words: segmentationFloor(inputs).words,
    sentences: analysis.articles.reduce((n, a) => n + a.sentences.length, 0),
    distinctSentences: distinctSentences(analysis),
    facts: analysis.facts.length,
    disagreements: analysis.disagreements.length,
    warmupRuns: timings.warmupRuns,
    analysis: timings.analysis,
    analysisCpu: timings.analysisCpu,
    gcMs,
    floor: timings.floor,
    floorCpu: timings.floorCpu,
    ratio: timings.analysis.median / timings.floor.median,
    ratioCpu: timings.analysisCpu.median / timings.floorCpu.median,
    peakRssMb: peak,
    baselineRssMb,
    ...(preparedInTimedCall === undefined ? {} : { preparedInTimedCall }),
    ...(split ? { stages: split.stages, stagesWhole: split.whole, stagePasses: passes } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  };
}

const id = process.argv[process.argv.indexOf('--row') + 1];
if (!id || !process.send) {
  process.stderr.write('run-row: forked by scripts/bench.ts with --row ID\n');
  process.exit(2);
}
const send = process.send.bind(process);
void runRow(id).then((result) => send(result, () => process.exit(0)));
