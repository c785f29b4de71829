import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '@/components/error-state';

/** Keeps a crash in one dashboard panel (a chart, say) from taking the whole page down. */
export class PanelErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return <ErrorState error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
