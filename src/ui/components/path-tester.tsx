import { useDeferredValue, useId, useState } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { route, type RouteResult } from '../../core/paths/route';
import { sampleRequests, type SampleRequest } from '../state/sample-urls';
import { useNavigation } from '../state/navigation';

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function Verdict({ result }: { result: RouteResult }) {
  const { focusField } = useNavigation();
  if (!result.ok) return <p className="tester__verdict tester__verdict--error">{result.message}</p>;
  const label = result.behaviorIndex === null ? 'default behavior (*)' : `behavior ${result.behaviorIndex + 1} (${result.pattern})`;
  const api = result.api;
  let verdict: { tone: 'ok' | 'error' | 'info'; text: string };
  if (!result.methodAllowed) verdict = { tone: 'error', text: 'CloudFront answers 403 itself: this behavior does not allow the method.' };
  else if (!api) verdict = { tone: 'info', text: `Served by origin ${result.originId}.` };
  else if (api.outcome === 'ok') verdict = { tone: 'ok', text: api.explanation };
  else if (api.outcome === 'unknown') verdict = { tone: 'info', text: api.explanation };
  else verdict = { tone: 'error', text: api.explanation };
  return (
    <div className="tester__result">
      <p>
        Matches{' '}
        <button type="button" className="link-button" onClick={() => focusField(result.behaviorPath)}>
          {label}
        </button>{' '}
        → origin <code>{result.originId}</code>
        {result.prefixStripped && <span className="tag">prefix stripped</span>}
      </p>
      <p className="tester__upstream">
        Upstream: <code>{result.upstreamUrl}</code>
      </p>
      <p className={`tester__verdict tester__verdict--${verdict.tone}`}>
        {api?.expectedStatus !== undefined && api.outcome !== 'ok' && <strong>{api.expectedStatus} </strong>}
        {verdict.text}
      </p>
    </div>
  );
}

/**
 * The path tester: sample viewer requests, each with the behavior CloudFront picks, the exact URL the
 * origin receives and, with the API's routes known, what the API will answer. Uses the deferred config
 * so typing elsewhere stays smooth.
 */
export function PathTester({ config }: { config: ApifrontConfig }) {
  const deferred = useDeferredValue(config);
  const [samples, setSamples] = useState<SampleRequest[]>(() => sampleRequests(config));
  const uid = useId();
  const setSample = (i: number, change: Partial<SampleRequest>) => setSamples((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <section className="section tester" aria-labelledby={`${uid}-title`}>
      <div className="section__head">
        <h2 className="section__title" id={`${uid}-title`}>
          Path tester
        </h2>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setSamples(sampleRequests(config))}>
          Refill samples
        </button>
      </div>
      <p className="field__help">Where each request goes. CloudFront never removes the matched prefix: the whole viewer path follows the origin path.</p>
      <ol className="tester__list">
        {samples.map((sample, i) => (
          <li key={i} className="tester__item">
            <div className="tester__inputs">
              <label className="visually-hidden" htmlFor={`${uid}-m-${i}`}>
                Method of sample {i + 1}
              </label>
              <select id={`${uid}-m-${i}`} className="input input--method" value={sample.method} onChange={(e) => setSample(i, { method: e.target.value })}>
                {METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
              <label className="visually-hidden" htmlFor={`${uid}-u-${i}`}>
                Viewer URL of sample {i + 1}
              </label>
              <input id={`${uid}-u-${i}`} className="input input--mono" type="text" spellCheck={false} autoComplete="off" value={sample.url} onChange={(e) => setSample(i, { url: e.target.value })} />
              <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove sample ${i + 1}`} onClick={() => setSamples((list) => list.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
            <Verdict result={route(deferred, sample.url, sample.method)} />
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => setSamples((list) => [...list, { method: 'GET', url: list.at(-1)?.url ?? '/' }])}>
        Add sample
      </button>
    </section>
  );
}
