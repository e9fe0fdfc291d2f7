/**
 * The request model against an independent reading of the template it renders: for random lint-clean
 * configs with varied caching and forwarding, and random viewer requests, what trace() says the origin
 * receives must equal what the test-only interpreter reads from the rendered CloudFormation JSON
 * (behavior, method, URL with origin path and query, every header, Host included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApifrontConfig } from '../model/schema';
import { renderFiles } from '../render';
import { arbitraryConfig, arbitraryLintCleanConfig } from '../testing/arbitrary';
import { interpretTemplate } from '../testing/cfn-interpreter';
import { trace } from './trace';
import type { ViewerRequest } from './viewer-request';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FC_RUNS ?? 500);

const HEADER_POOL = ['authorization', 'x-api-key', 'x-trace', 'origin', 'x-team', 'x-origin-verify', 'x-forwarded-host', 'accept', 'user-agent'] as const;

function viewerRequestFor(config: ApifrontConfig): fc.Arbitrary<ViewerRequest> {
  const prefixes = config.behaviors.map((b) => b.pathPattern.replace(/[*?].*$/, '').replace(/\/$/, ''));
  const path = fc
    .tuple(fc.constantFrom('', ...prefixes), fc.array(fc.constantFrom('users', 'a', 'v1', 'x.json', 'api', 'prod'), { maxLength: 3 }), fc.boolean())
    .map(([prefix, rest, trailing]) => {
      const p = `${prefix}/${rest.join('/')}${trailing && rest.length ? '/' : ''}`;
      return p.startsWith('/') ? p : `/${p}`;
    });
  const query = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'page'), fc.constantFrom('1', 'x', '')), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => (v ? `${k}=${v}` : k)).join('&'));
  const headers = fc.dictionary(fc.constantFrom(...HEADER_POOL), fc.constantFrom('v1', 'Bearer abc', 'spoof'), { maxKeys: 5 });
  const cookies = fc.array(fc.tuple(fc.constantFrom('s', 't', 'u'), fc.constantFrom('1', '2')), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('; '));
  const host = fc.constantFrom(...(config.domain.aliases.length ? config.domain.aliases : ['dxxxxxxxxxxxxx.cloudfront.net']), 'other.example.org');
  return fc.record({ method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'), path, query, headers, cookies, host }).map((r) => ({
    method: r.method,
    scheme: 'https' as const,
    host: r.host,
    path: r.path,
    query: r.query,
    headers: r.cookies ? { ...r.headers, cookie: r.cookies } : r.headers,
  }));
}

function compare(config: ApifrontConfig, request: ViewerRequest): void {
  const traced = trace(config, request);
  if (!traced.ok) throw new Error(traced.error);
  const model = traced.trace;
  const json = renderFiles(config, 'json')[0];
  if (!json) throw new Error('no template');
  const read = interpretTemplate(JSON.parse(json.content), { method: request.method, host: request.host, path: request.path, query: request.query, headers: request.headers });
  expect({ pattern: model.behavior.pattern, methodAllowed: model.methodAllowed, url: model.originRequest.url, headers: model.originRequest.headers }).toEqual({
    pattern: read.pathPattern,
    methodAllowed: read.methodAllowed,
    url: read.url,
    headers: read.headers,
  });
}

describe(`trace() agrees with the rendered template (seed ${SEED})`, () => {
  it(`lint-clean configs, random viewer requests (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryLintCleanConfig().chain((config) => fc.tuple(fc.constant(config), viewerRequestFor(config))), ([config, request]) => compare(config, request)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('any schema-valid config the model can read fully (300 runs)', () => {
    const readable = arbitraryConfig().filter((config) => {
      const origins = new Set(config.origins.map((o) => o.id));
      // Existing policies are unknown to both readings; a missing origin has no template to read.
      return [config.defaultBehavior, ...config.behaviors].every((b) => origins.has(b.originId) && !('policyId' in b.cache) && !(b.originRequest && 'policyId' in b.originRequest));
    });
    fc.assert(
      fc.property(readable.chain((config) => fc.tuple(fc.constant(config), viewerRequestFor(config))), ([config, request]) => compare(config, request)),
      { numRuns: 300, seed: SEED },
    );
  });
});
