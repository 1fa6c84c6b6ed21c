import type { Analysis } from '../../../core/contract';
import type { ArticleInput } from '../../../core/types';
import type { AnalysisRequest, AnalysisResponse } from '../../../workers/analysis-protocol';

/** The part of a Worker the client uses, so tests can hand in a fake. */
export type WorkerLike = {
  postMessage(message: AnalysisRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<AnalysisResponse>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
  terminate(): void;
};

/** Runs analyses in a worker; one worker, started on first use and restarted after a crash. */
export type AnalysisClient = {
  analyze(inputs: ArticleInput[], signal?: AbortSignal): Promise<Analysis>;
};

type Pending = { resolve: (analysis: Analysis) => void; reject: (error: Error) => void };

/**
 * Creates a client that sends each request to the worker and matches answers by id. A worker
 * that fails to start or crashes rejects every pending request and is replaced on the next call.
 *
 * @example const client = createAnalysisClient(() => new Worker(url, { type: 'module' }));
 */
export function createAnalysisClient(spawn: () => WorkerLike): AnalysisClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const start = (): WorkerLike => {
    const created = spawn();
    created.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
      const answer = event.data;
      const entry = pending.get(answer.id);
      if (!entry) return;
      pending.delete(answer.id);
      if (answer.ok) entry.resolve(answer.analysis);
      else entry.reject(new Error(`The analysis failed: ${answer.error}`));
    });
    created.addEventListener('error', (event: ErrorEvent | Event) => {
      const detail = 'message' in event && event.message ? `: ${event.message}` : '';
      created.terminate();
      if (worker === created) worker = null;
      failAll(new Error(`The analysis worker stopped${detail}`));
    });
    return created;
  };

  return {
    analyze(inputs, signal) {
      return new Promise<Analysis>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new DOMException('The analysis was cancelled', 'AbortError'));
          return;
        }
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        signal?.addEventListener('abort', () => {
          // The worker finishes the job anyway; its answer is then dropped.
          if (pending.delete(id))
            reject(new DOMException('The analysis was cancelled', 'AbortError'));
        });
        worker.postMessage({ id, inputs });
      });
    },
  };
}
