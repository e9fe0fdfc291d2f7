import type { PlacedFinding } from '../state/field-paths';
import { useFindings } from '../state/findings-context';

/** Findings beside a field: severity, rule ID, message and the rule's one-click fix. */
export function FindingList({ items, id }: { items: readonly PlacedFinding[]; id?: string }) {
  const { applyFix } = useFindings();
  if (items.length === 0) return null;
  return (
    <ul className="finding-list" id={id}>
      {items.map(({ finding, key }) => (
        <li key={key} className={`finding finding--${finding.severity}`}>
          <span className="finding__sev">{severityLabel(finding.severity)}</span>{' '}
          <span className="finding__rule">{finding.rule}</span>{' '}
          <span className="finding__msg">{finding.message}</span>
          {finding.fixLabel && (
            <button type="button" className="btn btn--small finding__fix" onClick={() => applyFix(finding)}>
              {finding.fixLabel}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function severityLabel(severity: PlacedFinding['finding']['severity']): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Note';
}
