/**
 * Form fields that know their config path: each one shows its help text and the findings anchored at
 * its path, ties both to the control with aria-describedby and sets aria-invalid when an error stands.
 */
import { useId, type ReactNode } from 'react';
import { fieldId, type ConfigPath } from '../state/field-paths';
import { useFindingsAt } from '../state/findings-context';
import { fromTemplateText, settleFromTemplate, useFromTemplate, type FromTemplateMark } from '../state/from-template';
import { markTouched, useTouched } from '../state/touched';
import { FindingList } from './finding-list';

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface ShellProps {
  path: ConfigPath;
  /** Hide error findings for now (an empty field the user has not left yet). */
  quietErrors?: boolean;
  label: ReactNode;
  help?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Ids that tie a control to its help text, its "from the template" mark and its findings (aria-describedby). */
function useFieldDescription(path: ConfigPath, help: ReactNode, quietErrors = false) {
  const uid = useId();
  const all = useFindingsAt(path);
  const mark = useFromTemplate(path);
  // An empty field nobody has left yet shows its warnings but not its errors (the stepper still counts them).
  const items = quietErrors ? all.filter((p) => p.finding.severity !== 'error') : all;
  const helpId = help ? `${uid}-help` : undefined;
  const markId = mark ? `${uid}-mark` : undefined;
  const findingsId = items.length > 0 ? `${uid}-findings` : undefined;
  const describedBy = [markId, helpId, findingsId].filter(Boolean).join(' ') || undefined;
  return { uid, items, helpId, findingsId, describedBy, footer: { path, help, helpId, items, findingsId, mark, markId } };
}

interface FooterProps {
  path: ConfigPath;
  help: ReactNode;
  helpId?: string | undefined;
  items: ReturnType<typeof useFindingsAt>;
  findingsId?: string | undefined;
  mark?: FromTemplateMark | undefined;
  markId?: string | undefined;
}

/** The template's mark, the help text and the findings at the field's path, under any kind of control. */
function FieldFooter({ path, help, helpId, items, findingsId, mark, markId }: FooterProps) {
  return (
    <>
      {mark && (
        <p className={`field__from-template field__from-template--${mark.action}`}>
          <span id={markId}>{fromTemplateText(mark)}</span>
          {mark.action === 'check' && (
            <>
              {' '}
              <button type="button" className="btn btn--small" onClick={() => settleFromTemplate(path)}>
                Looks right
              </button>
            </>
          )}
        </p>
      )}
      {help && (
        <p className="field__help" id={helpId}>
          {help}
        </p>
      )}
      <FindingList items={items} id={findingsId} />
    </>
  );
}

/** Label + control + help + findings. */
export function FieldShell({ path, label, help, className, quietErrors, children }: ShellProps) {
  const id = fieldId(path);
  const { items, describedBy, footer } = useFieldDescription(path, help, quietErrors);
  const invalid = items.some((p) => p.finding.severity === 'error');
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(invalid ? { 'aria-invalid': true } : {}) })}
      <FieldFooter {...footer} />
    </div>
  );
}

interface TextFieldProps {
  path: ConfigPath;
  label: ReactNode;
  help?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputMode?: 'text' | 'url' | 'numeric';
  autoComplete?: string;
  className?: string;
  multiline?: boolean;
  rows?: number;
}

export function TextField({ path, label, help, value, onChange, placeholder, inputMode, className, multiline, rows }: TextFieldProps) {
  const id = fieldId(path);
  const touched = useTouched(id);
  const onBlur = () => markTouched(id);
  const edit = (next: string) => {
    settleFromTemplate(path);
    onChange(next);
  };
  return (
    <FieldShell path={path} label={label} help={help} className={className} quietErrors={value === '' && !touched}>
      {(control) =>
        multiline ? (
          <textarea {...control} className="input" value={value} rows={rows ?? 4} spellCheck={false} placeholder={placeholder} onBlur={onBlur} onChange={(e) => edit(e.target.value)} />
        ) : (
          <input
            {...control}
            className="input"
            type="text"
            value={value}
            placeholder={placeholder}
            inputMode={inputMode}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            onBlur={onBlur}
            onChange={(e) => edit(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

interface NumberFieldProps {
  path: ConfigPath;
  label: ReactNode;
  help?: ReactNode;
  /** undefined = empty (the field's default applies). */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  placeholder?: string;
  className?: string;
}

export function NumberField({ path, label, help, value, onChange, min, max, placeholder, className }: NumberFieldProps) {
  return (
    <FieldShell path={path} label={label} help={help} className={className}>
      {(control) => (
        <input
          {...control}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          placeholder={placeholder}
          value={value ?? ''}
          onChange={(e) => {
            settleFromTemplate(path);
            const raw = e.target.value;
            const n = Number(raw);
            onChange(raw === '' || !Number.isFinite(n) ? undefined : n);
          }}
        />
      )}
    </FieldShell>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  path: ConfigPath;
  label: ReactNode;
  help?: ReactNode;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  className?: string;
}

export function SelectField<V extends string>({ path, label, help, value, options, onChange, className }: SelectFieldProps<V>) {
  return (
    <FieldShell path={path} label={label} help={help} className={className}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(e) => {
            settleFromTemplate(path);
            onChange(e.target.value as V);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  path: ConfigPath;
  label: ReactNode;
  help?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ path, label, help, checked, onChange }: CheckboxFieldProps) {
  const id = fieldId(path);
  const { items, describedBy, footer } = useFieldDescription(path, help);
  const invalid = items.some((p) => p.finding.severity === 'error');
  return (
    <div className={`field field--check${invalid ? ' field--invalid' : ''}`}>
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            settleFromTemplate(path);
            onChange(e.target.checked);
          }}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldFooter {...footer} />
    </div>
  );
}

interface RadioGroupProps<V extends string> {
  path: ConfigPath;
  legend: ReactNode;
  help?: ReactNode;
  name: string;
  value: V;
  options: readonly (Option<V> & { hint?: string })[];
  onChange: (value: V) => void;
}

/** A fieldset of radios; its id (for focusing) sits on the fieldset, the first radio takes focus. */
export function RadioGroup<V extends string>({ path, legend, help, name, value, options, onChange }: RadioGroupProps<V>) {
  const { uid, describedBy, footer } = useFieldDescription(path, help);
  return (
    <fieldset className="field radio-group" id={fieldId(path)} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      <div className="radio-group__options">
        {options.map((o) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              name={`${uid}-${name}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => {
                settleFromTemplate(path);
                onChange(o.value);
              }}
            />
            <span>
              {o.label}
              {o.hint && <span className="radio__hint"> {o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldFooter {...footer} />
    </fieldset>
  );
}

/** A titled group with an anchor id: findings on paths without their own field show here. */
export function Section({ path, title, children, headingLevel = 2, actions }: { path: ConfigPath; title: ReactNode; children: ReactNode; headingLevel?: 2 | 3; actions?: ReactNode }) {
  const items = useFindingsAt(path);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="section" id={fieldId(path)} tabIndex={-1} aria-label={typeof title === 'string' ? title : undefined}>
      <div className="section__head">
        <Heading className="section__title">{title}</Heading>
        {actions}
      </div>
      <FindingList items={items} />
      {children}
    </section>
  );
}
