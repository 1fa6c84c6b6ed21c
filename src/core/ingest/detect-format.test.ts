import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  it('detects HTML by its start or its tags, whatever the name', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>', 'a.txt')).toBe('html');
    expect(detectFormat('<div><p>One</p><p>Two <a href="#">x</a></p><br></div>', 'a.txt')).toBe(
      'html',
    );
    expect(detectFormat('<p>One</p>', 'page.html')).toBe('html');
  });

  it('detects Markdown by several markers or its extension', () => {
    expect(detectFormat('# Title\n\nSee [this](https://x.org) and **that**.', 'a.txt')).toBe(
      'markdown',
    );
    expect(detectFormat('Title\n\nBody.', 'a.md')).toBe('markdown');
  });

  it('keeps news text with stray symbols plain', () => {
    expect(
      detectFormat('Kerry met Lavrov.\n\nHe said x < y and *maybe* more.\n# 1 seed', 'a.txt'),
    ).toBe('text');
    expect(detectFormat('A plain page named .html without tags', 'a.html')).toBe('text');
  });
});
