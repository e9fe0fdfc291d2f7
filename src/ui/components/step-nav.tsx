import { memo } from 'react';
import { useFindings } from '../state/findings-context';
import { STEPS, useNavigation } from '../state/navigation';

function countText(errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(`${errors} error${errors > 1 ? 's' : ''}`);
  if (warnings) parts.push(`${warnings} warning${warnings > 1 ? 's' : ''}`);
  return parts.join(', ');
}

/** The stepper: five steps, the current one marked, each with its error and warning counts. */
function StepNavImpl() {
  const { step, goToStep } = useNavigation();
  const { counts } = useFindings();
  return (
    <nav className="stepper" aria-label="Wizard steps">
      <ol className="stepper__list">
        {STEPS.map((s, i) => {
          const c = counts.get(s.id);
          const errors = c?.error ?? 0;
          const warnings = c?.warning ?? 0;
          const summary = countText(errors, warnings);
          return (
            <li key={s.id} className="stepper__item">
              <button
                type="button"
                className="stepper__button"
                aria-current={step === s.id ? 'step' : undefined}
                onClick={() => goToStep(s.id)}
                data-step={s.id}
              >
                <span className="stepper__num" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="stepper__label">{s.label}</span>
                {summary && <span className="visually-hidden">: {summary}</span>}
                <span className="stepper__counts" aria-hidden="true">
                  {errors > 0 && <span className="count count--error">{errors}</span>}
                  {warnings > 0 && <span className="count count--warning">{warnings}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Memoised: it reads only contexts, so the shell's re-render on each keystroke skips it. */
export const StepNav = memo(StepNavImpl);
