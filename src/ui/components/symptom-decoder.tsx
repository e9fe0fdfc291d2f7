/**
 * The symptom decoder form: a status code and the body (or the whole `curl -i` output) seen after
 * deploying -> the likely causes in this config, most likely first, with rule IDs, fixes and the
 * config's own findings for those rules.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { decodeSymptom, type LikelyCause, type SymptomVia } from '../../core/diagnose/symptoms';

type Result = { ok: true; causes: LikelyCause[] } | { ok: false; message: string } | null;

/** Reads the form into a symptom, or says what to fix in the form. */
function readForm(status: string, via: string): { status: number; via: SymptomVia | undefined } | string {
  const code = Number(status.trim());
  if (!/^\d{3}$/.test(status.trim()) || code < 100 || code > 599) return 'Enter the HTTP status code you got, a number from 100 to 599 (for example 403).';
  return { status: code, via: via === 'cloudfront' || via === 'direct' ? via : undefined };
}

export function SymptomDecoder({ config }: { config: ApifrontConfig }) {
  const uid = useId();
  const [status, setStatus] = useState('');
  const [body, setBody] = useState('');
  const [via, setVia] = useState('');
  const [path, setPath] = useState('');
  const [result, setResult] = useState<Result>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readForm(status, via);
    if (typeof read === 'string') {
      setResult({ ok: false, message: read });
      return;
    }
    const trimmedPath = path.trim();
    const causes = decodeSymptom(config, {
      status: read.status,
      body,
      ...(read.via ? { via: read.via } : {}),
      ...(trimmedPath ? { path: trimmedPath } : {}),
    });
    setResult({ ok: true, causes });
  };

  return (
    <section className="section decoder" aria-labelledby={`${uid}-title`}>
      <h3 className="section__title" id={`${uid}-title`}>
        Symptom decoder
      </h3>
      <p className="field__help">Got an unexpected answer? Paste it here for the likely causes in this configuration.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-status`}>
            Status code
          </label>
          <input
            id={`${uid}-status`}
            className="input"
            inputMode="numeric"
            autoComplete="off"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            aria-invalid={result?.ok === false || undefined}
            aria-describedby={result?.ok === false ? `${uid}-error` : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-body`}>
            Response body (or the whole curl -i output)
          </label>
          <textarea id={`${uid}-body`} className="input" rows={4} value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-via`}>
            Request went
          </label>
          <select id={`${uid}-via`} className="input" value={via} onChange={(e) => setVia(e.target.value)}>
            <option value="">not sure</option>
            <option value="cloudfront">through CloudFront</option>
            <option value="direct">straight to the API</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-path`}>
            Path or URL (optional)
          </label>
          <input id={`${uid}-path`} className="input" placeholder="/api/users" autoComplete="off" value={path} onChange={(e) => setPath(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--primary">
          Find likely causes
        </button>
      </form>
      <div role="status" aria-live="polite" className="decoder__result">
        {result?.ok === false && (
          <p id={`${uid}-error`} className="finding finding--error">
            {result.message}
          </p>
        )}
        {result?.ok === true && <CauseList causes={result.causes} />}
      </div>
    </section>
  );
}

function CauseList({ causes }: { causes: readonly LikelyCause[] }) {
  if (causes.length === 0) return <p>No known cause matches; compare with the same request straight to the API.</p>;
  return (
    <>
      <h4>Likely causes, most likely first</h4>
      <ol className="cause-list">
        {causes.map((c, i) => (
          <li key={i} className="cause">
            {c.ruleId && <span className="tag finding__rule">{c.ruleId}</span>} {c.cause}
            {c.fix && (
              <p className="cause__fix">
                <strong>Fix:</strong> {c.fix}
              </p>
            )}
            {c.findings && c.findings.length > 0 && (
              <ul className="plain-list">
                {c.findings.map((f, n) => (
                  <li key={n} className={`finding finding--${f.severity}`}>
                    <span className="finding__rule">{f.rule}</span> {f.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
