import { describe, expect, it } from 'vitest';
import { parseArguments, USAGE } from './arguments';

describe('parseArguments', () => {
  it('takes plain arguments as the files of one story, skipping a lone --', () => {
    expect(parseArguments(['--', 'a.txt', 'b.md'])).toEqual({
      kind: 'files',
      files: ['a.txt', 'b.md'],
    });
    expect(parseArguments([])).toEqual({ kind: 'files', files: [] });
    expect(parseArguments(['-draft.txt'])).toEqual({ kind: 'files', files: ['-draft.txt'] });
  });

  it('takes each --story DIR or --story=DIR as one story, in the order given', () => {
    expect(parseArguments(['--story', 'b', '--', '--story=a', '--story', 'b'])).toEqual({
      kind: 'stories',
      dirs: ['b', 'a', 'b'],
    });
  });

  it('refuses a --story without a folder, unknown options, and files mixed with stories', () => {
    expect(parseArguments(['--story'])).toEqual({
      kind: 'problem',
      problem: `--story needs a folder; ${USAGE}`,
    });
    expect(parseArguments(['--story='])).toMatchObject({ kind: 'problem' });
    expect(parseArguments(['--story', '--story', 'x'])).toMatchObject({ kind: 'problem' });
    expect(parseArguments(['--stories', 'x'])).toEqual({
      kind: 'problem',
      problem: `unknown option --stories; ${USAGE}`,
    });
    expect(parseArguments(['a.txt', '--story', 'x'])).toMatchObject({
      kind: 'problem',
      problem: expect.stringMatching(/^give FILEs \(one story\) or --story DIR/) as unknown,
    });
  });
});
