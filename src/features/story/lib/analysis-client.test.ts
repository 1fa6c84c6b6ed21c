import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../core/contract';
import type { AnalysisRequest, AnalysisResponse } from '../../../workers/analysis-protocol';
import { createAnalysisClient } from './analysis-client';
import type { WorkerLike } from './analysis-client';

const empty: Analysis = {
  version: 1,
  articles: [],
  facts: [],
  disagreements: [],
  quotes: [],
  quantities: [],
};

/** A worker stand-in: records requests and lets the test answer or crash it. */
class FakeWorker implements WorkerLike {
  requests: AnalysisRequest[] = [];
  terminated = false;
  private onMessage: ((e: MessageEvent<AnalysisResponse>) => void)[] = [];
  private onError: ((e: Event) => void)[] = [];
  postMessage(message: AnalysisRequest) {
    this.requests.push(message);
  }
  addEventListener(type: 'message', listener: (e: MessageEvent<AnalysisResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  addEventListener(
    type: 'message' | 'error',
    listener: (e: MessageEvent<AnalysisResponse>) => void,
  ): void {
    if (type === 'message') this.onMessage.push(listener);
    else this.onError.push(listener as (e: Event) => void);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: AnalysisResponse) {
    for (const l of this.onMessage) l({ data: response } as MessageEvent<AnalysisResponse>);
  }
  crash() {
    for (const l of this.onError) l(new Event('error'));
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createAnalysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe('createAnalysisClient', () => {
  it('matches answers to requests by id, whatever their order', async () => {
    const { client, workers } = setup();
    const first = client.analyze([{ file: 'a.txt', text: 'A' }]);
    const second = client.analyze([{ file: 'b.txt', text: 'B' }]);
    const worker = workers[0];
    expect(workers).toHaveLength(1);
    expect(worker?.requests.map((r) => r.inputs[0]?.file)).toEqual(['a.txt', 'b.txt']);
    const other = { ...empty, quotes: [{ sentence: 's', start: 0, end: 1, speaker: 'X' }] };
    worker?.answer({ id: worker.requests[1]?.id ?? 0, ok: true, analysis: other, elapsedMs: 1 });
    worker?.answer({ id: worker.requests[0]?.id ?? 0, ok: true, analysis: empty, elapsedMs: 1 });
    await expect(first).resolves.toBe(empty);
    await expect(second).resolves.toBe(other);
  });

  it('turns a failed analysis into an error that says so', async () => {
    const { client, workers } = setup();
    const result = client.analyze([]);
    workers[0]?.answer({ id: workers[0].requests[0]?.id ?? 0, ok: false, error: 'model missing' });
    await expect(result).rejects.toThrow('The analysis failed: model missing');
  });

  it('rejects pending work when the worker crashes and starts a new worker next time', async () => {
    const { client, workers } = setup();
    const result = client.analyze([]);
    workers[0]?.crash();
    await expect(result).rejects.toThrow('The analysis worker stopped');
    expect(workers[0]?.terminated).toBe(true);
    void client.analyze([]);
    expect(workers).toHaveLength(2);
  });

  it('rejects at once when cancelled and ignores the late answer', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const result = client.analyze([], controller.signal);
    controller.abort();
    await expect(result).rejects.toThrow('cancelled');
    workers[0]?.answer({
      id: workers[0].requests[0]?.id ?? 0,
      ok: true,
      analysis: empty,
      elapsedMs: 1,
    });
  });
});
