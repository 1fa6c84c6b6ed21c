import { describe, expect, it } from 'vitest';
import { pageFileName } from './page-service';

describe('pageFileName', () => {
  it('names a fetched page after its site and last path part', () => {
    expect(pageFileName('https://www.harbourpost.com/2024/05/bridge-closed/')).toBe(
      'harbourpost.com-bridge-closed.html',
    );
    expect(pageFileName('http://news.example.org/a/b/story.php?id=3')).toBe(
      'news.example.org-story.html',
    );
    expect(pageFileName('https://example.com/')).toBe('example.com.html');
    expect(pageFileName('nonsense')).toBe('page.html');
  });
});
