import { useEffect, useId, useState } from 'react';
import type { PresetId } from '../../core/model/presets';
import type { ApiEndpointChoice } from '../../core/model/from-invoke-url';
import type { InvokeUrlInfo, InvokeUrlResult } from '../../core/model/invoke-url';
import { useEngine, useLoadEngine } from '../queries/engine';
import { useWizard } from '../state/use-wizard-config';
import { TemplateCheck } from '../components/template-check';

type InvokeUrlOutcome = InvokeUrlResult;
type EndpointAnswer = ApiEndpointChoice | null;

/** What the config will hold beyond what the URL said, so nothing is filled in silently. */
function outcomeNotes(outcome: InvokeUrlInfo): string[] {
  // The invoke URL alone cannot always tell REST from HTTP: say which one was assumed.
  const assumed = outcome.kind === 'unknown' ? ['It could be a REST or an HTTP API: REST is assumed; change it in step 2 if needed.'] : [];
  return [...outcome.explanation, ...assumed, 'Your domain name and Route 53 hosted zone are left empty: step 1 asks for them before the template can be downloaded.'];
}

/**
 * Shown until the engine (with the presets) has loaded, so the screen never waits or jumps for them.
 * The engine's PRESETS replace them; a click loads the engine first.
 */
const PRESET_PLACEHOLDERS: readonly { id: PresetId; label: string; description: string }[] = [
  { id: 'api-only-rest', label: 'API only - REST API', description: 'One Regional REST API at /prod: all methods, nothing cached, every viewer header but Host forwarded.' },
  { id: 'api-only-http', label: 'API only - HTTP API', description: 'One HTTP API on its $default stage (no origin path): all methods, nothing cached, Host not forwarded.' },
  {
    id: 'site-and-api',
    label: 'Site + API on one domain',
    description:
      'A private S3 bucket (Origin Access Control) serves the web app, with single-page-app deep links; the REST API answers under /api/*, prefix stripped, never cached.',
  },
];

/** First screen: a preset or an invoke URL; slots for a config file and a template check. */
export function StartScreen() {
  // The engine (zod, presets, rules) loads on the first sign of interaction, not during the first paint.
  const [wanted, setWanted] = useState(false);
  const engine = useEngine(wanted);
  const loadEngine = useLoadEngine();
  const { replaceConfig } = useWizard();
  const [url, setUrl] = useState('');
  const [outcome, setOutcome] = useState<InvokeUrlOutcome | null>(null);
  // REST APIs are edge-optimized or Regional and the URL does not say which: the user is asked.
  const [endpoint, setEndpoint] = useState<EndpointAnswer>(null);
  const uid = useId();
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const events = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'scroll'] as const;
    for (const e of events) window.addEventListener(e, want, { once: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, want);
    };
  }, [wanted]);

  const understand = () => {
    void loadEngine().then((loaded) => {
      setEndpoint(null);
      setOutcome(loaded.parseInvokeUrl(url));
    });
  };
  const needsEndpoint = outcome?.ok === true && outcome.kind !== 'http';
  const continueWith = (parsed: InvokeUrlInfo) => {
    void loadEngine().then((loaded) => replaceConfig(loaded.configFromInvokeUrl(parsed, needsEndpoint ? (endpoint ?? 'regional') : 'regional')));
  };
  const choosePreset = (id: PresetId) => {
    void loadEngine().then((loaded) => replaceConfig(loaded.presetConfig(id)));
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
        <p className="muted">Recommended settings: the API never cached, with every viewer header except Host forwarded; a site cached and private.</p>
        <div className="preset-list">
          {(engine?.PRESETS ?? PRESET_PLACEHOLDERS).map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="preset"
              onClick={() => choosePreset(preset.id)}
            >
              <span className="preset__label">{preset.label}</span>
              <span className="preset__desc">{preset.description}</span>
            </button>
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby={`${uid}-url`}>
        <h3 id={`${uid}-url`}>Or paste your API's invoke URL</h3>
        <form
          className="url-form"
          // Our own message is more specific than the browser's "enter a URL" bubble.
          noValidate
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
            <button type="submit" className="btn" disabled={url.trim() === ''}>
              Read URL
            </button>
          </div>
          <div id={`${uid}-url-result`} role="status" aria-live="polite">
            {outcome?.ok === false && <p className="finding finding--error">{outcome.message}</p>}
            {outcome?.ok && (
              <div className="understood">
                <ul className="understood__list">
                  {outcomeNotes(outcome).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {needsEndpoint && (
                  <fieldset className="field radio-group understood__endpoint">
                    <legend className="field__label">Endpoint type of this REST API</legend>
                    <p className="field__help">In the API Gateway console under API settings. New REST APIs are edge-optimized unless Regional was chosen.</p>
                    <div className="radio-group__options">
                    {(
                      [
                        ['regional', 'Regional'],
                        ['edge', 'Edge-optimized'],
                      ] as const
                    ).map(([value, label]) => (
                      <label key={value} className="radio">
                        <input type="radio" name={`${uid}-endpoint`} value={value} checked={endpoint === value} onChange={() => setEndpoint(value)} />
                        {label}
                      </label>
                    ))}
                    </div>
                  </fieldset>
                )}
                <button type="button" className="btn btn--primary" disabled={needsEndpoint && endpoint === null} onClick={() => continueWith(outcome)}>
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
