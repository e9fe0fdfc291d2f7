import { useEffect, useRef, type ReactNode } from 'react';
import { takeStepHeadingFocus } from '../state/navigation';

/** The step's heading (focused after a step change, so screen readers announce the new step) and intro. */
export function StepHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeStepHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <div className="step-header">
      <h2 id="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children && <p className="lead">{children}</p>}
    </div>
  );
}
