import type { Analysis } from '../../core/contract';
import { exportFileName } from '../../features/library/lib/export-names';
import { analysisReport } from '../../features/compare/lib/markdown-report';
import { passageLink } from '../lib/passage-link';
import { downloadFile } from '../../features/library/components/download-file';

type Props = {
  storyId: string;
  /** The story's name: the files' names and the report's title. */
  name: string;
  analysis: Analysis | undefined;
  /** A credit line for the report (shipped corpus stories). */
  credit?: string;
  /** The story file, for a reader's story. */
  storyFile?: () => string;
};

/** Exports of a story: the story file (a reader's story), the Analysis JSON and the Markdown report. */
export function ExportButtons({ storyId, name, analysis, credit, storyFile }: Props) {
  const appUrl = `${window.location.origin}${window.location.pathname}`;
  const exportReport = () => {
    if (!analysis) return;
    const report = analysisReport(analysis, {
      title: name,
      generatedAt: new Date().toISOString(),
      ...(credit ? { credit } : {}),
      link: (target) =>
        // Every link names its story, so that a recipient knows what it points into.
        passageLink({ appUrl, storyId, storyName: name }, target),
    });
    downloadFile(exportFileName(name, 'report'), report, 'text/markdown;charset=utf-8');
  };
  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2">
      {storyFile && (
        <button
          type="button"
          className="btn"
          onClick={() =>
            downloadFile(exportFileName(name, 'story'), storyFile(), 'application/json')
          }
        >
          Export story
        </button>
      )}
      <button
        type="button"
        className="btn"
        disabled={!analysis}
        onClick={() =>
          analysis &&
          downloadFile(
            exportFileName(name, 'analysis'),
            `${JSON.stringify(analysis, null, 2)}\n`,
            'application/json',
          )
        }
      >
        Analysis JSON
      </button>
      <button type="button" className="btn" disabled={!analysis} onClick={exportReport}>
        Markdown report
      </button>
    </div>
  );
}
