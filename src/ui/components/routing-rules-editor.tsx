import type { RoutingRule } from '../../core/model/schema';
import { fieldId, type ConfigPath } from '../state/field-paths';
import { useFindingsAt } from '../state/findings-context';
import { CheckboxField, NumberField, TextField } from './field';
import { FindingList } from './finding-list';

/** API Gateway takes at most two header conditions per rule (fact 171). */
const MAX_HEADER_CONDITIONS = 2;

interface RoutingRulesEditorProps {
  /** Path of `customDomain.routingRules`. */
  path: ConfigPath;
  rules: readonly RoutingRule[];
  /** The origin's own API, the default target of a new rule. */
  defaultTarget: RoutingRule['target'];
  onChange: (mutate: (rules: RoutingRule[]) => void) => void;
}

function RuleEditor({ path, rule, index, onChange, onRemove }: { path: ConfigPath; rule: RoutingRule; index: number; onChange: (mutate: (rule: RoutingRule) => void) => void; onRemove: () => void }) {
  const at = [...path, index];
  const headerFindings = useFindingsAt([...at, 'headers']);
  const n = index + 1;
  return (
    <li className="list-editor__item routing-rule">
      <fieldset className="routing-rule__body" id={fieldId(at)}>
        <legend className="field__label">Routing rule {n}</legend>
        <div className="grid-2">
          <NumberField path={[...at, 'priority']} label={`Rule ${n} priority`} min={1} max={1_000_000} help="1-1,000,000; the lowest is tried first and the first match wins." value={rule.priority} onChange={(v) => onChange((r) => void (r.priority = v ?? 0))} />
          <TextField path={[...at, 'basePath']} label={`Rule ${n} base path`} placeholder="(any path)" help="Matched against the start of the path CloudFront sends (origin path included), case-sensitive." value={rule.basePath ?? ''} onChange={(v) => onChange((r) => void (v === '' ? delete r.basePath : (r.basePath = v)))} />
        </div>
        <CheckboxField
          path={[...at, 'stripBasePath']}
          label={`Rule ${n}: strip the base path`}
          help="The API then sees the path without the base path, as with an API mapping."
          checked={rule.stripBasePath === true}
          onChange={(on) => onChange((r) => void (on ? (r.stripBasePath = true) : delete r.stripBasePath))}
        />
        <fieldset className="routing-rule__headers">
          <legend className="field__label">Rule {n} header conditions (all must match)</legend>
          <p className="field__help">Header name, and a value: exact, or with * at the start, end or both (* alone: any value). CloudFront must forward the header; Host is the one CloudFront sends.</p>
          <FindingList items={headerFindings} />
          <ul className="list-editor__items">
            {rule.headers.map((h, k) => (
              <li key={k} className="list-editor__item list-editor__item--pair">
                <TextField path={[...at, 'headers', k, 'name']} label={`Rule ${n} header ${k + 1} name`} placeholder="x-version" value={h.name} onChange={(v) => onChange((r) => void (r.headers[k] && (r.headers[k].name = v)))} />
                <TextField path={[...at, 'headers', k, 'valueGlob']} label={`Rule ${n} header ${k + 1} value`} placeholder="beta*" value={h.valueGlob} onChange={(v) => onChange((r) => void (r.headers[k] && (r.headers[k].valueGlob = v)))} />
                <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove header condition ${k + 1} of rule ${n}`} onClick={() => onChange((r) => void r.headers.splice(k, 1))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn--small" disabled={rule.headers.length >= MAX_HEADER_CONDITIONS} onClick={() => onChange((r) => void r.headers.push({ name: '', valueGlob: '' }))}>
            Add header condition{rule.headers.length >= MAX_HEADER_CONDITIONS ? ' (two at most)' : ''}
          </button>
        </fieldset>
        <div className="grid-2">
          <TextField path={[...at, 'target', 'apiId']} label={`Rule ${n} target REST API ID`} placeholder="a1b2c3d4e5" value={rule.target.apiId} onChange={(v) => onChange((r) => void (r.target.apiId = v))} />
          <TextField path={[...at, 'target', 'stage']} label={`Rule ${n} target stage`} placeholder="prod" value={rule.target.stage} onChange={(v) => onChange((r) => void (r.target.stage = v))} />
        </div>
      </fieldset>
      <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove routing rule ${n}`} onClick={onRemove}>
        Remove rule
      </button>
    </li>
  );
}

/**
 * The custom domain's routing rules (fact 171): priority, up to two header conditions, base path with or
 * without strip, and the REST API stage it invokes. AF219's findings show beside each field.
 */
export function RoutingRulesEditor({ path, rules, defaultTarget, onChange }: RoutingRulesEditorProps) {
  const findings = useFindingsAt(path);
  const nextPriority = rules.reduce((max, r) => Math.max(max, r.priority), 0) + 10;
  return (
    <fieldset className="field list-editor routing-rules" id={fieldId(path)}>
      <legend className="field__label">Routing rules</legend>
      <p className="field__help">Tried by ascending priority on the request CloudFront sends; the first rule whose conditions all hold invokes its stage. The path tester in step 3 shows which rule answers.</p>
      <FindingList items={findings} />
      <ol className="list-editor__items">
        {rules.map((rule, i) => (
          <RuleEditor
            key={i}
            path={path}
            rule={rule}
            index={i}
            onChange={(mutate) => onChange((list) => void (list[i] && mutate(list[i])))}
            onRemove={() => onChange((list) => void list.splice(i, 1))}
          />
        ))}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => onChange((list) => void list.push({ priority: nextPriority, headers: [], target: { ...defaultTarget } }))}>
        Add routing rule
      </button>
    </fieldset>
  );
}
