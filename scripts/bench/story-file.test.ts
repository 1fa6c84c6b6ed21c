import { describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/features/library/lib/parallax-file';
import { storyFileOf } from './story-file';

const inputs = [
  {
    file: 'a.txt',
    text: 'Bridge closes after storm\n\nThe bridge closed on Monday, officials said.\n',
  },
  { file: 'b.txt', text: 'Storm shuts bridge\n\nOfficials closed the bridge on Monday.\n' },
];

describe('storyFileOf', () => {
  it('writes a story file the app’s own reader accepts, articles in order and verbatim', () => {
    const read = parseStoryFile(storyFileOf('Bench story', inputs));
    if (!read.ok) throw new Error(read.message);
    expect(read.story.title).toBe('Bench story');
    expect(read.story.articles.map((a) => [a.file, a.source])).toEqual(
      inputs.map((i) => [i.file, i.text]),
    );
    expect(read.story.articles[0]?.title).toBe('Bridge closes after storm');
  });

  it('is the same on every run', () => {
    expect(storyFileOf('Bench story', inputs)).toBe(storyFileOf('Bench story', inputs));
  });

  it('refuses what the app would refuse: the same article twice', () => {
    expect(() => storyFileOf('Twice', [inputs[0]!, { ...inputs[0]!, file: 'c.txt' }])).toThrow(
      /already in the story/,
    );
  });
});
