import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What could not be shown, as a heading ("The comparison could not be shown"). */
  title: string;
  /**
   * Another value (another route, another analysis: compared by identity) clears the error and
   * renders afresh.
   */
  resetKey: unknown;
  /** Ways out besides trying again (a link to the stories, …). */
  actions?: ReactNode;
};

type State = { error: Error | null; resetKey: unknown };

/**
 * Keeps a render error in one part of the page inside that part: it shows what failed and a
 * Try again button there, while the rest of the page (the masthead, the story's articles and
 * exports) keeps working. Nothing is lost: the reader's stories live in the library store, not
 * in the part that failed. (React still needs a class for this.)
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Parallax: ${this.props.title}`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="p-4 md:p-8">
        <div
          role="alert"
          className="max-w-xl rounded-lg border border-rose-300 bg-rose-50 p-5 dark:border-rose-800 dark:bg-rose-950/60"
        >
          <h2 className="flex items-center gap-2 text-base font-semibold text-rose-900 dark:text-rose-100">
            <span aria-hidden="true">⚠</span>
            {this.props.title}
          </h2>
          <p className="mt-2 text-sm text-rose-900 dark:text-rose-100">
            Something went wrong while showing it: {error.message || error.name}
          </p>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            The rest of the page still works, and nothing you saved is lost.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
            {this.props.actions}
          </div>
        </div>
      </div>
    );
  }
}
