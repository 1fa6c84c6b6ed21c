// The command line's two channels: the analysis on standard output, nothing else there; notes
// and the one-line errors on standard error, each kept to one line.
import { oneLine } from './one-line';

/** Exit status for bad input (analysis contract). */
export const BAD_INPUT = 2;

/** Prints one error line and exits with status 2: nothing is on standard output yet. */
export function fail(message: string): never {
  process.stderr.write(`analyze: ${oneLine(message)}\n`);
  process.exit(BAD_INPUT);
}

/** Prints a note for the user (e.g. how a file was decoded) on standard error. */
export function note(message: string): void {
  process.stderr.write(`analyze: note: ${oneLine(message)}\n`);
}

/**
 * A reader that stops early (`… | head`) closes the pipe: that ends the run quietly, with status
 * 0, instead of an EPIPE stack trace. Any other write failure (a full disk) is one line, status 1.
 */
function writeFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`analyze: cannot write the analysis (${error.code ?? error.message})\n`);
  process.exit(1);
}

let listening = false;

/**
 * Writes text to standard output and resolves once it is handed to the system, so that a run
 * whose reader has gone stops before it analyzes the next story.
 */
export function writeOutput(text: string): Promise<void> {
  if (!listening) {
    // Without a listener, a failed write is an uncaught 'error' event.
    process.stdout.on('error', writeFailed);
    listening = true;
  }
  return new Promise((resolve) => {
    process.stdout.write(text, (error) => (error ? writeFailed(error) : resolve()));
  });
}
