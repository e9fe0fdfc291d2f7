import type { PlacedFinding } from '../state/field-paths';
import { useApplyFix } from '../state/findings-context';

/** Findings beside a field: severity, rule ID, message and the rule's one-click fix. */
export function FindingList({ items, id }: { items: readonly PlacedFinding[]; id?: string }) {
  const applyFix = useApplyFix();
  if (items.length === 0) return null;
  return (
    <ul className="finding-list" id={id}>
      {items.map(({ finding, key }) => (
        <li key={key} className={`finding finding--${finding.severity}`}>
          <FindingText finding={finding} />
          <FixButton finding={finding} onFix={applyFix} />
        </li>
      ))}
    </ul>
  );
}

type Placed = PlacedFinding['finding'];

/** Severity, rule ID and message: the same words beside a field and in the findings panel. */
export function FindingText({ finding }: { finding: Placed }) {
  return (
    <>
      <span className="finding__sev">{severityLabel(finding.severity)}</span>{' '}
      <span className="finding__rule">{finding.rule}</span> <span className="finding__msg">{finding.message}</span>
    </>
  );
}

/** The rule's one-click fix, when it has one. */
export function FixButton({ finding, onFix }: { finding: Placed; onFix: (finding: Placed) => void }) {
  if (!finding.fixLabel) return null;
  return (
    <button type="button" className="btn btn--small finding__fix" onClick={() => onFix(finding)}>
      {finding.fixLabel}
    </button>
  );
}

export function severityLabel(severity: PlacedFinding['finding']['severity']): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Note';
}
