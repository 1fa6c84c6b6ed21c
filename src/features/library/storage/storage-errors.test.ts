import { describe, expect, it } from 'vitest';
import { StorageUnavailableError } from './library-db';
import { storageErrorMessage } from './storage-errors';

describe('storageErrorMessage', () => {
  it('says what each kind of storage failure means for the reader', () => {
    expect(storageErrorMessage(new DOMException('x', 'QuotaExceededError'))).toBe(
      'The browser’s storage for this site is full.',
    );
    expect(storageErrorMessage(new DOMException('x', 'InvalidStateError'))).toMatch(
      /private browsing/,
    );
    expect(storageErrorMessage(new StorageUnavailableError('No storage here.'))).toBe(
      'No storage here.',
    );
    expect(storageErrorMessage(new Error('disk on fire'))).toBe(
      'The browser could not save the data (disk on fire).',
    );
    expect(storageErrorMessage('odd')).toBe('The browser could not save the data (odd).');
  });
});
