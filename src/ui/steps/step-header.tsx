import type { ReactNode } from 'react';

/** The step's heading (focused on step change, so screen readers announce the new step) and intro. */
export function StepHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="step-header">
      <h2 id="step-heading" tabIndex={-1}>
        {title}
      </h2>
      {children && <p className="lead">{children}</p>}
    </div>
  );
}
