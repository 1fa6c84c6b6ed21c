import { readStoryFileBytes, type ReadStoryFileResult } from './import-story';

/** A story file for the worker to read: its bytes, and its name for the messages. */
export type StoryFileRequest = { bytes: Uint8Array; name: string };

/** The worker's answer: the story the file holds, or why it was refused. */
export type StoryFileResponse = ReadStoryFileResult;

/** The part of a Worker this file uses, so tests can hand in a fake. */
export type StoryFileWorker = {
  postMessage(message: StoryFileRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<StoryFileResponse>) => void,
  ): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
};

/** Starts the worker that reads story files, or gives null where there are no workers. */
function spawnStoryFileWorker(): StoryFileWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./story-file.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/**
 * Reads a chosen story file's bytes as `readStoryFileBytes` does, in a worker of its own (a
 * story of megabytes takes the page's main thread a few hundred milliseconds to decode, parse
 * and check), which is ended once it answers. Where no worker can run or it fails, the bytes
 * are read here: the answer is the same.
 *
 * @example await readStoryFileOffThread(new TextEncoder().encode('{}'), 'x.json') // { ok: false, … }
 */
export function readStoryFileOffThread(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  spawn: () => StoryFileWorker | null = spawnStoryFileWorker,
): Promise<ReadStoryFileResult> {
  let worker: StoryFileWorker | null;
  try {
    worker = spawn();
  } catch {
    worker = null;
  }
  if (!worker) return Promise.resolve(readStoryFileBytes(bytes, name));
  const started = worker;
  return new Promise<ReadStoryFileResult>((resolve) => {
    const finish = (result: ReadStoryFileResult) => {
      started.terminate();
      resolve(result);
    };
    started.addEventListener('message', (event) => finish(event.data));
    const fallBack = () => finish(readStoryFileBytes(bytes, name));
    started.addEventListener('error', fallBack);
    started.addEventListener('messageerror', fallBack);
    // Copied, not transferred (a millisecond for megabytes): kept here in case the worker fails.
    started.postMessage({ bytes, name });
  });
}
