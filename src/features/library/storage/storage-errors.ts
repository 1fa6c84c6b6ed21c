import { StorageUnavailableError } from './library-db';

/**
 * Why saving failed, in words a reader can act on: full storage, storage refused (private
 * browsing, turned off), or the browser's own message.
 *
 * @example storageErrorMessage(new DOMException('', 'QuotaExceededError')) // 'The browser's storage for this site is full.'
 */
export function storageErrorMessage(error: unknown): string {
  if (error instanceof StorageUnavailableError) return error.message;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'The browser’s storage for this site is full.';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'The browser refused to store data (private browsing, or storage turned off for this site).';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The browser could not save the data (${detail || 'no reason given'}).`;
}
