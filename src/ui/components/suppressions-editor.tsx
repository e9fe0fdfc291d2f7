/**
 * The config's suppressions: rules whose warnings and notes do not apply here, each with the reason
 * (kept in the config file and the share link, so the next reader knows why). Errors are never
 * silenced; AF514 reports a suppression that silences nothing.
 */
import { useId, useState } from 'react';
import { useFindings } from '../state/findings-context';
import { useEditableConfig } from '../state/use-wizard-config';
import { Section, TextField } from './field';

export function SuppressionsEditor() {
  const { config, update } = useEditableConfig();
  const { findings } = useFindings();
  const uid = useId();
  const list = config.suppressions ?? [];
  // The rules that speak now with a warning or a note, each with its first message to recognise it.
  const silenceable = new Map<string, string>();
  for (const f of findings) if (f.severity !== 'error' && !silenceable.has(f.rule)) silenceable.set(f.rule, f.message);
  for (const s of list) silenceable.delete(s.rule);
  const [rule, setRule] = useState('');
  const [reason, setReason] = useState('');
  const chosen = silenceable.has(rule) ? rule : '';
  const add = () => {
    if (!chosen || reason.trim() === '') return;
    update((d) => void (d.suppressions = [...(d.suppressions ?? []), { rule: chosen, reason: reason.trim() }]));
    setRule('');
    setReason('');
  };
  const remove = (index: number) =>
    update((d) => {
      d.suppressions?.splice(index, 1);
      if (d.suppressions?.length === 0) delete d.suppressions;
    });

  return (
    <Section path={['suppressions']} title="Silenced rules" headingLevel={2}>
      <p className="muted">
        A warning or note that does not apply to this API can be silenced, with the reason. Errors cannot be silenced: each stands for a template that would not deploy or not work.
      </p>
      {list.length > 0 && (
        <ul className="plain-list suppressions">
          {list.map((s, i) => (
            <li key={`${s.rule}-${i}`} className="suppressions__item">
              <TextField path={['suppressions', i, 'rule']} label={`Rule ${i + 1}`} value={s.rule} onChange={(v) => update((d) => void (d.suppressions?.[i] && (d.suppressions[i].rule = v.trim().toUpperCase())))} />
              <TextField path={['suppressions', i, 'reason']} label={`Why ${s.rule} does not apply`} value={s.reason} onChange={(v) => update((d) => void (d.suppressions?.[i] && (d.suppressions[i].reason = v)))} />
              <button type="button" className="btn btn--small" onClick={() => remove(i)}>
                Check {s.rule} again
              </button>
            </li>
          ))}
        </ul>
      )}
      {silenceable.size > 0 ? (
        <form
          className="suppressions__add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${uid}-rule`}>
              Rule to silence
            </label>
            <select id={`${uid}-rule`} className="input" value={chosen} onChange={(e) => setRule(e.target.value)}>
              <option value="">Choose a rule…</option>
              {[...silenceable].map(([id, message]) => (
                <option key={id} value={id}>
                  {id}: {message.length > 90 ? `${message.slice(0, 89)}…` : message}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${uid}-reason`}>
              Why it does not apply
            </label>
            <input id={`${uid}-reason`} className="input" type="text" value={reason} autoComplete="off" onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="btn" disabled={!chosen || reason.trim() === ''}>
            Silence the rule
          </button>
        </form>
      ) : (
        list.length === 0 && <p className="muted">No warnings or notes to silence.</p>
      )}
    </Section>
  );
}
