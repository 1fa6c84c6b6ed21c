import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { buildAlignedRows } from './aligned-rows';
import { indexAnalysis } from './analysis-index';
import { summarize } from './story-summary';
import { analysisReport, escapeMarkdown } from './markdown-report';
import type { ReportLinkTarget } from './markdown-report';

const analysis = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'Daily Planet',
      title: 'Bridge shut after crack found',
      published: '2024-04-30',
      paragraphs: [['The bridge closed on Monday.', 'Officials said 4,000 cars use it daily.']],
    },
    {
      key: 'b',
      outlet: null,
      title: 'City closes span',
      paragraphs: [
        [
          'On Monday the city shut the bridge.',
          'About 9,000 cars cross it each day, the mayor said.',
        ],
      ],
    },
  ],
  facts: [{ sentences: ['a:0', 'b:0'], relation: 'agree' }],
  disagreements: [
    {
      summary: 'cars a day: 4,000 vs 9,000',
      sides: [
        { sentence: 'a:1', quote: '4,000', value: 4000, attribution: 'Officials' },
        { sentence: 'b:1', quote: '9,000', value: 9000, attribution: 'the mayor' },
      ],
    },
  ],
});

const link = (t: ReportLinkTarget) =>
  `https://parallax.example/?story=user:x#s=${t.sentenceId}&at=${t.start}-${t.end}`;

describe('analysisReport', () => {
  const report = analysisReport(analysis, {
    title: 'Bridge closure',
    generatedAt: '2024-05-02T10:00:00Z',
    link,
  });

  it('opens with the title and counts', () => {
    expect(
      report.startsWith(
        '# Bridge closure\n\nA comparison of 2 sources made with Parallax on 2 May 2024: 1 shared fact, 1 disagreement.',
      ),
    ).toBe(true);
  });

  it("opens with a readers' summary: the disputes, then what only one source reports", () => {
    const brief = report.slice(report.indexOf('## In brief'), report.indexOf('## Sources'));
    expect(report.indexOf('## In brief')).toBeGreaterThan(0);
    expect(brief).toContain(
      '- **Figures: cars a day: 4,000 vs 9,000**: 4,000 according to Officials (Daily Planet); 9,000 according to the mayor (b)',
    );
    expect(brief).toContain(
      '- **Daily Planet** (1 passage): “Officials said 4,000 cars use it daily.”',
    );
    // Two sources: no coverage table.
    expect(brief).not.toContain('Who reports what');
  });

  it('tabulates who reports what for three sources or more', () => {
    const three = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['The bridge closed on Monday.', 'Cars: 4,000.']] },
        { key: 'b', outlet: 'B', paragraphs: [['The city shut the bridge on Monday.']] },
        { key: 'c', outlet: 'C', paragraphs: [['Cars: 9,000.', 'The mayor spoke.']] },
      ],
      facts: [
        { sentences: ['a:0', 'b:0'], relation: 'agree' },
        { sentences: ['a:1', 'c:0'], relation: 'conflict' },
      ],
      disagreements: [
        {
          summary: 'cars: 4,000 vs 9,000',
          sides: [
            { sentence: 'a:1', quote: '4,000', value: 4000 },
            { sentence: 'c:0', quote: '9,000', value: 9000 },
          ],
        },
      ],
    });
    const text = analysisReport(three, { title: 'T', generatedAt: '2024-05-02', link: () => null });
    expect(text).toContain('| Fact | A | B | C |');
    expect(text).toContain('| 1. The bridge closed on Monday. | ✓ | ✓ | – |');
    expect(text).toContain('| 2. Cars: 4,000. | ≠ 4,000 | – | ≠ 9,000 |');
  });

  it('lists the sources by column label, title and date', () => {
    expect(report).toContain('1. **Daily Planet**: Bridge shut after crack found (30 April 2024)');
    expect(report).toContain('2. **b**: City closes span (b.txt)');
  });

  it('gives each side of a disagreement its value, attribution, sentence and link', () => {
    expect(report).toContain('### Figures: cars a day: 4,000 vs 9,000');
    const side = report.split('\n').find((line) => line.includes('“9,000”'));
    expect(side).toBe(
      '- **b**: “9,000”, according to the mayor. In: “About 9,000 cars cross it each day, the mayor said.” ([link](<https://parallax.example/?story=user:x#s=b:1&at=42-47>))',
    );
  });

  it('lists shared facts with every sentence and its link', () => {
    const facts = report.slice(report.indexOf('## Shared facts'));
    expect(facts).toContain('### 1. Agree');
    expect(facts).toContain(
      '- **Daily Planet**: “The bridge closed on Monday.” ([link](<https://parallax.example/?story=user:x#s=a:0&at=0-28>))',
    );
    expect(facts).toContain('- **b**: “On Monday the city shut the bridge.”');
  });

  it('leaves links out when the builder has none and says so when nothing was found', () => {
    const empty = analysisReport(
      { ...analysis, facts: [], disagreements: [] },
      {
        title: 'T',
        generatedAt: '2024-05-02',
        link: () => null,
      },
    );
    expect(empty).not.toContain('[link]');
    expect(empty).toContain('Parallax found no sentence that two sources share.');
    expect(empty).toContain('contradict each other nowhere');
  });

  it('never lets article text become markup', () => {
    const hostile = buildFixtureAnalysis({
      articles: [
        {
          key: 'x',
          outlet: '<img src=x onerror=alert(1)>',
          paragraphs: [['See [here](javascript:alert(1)) now.']],
        },
        { key: 'y', outlet: 'Y', paragraphs: [['See *this*\n# not a heading.']] },
      ],
      facts: [{ sentences: ['x:0', 'y:0'], relation: 'partial' }],
    });
    const text = analysisReport(hostile, {
      title: '<script>x</script>',
      generatedAt: '2024-05-02',
      link: () => null,
    });
    expect(text).not.toMatch(/(?<!\\)[<[]/);
    expect(text).toContain('\\[here\\](javascript:alert(1))');
    expect(text).not.toMatch(/^# not/m);
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters and folds line breaks', () => {
    expect(escapeMarkdown('a_b *c*\n\n<d> | `e` ~f~ & [g]')).toBe(
      'a\\_b \\*c\\* \\<d\\> \\| \\`e\\` \\~f\\~ \\& \\[g\\]',
    );
  });
});

describe('analysisReport and the screen', () => {
  it('counts and numbers the shared facts as the aligned view does, each sentence once', () => {
    // a:0 reports two facts: the view shows it once and refers to it from the second row.
    const twice = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['They met on Sunday and asked for a pullback.']] },
        {
          key: 'b',
          outlet: 'B',
          paragraphs: [['They met on Sunday.', 'They asked for a pullback.']],
        },
      ],
      facts: [
        { sentences: ['a:0', 'b:0'], relation: 'agree', score: 0.9 },
        { sentences: ['a:0', 'b:1'], relation: 'agree', score: 0.8 },
        { sentences: ['a:0', 'b:0'], relation: 'partial', score: 0.3 },
      ],
    });
    const index = indexAnalysis(twice);
    const rows = buildAlignedRows(index);
    const onScreen = summarize(index, rows).sharedFacts;
    const report = analysisReport(twice, {
      title: 'Talks',
      generatedAt: '2024-05-01',
      link: () => null,
    });
    expect(onScreen).toBe(2);
    expect(report).toContain(`${onScreen} shared facts`);
    expect(report.match(/^### \d+\. /gm)).toEqual(['### 1. ', '### 2. ']);
    expect(report.split('They met on Sunday and asked for a pullback.').length - 1).toBe(1);
    expect(report).toContain('shown with fact 1');
  });
});
