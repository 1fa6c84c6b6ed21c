import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../core/contract';
import type { AnalysisProgress } from '../../../core/progress';
import type { AnalysisRequest, AnalysisResponse } from '../../../workers/analysis-protocol';
import { AnalysisWorkerError, createAnalysisClient } from './analysis-client';
import type { AnalysisClientOptions, WorkerLike } from './analysis-client';

const empty: Analysis = {
  version: 1,
  articles: [],
  facts: [],
  disagreements: [],
  quotes: [],
  quantities: [],
};
const other: Analysis = { ...empty, quotes: [{ sentence: 's', start: 0, end: 1, speaker: 'X' }] };

type Listener = (event: Event) => void;

/** A worker stand-in: records requests and lets the test answer, crash or garble it. */
class FakeWorker implements WorkerLike {
  requests: AnalysisRequest[] = [];
  terminated = false;
  private listeners = new Map<string, Listener[]>();
  postMessage(message: AnalysisRequest) {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.requests.push(message);
  }
  addEventListener(type: 'message', listener: (e: MessageEvent<AnalysisResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void;
  addEventListener(type: string, listener: Listener | ((e: MessageEvent) => void)): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener as Listener]);
  }
  terminate() {
    this.terminated = true;
  }
  private fire(type: string, event: Event) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  /** Answers the request it got last (or the one given) with an analysis. */
  answer(analysis: Analysis = empty, id = this.requests.at(-1)?.id ?? 0) {
    this.fire('message', { data: { id, ok: true, analysis, elapsedMs: 1 } } as MessageEvent);
  }
  /** Answers the request it got last in parts: each article ahead, then the rest. */
  answerInParts(analysis: Analysis) {
    const id = this.requests.at(-1)?.id ?? 0;
    for (const article of analysis.articles) {
      this.fire('message', { data: { id, articles: [article] } } as MessageEvent);
    }
    this.answer({ ...analysis, articles: [] }, id);
  }
  /** Reports progress on the request it got last. */
  progress(stage: AnalysisProgress['stage'], done = 0, total = 1) {
    const id = this.requests.at(-1)?.id ?? 0;
    this.fire('message', { data: { id, progress: { stage, done, total } } } as MessageEvent);
  }
  fail(error: string) {
    const id = this.requests.at(-1)?.id ?? 0;
    this.fire('message', { data: { id, ok: false, message: error } } as MessageEvent);
  }
  /** An uncaught error in the worker: the browser fires an ErrorEvent with its message. */
  throwUncaught(message: string) {
    this.fire('error', Object.assign(new Event('error'), { message }));
  }
  /** A worker script that could not be fetched or evaluated: a bare Event. */
  failToLoad() {
    this.fire('error', new Event('error'));
  }
  sendUnreadable() {
    this.fire('messageerror', new Event('messageerror'));
  }
}

function setup(options?: AnalysisClientOptions) {
  const workers: FakeWorker[] = [];
  const client = createAnalysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, options);
  const worker = (i: number): FakeWorker => {
    const found = workers[i];
    if (!found) throw new Error(`no worker ${i} was started`);
    return found;
  };
  return { client, workers, worker };
}

const input = (file: string) => [{ file, text: file.toUpperCase() }];

describe('createAnalysisClient', () => {
  it('runs one analysis at a time, in order, in one worker', async () => {
    const { client, workers, worker } = setup();
    const first = client.analyze(input('a.txt'));
    const second = client.analyze(input('b.txt'));
    expect(workers).toHaveLength(1);
    expect(worker(0).requests.map((r) => r.inputs[0]?.file)).toEqual(['a.txt']);
    worker(0).answer(empty);
    await expect(first).resolves.toBe(empty);
    expect(worker(0).requests.map((r) => r.inputs[0]?.file)).toEqual(['a.txt', 'b.txt']);
    worker(0).answer(other);
    await expect(second).resolves.toBe(other);
    expect(workers).toHaveLength(1);
  });

  it('puts together an answer that came in parts, and the next one afresh', async () => {
    const { client, worker } = setup();
    const article = (id: string) => ({
      id,
      file: `${id}.txt`,
      title: id,
      outlet: null,
      published: null,
      text: 'One.',
      sentences: [{ id: `${id}:0`, start: 0, end: 4 }],
    });
    const whole: Analysis = { ...other, articles: [article('a'), article('b')] };
    const first = client.analyze(input('a.txt'));
    const second = client.analyze(input('b.txt'));
    worker(0).answerInParts(whole);
    await expect(first).resolves.toEqual(whole);
    worker(0).answer(empty);
    await expect(second).resolves.toEqual(empty);
  });

  it('starts its worker early when warmed, and analyzes in that same worker', async () => {
    const { client, workers, worker } = setup();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    expect(worker(0).requests).toEqual([]);
    const result = client.analyze(input('a.txt'));
    expect(workers).toHaveLength(1);
    worker(0).answer(other);
    await expect(result).resolves.toBe(other);
  });

  it('ignores an answer to a request it is not waiting for', async () => {
    const { client, worker } = setup();
    const result = client.analyze(input('a.txt'));
    worker(0).answer(other, 999);
    worker(0).answer(empty);
    await expect(result).resolves.toBe(empty);
  });

  it('turns a failed analysis into an error that says so, and goes on with the next', async () => {
    const { client, worker } = setup();
    const failed = client.analyze(input('a.txt'));
    const next = client.analyze(input('b.txt'));
    worker(0).fail('model missing');
    await expect(failed).rejects.toThrow('The analysis failed: model missing');
    worker(0).answer();
    await expect(next).resolves.toBe(empty);
  });

  it('rejects every pending request when the worker throws, and starts afresh next time', async () => {
    const { client, workers, worker } = setup();
    const running = client.analyze(input('a.txt'));
    const queued = client.analyze(input('b.txt'));
    worker(0).throwUncaught('Uncaught RangeError: Invalid array length');
    for (const result of [running, queued]) {
      await expect(result).rejects.toThrow(AnalysisWorkerError);
      await expect(result).rejects.toThrow(
        'The analysis stopped unexpectedly (Uncaught RangeError: Invalid array length). Trying again starts it afresh.',
      );
    }
    expect(worker(0).terminated).toBe(true);

    const retry = client.analyze(input('a.txt'));
    expect(workers).toHaveLength(2);
    worker(1).answer(other);
    await expect(retry).resolves.toBe(other);
  });

  it('says when the worker could not be loaded', async () => {
    const { client, worker } = setup();
    const result = client.analyze(input('a.txt'));
    worker(0).failToLoad();
    await expect(result).rejects.toThrow('(it could not be loaded, or it failed)');
  });

  it('treats an unreadable message from the worker as a crash', async () => {
    const { client, workers, worker } = setup();
    const result = client.analyze(input('a.txt'));
    worker(0).sendUnreadable();
    await expect(result).rejects.toThrow('(its answer could not be read)');
    expect(worker(0).terminated).toBe(true);
    void client.analyze(input('a.txt'));
    expect(workers).toHaveLength(2);
  });

  it('drops a cancelled request before the worker sees it', async () => {
    const { client, worker } = setup();
    const running = client.analyze(input('a.txt'));
    const controller = new AbortController();
    const stale = client.analyze(input('stale.txt'), controller.signal);
    const fresh = client.analyze(input('fresh.txt'));
    controller.abort();
    await expect(stale).rejects.toThrow('cancelled');
    worker(0).answer();
    await expect(running).resolves.toBe(empty);
    expect(worker(0).requests.map((r) => r.inputs[0]?.file)).toEqual(['a.txt', 'fresh.txt']);
    worker(0).answer(other);
    await expect(fresh).resolves.toBe(other);
    expect(worker(0).terminated).toBe(false);
  });

  it('stops the worker computing a big cancelled request and goes on in a fresh one', async () => {
    const { client, workers, worker } = setup({ restartAboveChars: 5 });
    const controller = new AbortController();
    const stale = client.analyze([{ file: 'old.txt', text: 'more than five' }], controller.signal);
    const fresh = client.analyze(input('new.txt'));
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker(0).terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(worker(1).requests.map((r) => r.inputs[0]?.file)).toEqual(['new.txt']);
    // The old worker's late answer or crash changes nothing.
    worker(0).answer(other, worker(0).requests[0]?.id);
    worker(0).throwUncaught('late');
    worker(1).answer(empty);
    await expect(fresh).resolves.toBe(empty);
  });

  it('lets a small cancelled request finish (cheaper than a fresh worker) and drops its answer', async () => {
    const { client, workers, worker } = setup({ restartAboveChars: 5 });
    const controller = new AbortController();
    const stale = client.analyze([{ file: 'old.txt', text: 'tiny' }], controller.signal);
    const fresh = client.analyze(input('new.txt'));
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker(0).terminated).toBe(false);
    expect(worker(0).requests).toHaveLength(1);
    worker(0).answer(other);
    expect(worker(0).requests.map((r) => r.inputs[0]?.file)).toEqual(['old.txt', 'new.txt']);
    worker(0).answer(empty);
    await expect(fresh).resolves.toBe(empty);
    expect(workers).toHaveLength(1);
  });

  it('does not report a crash to a request already cancelled', async () => {
    const { client, worker } = setup({ restartAboveChars: 1000 });
    const controller = new AbortController();
    const stale = client.analyze(input('old.txt'), controller.signal);
    const queued = client.analyze(input('new.txt'));
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    worker(0).throwUncaught('boom');
    await expect(queued).rejects.toThrow('(boom)');
  });

  it('starts no worker for a request cancelled before it was made', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(client.analyze(input('a.txt'), controller.signal)).rejects.toThrow('cancelled');
    expect(workers).toHaveLength(0);
  });

  it('ignores a cancel that comes after the answer', async () => {
    const { client, worker } = setup();
    const controller = new AbortController();
    const result = client.analyze(input('a.txt'), controller.signal);
    worker(0).answer(other);
    controller.abort();
    await expect(result).resolves.toBe(other);
    expect(worker(0).terminated).toBe(false);
  });

  it("passes the worker's progress to the running request only, until it is answered", async () => {
    const { client, worker } = setup();
    const heard: string[] = [];
    const listen = (name: string) => (p: AnalysisProgress) =>
      heard.push(`${name}: ${p.stage} ${p.done}/${p.total}`);
    const first = client.analyze(input('a.txt'), undefined, listen('a'));
    const second = client.analyze(input('b.txt'), undefined, listen('b'));
    worker(0).progress('model');
    worker(0).progress('articles', 0, 1);
    worker(0).answer();
    await first;
    worker(0).progress('alignment', 1, 1);
    worker(0).answer(other);
    await expect(second).resolves.toBe(other);
    expect(heard).toEqual(['a: model 0/1', 'a: articles 0/1', 'b: alignment 1/1']);
  });

  it('passes no progress to a request once it is cancelled', async () => {
    const { client, worker } = setup();
    const heard: string[] = [];
    const controller = new AbortController();
    const pending = client.analyze(input('a.txt'), controller.signal, (p) => heard.push(p.stage));
    worker(0).progress('articles');
    controller.abort();
    await expect(pending).rejects.toThrow('cancelled');
    worker(0).progress('alignment');
    worker(0).answer();
    expect(heard).toEqual(['articles']);
  });
});
