import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type Props = { children: ReactNode };
type State = { error: Error | null };

/**
 * The last resort: shows what went wrong instead of a blank page when rendering throws outside
 * every part's own boundary (the main area and each comparison have one, `SectionBoundary`),
 * with a way to reload. (React still needs a class for this.)
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Parallax crashed while rendering', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="mx-auto max-w-xl p-8">
        <div
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950"
        >
          <h1 className="text-lg font-semibold">Parallax stopped unexpectedly</h1>
          <p className="mt-2 text-sm">{error.message}</p>
          <button type="button" className="btn mt-4" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </main>
    );
  }
}
