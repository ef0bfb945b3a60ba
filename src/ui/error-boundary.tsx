import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A failure in one view shows a message in its place instead of blanking the page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <p className="load-failure" role="alert">
          This view failed to draw: {this.state.error.message}. Reload the page, or go back to the previous
          view.
        </p>
      );
    }
    return this.props.children;
  }
}
