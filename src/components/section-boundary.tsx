import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

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
      <ErrorPanel
        title={this.props.title}
        message={`Something went wrong while showing it: ${error.message || error.name}`}
        hint="The rest of the page still works, and nothing you saved is lost."
        onRetry={() => this.setState({ error: null })}
        actions={this.props.actions}
      />
    );
  }
}
