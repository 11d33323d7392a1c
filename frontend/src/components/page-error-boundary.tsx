/**
 * Catches what a page throws while rendering (a bug, or a page's code that failed to download
 * after a deploy), so the header stays usable and the person is told what happened instead of
 * seeing a blank window.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of PageErrorBoundary. */
export interface PageErrorBoundaryProps {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Renders its children, or an alert once they threw. Give it a `key` per page to reset it. */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-message">
        <p>
          <strong>This page failed to show.</strong> {error.message}
        </p>
        <p>
          Reload the page; if it keeps failing, go back to the <a href="/">home page</a>.
        </p>
      </div>
    );
  }
}
