/**
 * The request model against an independent reading of the template it renders: for random lint-clean
 * configs with varied caching and forwarding, and random viewer requests, what trace() says the origin
 * receives must equal what the test-only interpreter reads from the rendered CloudFormation JSON
 * (behavior, method, URL with origin path and query, every header, Host included).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiGatewayOrigin, ApifrontConfig, CustomDomain } from '../model/schema';
import { renderFiles } from '../render';
import { arbitraryConfig, arbitraryLintCleanConfig } from '../testing/arbitrary';
import { interpretDomain, interpretTemplate, type InterpretedDomain } from '../testing/cfn-interpreter';
import { trace } from './trace';
import type { Trace } from './types';
import type { ViewerRequest } from './viewer-request';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FC_RUNS ?? 500);

const HEADER_POOL = ['authorization', 'x-api-key', 'x-trace', 'origin', 'x-team', 'x-origin-verify', 'x-forwarded-host', 'accept', 'user-agent', 'x-version'] as const;

function viewerRequestFor(config: ApifrontConfig): fc.Arbitrary<ViewerRequest> {
  const prefixes = config.behaviors.map((b) => b.pathPattern.replace(/[*?].*$/, '').replace(/\/$/, ''));
  const path = fc
    .tuple(fc.constantFrom('', ...prefixes), fc.array(fc.constantFrom('users', 'a', 'v1', 'x.json', 'api', 'prod'), { maxLength: 3 }), fc.boolean())
    .map(([prefix, rest, trailing]) => {
      const p = `${prefix}/${rest.join('/')}${trailing && rest.length ? '/' : ''}`;
      return p.startsWith('/') ? p : `/${p}`;
    });
  const query = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'page'), fc.constantFrom('1', 'x', '')), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => (v ? `${k}=${v}` : k)).join('&'));
  const headers = fc.dictionary(fc.constantFrom(...HEADER_POOL), fc.constantFrom('v1', 'Bearer abc', 'spoof', 'beta'), { maxKeys: 5 });
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

/** How many comparisons went through a custom domain, and through a routing rule: the property must not be vacuous. */
const counts = { domains: 0, rules: 0 };

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
  if (compareDomain(config, model, read)) {
    counts.domains++;
    if (model.api?.routing?.outcome === 'rule') counts.rules++;
  }
}

/** The custom domain in CloudFormation's own terms (DomainName RoutingMode, ApiGatewayV2 RoutingRule, BasePathMapping): a renaming, no routing logic. */
function domainResources(origin: ApiGatewayOrigin, cd: CustomDomain): InterpretedDomain {
  const trim = (p: string) => p.replace(/^\/+|\/+$/g, '');
  const modes = { API_MAPPING_ONLY: 'BASE_PATH_MAPPING_ONLY', ROUTING_RULE_THEN_API_MAPPING: 'ROUTING_RULE_THEN_BASE_PATH_MAPPING', ROUTING_RULE_ONLY: 'ROUTING_RULE_ONLY' } as const;
  return {
    DomainName: cd.name,
    ...(cd.endpointAccessMode ? { EndpointAccessMode: cd.endpointAccessMode } : {}),
    RoutingMode: modes[cd.routingMode ?? 'API_MAPPING_ONLY'],
    RoutingRules: (cd.routingRules ?? []).map((r) => ({
      Priority: r.priority,
      Conditions: [
        ...r.headers.map((h) => ({ MatchHeaders: { AnyOf: [{ Header: h.name, ValueGlob: h.valueGlob }] } })),
        ...(r.basePath && trim(r.basePath) ? [{ MatchBasePaths: { AnyOf: [trim(r.basePath)] } }] : []),
      ],
      Actions: [{ InvokeApi: { ApiId: r.target.apiId, Stage: r.target.stage, ...(r.stripBasePath === undefined ? {} : { StripBasePath: r.stripBasePath }) } }],
    })),
    BasePathMappings: [{ BasePath: trim(cd.basePath) || '(none)', RestApiId: origin.api.id, Stage: origin.api.stage }],
  };
}

/** Which API stage and path the custom domain sends the request to: trace() against interpretDomain(). */
function compareDomain(config: ApifrontConfig, model: Trace, read: { path: string; headers: Record<string, string>; originDomain: string }): boolean {
  const origin = config.origins.find((o) => o.id === model.originRequest.originId);
  if (origin?.type !== 'apigateway' || !origin.api.customDomain || !model.reachesOrigin) return false;
  // A condition on a secret header value is undecidable by design; the trace says so.
  if (model.api?.routing?.outcome === 'unknown') return false;
  const expected = interpretDomain(domainResources(origin, origin.api.customDomain), read);
  const api = model.api;
  const traced = api?.path !== undefined ? { reached: true, apiId: api.apiId, stage: api.stage, path: api.path } : { reached: false };
  expect(traced).toEqual(expected);
  return true;
}

describe(`trace() agrees with the rendered template (seed ${SEED})`, () => {
  beforeEach(() => {
    counts.domains = 0;
    counts.rules = 0;
  });

  it(`lint-clean configs, random viewer requests (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryLintCleanConfig().chain((config) => fc.tuple(fc.constant(config), viewerRequestFor(config))), ([config, request]) => compare(config, request)),
      { numRuns: RUNS, seed: SEED },
    );
    expect(counts.rules).toBeGreaterThan(RUNS / 50);
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
    expect(counts.domains).toBeGreaterThan(30);
  });
});
