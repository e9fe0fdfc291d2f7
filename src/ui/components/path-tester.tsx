import { memo, useId, useState } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { HTTP_METHODS, parseCurl, sampleRequests, traceUrl, type Answer, type RoutingStep, type SampleRequest, type Trace } from '../../core/request';
import { useNavigation } from '../state/navigation';

interface Sample extends SampleRequest {
  /** `Name: value` lines. */
  headers: string;
  /** A curl command that could not be read, with why. */
  curlError?: string;
}

function statusText(answer: Answer): string {
  return Array.isArray(answer.status) ? answer.status.join(' or ') : String(answer.status);
}

function tone(trace: Trace): 'ok' | 'error' | 'info' {
  if (trace.answer.certainty === 'either') return 'info';
  const status = Array.isArray(trace.answer.status) ? trace.answer.status[0] ?? 0 : trace.answer.status;
  return status >= 400 ? 'error' : trace.answer.by === 'origin' ? 'info' : 'ok';
}

function HeaderList({ headers }: { headers: Record<string, string> }) {
  return (
    <ul className="tester__headers">
      {Object.entries(headers).map(([name, value]) => (
        <li key={name}>
          <code>
            {name}: {value}
          </code>
        </li>
      ))}
    </ul>
  );
}

function Details({ trace }: { trace: Trace }) {
  const o = trace.originRequest;
  const dropped = [...o.dropped.headers.map((h) => `header ${h}`), ...o.dropped.queryStrings.map((q) => `query ${q}`), ...o.dropped.cookies.map((c) => `cookie ${c}`)];
  return (
    <details className="details tester__details">
      <summary>Cache and forwarded headers</summary>
      <p>
        <strong>Cache:</strong> {trace.cache.reason}
      </p>
      {trace.rewrite.rewrites && (
        <p>
          <strong>Function:</strong> {trace.rewrite.uriBefore} → {trace.rewrite.uriAfter}
          {trace.rewrite.rewrites.forwardedHost ? ', X-Forwarded-Host set' : ''}
        </p>
      )}
      {trace.behavior.skipped.length > 0 && (
        <p>
          <strong>Not matched first:</strong> {trace.behavior.skipped.join(', ')}
        </p>
      )}
      <p>
        <strong>The origin receives</strong> (Host {o.hostForwarded ? 'forwarded from the viewer' : 'set to the origin domain'}):
      </p>
      <HeaderList headers={o.headers} />
      {dropped.length > 0 && (
        <p>
          <strong>Not sent to the origin:</strong> {dropped.join(', ')}
        </p>
      )}
      {trace.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </details>
  );
}

/** Which custom-domain routing rule answered, or why none did, with the facts behind it. */
function RoutingLine({ routing, originIndex }: { routing: RoutingStep; originIndex: number }) {
  const { focusField } = useNavigation();
  const rule = routing.rule;
  const misses = routing.tried.filter((t) => t.matched !== true);
  return (
    <div className="tester__routing">
      <p>
        <strong>Routing rules ({routing.mode}): </strong>
        {rule ? (
          <>
            <button type="button" className="link-button" onClick={() => focusField(['origins', originIndex, 'api', 'customDomain', 'routingRules', rule.index, 'priority'])}>
              rule {rule.priority}
            </button>{' '}
            → stage <code>{rule.stage}</code> of API <code>{rule.apiId}</code>, path <code>{routing.path}</code>
            {rule.stripped && <span className="tag">base path stripped</span>}
          </>
        ) : routing.outcome === 'api-mapping' ? (
          'no rule matches; the API mapping decides'
        ) : routing.outcome === 'unknown' ? (
          'cannot tell which rule matches'
        ) : (
          'no rule matches: 403 Forbidden'
        )}{' '}
        <span className="tester__facts">(facts {routing.facts.join(', ')})</span>
      </p>
      {misses.length > 0 && (
        <ul className="tester__misses">
          {misses.map((t) => (
            <li key={t.index}>
              Rule {t.priority}: {t.why}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The compact trace: behavior -> upstream URL -> predicted answer; cache and headers one click away. */
const Verdict = memo(function Verdict({ config, sample }: { config: ApifrontConfig; sample: Sample }) {
  const { focusField } = useNavigation();
  if (sample.curlError) return <p className="tester__verdict tester__verdict--error">{sample.curlError}</p>;
  const headers = sample.headers.split('\n').filter((line) => line.trim() !== '');
  const result = traceUrl(config, { url: sample.url, method: sample.method, headers });
  if (!result.ok) return <p className="tester__verdict tester__verdict--error">{result.error}</p>;
  const { trace } = result;
  const b = trace.behavior;
  const label = b.index === null ? 'default behavior (*)' : `behavior ${b.index + 1} (${b.pattern})`;
  return (
    <div className="tester__result">
      <p>
        Matches{' '}
        <button type="button" className="link-button" onClick={() => focusField(b.configPath)}>
          {label}
        </button>{' '}
        → origin <code>{trace.originRequest.originId}</code>
        {trace.rewrite.uriAfter !== trace.rewrite.uriBefore && <span className="tag">prefix stripped</span>}
      </p>
      {trace.reachesOrigin && (
        <p className="tester__upstream">
          Upstream: <code>{trace.originRequest.url}</code>
        </p>
      )}
      {trace.api?.routing && <RoutingLine routing={trace.api.routing} originIndex={config.origins.findIndex((o) => o.id === trace.originRequest.originId)} />}
      <p className={`tester__verdict tester__verdict--${tone(trace)}`}>
        <strong>{statusText(trace.answer)} </strong>
        {trace.answer.reason}
      </p>
      {trace.cache.sharedAcrossUsers && (
        <p className="tester__verdict tester__verdict--error">
          <strong>Shared cache: </strong>
          {trace.cache.reason}
        </p>
      )}
      <Details trace={trace} />
    </div>
  );
});

function fromSamples(config: ApifrontConfig): Sample[] {
  return sampleRequests(config).map((s) => ({ ...s, headers: '' }));
}

/**
 * The path tester: sample viewer requests (a URL, a path or a pasted curl command), each traced through
 * the request model: the behavior CloudFront picks, the exact URL and headers the origin receives, the
 * cache decision and what the API will answer. Memoised and given the deferred config by its step, so a
 * keystroke elsewhere never waits for the traces.
 */
export const PathTester = memo(function PathTester({ config }: { config: ApifrontConfig }) {
  const [samples, setSamples] = useState<Sample[]>(() => fromSamples(config));
  const uid = useId();
  const setSample = (i: number, change: Partial<Sample>) => setSamples((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const setUrl = (i: number, text: string) => {
    if (!/^\s*curl\s/.test(text)) return setSample(i, { url: text, curlError: undefined });
    const parsed = parseCurl(text);
    if (!parsed.ok) return setSample(i, { url: text, curlError: parsed.error });
    const r = parsed.value;
    const headers = Object.entries(r.headers).map(([name, value]) => `${name}: ${value}`);
    setSample(i, { method: r.method, url: `${r.scheme}://${r.host}${r.path}${r.query ? `?${r.query}` : ''}`, headers: headers.join('\n'), curlError: undefined });
  };
  return (
    <section className="section tester" aria-labelledby={`${uid}-title`}>
      <div className="section__head">
        <h2 className="section__title" id={`${uid}-title`}>
          Path tester
        </h2>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setSamples(fromSamples(config))}>
          Refill samples
        </button>
      </div>
      <p className="field__help">
        Where each request goes and what answers it. Enter a URL or a path, or paste a curl command. CloudFront never removes the matched prefix: the whole viewer path follows the origin path.
      </p>
      <ol className="tester__list">
        {samples.map((sample, i) => (
          <li key={i} className="tester__item">
            <div className="tester__inputs">
              <label className="visually-hidden" htmlFor={`${uid}-m-${i}`}>
                Method of sample {i + 1}
              </label>
              <select id={`${uid}-m-${i}`} className="input input--method" value={sample.method} onChange={(e) => setSample(i, { method: e.target.value })}>
                {HTTP_METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
              <label className="visually-hidden" htmlFor={`${uid}-u-${i}`}>
                Viewer URL of sample {i + 1}
              </label>
              <input id={`${uid}-u-${i}`} className="input input--mono" type="text" spellCheck={false} autoComplete="off" value={sample.url} onChange={(e) => setUrl(i, e.target.value)} />
              <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove sample ${i + 1}`} onClick={() => setSamples((list) => list.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
            <details className="details tester__request-headers">
              <summary>Request headers{sample.headers.trim() ? ` (${sample.headers.trim().split('\n').length})` : ''}</summary>
              <label className="field__help" htmlFor={`${uid}-h-${i}`}>
                One per line, such as Authorization: Bearer abc
              </label>
              <textarea id={`${uid}-h-${i}`} className="input input--mono" rows={3} spellCheck={false} value={sample.headers} onChange={(e) => setSample(i, { headers: e.target.value })} />
            </details>
            <Verdict config={config} sample={sample} />
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => setSamples((list) => [...list, { method: 'GET', url: list.at(-1)?.url ?? '/', headers: '' }])}>
        Add sample
      </button>
    </section>
  );
});
