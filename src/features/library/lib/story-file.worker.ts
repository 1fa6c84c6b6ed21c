// A Web Worker that reads a story file the reader imports: decoding, JSON parsing and the strict
// checks of every article (`readStoryFileBytes`) take a few hundred milliseconds for a story of
// megabytes, which would otherwise hold the page. One worker per file; the page ends it after.
import { readStoryFileBytes } from './import-story';
import type { StoryFileRequest, StoryFileResponse } from './read-story-file';

/** The part of the worker global scope this file uses (the project compiles against DOM types). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<StoryFileRequest>) => void) | null;
  postMessage(message: StoryFileResponse): void;
};

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, name } = event.data;
  scope.postMessage(readStoryFileBytes(bytes, name));
};
