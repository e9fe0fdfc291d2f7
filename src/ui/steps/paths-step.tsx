import { memo, useDeferredValue, useMemo, useState, type DragEvent } from 'react';
import type { AnyBehavior, Behavior } from '../../core/model/schema';
import { BehaviorEditor } from '../components/behavior-editor';
import { Section } from '../components/field';
import { PathTester } from '../components/path-tester';
import { cacheIntentOf, INTENT_LABELS } from '../state/cache-intents';
import { fieldId } from '../state/field-paths';
import { emptyCounts, useFindings, type SeverityCounts } from '../state/findings-context';
import { useNavigation } from '../state/navigation';
import { useEditableConfig } from '../state/use-wizard-config';
import { StepHeader } from './step-header';

/** Counts of findings per ordered behavior, so collapsed rows can say "2 errors". */
function useBehaviorCounts(): Map<number, SeverityCounts> {
  const { placed } = useFindings();
  return useMemo(() => {
    const counts = new Map<number, SeverityCounts>();
    for (const list of placed.values()) {
      for (const { anchor, finding } of list) {
        if (anchor[0] !== 'behaviors' || typeof anchor[1] !== 'number') continue;
        const c = counts.get(anchor[1]) ?? emptyCounts();
        c[finding.severity] += 1;
        counts.set(anchor[1], c);
      }
    }
    return counts;
  }, [placed]);
}

interface RowProps {
  index: number;
  count: number;
  behavior: Behavior;
  counts: SeverityCounts | undefined;
  expanded: boolean;
  onToggle: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A collapsed behavior: cheap to render, so 75 of them keep typing fast. Re-renders only when its own data changes. */
const BehaviorRow = memo(
  function BehaviorRow({ index, count, behavior, counts, expanded, onToggle, onMove, onRemove }: RowProps) {
    const [dropTarget, setDropTarget] = useState(false);
    const name = behavior.pathPattern || '(no pattern)';
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setDropTarget(false);
      const from = Number(e.dataTransfer.getData('text/x-behavior-index'));
      if (Number.isInteger(from) && from !== index) onMove(from, index);
    };
    return (
      <div
        className={`behavior-row${dropTarget ? ' behavior-row--drop' : ''}`}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('text/x-behavior-index')) {
            e.preventDefault();
            setDropTarget(true);
          }
        }}
        onDragLeave={() => setDropTarget(false)}
        onDrop={onDrop}
      >
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title="Drag to reorder"
          onDragStart={(e) => {
            e.dataTransfer.setData('text/x-behavior-index', String(index));
            e.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿
        </span>
        <span className="behavior-row__num">{index + 1}</span>
        <code className="behavior-row__pattern">{name}</code>
        <span className="behavior-row__meta">
          → {behavior.originId} · {INTENT_LABELS[cacheIntentOf(behavior)].label}
          {counts && counts.error > 0 && <span className="count count--error">{counts.error} error{counts.error > 1 ? 's' : ''}</span>}
          {counts && counts.warning > 0 && <span className="count count--warning">{counts.warning} warning{counts.warning > 1 ? 's' : ''}</span>}
        </span>
        <span className="behavior-row__actions">
          <button type="button" className="btn btn--small" aria-expanded={expanded} aria-controls={`${fieldId(['behaviors', index])}-editor`} onClick={() => onToggle(index)}>
            {expanded ? 'Close' : 'Edit'}
            <span className="visually-hidden"> behavior {index + 1} {name}</span>
          </button>
          <button type="button" className="btn btn--ghost btn--small btn--icon" disabled={index === 0} aria-label={`Move behavior ${index + 1} ${name} up`} onClick={() => onMove(index, index - 1)}>
            ↑
          </button>
          <button type="button" className="btn btn--ghost btn--small btn--icon" disabled={index === count - 1} aria-label={`Move behavior ${index + 1} ${name} down`} onClick={() => onMove(index, index + 1)}>
            ↓
          </button>
          <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove behavior ${index + 1} ${name}`} onClick={() => onRemove(index)}>
            Remove
          </button>
        </span>
      </div>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.count === b.count &&
    a.expanded === b.expanded &&
    a.onToggle === b.onToggle &&
    a.onMove === b.onMove &&
    a.onRemove === b.onRemove &&
    a.behavior === b.behavior &&
    JSON.stringify(a.counts) === JSON.stringify(b.counts),
);

export function PathsStep() {
  const { config, update } = useEditableConfig();
  // The path tester traces every sample: it follows the typing a moment later, off the keystroke.
  const deferredConfig = useDeferredValue(config);
  const { focusRequest } = useNavigation();
  const counts = useBehaviorCounts();
  const [expanded, setExpanded] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A link to a field inside a collapsed behavior opens that behavior (adjusting state during render, not in an effect).
  const [seenRequest, setSeenRequest] = useState(focusRequest);
  if (focusRequest !== seenRequest) {
    setSeenRequest(focusRequest);
    const target = focusRequest?.path;
    if (target?.[0] === 'behaviors' && typeof target[1] === 'number') setExpanded(target[1]);
  }

  // Stable callbacks keep the memoised rows from re-rendering on every keystroke.
  const actions = useMemo(() => {
    const onToggle = (index: number) => setExpanded((cur) => (cur === index ? null : index));
    const onMove = (from: number, to: number) => {
      update((d) => {
        if (to < 0 || to >= d.behaviors.length) return;
        const [moved] = d.behaviors.splice(from, 1);
        if (moved) d.behaviors.splice(to, 0, moved);
      });
      setExpanded((cur) => (cur === from ? to : cur === to ? from : cur));
      setAnnouncement(`Behavior moved to position ${to + 1}.`);
      // Keep keyboard focus on the same control of the moved row.
      requestAnimationFrame(() => {
        const row = document.querySelectorAll<HTMLElement>('.behavior-row')[to];
        const button = row?.querySelector<HTMLButtonElement>(to < from ? 'button[aria-label^="Move"][aria-label$="up"]' : 'button[aria-label$="down"]');
        (button && !button.disabled ? button : row?.querySelector<HTMLButtonElement>('button'))?.focus();
      });
    };
    const onRemove = (index: number) => {
      update((d) => void d.behaviors.splice(index, 1));
      setExpanded(null);
      setAnnouncement(`Behavior ${index + 1} removed.`);
    };
    return { onToggle, onMove, onRemove };
  }, [update]);

  // One stable onChange per behavior position, so the memoised editors skip renders for other rows.
  const editors = useMemo(() => {
    const byIndex = new Map<number, (mutate: (b: AnyBehavior) => void) => void>();
    const at = (index: number) => {
      let edit = byIndex.get(index);
      if (!edit) {
        edit = (m) => update((d) => void (d.behaviors[index] && m(d.behaviors[index])));
        byIndex.set(index, edit);
      }
      return edit;
    };
    const editDefault = (mutate: (b: AnyBehavior) => void) => update((d) => mutate(d.defaultBehavior));
    return { at, editDefault };
  }, [update]);
  const addBehavior = () => {
    const index = config.behaviors.length;
    update((d) => {
      const { originId, viewerProtocol, methods, cachedMethods, cache, originRequest, responseHeaders } = d.defaultBehavior;
      d.behaviors.push({ pathPattern: `/path${index + 1}/*`, originId, viewerProtocol, methods, cachedMethods, cache, originRequest, responseHeaders, compress: false, stripPrefix: false, forwardedHost: false });
    });
    setExpanded(index);
    requestAnimationFrame(() => document.getElementById(fieldId(['behaviors', index, 'pathPattern']))?.focus());
  };

  return (
    <>
      <StepHeader title="3. Paths & caching">Which requests go where and what is cached. CloudFront checks the behaviors in order, first match wins; the default behavior catches the rest.</StepHeader>
      <Section path={['behaviors']} title="Behaviors (in order)">
        {config.behaviors.length === 0 && <p className="muted">No extra behaviors: every request uses the default behavior.</p>}
        <ol className="behavior-list">
          {config.behaviors.map((behavior, index) => (
            <li key={index} className="behavior-list__item" id={fieldId(['behaviors', index])} tabIndex={-1}>
              <BehaviorRow index={index} count={config.behaviors.length} behavior={behavior} counts={counts.get(index)} expanded={expanded === index} {...actions} />
              {expanded === index && (
                <div id={`${fieldId(['behaviors', index])}-editor`} className="behavior-list__editor">
                  <BehaviorEditor origins={config.origins} path={['behaviors', index]} behavior={behavior} onChange={editors.at(index)} />
                </div>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn--small" onClick={addBehavior}>
          Add behavior
        </button>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </Section>
      <Section path={['defaultBehavior']} title="Default behavior (*)">
        <BehaviorEditor origins={config.origins} path={['defaultBehavior']} behavior={config.defaultBehavior} onChange={editors.editDefault} />
      </Section>
      <PathTester config={deferredConfig} />
    </>
  );
}
