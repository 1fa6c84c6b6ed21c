import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/core/anchoring/link-codec';
import { registerStory } from '../../src/core/anchoring/register-story';
import { SHORT_FACT_HASH } from '../../src/features/compare/lib/claim-link-builder';
import { shortLinkAddress } from '../../src/features/library/lib/share-links';
import { SEED_STORY_LINK_ID, SEED_STORY_NAME } from '../../src/lib/seed-files';
import { readArticle, readRegister, storyFolders } from './story-folders';

const { folders, problems } = storyFolders(process.cwd());

/** The figures and quotations of a sentence: the spans a short link names inside it. */
function spansOf(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(/\d[\d,.]*\d|\d|“[^”]{1,80}”|"[^"]{1,80}"/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('the story folders the app is built with', () => {
  it('can all be published', () => {
    expect(problems).toEqual([]);
    expect(folders.length).toBeGreaterThanOrEqual(29);
  });

  it('have registers holding every sentence they have now (run `npm run build` and commit them)', () => {
    for (const folder of folders) {
      const register = readRegister(folder.dir);
      const articles = folder.files.map((file) => readArticle(folder.dir, file));
      const missing = registerStory(articles).filter(([key]) => !register.has(key));
      expect(missing.length, `${folder.dir}/passages.json lacks ${missing.length} passages`).toBe(
        0,
      );
    }
  });

  it('give every sentence, figure and quotation a link of at most 120 characters, named', () => {
    let longest = 0;
    let links = 0;
    for (const folder of folders) {
      const id = folder.story?.id ?? SEED_STORY_LINK_ID;
      const name = folder.story?.title ?? SEED_STORY_NAME;
      const entries = registerStory(folder.files.map((file) => readArticle(folder.dir, file)));
      const measure = (hash: string) => {
        const tail = shortLinkAddress('', `#${hash}`, name);
        expect(tail, tail).toMatch(/^\?name=[^#]+#/);
        longest = Math.max(longest, tail.length);
        links++;
      };
      for (const [key, entry] of entries) {
        measure(encodeLink({ story: id, kind: 'sentence', passages: [{ key }] }));
        for (const within of spansOf(entry.exact)) {
          measure(encodeLink({ story: id, kind: 'span', passages: [{ key, within }] }));
        }
      }
      // A disagreement: two spans of other sentences; a fact: as many sentences as fit.
      const [a, b] = entries;
      if (a && b) {
        const d = encodeLink({
          story: id,
          kind: 'disagreement',
          passages: [
            { key: a[0], within: { start: 1000, end: 1007 } },
            { key: b[0], within: { start: 1000, end: 1007 } },
          ],
        });
        measure(d);
        const fact = encodeLink({
          story: id,
          kind: 'fact',
          passages: [{ key: a[0] }, { key: b[0] }],
        });
        expect(fact.length + 1).toBeLessThanOrEqual(SHORT_FACT_HASH);
        measure(fact);
      }
    }
    console.log(
      `${links} short links of shipped stories: the longest takes ${longest} characters after the app's address`,
    );
    expect(longest).toBeLessThanOrEqual(120);
  });
});
