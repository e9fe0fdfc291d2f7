/**
 * The request model against an independent reading of the template it renders: for random lint-clean
 * configs with varied caching and forwarding, and random viewer requests, what trace() says the origin
 * receives must equal what the test-only interpreter reads from the rendered CloudFormation JSON
 * (behavior, method, URL with origin path and query, every header, Host included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../model/managed-policies';
import type { AnyBehavior, ApifrontConfig } from '../model/schema';
import { renderFiles } from '../render';
import { arbitraryCleanConfig, arbitraryConfig } from '../testing/arbitrary';
import { interpretTemplate } from '../testing/cfn-interpreter';
import { trace } from './trace';
import type { ViewerRequest } from './viewer-request';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FC_RUNS ?? 500);

type Forwarding = Pick<AnyBehavior, 'cache' | 'originRequest'>;
const none = { behavior: 'none' as const, names: [] };

/** Caching and forwarding settings a careful user may pick; lint decides which survive. */
const FORWARDING: Forwarding[] = [
  { cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'AllViewerExceptHostHeader' } },
  { cache: { policyId: MANAGED_CACHE_POLICIES.CachingDisabled }, originRequest: { policyId: MANAGED_ORIGIN_REQUEST_POLICIES.AllViewerExceptHostHeader } },
  { cache: { policy: 'CachingDisabled' }, originRequest: null },
  { cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'CORS-CustomOrigin' } },
  {
    cache: { policy: 'CachingDisabled' },
    originRequest: { custom: { headers: { behavior: 'whitelist', names: ['X-Trace', 'Origin'] }, cookies: { behavior: 'whitelist', names: ['s'] }, queryStrings: { behavior: 'whitelist', names: ['a'] } } },
  },
  {
    cache: { policy: 'CachingDisabled' },
    originRequest: { custom: { headers: { behavior: 'allExcept', names: ['Host', 'X-Trace'] }, cookies: { behavior: 'allExcept', names: ['t'] }, queryStrings: { behavior: 'allExcept', names: ['b'] } } },
  },
  {
    cache: {
      custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'whitelist', names: ['Authorization'] }, cookies: { behavior: 'all', names: [] }, queryStrings: { behavior: 'allExcept', names: ['b'] }, gzip: false, brotli: false },
    },
    originRequest: { policy: 'AllViewerExceptHostHeader' },
  },
  {
    cache: {
      custom: { minTtl: 0, defaultTtl: 0, maxTtl: 60, headers: { behavior: 'whitelist', names: ['Authorization', 'X-Trace'] }, cookies: none, queryStrings: { behavior: 'whitelist', names: ['a', 'c'] }, gzip: true, brotli: true },
    },
    originRequest: null,
  },
  {
    cache: { legacy: { headers: ['Authorization', 'X-Trace'], queryString: true, queryStringCacheKeys: ['a'], cookies: { forward: 'whitelist', names: ['s'] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } },
    originRequest: null,
  },
];

function withForwarding(config: ApifrontConfig, picks: readonly number[], extras: readonly { forwardedHost: boolean; strip: boolean }[]): ApifrontConfig {
  const next = structuredClone(config);
  [next.defaultBehavior, ...next.behaviors].forEach((b, i) => {
    const f = FORWARDING[(picks[i] ?? 0) % FORWARDING.length] as Forwarding;
    b.cache = structuredClone(f.cache);
    b.originRequest = structuredClone(f.originRequest);
    const extra = extras[i];
    if (extra) {
      b.forwardedHost = extra.forwardedHost;
      if (i > 0) b.stripPrefix = extra.strip;
    }
  });
  const api = next.origins[0];
  if (api?.type === 'apigateway' && picks.length % 3 === 0) api.customHeaders = [{ name: 'X-Team', value: 'payments' }];
  return next;
}

const hasError = (config: ApifrontConfig) => lint(config).some((f) => f.severity === 'error');

const cleanVaried = fc
  .tuple(arbitraryCleanConfig(), fc.array(fc.nat(FORWARDING.length - 1), { minLength: 5, maxLength: 5 }), fc.array(fc.record({ forwardedHost: fc.boolean(), strip: fc.boolean() }), { minLength: 5, maxLength: 5 }))
  .map(([config, picks, extras]) => withForwarding(config, picks, extras))
  .filter((config) => !hasError(config));

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
      fc.property(cleanVaried.chain((config) => fc.tuple(fc.constant(config), viewerRequestFor(config))), ([config, request]) => compare(config, request)),
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
