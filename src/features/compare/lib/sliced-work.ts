/**
 * Work that may pause between its parts: a generator that yields (nothing) wherever it can stop,
 * and returns its result. `finish` runs one to its end at once; `prepareComparison` runs the
 * large ones a slice of time at a time, the page answering between the slices.
 */
export type SlicedWork<T> = Generator<void, T, void>;

/**
 * Runs sliced work to its end at once and gives its result.
 *
 * @example finish(coverageSteps(index, rows)) // what coverageOf(index, rows) gives
 */
export function finish<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs sliced work in slices of about `sliceMs` each, calling `pause` between them (where the
 * page runs what waits); gives its result, or null when `stopped()` says, between slices, that
 * it is no longer wanted. A part of the work runs whole: a slice ends at the first pause point
 * after `sliceMs`.
 */
export async function runInSlices<T>(
  work: SlicedWork<T>,
  pause: () => Promise<void>,
  stopped: () => boolean,
  sliceMs: number,
): Promise<T | null> {
  for (;;) {
    await pause();
    if (stopped()) return null;
    const end = performance.now() + sliceMs;
    for (;;) {
      const step = work.next();
      if (step.done) return step.value;
      if (performance.now() >= end) break;
    }
  }
}
