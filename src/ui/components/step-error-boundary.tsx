/**
 * An error boundary around each wizard step (and the findings panel): a value the step cannot show
 * (from a link, a file, an autosave or an import) must not blank the whole app. The rest stays usable,
 * the user can download the config to keep the work, and "Try again" re-renders the step (after a
 * fix, an undo or another step).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useWizard } from '../state/use-wizard-config';
import { DownloadConfigButton } from './config-file-actions';

interface Props {
  /** What failed, in the message: "This step", "The findings panel". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class StepErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the user sees the fallback below.
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <StepFailure what={this.props.what} message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

function StepFailure({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  const { config } = useWizard();
  return (
    <section className="finding finding--error step-failure" role="alert" data-testid="step-failure">
      <h2>{what} could not be shown</h2>
      <p>
        Something in this configuration is more than this part of apifront can display ({message}). The other steps, the findings and the
        export still work. Download the config to keep your work, then fix the value the findings point to, or report the problem.
      </p>
      <p className="step-failure__actions">
        {config && <DownloadConfigButton config={config} />}
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      </p>
    </section>
  );
}
