import { ErrorPanel } from '../../../components/error-panel';

type Props = {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

/** The error state of loading or analysing a story: what failed, in words, and Try again. */
export function StoryError({ title, error, onRetry, retrying }: Props) {
  return (
    <ErrorPanel
      title={title}
      message={error instanceof Error ? error.message : String(error)}
      hint="Check your connection, then try again. Nothing is sent anywhere: the comparison runs in this browser."
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
