import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { name: string; children: ReactNode };
type State = { failed: boolean };

/**
 * A panel that crashes (entities, quotes, timeline) shows its own short error and a retry; the
 * article text and the other panels stay readable. React needs a class for this.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept visible for whoever debugs it; the reader sees the sentence below.
    console.warn(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="panel panel-error" role="alert" aria-label={`${this.props.name} (error)`}>
        <p>
          The {this.props.name.toLowerCase()} panel could not be shown. The article text is
          unaffected.
        </p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </section>
    );
  }
}
