import type { UseQueryResult } from '@tanstack/react-query';
import { memo } from 'react';
import type { Analysis } from '../../core/contract';
import { CompareView } from '../../features/compare/components/compare-view';
import { StoryError } from '../../features/story/components/story-error';
import type { AnalysisControl } from '../../features/story/api/get-analysis';
import { StoryCancelled, StoryLoading } from '../../features/story/components/story-loading';
import { SectionBoundary } from '../../components/section-boundary';

// Typing in the story's name or an article's fields renders the screen on every keystroke: the
// comparison renders again only when its analysis changes.
const MemoCompareView = memo(CompareView);

type Props = {
  query: UseQueryResult<Analysis>;
  /** The analysis's progress, and the reader's cancel and resume. */
  control: AnalysisControl;
  /** The analysis to show (the query's, with the reader's metadata applied). */
  analysis: Analysis | undefined;
  articleCount: number;
  /** Remounts the view for another story (its view state starts afresh). */
  storyKey: string;
  /** The story's id in claim links ("ecb:…", "user:…"); without it the claims get no links. */
  storyId?: string;
};

/**
 * The comparison of a story, or its loading (with progress and Cancel), cancelled or error state
 * (the same ones the seed story shows).
 * A comparison that cannot be computed or shown says so here, with Try again, and leaves the
 * rest of the story's screen (its articles, exports) working.
 */
export function ComparisonPane({
  query,
  control,
  analysis,
  articleCount,
  storyKey,
  storyId,
}: Props) {
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
  if (!analysis && control.cancelled)
    return <StoryCancelled articleCount={articleCount} onResume={control.resume} />;
  if (!analysis)
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
      <SectionBoundary title="The comparison could not be shown" resetKey={analysis}>
        <MemoCompareView key={storyKey} analysis={analysis} storyId={storyId} />
      </SectionBoundary>
    </>
  );
}
