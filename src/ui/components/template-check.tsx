/**
 * "Check an existing template": paste or open a CloudFormation / SAM template, see the findings
 * beside its numbered lines, and open a distribution in the wizard. Reading and checking run in the
 * checks worker (a 5 MB template takes seconds; the page must stay usable meanwhile), and the
 * importer with js-yaml loads there on the first check, so it stays out of the initial bundle.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { formatLocation } from '../../core/location';
import { checkSourceInWorker } from '../engine/checks-client';
import type { PlainFinding, SourceCheck } from '../engine/checks-protocol';
import { setFromTemplate } from '../state/from-template';
import { useWizard } from '../state/use-wizard-config';

/** Lines shown in the numbered view; longer templates show their findings' lines only. */
const MAX_LINES_SHOWN = 2000;
/**
 * Text longer than this is checked but not kept in the text box: laying out megabytes in a textarea
 * blocks the page for seconds (a 5 MB template: about 4 s), which the worker cannot help with.
 */
const MAX_CHARS_IN_BOX = 256 * 1024;

function sizeText(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

function lineOf(f: PlainFinding): number | undefined {
  return f.location.kind === 'template' ? f.location.line : undefined;
}

function whereOf(f: PlainFinding): string {
  return f.location.kind === 'template' ? formatLocation(f.location) : '';
}

/** One requested check; `id` tells two checks of the same text apart (a second click checks again). */
interface CheckRequest {
  id: number;
  text: string;
  fileName?: string;
  distribution?: string;
}

export function TemplateCheck() {
  const uid = useId();
  const { replaceConfig } = useWizard();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [checked, setChecked] = useState<CheckRequest | null>(null);
  const [activeLine, setActiveLine] = useState<number | null>(null);
  const checking = useQuery({
    queryKey: ['check-source', checked?.id ?? 0],
    queryFn: (): Promise<SourceCheck> =>
      checked ? checkSourceInWorker(checked.text, { ...(checked.fileName ? { fileName: checked.fileName } : {}), ...(checked.distribution ? { distribution: checked.distribution } : {}) }) : Promise.reject(new Error('nothing to check')),
    enabled: checked !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: 0,
  });
  // The importer reports bad input itself; a failure here is a bug, so keep the page usable and say so.
  const result: SourceCheck | undefined = checking.error
    ? { ok: false, message: `The template could not be checked (${checking.error.message}). Please report this.` }
    : checking.data;

  const check = (distribution?: string, source: { text: string; fileName?: string | undefined } = { text, fileName }) => {
    setActiveLine(null);
    setChecked((prev) => ({ id: (prev?.id ?? 0) + 1, text: source.text, ...(source.fileName ? { fileName: source.fileName } : {}), ...(distribution ? { distribution } : {}) }));
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setFileName(file.name);
    setText(content);
    // Opening a file is asking for it to be checked: no second click.
    check(undefined, { text: content, fileName: file.name });
  };

  const showLine = (line: number) => {
    setActiveLine(line);
    document.getElementById(`${uid}-line-${line}`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <section className="card template-check" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>Check an existing template</h3>
      <p className="muted">
        Paste a CloudFormation or SAM template (YAML or JSON) or open the file: apifront lists the mistakes with their line numbers and can open its CloudFront
        distribution in the wizard. A distribution built in the console works too: paste what <code>aws cloudfront get-distribution-config --id ID</code> prints.
        The text stays in this page.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <label htmlFor={`${uid}-text`} className="field__label">
          Template
        </label>
        <textarea
          id={`${uid}-text`}
          className="input template-check__text"
          rows={10}
          spellCheck={false}
          autoComplete="off"
          value={text.length > MAX_CHARS_IN_BOX ? '' : text}
          aria-describedby={text.length > MAX_CHARS_IN_BOX ? `${uid}-large` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(undefined);
            setChecked(null);
          }}
          style={{ width: '100%', fontFamily: 'ui-monospace, monospace' }}
        />
        {text.length > MAX_CHARS_IN_BOX && (
          <p className="field__help" id={`${uid}-large`}>
            {fileName ?? 'The pasted template'} ({sizeText(text.length)}) is too large to show in the box; it is checked as it is. Paste or type here to replace it.
          </p>
        )}
        <div className="template-check__actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', marginTop: '0.5rem' }}>
          <label className="btn" htmlFor={`${uid}-file`}>
            Open a file…
          </label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".yaml,.yml,.json,.template,.txt"
            onChange={(e) => void openFile(e)}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
          />
          {fileName && <span className="muted">{fileName}</span>}
          <button type="submit" className="btn btn--primary" disabled={text.trim() === ''}>
            Check template
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {checked && checking.isPending && <p>Checking the template…</p>}
      </div>
      {checked && result && (
        <CheckResult
          uid={uid}
          text={checked.text}
          result={result}
          activeLine={activeLine}
          onShowLine={showLine}
          onChooseDistribution={(id) => check(id)}
          onOpen={() => {
            if (!result.ok || !result.imported) return;
            // Values the template knows only at deploy time open as empty fields marked "from the template".
            const { opening } = result.imported;
            replaceConfig(opening.config);
            setFromTemplate(opening.fromTemplate, opening.config);
          }}
        />
      )}
    </section>
  );
}

interface CheckResultProps {
  uid: string;
  text: string;
  result: SourceCheck;
  activeLine: number | null;
  onShowLine: (line: number) => void;
  onChooseDistribution: (id: string) => void;
  onOpen: () => void;
}

function CheckResult({ uid, text, result, activeLine, onShowLine, onChooseDistribution, onOpen }: CheckResultProps) {
  if (!result.ok) {
    return (
      <div className="template-check__result">
        <p className="finding finding--error" role="alert">
          {result.message}
        </p>
        {result.line !== undefined && <NumberedText uid={uid} text={text} marks={new Map([[result.line, 'error']])} activeLine={result.line} />}
      </div>
    );
  }
  const { findings, imported } = result;
  // Console JSON: findings name a JSON pointer into the pasted output; its distribution is named by ID.
  const pointers = result.console?.pointers;
  const pointerOf = pointers ? (f: PlainFinding) => pointers[findings.indexOf(f)] ?? '' : null;
  const distributionName = result.console ? (result.console.distributionId ?? 'this distribution') : imported?.chosen;
  const marks = new Map<number, string>();
  for (const f of findings) {
    const line = lineOf(f);
    if (line !== undefined && !marks.has(line)) marks.set(line, f.severity);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return (
    <div className="template-check__result">
      {result.note && <p className="muted">{result.note}.</p>}
      {imported && imported.distributions.length > 1 && (
        <p>
          <label htmlFor={`${uid}-dist`}>Distribution </label>
          <select id={`${uid}-dist`} value={imported.chosen} onChange={(e) => onChooseDistribution(e.target.value)}>
            {imported.distributions.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </p>
      )}
      <h4 id={`${uid}-findings`}>
        {findings.length === 0
          ? 'No findings'
          : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`}
      </h4>
      {findings.length > 0 && (
        <ul className="finding-list template-check__findings" aria-labelledby={`${uid}-findings`}>
          {findings.map((f, i) => {
            const line = lineOf(f);
            return (
              <li key={`${f.rule}-${i}`} className={`finding finding--${f.severity}`}>
                <strong>
                  {f.severity} {f.rule}
                </strong>{' '}
                {line !== undefined ? (
                  <button type="button" className="btn btn--link" onClick={() => onShowLine(line)} aria-label={`Show line ${line} (${pointerOf ? pointerOf(f) : whereOf(f)})`}>
                    line {line}
                  </button>
                ) : null}{' '}
                {pointerOf && <code>{pointerOf(f)}</code>} <span>{f.message}</span>
              </li>
            );
          })}
        </ul>
      )}
      {imported && (
        <div className="template-check__open">
          {imported.dropped.length > 0 && (
            <details>
              <summary>
                {imported.dropped.length} propert{imported.dropped.length === 1 ? 'y' : 'ies'} the wizard does not cover (left out when opened)
              </summary>
              <ul>
                {imported.dropped.map((d) => (
                  <li key={`${d.path}:${d.why}`}>
                    <code>{d.path}</code>: {d.why}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {imported.unknownPaths.length > 0 && (
            <details>
              <summary>{imported.unknownPaths.length} values known only after deploying (not checked)</summary>
              <p className="muted">
                They are not checked here. In the wizard they open as empty fields marked “from the template”, with the template line they come from: enter the values your stack uses.
              </p>
              <ul>
                {[...imported.unknownPaths].sort().map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="btn btn--primary" onClick={onOpen}>
            Open {distributionName} in the wizard
          </button>
        </div>
      )}
      <NumberedText uid={uid} text={text} marks={marks} activeLine={activeLine} />
    </div>
  );
}

function NumberedText({ uid, text, marks, activeLine }: { uid: string; text: string; marks: Map<number, string>; activeLine: number | null }) {
  const lines = useMemo(() => text.split('\n'), [text]);
  const shown = lines.length <= MAX_LINES_SHOWN ? lines.map((l, i) => [i + 1, l] as const) : [...marks.keys()].sort((a, b) => a - b).map((n) => [n, lines[n - 1] ?? ''] as const);
  return (
    // position: relative keeps the hidden "(warning)" marks (absolutely positioned) inside this scroll box:
    // without it they sat at their line's place far below the box and stretched the page (1,470 px and
    // more of blank space under the start page after a check).
    <div className="template-check__source" role="region" aria-label="Template with line numbers" tabIndex={0} style={{ maxHeight: '24rem', overflow: 'auto', position: 'relative' }}>
      {lines.length > MAX_LINES_SHOWN && <p className="muted">The template has {lines.length} lines; only the lines with findings are shown.</p>}
      <pre style={{ margin: 0 }}>
        <code>
          {shown.map(([n, line]) => {
            const mark = marks.get(n);
            return (
              <span
                key={n}
                id={`${uid}-line-${n}`}
                data-line={n}
                className={`template-check__line${mark ? ` template-check__line--${mark}` : ''}${activeLine === n ? ' template-check__line--active' : ''}`}
                style={{
                  display: 'block',
                  ...(mark ? { background: mark === 'error' ? 'rgba(200,0,0,0.12)' : mark === 'warning' ? 'rgba(200,140,0,0.14)' : 'rgba(0,90,200,0.1)' } : {}),
                  ...(activeLine === n ? { outline: '2px solid currentColor' } : {}),
                }}
              >
                <span aria-hidden="true" style={{ display: 'inline-block', minWidth: '4ch', opacity: 0.75, userSelect: 'none' }}>
                  {n}
                </span>{' '}
                {line}
                {mark ? (
                  <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}> ({mark})</span>
                ) : null}
              </span>
            );
          })}
        </code>
      </pre>
    </div>
  );
}
