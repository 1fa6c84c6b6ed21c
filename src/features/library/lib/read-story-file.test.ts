import { describe, expect, it } from 'vitest';
import { readStoryFileBytes } from './import-story';
import { readStoryFileOffThread, type StoryFileWorker } from './read-story-file';

const bytes = new TextEncoder().encode('{}');

/** A worker that answers, or fails, as `behave` says, and records what it was sent. */
function fakeWorker(behave: 'answer' | 'fail') {
  const listeners = new Map<string, (event: Event) => void>();
  const sent: unknown[] = [];
  let terminated = false;
  const worker: StoryFileWorker = {
    postMessage(message) {
      sent.push(message);
      queueMicrotask(() => {
        if (behave === 'fail') listeners.get('error')?.(new Event('error'));
        else
          listeners.get('message')?.(
            new MessageEvent('message', { data: { ok: false, message: 'from the worker' } }),
          );
      });
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners.set(type, listener as (event: Event) => void);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, sent, terminated: () => terminated };
}

describe('readStoryFileOffThread', () => {
  it('gives the worker’s answer and ends the worker', async () => {
    const fake = fakeWorker('answer');
    const result = await readStoryFileOffThread(bytes, 'x.json', () => fake.worker);
    expect(result).toEqual({ ok: false, message: 'from the worker' });
    expect(fake.sent).toEqual([{ bytes, name: 'x.json' }]);
    expect(fake.terminated()).toBe(true);
  });

  it('reads the bytes on the page when no worker runs or the worker fails', async () => {
    const expected = readStoryFileBytes(bytes, 'x.json');
    expect(await readStoryFileOffThread(bytes, 'x.json', () => null)).toEqual(expected);
    const fake = fakeWorker('fail');
    expect(await readStoryFileOffThread(bytes, 'x.json', () => fake.worker)).toEqual(expected);
    expect(fake.terminated()).toBe(true);
  });
});
