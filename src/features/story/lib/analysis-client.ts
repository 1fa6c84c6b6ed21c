import type { Analysis, Article } from '../../../core/contract';
import type { ProgressListener } from '../../../core/progress';
import type { ArticleInput } from '../../../core/types';
import type { AnalysisRequest, AnalysisResponse } from '../../../workers/analysis-protocol';

/** The part of a Worker the client uses, so tests can hand in a fake. */
export type WorkerLike = {
  postMessage(message: AnalysisRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<AnalysisResponse>) => void,
  ): void;
  addEventListener(
    type: 'error' | 'messageerror',
    listener: (event: ErrorEvent | Event) => void,
  ): void;
  terminate(): void;
};

/** Runs analyses in a worker, one at a time; the worker is started on first use. */
export type AnalysisClient = {
  /** `onProgress` hears the worker's progress reports while this analysis runs. */
  analyze(
    inputs: ArticleInput[],
    signal?: AbortSignal,
    onProgress?: ProgressListener,
  ): Promise<Analysis>;
  /**
   * Starts the worker now, if none runs, so that it loads the core and its language model while
   * the page is still rendering; the first analysis then finds them ready.
   */
  warm(): void;
};

/** Why an analysis did not finish because its worker died (not because the input is bad). */
export class AnalysisWorkerError extends Error {
  override name = 'AnalysisWorkerError';
}

type Job = {
  id: number;
  inputs: ArticleInput[];
  /** Cancelled while the worker computes it: its answer is dropped when it comes. */
  dropped: boolean;
  onProgress: ProgressListener | undefined;
  /** The answer's articles that came ahead of it. */
  articles: Article[];
  resolve: (analysis: Analysis) => void;
  reject: (error: Error) => void;
  /** Stops listening to the caller's signal once the job is settled. */
  release: () => void;
};

const cancelled = () => new DOMException('The analysis was cancelled', 'AbortError');

/** What a worker's `error` event says, in words a reader can pass on. */
function crashDetail(event: ErrorEvent | Event): string {
  if (event.type === 'messageerror') return 'its answer could not be read';
  if ('message' in event && event.message) return event.message;
  // A worker script that cannot be fetched or evaluated fires a bare Event.
  return 'it could not be loaded, or it failed';
}

/** How the client trades a running analysis against starting a fresh worker. */
export type AnalysisClientOptions = {
  /**
   * A cancelled analysis of more text than this (characters, all articles) is stopped by
   * terminating its worker; a smaller one is left to finish and its answer dropped. A fresh
   * worker reloads the language model: about 0.4–0.7 s in Chromium, the time the core takes
   * for some 200 000 characters (a two-article story of 20 000 takes 15 ms warm).
   */
  restartAboveChars?: number;
};

/**
 * Creates a client that runs one analysis at a time in a worker and queues the others.
 *
 * - The worker's progress reports go to the running request's `onProgress`, until it is
 *   answered or cancelled.
 * - A worker that fails to load, throws, or sends an unreadable message (`error`,
 *   `messageerror`) is terminated; every pending request rejects with an `AnalysisWorkerError`
 *   that says so, and the next request starts a fresh worker.
 * - Cancelling (the caller's `signal`, e.g. when the input changed) rejects at once. A queued
 *   request is dropped before the worker sees it. A big request the worker is computing is
 *   stopped by terminating the worker (the core runs synchronously: it cannot be interrupted
 *   any other way), and the queue goes on in a fresh one; a small one is left to finish.
 *
 * @example const client = createAnalysisClient(() => new Worker(url, { type: 'module' }));
 */
export function createAnalysisClient(
  spawn: () => WorkerLike,
  { restartAboveChars = 200_000 }: AnalysisClientOptions = {},
): AnalysisClient {
  let worker: WorkerLike | null = null;
  let running: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const settle = (job: Job) => {
    job.release();
    if (running === job) running = null;
  };

  const crash = (from: WorkerLike, event: ErrorEvent | Event) => {
    if (worker !== from) return;
    stopWorker();
    const error = new AnalysisWorkerError(
      `The analysis stopped unexpectedly (${crashDetail(event)}). Trying again starts it afresh.`,
    );
    const failed = [...(running && !running.dropped ? [running] : []), ...queue.splice(0)];
    running = null;
    for (const job of failed) {
      job.release();
      job.reject(error);
    }
  };

  const start = (): WorkerLike => {
    const created = spawn();
    created.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
      const answer = event.data;
      if (worker !== created || !running || answer.id !== running.id) return;
      const job = running;
      if ('progress' in answer) {
        if (!job.dropped) job.onProgress?.(answer.progress);
        return;
      }
      if ('articles' in answer) {
        if (!job.dropped) job.articles.push(...answer.articles);
        return;
      }
      settle(job);
      if (job.dropped) {
        // Cancelled while it ran: its caller has its AbortError already.
      } else if (answer.ok) {
        const { analysis } = answer;
        const { articles } = job;
        job.resolve(
          articles.length > 0
            ? { ...analysis, articles: [...articles, ...analysis.articles] }
            : analysis,
        );
      } else job.reject(new Error(`The analysis failed: ${answer.message}`));
      next();
    });
    created.addEventListener('error', (event) => crash(created, event));
    created.addEventListener('messageerror', (event) => crash(created, event));
    return created;
  };

  const next = () => {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    running = job;
    worker ??= start();
    worker.postMessage({ id: job.id, inputs: job.inputs });
  };

  const cancel = (job: Job) => {
    if (running === job) {
      job.release();
      job.reject(cancelled());
      const chars = job.inputs.reduce((sum, input) => sum + input.text.length, 0);
      if (chars <= restartAboveChars) {
        job.dropped = true;
        return;
      }
      // The worker is busy with a long answer nobody wants: stop it rather than wait.
      stopWorker();
      settle(job);
      next();
      return;
    }
    const at = queue.indexOf(job);
    if (at < 0) return;
    queue.splice(at, 1);
    job.release();
    job.reject(cancelled());
  };

  return {
    warm() {
      worker ??= start();
    },
    analyze(inputs, signal, onProgress) {
      return new Promise<Analysis>((resolve, reject) => {
        if (signal?.aborted) {
          reject(cancelled());
          return;
        }
        const job: Job = {
          id: nextId++,
          inputs,
          dropped: false,
          onProgress,
          articles: [],
          resolve,
          reject,
          release: () => undefined,
        };
        if (signal) {
          const onAbort = () => cancel(job);
          signal.addEventListener('abort', onAbort);
          job.release = () => signal.removeEventListener('abort', onAbort);
        }
        queue.push(job);
        next();
      });
    },
  };
}
