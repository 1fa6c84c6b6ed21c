import { browserSectionText, browserTargets } from './browser-report';
import { startupTable, startupTarget } from './startup';
import { ms, table } from './text-table';
import {
  isMeasured,
  type BenchReport,
  type NodeSection,
  type Row,
  type RowResult,
  type Section,
  type StageTiming,
  type TargetCheck,
} from './types';

const times = (value: number): string => `${value.toFixed(2)}×`;

/**
 * The targets of the sections that ran: the Node rows' and the browser's. A target whose rows
 * were skipped has `pass: null`.
 */
export function checkTargets(sections: readonly Section[]): TargetCheck[] {
  return sections.flatMap((section) =>
    section.environment === 'node' ? nodeTargets(section) : browserTargets(section),
  );
}

/** The analysis targets, checked against the Node rows, and the command line's start-up. */
function nodeTargets({ rows, startup }: NodeSection): TargetCheck[] {
  const row = (id: string): RowResult | undefined => {
    const found = rows.find((r) => r.id === id);
    return isMeasured(found) ? found : undefined;
  };
  const checks: TargetCheck[] = [];
  const twelve = row('corpus-12') ?? row('synthetic-12');
  checks.push(
    twelve
      ? {
          target: `analysis ≤ 5× the floor on the 12-article story (${twelve.label})`,
          measured:
            `${times(twelve.ratio)} (${ms(twelve.analysis.median)} vs ${ms(twelve.floor.median)} ms); ` +
            `by cpu time ${times(twelve.ratioCpu)}`,
          pass: twelve.ratio <= 5,
        }
      : {
          target: 'analysis ≤ 5× the floor on the 12-article story',
          measured: 'not measured',
          pass: null,
        },
  );
  for (const [from, to] of [
    [12, 24],
    [24, 48],
  ] as const) {
    const a = row(`synthetic-${from}`);
    const b = row(`synthetic-${to}`);
    const growth = a && b ? b.analysis.median / a.analysis.median : null;
    checks.push({
      target: `${from} → ${to} articles (synthetic): at most 2.3× the time`,
      measured:
        a && b && growth !== null
          ? `${times(growth)} (${ms(a.analysis.median)} → ${ms(b.analysis.median)} ms)`
          : 'not measured',
      pass: growth === null ? null : growth <= 2.3,
    });
  }
  const seed = row('seed');
  checks.push({
    target: 'seed story analyzed in under 50 ms once warm',
    measured: seed ? `${ms(seed.analysis.median)} ms` : 'not measured',
    pass: seed ? seed.analysis.median < 50 : null,
  });
  const cached = row('corpus-12-add-1');
  const uncached = row('corpus-13');
  checks.push({
    target: 'adding one article to the 12-article story prepares only that article',
    measured: cached
      ? `${cached.preparedInTimedCall ?? '?'} of ${cached.articles} prepared; ${ms(cached.analysis.median)} ms` +
        (uncached ? ` vs ${ms(uncached.analysis.median)} ms uncached` : '')
      : 'not measured',
    pass: cached ? cached.preparedInTimedCall === 1 : null,
  });
  if (startup) checks.push(startupTarget(startup));
  return checks;
}

function rowsTable(rows: readonly Row[]): string {
  const header = [
    'story',
    'articles',
    'words',
    'sentences',
    'facts',
    'analysis ms',
    '(min–max, runs)',
    'cpu ms',
    'floor ms',
    'analysis/floor',
    'peak RSS MB (Δ)',
  ];
  const body = rows.map((r): string[] => {
    if (!isMeasured(r))
      return [r.label, '', '', '', '', '', `skipped: ${r.skipped}`, '', '', '', ''];
    const { analysis: a } = r;
    const delta = r.peakRssMb - r.baselineRssMb;
    return [
      r.label,
      String(r.articles),
      r.words.toLocaleString('en-US'),
      String(r.sentences),
      String(r.facts),
      ms(a.median),
      `(${ms(a.min)}–${ms(a.max)}, ${a.runs})`,
      ms(r.analysisCpu.median),
      ms(r.floor.median),
      `${times(r.ratio)} (cpu ${times(r.ratioCpu)})`,
      `${r.peakRssMb.toFixed(0)} (+${delta.toFixed(0)})`,
    ];
  });
  return table(header, body, [false, true, true, true, true, true, false, true, true, true, true]);
}

/**
 * The stages of a row plus what the whole analysis took beyond them: the work outside the
 * stages (a whole analysis in the stage passes less the stages) and the difference between
 * the timed runs and that whole analysis, which ran later, as warm as the stages.
 */
function withRest(row: RowResult): StageTiming[] {
  const stages = row.stages ?? [];
  const sum = stages.reduce((n, s) => n + s.ms, 0);
  if (row.stagesWhole === undefined) {
    const rest = row.analysis.median - sum;
    return [
      ...stages,
      { stage: 'rest: GC, ids, assembly (whole − stages)', ms: rest, how: 'derived' },
    ];
  }
  return [
    ...stages,
    {
      stage: 'rest: ids, assembly (whole in the stage passes − stages)',
      ms: row.stagesWhole - sum,
      how: 'derived',
    },
    {
      stage: 'earlier runs: less warm (whole − whole in the stage passes)',
      ms: row.analysis.median - row.stagesWhole,
      how: 'derived',
    },
  ];
}

function stagesTable(row: RowResult): string {
  const whole = row.analysis.median;
  const share = (value: number) => `${((100 * value) / (whole || 1)).toFixed(0)}%`;
  const body = withRest(row).map((s) => [s.stage, ms(s.ms), share(s.ms), s.how]);
  body.push(['whole analysis (median in the table)', ms(whole), '100%', 'timed']);
  body.push(['  of which GC pauses (any stage)', ms(row.gcMs), share(row.gcMs), 'timed']);
  return table(['stage', 'ms', 'share', 'how'], body, [false, true, true, false]);
}

/** Stage times of every row side by side: which stage grows faster than the story. */
function stageMatrix(rows: readonly RowResult[]): string {
  const split = rows.map(withRest);
  const names = split[0]?.map((s) => s.stage) ?? [];
  const body = names.map((name) => [
    name.replace(/ \(.*$/, ''),
    ...split.map((stages) => ms(stages.find((s) => s.stage === name)?.ms ?? 0)),
  ]);
  body.push(['whole analysis', ...rows.map((r) => ms(r.analysis.median))]);
  body.push(['  of which GC pauses', ...rows.map((r) => ms(r.gcMs))]);
  const header = ['stage ms', ...rows.map((r) => `${r.id} (×${r.stagePasses ?? 0})`)];
  return table(header, body, [false, ...rows.map(() => true)]);
}

/** The row whose stage split is shown in full: the 12-article corpus story, else synthetic. */
function splitRow(rows: readonly RowResult[]): RowResult | undefined {
  return (
    rows.find((r) => r.id === 'corpus-12' && r.stages) ??
    rows.find((r) => r.id === 'synthetic-12' && r.stages)
  );
}

function sectionText(section: Section): string {
  return section.environment === 'node' ? nodeSectionText(section) : browserSectionText(section);
}

function nodeSectionText(section: NodeSection): string {
  const load = section.loadAverage
    ? `load average at start ${section.loadAverage.map((l) => l.toFixed(2)).join(' ')}`
    : '';
  const parts = [`## ${section.environment}: ${section.runtime}${load ? ` — ${load}` : ''}`];
  if (section.rows.length > 0) parts.push('', rowsTable(section.rows));
  if (section.startup) {
    parts.push(
      '',
      'The command line, whole runs on the seed story (a process each: start-up included):',
      '',
      startupTable(section.startup),
    );
  }
  const measured = section.rows.filter(isMeasured);
  for (const r of measured.filter((x) => x.note)) {
    parts.push(
      `${r.label}: built from ${r.note ?? ''}; ${r.distinctSentences} different of ${r.sentences} sentences`,
    );
  }
  const full = splitRow(measured);
  if (full) {
    parts.push(
      '',
      `Where the time goes — ${full.label} (median of ${full.stagePasses ?? 0} passes; stage functions timed from outside the core):`,
      '',
    );
    parts.push(stagesTable(full));
  }
  const split = measured.filter((r) => r.stages);
  if (split.length > 1)
    parts.push('', 'Stage times by story (ms, median of ×N passes):', '', stageMatrix(split));
  return parts.join('\n');
}

/** The report as the text table `npm run bench` prints. */
export function reportText(report: BenchReport): string {
  const targets = table(
    ['target', 'measured', 'result'],
    report.targets.map((t) => [
      t.target,
      t.measured,
      t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL',
    ]),
    [false, false, false],
  );
  return [
    `# Parallax benchmark (${report.date})`,
    '',
    ...report.sections.map(sectionText),
    '',
    '## Targets',
    '',
    targets,
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
