import { memo } from 'react';
import { fieldId, pathKey } from '../state/field-paths';
import { useFindings } from '../state/findings-context';
import { STEPS, useNavigation } from '../state/navigation';
import { FindingText, FixButton } from './finding-list';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Every finding, grouped by step; each links to its field. The summary line is a polite live region,
 * so screen-reader users hear the totals change as they type without being interrupted.
 */
function FindingsPanelImpl() {
  const { ready, failure, byStep, findings, applyFix } = useFindings();
  const { focusField } = useNavigation();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.length - errors - warnings;
  const summary = !ready
    ? 'Loading the checks…'
    : failure
      ? 'The checks could not run.'
      : findings.length === 0
        ? 'No problems found.'
        : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}.`;
  return (
    <div className="findings-panel">
      <h2 className="findings-panel__title">Findings</h2>
      <p className="findings-panel__summary" role="status" aria-live="polite">
        {summary}
      </p>
      {failure && <p className="finding finding--error">{failure}</p>}
      {STEPS.map((s) => {
        const items = byStep.get(s.id) ?? [];
        if (items.length === 0) return null;
        return (
          <section key={s.id} className="findings-panel__group" aria-label={`${s.label} findings`}>
            <h3 className="findings-panel__step">{s.label}</h3>
            <ul className="findings-panel__list">
              {items.map(({ finding, anchor, key }) => (
                <li key={key} className={`finding finding--${finding.severity}`}>
                  <a
                    href={`#${fieldId(anchor)}`}
                    className="finding__link"
                    data-anchor={pathKey(anchor)}
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(anchor);
                    }}
                  >
                    <FindingText finding={finding} />
                  </a>
                  <FixButton finding={finding} onFix={applyFix} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Memoised: it reads only contexts, so the shell's re-render on each keystroke skips it. */
export const FindingsPanel = memo(FindingsPanelImpl);
