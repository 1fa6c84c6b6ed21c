import { describe, expect, it } from 'vitest';
import { anchorLink } from '../../core/anchoring/anchor-link';
import { decodeLink } from '../../core/anchoring/link-codec';
import { buildFixtureAnalysis } from '../../testing/analysis-fixture';
import { parseLibraryRoute } from '../../features/library/lib/library-route';
import { passageLink } from './passage-link';

const analysis = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [['The bridge closed on Monday.', 'Officials said 4,000 cars use it daily.']],
    },
    {
      key: 'b',
      outlet: 'B',
      paragraphs: [['On Monday the city shut the bridge.', 'About 9,000 cars cross it.']],
    },
  ],
});
const [first, second] = analysis.articles;
if (!first || !second) throw new Error('fixture without articles');

describe('passageLink', () => {
  it('names the story and its name in the query and the passage as a claim link in the hash', () => {
    const start = second.text.indexOf('9,000');
    const link = passageLink(
      { appUrl: 'https://x.org/app/', storyId: 'user:ab12cd34', storyName: ' Bridge & road ' },
      { article: second, column: 1, start, end: start + 5, disagreementId: 'd-1' },
    );
    const url = new URL(link ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://x.org/app/');
    expect(parseLibraryRoute(url.search)).toEqual({
      page: 'story',
      story: 'user:ab12cd34',
      name: 'Bridge & road',
    });
    const decoded = decodeLink(url.hash);
    expect(decoded.ok && decoded.link.story).toBe('user:ab12cd34');
    expect(decoded.ok && decoded.link.kind).toBe('span');
    // The hash alone (a link shared without its query) still names the story.
    expect(parseLibraryRoute('', url.hash)).toEqual({ page: 'story', story: 'user:ab12cd34' });
    if (!decoded.ok) return;
    // The description finds the passage again, even with the articles in another order.
    expect(anchorLink(decoded.link, [second, first])).toMatchObject([
      { status: 'found', article: 0, start, end: start + 5, articleBy: 'key' },
    ]);
  });

  it('links a fact sentence as a sentence, and leaves the name out when not given', () => {
    const sentence = first.sentences[1];
    if (!sentence) throw new Error('fixture sentence missing');
    const link = passageLink(
      { appUrl: 'https://x.org/', storyId: 'ecb:1-ecb' },
      { article: first, column: 0, start: sentence.start, end: sentence.end },
    );
    expect(link).toMatch(/^https:\/\/x\.org\/\?story=ecb%3A1-ecb#\/claim\/v1\/ecb:1-ecb\/s\?a=0\./);
  });

  it('gives no link for a span it cannot describe', () => {
    expect(
      passageLink(
        { appUrl: 'https://x.org/', storyId: 'user:ab12cd34' },
        { article: first, column: 0, start: 5, end: 5 },
      ),
    ).toBeNull();
  });
});
