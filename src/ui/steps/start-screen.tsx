import { useId, useState } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { useEngine, type Engine } from '../queries/engine';
import { useWizard } from '../state/use-wizard-config';
import { TemplateCheck } from '../components/template-check';

type InvokeUrlOutcome = { ok: true; config: ApifrontConfig; explanation: string[] } | { ok: false; message: string };

/** Build a config from a pasted invoke URL: the matching preset with the API's own ID, Region and stage. */
function configFromInvokeUrl(engine: Engine, text: string): InvokeUrlOutcome {
  const parsed = engine.parseInvokeUrl(text);
  if (!parsed.ok) return parsed;
  const config = engine.presetConfig(parsed.kind === 'http' ? 'api-only-http' : 'api-only-rest');
  const origin = config.origins[0];
  if (origin?.type !== 'apigateway') return { ok: false, message: 'The preset has no API origin.' };
  origin.api.id = parsed.apiId;
  origin.api.region = parsed.region;
  origin.api.stage = parsed.stage;
  origin.originPath = parsed.originPath;
  if (parsed.customDomain) {
    origin.api.customDomain = { name: parsed.customDomain.name, regionalDomainName: '', basePath: parsed.customDomain.basePath, endpoint: 'regional', originHost: 'name' };
  }
  // The invoke URL alone cannot always tell REST from HTTP: say which one was assumed.
  const assumed = parsed.kind === 'unknown' ? ['It could be a REST or an HTTP API: REST is assumed; change it in step 2 if needed.'] : [];
  return { ok: true, config, explanation: [...parsed.explanation, ...assumed] };
}

/** First screen: a preset or an invoke URL; slots for a config file and a template check. */
export function StartScreen() {
  const engine = useEngine();
  const { replaceConfig } = useWizard();
  const [url, setUrl] = useState('');
  const [outcome, setOutcome] = useState<InvokeUrlOutcome | null>(null);
  const uid = useId();

  const understand = () => {
    if (!engine) return;
    setOutcome(configFromInvokeUrl(engine, url));
  };

  return (
    <div className="start__inner">
      <h2 className="start__title" id="step-heading" tabIndex={-1}>
        Start
      </h2>
      <p className="lead">
        Put Amazon CloudFront in front of an API Gateway API. Everything runs in this page: nothing is sent anywhere and no AWS credentials are needed.
      </p>
      <section className="card" aria-labelledby={`${uid}-presets`}>
        <h3 id={`${uid}-presets`}>Start from a preset</h3>
        <p className="muted">Recommended settings for one Regional API: all methods, nothing cached, every viewer header except Host forwarded.</p>
        <div className="preset-list">
          {(engine?.PRESETS ?? []).map((preset) => (
            <button key={preset.id} type="button" className="preset" onClick={() => replaceConfig(engine?.presetConfig(preset.id) ?? null)}>
              <span className="preset__label">{preset.label}</span>
              <span className="preset__desc">{preset.description}</span>
            </button>
          ))}
          {!engine && <p role="status">Loading presets…</p>}
        </div>
      </section>
      <section className="card" aria-labelledby={`${uid}-url`}>
        <h3 id={`${uid}-url`}>Or paste your API's invoke URL</h3>
        <form
          className="url-form"
          onSubmit={(e) => {
            e.preventDefault();
            understand();
          }}
        >
          <label htmlFor={`${uid}-url-input`} className="field__label">
            Invoke URL
          </label>
          <p className="field__help" id={`${uid}-url-help`}>
            From the API Gateway console (Stages), for example https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/
          </p>
          <div className="url-form__row">
            <input
              id={`${uid}-url-input`}
              className="input"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${uid}-url-help${outcome ? ` ${uid}-url-result` : ''}`}
              aria-invalid={outcome?.ok === false || undefined}
              value={url}
              onChange={(e) => {
                setUrl(e.target.value);
                setOutcome(null);
              }}
            />
            <button type="submit" className="btn" disabled={!engine || url.trim() === ''}>
              Read URL
            </button>
          </div>
          <div id={`${uid}-url-result`} role="status" aria-live="polite">
            {outcome?.ok === false && <p className="finding finding--error">{outcome.message}</p>}
            {outcome?.ok && (
              <div className="understood">
                <ul className="understood__list">
                  {outcome.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <button type="button" className="btn btn--primary" onClick={() => replaceConfig(outcome.config)}>
                  Continue with this API
                </button>
              </div>
            )}
          </div>
        </form>
      </section>
      {/* slot: "Open a config file" (share engineer) */}
      <TemplateCheck />
    </div>
  );
}
