import type { UseQueryResult } from '@tanstack/react-query';
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { Analysis } from '../../core/contract';
import { CompareView } from '../../features/compare/components/compare-view';
import { usePreparedComparison } from '../../features/compare/hooks/use-prepared-comparison';
import type { PreparedComparison } from '../../features/compare/lib/prepare-comparison';
import { StoryError } from '../../features/story/components/story-error';
import type { AnalysisControl } from '../../features/story/api/get-analysis';
import { StoryCancelled, StoryLoading } from '../../features/story/components/story-loading';
import { SectionBoundary } from '../../components/section-boundary';

// Typing in the story's name or an article's fields renders the screen on every keystroke: the
// comparison renders again only when its analysis changes.
const MemoCompareView = memo(CompareView);

type StatesProps = {
  query: UseQueryResult<Analysis>;
  /** The analysis's progress, and the reader's cancel and resume. */
  control: AnalysisControl;
  /** The analysis to show (the query's, with the reader's metadata applied). */
  analysis: Analysis | undefined;
  articleCount: number;
  /**
   * The comparison, once there is an analysis to show, with what was prepared for it when it is
   * large (`usePreparedComparison`).
   */
  children: (analysis: Analysis, prepared: PreparedComparison | null) => ReactNode;
};

/**
 * A story's comparison through its states, the same for every story: loading (with progress
 * and Cancel), cancelled, failed (with Try again), then `children` with the analysis. A large
 * analysis is prepared in steps first, the loading screen (or the comparison drawn before)
 * staying meanwhile. A failure after an analysis was shown says so above it and leaves it on
 * screen.
 */
export function ComparisonStates({
  query,
  control,
  analysis,
  articleCount,
  children,
}: StatesProps) {
  const failure = query.isError && (
    <StoryError
      title={
        analysis ? 'The comparison could not be updated' : 'The comparison could not be computed'
      }
      error={query.error}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
    />
  );
  const toDraw = usePreparedComparison(analysis);
  if (!analysis && control.cancelled)
    return <StoryCancelled articleCount={articleCount} onResume={control.resume} />;
  if (!toDraw)
    return (
      failure || (
        <StoryLoading
          stage="analysis"
          articleCount={articleCount}
          progress={control.progress}
          onCancel={control.cancel}
        />
      )
    );
  return (
    <>
      {failure}
      {children(toDraw.analysis, toDraw.prepared)}
    </>
  );
}

type Props = Omit<StatesProps, 'children'> & {
  /** Remounts the view for another story (its view state starts afresh). */
  storyKey: string;
  /** The story's id in claim links ("ecb:…", "user:…"); without it the claims get no links. */
  storyId?: string;
};

/**
 * The comparison of a library story in its states (`ComparisonStates`). A comparison that
 * cannot be shown says so here, with Try again, and leaves the rest of the story's screen (its
 * articles, exports) working.
 */
export function ComparisonPane({ storyKey, storyId, ...states }: Props) {
  return (
    <ComparisonStates {...states}>
      {(analysis, prepared) => (
        <SectionBoundary title="The comparison could not be shown" resetKey={analysis}>
          <MemoCompareView
            key={storyKey}
            analysis={analysis}
            prepared={prepared}
            storyId={storyId}
          />
        </SectionBoundary>
      )}
    </ComparisonStates>
  );
}
