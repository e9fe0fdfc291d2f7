import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { MANAGED_ORIGIN_REQUEST_POLICIES } from '../model/managed-policies';
import type { ApiGatewayOrigin, ApifrontConfig, CustomDomain, RoutingRule } from '../model/schema';
import { firstMatch } from '../paths/match';
import { deriveSettings } from '../render/settings';
import { buildConfig } from '../testing/build-config';
import { parseCurl, requestFor, traceUrl, traceVia, viewerPathFor, type Trace } from './index';

const REST_HOST = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com';
const HTTP_HOST = 'https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com';

function apiOrigin(config: ApifrontConfig): ApiGatewayOrigin {
  const o = config.origins[0];
  if (o?.type !== 'apigateway') throw new Error('preset has an API origin first');
  return o;
}

function t(config: ApifrontConfig, url: string, method = 'GET', headers: string[] = []): Trace {
  const r = traceUrl(config, { url, method, headers });
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

/** REST preset plus an `/api/*` behavior and a static-site S3 origin. */
const mixed = buildConfig((c) => {
  c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets-bucket.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
  c.behaviors = [
    { ...c.defaultBehavior, pathPattern: '/api/*' },
    { ...c.defaultBehavior, pathPattern: '/static/*', originId: 'assets', methods: 'get-head' },
  ];
});

describe('trace: behavior and origin request', () => {
  it('prepends the origin path and never strips the pattern (fact 33)', () => {
    const r = t(mixed, 'https://api.example.com/api/users?limit=5#top');
    expect(r.behavior).toMatchObject({ index: 0, configPath: ['behaviors', 0], pattern: '/api/*', skipped: [] });
    expect(r.originRequest.url).toBe(`${REST_HOST}/prod/api/users?limit=5`);
    expect(r.rewrite.rewrites).toBeNull();
    expect(r.originRequest.originType).toBe('apigateway');
  });

  it('falls back to the default behavior and says which patterns it tried', () => {
    const r = t(mixed, '/api');
    expect(r.behavior).toMatchObject({ index: null, configPath: ['defaultBehavior'], pattern: '*', skipped: ['/api/*', '/static/*'] });
    expect(r.originRequest.url).toBe(`${REST_HOST}/prod/api`);
  });

  it('CloudFront refuses a method the behavior does not allow, before the origin (facts 20, 21)', () => {
    const r = t(mixed, '/static/app.js', 'post');
    expect(r.originRequest.originId).toBe('assets');
    expect(r.originRequest.url).toBe('https://assets-bucket.s3.eu-west-1.amazonaws.com/static/app.js');
    expect(r.methodAllowed).toBe(false);
    expect(r.reachesOrigin).toBe(false);
    expect(r.answer).toMatchObject({ status: 403, by: 'cloudfront', certainty: 'sure' });
    expect(r.api).toBeUndefined();
    expect(t(mixed, '/static/app.js', 'HEAD').methodAllowed).toBe(true);
  });

  it('plain HTTP gets the viewer protocol answer (fact 32)', () => {
    expect(t(mixed, 'http://api.example.com/api/x').answer).toMatchObject({ status: 301, by: 'cloudfront' });
  });

  it('removes the literal prefix when stripPrefix is on', () => {
    const config = structuredClone(mixed);
    const b = config.behaviors[0];
    if (b) b.stripPrefix = true;
    const r = t(config, '/api/users');
    expect(r.originRequest.url).toBe(`${REST_HOST}/prod/users`);
    expect(r.rewrite).toMatchObject({ uriBefore: '/api/users', uriAfter: '/users', rewrites: { stripPrefix: '/api' } });
  });

  it('uses a custom domain and its base path instead of the stage (fact 67)', () => {
    const config = buildConfig((c) => {
      const o = apiOrigin(c);
      o.api.customDomain = { name: 'origin.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', basePath: 'v1', endpoint: 'regional', originHost: 'name' };
      o.api.routes = [{ method: 'GET', path: '/users' }];
    });
    const r = t(config, '/users');
    expect(r.originRequest.url).toBe('https://origin.example.com/v1/users');
    expect(r.originRequest.headers.host).toBe('origin.example.com');
    expect(r.api).toMatchObject({ path: '/users', route: { method: 'GET', path: '/users' } });
    expect(r.answer).toMatchObject({ status: 200, certainty: 'likely' });
  });

  it.each(['', '   ', 'api/users', 'ftp://host/x', 'wss://x.execute-api.eu-west-1.amazonaws.com/prod', '/a b', 'https:///x'])('rejects %j with a clear message', (input) => {
    const r = traceUrl(mixed, { url: input });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(15);
  });

  it('takes the Host from the URL, else the first alias', () => {
    expect(t(mixed, 'https://other.example.org/x').request.host).toBe('other.example.org');
    expect(t(mixed, '/x').request.host).toBe(mixed.domain.aliases[0]);
  });
});

describe('trace: headers, query strings and cookies that reach the API', () => {
  it('AllViewerExceptHostHeader: every viewer header but Host; Host is the origin domain (facts 6, 7, 53)', () => {
    const r = t(mixed, '/api/x?a=1&b=2', 'GET', ['Authorization: Bearer t', 'X-Trace: 1', 'Cookie: s=1; t=2']);
    expect(r.originRequest.headers).toEqual({
      host: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      authorization: 'Bearer t',
      'x-trace': '1',
      cookie: 's=1; t=2',
    });
    expect(r.originRequest.query).toBe('a=1&b=2');
    expect(r.originRequest.hostForwarded).toBe(false);
  });

  it('CachingDisabled without an origin request policy sends nothing of the viewer (fact 44)', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.originRequest = null;
    });
    const r = t(config, '/x?a=1', 'GET', ['Authorization: Bearer t', 'Cookie: s=1']);
    expect(r.originRequest.headers).toEqual({ host: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com' });
    expect(r.originRequest.query).toBe('');
    expect(r.originRequest.dropped).toEqual({ headers: ['authorization'], queryStrings: ['a'], cookies: ['s'] });
  });

  it('a whitelist forwards only the named query strings, in the viewer order', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'whitelist', names: ['b', 'a'] } } };
    });
    expect(t(config, '/x?a=1&c=3&b=2').originRequest.query).toBe('a=1&b=2');
  });

  it('origin custom headers overwrite viewer headers; the verify secret is never shown (facts 85, 86)', () => {
    const config = buildConfig((c) => {
      const o = apiOrigin(c);
      o.customHeaders = [{ name: 'X-Team', value: 'payments' }];
      o.verifyHeader = { name: 'X-Origin-Verify' };
    });
    const r = t(config, '/x', 'GET', ['X-Team: spoofed', 'X-Origin-Verify: guess']);
    expect(r.originRequest.headers['x-team']).toBe('payments');
    expect(r.originRequest.headers['x-origin-verify']).toBe('<secret>');
  });

  it('forwarded host: the function copies Host into X-Forwarded-Host, and the policy forwards it (fact 90)', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.forwardedHost = true;
    });
    const r = t(config, 'https://api.example.com/x');
    expect(r.rewrite.addedHeaders).toEqual({ 'x-forwarded-host': 'api.example.com' });
    expect(r.originRequest.headers['x-forwarded-host']).toBe('api.example.com');
  });

  it('legacy ForwardedValues: QueryString true forwards every query string, whatever the cache keys (fact 61)', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: ['a'], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      c.defaultBehavior.originRequest = null;
    });
    expect(t(config, '/x?a=1&b=2').originRequest.query).toBe('a=1&b=2');
  });
});

describe('trace: the predicted answer', () => {
  const rest = buildConfig((c) => {
    apiOrigin(c).api.routes = [
      { method: 'GET', path: '/users' },
      { method: 'GET', path: '/users/{id}' },
      { method: 'POST', path: '/users' },
      { method: 'ANY', path: '/files/{proxy+}' },
    ];
  });

  it('matches literal, parameter and greedy routes', () => {
    expect(t(rest, '/users').api?.route).toEqual({ method: 'GET', path: '/users' });
    expect(t(rest, '/users/42').api?.route?.path).toBe('/users/{id}');
    expect(t(rest, '/users', 'POST').api?.route).toEqual({ method: 'POST', path: '/users' });
    expect(t(rest, '/files/a/b/c.txt', 'DELETE').api?.route?.path).toBe('/files/{proxy+}');
  });

  it('REST: a missing route or method is 403 Missing Authentication Token (fact 66)', () => {
    expect(t(rest, '/orders').answer).toMatchObject({ status: 403, body: '{"message":"Missing Authentication Token"}', certainty: 'sure' });
    expect(t(rest, '/users/42', 'DELETE').answer.status).toBe(403);
    expect(t(rest, '/files').answer.status).toBe(403); // {proxy+} needs a segment
  });

  it('REST: an origin path without the stage is "403 Forbidden or Missing Authentication Token", never one for sure', () => {
    const config = structuredClone(rest);
    apiOrigin(config).originPath = '';
    const r = t(config, '/users');
    expect(r.originRequest.url).toBe(`${REST_HOST}/users`);
    expect(r.answer.status).toBe(403);
    expect(r.answer.reason).toContain('Forbidden or Missing Authentication Token');
    expect(r.answer.reason).toContain('/prod');
    expect(r.answer.ruleId).toBe('AF202');
    // ...unless the viewer path itself carries the stage
    expect(t(config, '/prod/users').api?.route?.path).toBe('/users');
  });

  it('HTTP API: $default stage has no stage segment and misses are 404 Not Found (facts 64, 65)', () => {
    const http = buildConfig((c) => {
      apiOrigin(c).api.routes = [{ method: 'GET', path: '/items' }];
    }, 'api-only-http');
    const hit = t(http, '/items');
    expect(hit.originRequest.url).toBe(`${HTTP_HOST}/items`);
    expect(hit.answer.status).toBe(200);
    expect(t(http, '/nope').answer).toMatchObject({ status: 404, body: '{"message":"Not Found"}' });
  });

  it('HTTP API $default route catches everything', () => {
    const http = buildConfig((c) => {
      apiOrigin(c).api.routes = [{ method: 'GET', path: '/items' }, { method: 'ANY', path: '$default' }];
    }, 'api-only-http');
    expect(t(http, '/items').api?.route?.path).toBe('/items');
    expect(t(http, '/other', 'PUT').api?.route?.path).toBe('$default');
  });

  it('unknown routes: could be either, with the path API Gateway sees', () => {
    const r = t(buildConfig(), '/users/7');
    expect(r.api).toMatchObject({ routesKnown: false, path: '/users/7' });
    expect(r.answer).toMatchObject({ status: [200, 403], certainty: 'either' });
  });

  it('a credential the API needs but CloudFront drops is 401 (facts 44, 46)', () => {
    const config = buildConfig((c) => {
      apiOrigin(c).api.auth = 'jwt';
      c.defaultBehavior.originRequest = null;
    });
    expect(t(config, '/x', 'GET', ['Authorization: Bearer t']).answer).toMatchObject({ status: 401, ruleId: 'AF405' });
  });
});

describe('trace: custom-domain routing rules (facts 171, 172, 187-190)', () => {
  const V2 = { apiId: 'z9y8x7w6v5', stage: 'v2' };
  const SAME = { apiId: 'a1b2c3d4e5', stage: 'beta' };
  /** The REST preset behind custom domain origin.example.com (no base path), AllViewerExceptHostHeader. */
  const routed = (mode: CustomDomain['routingMode'], rules: RoutingRule[], mutate?: (c: ApifrontConfig) => void) =>
    buildConfig((c) => {
      const o = apiOrigin(c);
      o.api.customDomain = { name: 'origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name', routingMode: mode, routingRules: rules };
      o.api.routes = [{ method: 'GET', path: '/users' }, { method: 'GET', path: '/v2/users' }];
      mutate?.(c);
    });
  const header = (priority: number, name: string, valueGlob: string, target = V2): RoutingRule => ({ priority, headers: [{ name, valueGlob }], target });

  it('a header condition matches the forwarded header, name case-insensitive, glob case-sensitive', () => {
    const config = routed('ROUTING_RULE_THEN_API_MAPPING', [header(10, 'X-Version', 'beta*')]);
    const hit = t(config, '/users', 'GET', ['x-version: beta-2']);
    expect(hit.api?.routing).toMatchObject({ outcome: 'rule', rule: { priority: 10, apiId: 'z9y8x7w6v5', stage: 'v2', stripped: false }, path: '/users' });
    expect(hit.api).toMatchObject({ kind: 'rest', apiId: 'z9y8x7w6v5', stage: 'v2', path: '/users' });
    // Another API: its routes are unknown, so either answer.
    expect(hit.answer).toMatchObject({ status: [200, 403], certainty: 'either' });
    expect(hit.answer.facts).toEqual(expect.arrayContaining([171, 187]));
    const miss = t(config, '/users', 'GET', ['x-version: Beta-2']);
    expect(miss.api?.routing).toMatchObject({ outcome: 'api-mapping', tried: [{ priority: 10, matched: false, why: 'X-Version: Beta-2 does not match beta*' }] });
    expect(miss.api).toMatchObject({ apiId: 'a1b2c3d4e5', stage: 'prod', route: { method: 'GET', path: '/users' } });
    expect(miss.answer).toMatchObject({ status: 200, certainty: 'likely' });
  });

  it.each([
    ['*', 'anything', true],
    ['*json', 'application/json', true],
    ['*json', 'application/json,text/xml', false],
    ['*json*', 'application/json,text/xml', true],
    ['a*', 'alpha', true],
    ['a*', 'beta', false],
    ['*a', 'beta', true],
    ['v2', 'v2', true],
    ['v2', 'V2', false],
  ])('glob %j against %j: %s (fact 187)', (glob, value, expected) => {
    const config = routed('ROUTING_RULE_ONLY', [header(1, 'accept', glob)]);
    expect(t(config, '/users', 'GET', [`Accept: ${value}`]).api?.routing?.outcome).toBe(expected ? 'rule' : 'no-match');
  });

  it('a header CloudFront does not forward never matches (fact 172), and the trace says why', () => {
    const config = routed('ROUTING_RULE_ONLY', [header(10, 'x-version', 'v2')], (c) => {
      c.defaultBehavior.originRequest = { policy: 'CORS-CustomOrigin' };
    });
    const r = t(config, '/users', 'GET', ['X-Version: v2']);
    expect(r.originRequest.dropped.headers).toContain('x-version');
    expect(r.api?.routing).toMatchObject({ outcome: 'no-match', tried: [{ priority: 10, matched: false, why: 'CloudFront does not forward the x-version header' }] });
    expect(r.answer).toMatchObject({ status: 403, by: 'api-gateway', certainty: 'sure', ruleId: 'AF219' });
    expect(r.answer.facts).toContain(189);
  });

  it('two header conditions are ANDed', () => {
    const config = routed('ROUTING_RULE_ONLY', [{ priority: 5, headers: [{ name: 'x-version', valueGlob: '*a*' }, { name: 'x-team', valueGlob: 'pay*' }], target: SAME }]);
    expect(t(config, '/users', 'GET', ['x-version: alpha', 'x-team: payments']).api?.routing?.outcome).toBe('rule');
    expect(t(config, '/users', 'GET', ['x-version: alpha']).api?.routing).toMatchObject({ outcome: 'no-match', tried: [{ why: 'the request has no x-team header' }] });
  });

  it('a base-path condition matches whole leading segments; strip removes it, no strip keeps it (fact 188)', () => {
    const rule = (stripBasePath: boolean): RoutingRule => ({ priority: 1, headers: [], basePath: '/v2/', stripBasePath, target: SAME });
    const stripped = t(routed('ROUTING_RULE_ONLY', [rule(true)]), '/v2/users');
    expect(stripped.api?.routing).toMatchObject({ outcome: 'rule', rule: { stripped: true }, path: '/users' });
    expect(stripped.api).toMatchObject({ apiId: 'a1b2c3d4e5', stage: 'beta', path: '/users', route: { path: '/users' } });
    expect(stripped.answer).toMatchObject({ status: 200, certainty: 'likely' });
    const kept = t(routed('ROUTING_RULE_ONLY', [rule(false)]), '/v2/users');
    expect(kept.api).toMatchObject({ stage: 'beta', path: '/v2/users', route: { path: '/v2/users' } });
    expect(t(routed('ROUTING_RULE_ONLY', [rule(true)]), '/v2').api?.path).toBe('/');
    // Not a whole segment, and case-sensitive: no match.
    expect(t(routed('ROUTING_RULE_ONLY', [rule(true)]), '/v2x/users').api?.routing?.outcome).toBe('no-match');
    expect(t(routed('ROUTING_RULE_ONLY', [rule(true)]), '/V2/users').api?.routing?.outcome).toBe('no-match');
  });

  it('the base path is tested on the path CloudFront sends, origin path included (fact 190)', () => {
    const config = routed('ROUTING_RULE_ONLY', [{ priority: 1, headers: [], basePath: 'v2', stripBasePath: true, target: SAME }], (c) => {
      apiOrigin(c).originPath = '/v2';
    });
    const r = t(config, '/users');
    expect(r.originRequest.path).toBe('/v2/users');
    expect(r.api).toMatchObject({ path: '/users', route: { path: '/users' } });
  });

  it('rules are tried by ascending priority, whatever their order in the config; the first match wins (fact 189)', () => {
    const config = routed('ROUTING_RULE_ONLY', [header(50, 'x-version', '*'), header(10, 'x-version', 'v*', SAME), { priority: 100, headers: [], target: V2 }]);
    const r = t(config, '/users', 'GET', ['x-version: v1']);
    expect(r.api?.routing).toMatchObject({ outcome: 'rule', rule: { priority: 10, index: 1 }, tried: [{ priority: 10, matched: true }] });
    const second = t(config, '/users', 'GET', ['x-version: other']);
    expect(second.api?.routing?.tried.map((x) => [x.priority, x.matched])).toEqual([[10, false], [50, true]]);
    // No header at all: the catch-all rule without conditions.
    expect(t(config, '/users').api?.routing).toMatchObject({ rule: { priority: 100 } });
    expect(t(config, '/users').api?.routing?.reason).toContain('catch-all');
  });

  it('ROUTING_RULE_THEN_API_MAPPING falls back to the API mapping and its base path', () => {
    const config = routed('ROUTING_RULE_THEN_API_MAPPING', [header(10, 'x-version', 'v2')], (c) => {
      const cd = apiOrigin(c).api.customDomain;
      if (cd) cd.basePath = 'v1';
    });
    const r = t(config, '/users');
    expect(r.originRequest.path).toBe('/v1/users');
    expect(r.api).toMatchObject({ apiId: 'a1b2c3d4e5', stage: 'prod', path: '/users', routing: { outcome: 'api-mapping' } });
    expect(r.answer.status).toBe(200);
    // The origin path drops the mapping's base path: neither a rule nor the mapping takes it.
    const off = structuredClone(config);
    apiOrigin(off).originPath = '';
    const refused = t(off, '/users');
    expect(refused.answer).toMatchObject({ status: 403, ruleId: 'AF202' });
    expect(refused.answer.reason).toContain('falls back to the API mapping');
  });

  it('ROUTING_RULE_ONLY with no matching rule: 403 Forbidden, documented without a body (fact 189)', () => {
    const r = t(routed('ROUTING_RULE_ONLY', [header(10, 'x-version', 'v2')]), '/users');
    expect(r.api?.routing).toMatchObject({ mode: 'ROUTING_RULE_ONLY', outcome: 'no-match' });
    expect(r.answer).toMatchObject({ status: 403, by: 'api-gateway', certainty: 'sure' });
    expect(r.answer.body).toBeUndefined();
    expect(r.answer.ruleId).toBeUndefined(); // the header is forwarded; the request just lacks it
    expect(t(routed('ROUTING_RULE_ONLY', []), '/users').answer.reason).toContain('no routing rules');
  });

  it('API_MAPPING_ONLY ignores the rules, and the trace notes it', () => {
    const r = t(routed('API_MAPPING_ONLY', [header(10, 'x-version', '*', V2)]), '/users', 'GET', ['x-version: v2']);
    expect(r.api?.routing).toBeUndefined();
    expect(r.api).toMatchObject({ apiId: 'a1b2c3d4e5', stage: 'prod' });
    expect(r.notes.join(' ')).toContain('API_MAPPING_ONLY');
  });

  it('a Host condition sees the Host CloudFront sends, not the viewer alias (fact 190)', () => {
    const config = routed('ROUTING_RULE_ONLY', [header(10, 'Host', 'api.example.com', SAME), header(20, 'Host', 'origin.example.com', V2)]);
    expect(t(config, 'https://api.example.com/users').api?.routing?.rule?.priority).toBe(20);
  });

  it('STRICT endpoint access mode refuses a request through the Regional target, even with Host forwarded (fact 173)', () => {
    const config = buildConfig((c) => {
      c.domain.aliases = ['origin.example.com'];
      const o = apiOrigin(c);
      o.api.customDomain = { name: 'origin.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName', endpointAccessMode: 'STRICT' };
      c.defaultBehavior.originRequest = { policy: 'AllViewer' };
    });
    const r = t(config, 'https://origin.example.com/users');
    expect(r.answer).toMatchObject({ status: 403, ruleId: 'AF220', facts: [89, 173] });
    expect(lint(config).some((f) => f.rule === 'AF220')).toBe(true);
    const basic = structuredClone(config);
    const cd = apiOrigin(basic).api.customDomain;
    if (cd) cd.endpointAccessMode = 'BASIC';
    expect(t(basic, 'https://origin.example.com/users').answer.ruleId).toBeUndefined();
  });

  it('viewerPathFor goes through a header-free rule to this API, and the trace agrees (property)', () => {
    const segment = fc.constantFrom('users', 'a', 'v2', 'orders');
    fc.assert(
      fc.property(
        fc.constantFrom('ROUTING_RULE_ONLY' as const, 'ROUTING_RULE_THEN_API_MAPPING' as const),
        fc.uniqueArray(fc.record({ priority: fc.integer({ min: 1, max: 50 }), basePath: fc.constantFrom('', 'v2', 'a/b'), stripBasePath: fc.boolean(), same: fc.boolean(), header: fc.boolean() }), { selector: (r) => r.priority, maxLength: 4 }),
        fc.array(segment, { maxLength: 3 }),
        (mode, specs, parts) => {
          const rules: RoutingRule[] = specs.map((r) => ({ priority: r.priority, headers: r.header ? [{ name: 'x-version', valueGlob: 'v2' }] : [], basePath: r.basePath, stripBasePath: r.stripBasePath, target: r.same ? SAME : V2 }));
          const config = routed(mode, rules);
          const apiPath = `/${parts.join('/')}`;
          const viewer = viewerPathFor(apiOrigin(config), { pattern: '*', isDefault: true, behavior: config.defaultBehavior }, apiPath);
          if (viewer === null) return;
          const r = t(config, viewer);
          expect(r.api).toMatchObject({ apiId: 'a1b2c3d4e5', path: apiPath });
        },
      ),
      { numRuns: 300 },
    );
    // A ROUTING_RULE_ONLY domain whose only way to this API needs a header: no viewer path by itself.
    const only = routed('ROUTING_RULE_ONLY', [header(1, 'x-version', 'v2', SAME)]);
    expect(viewerPathFor(apiOrigin(only), { pattern: '*', isDefault: true, behavior: only.defaultBehavior }, '/users')).toBeNull();
  });

  it('a condition on a secret custom header cannot be decided: either answer', () => {
    const config = routed('ROUTING_RULE_ONLY', [header(10, 'X-Origin-Verify', 'abc*', SAME)], (c) => {
      apiOrigin(c).verifyHeader = { name: 'X-Origin-Verify' };
    });
    const r = t(config, '/users');
    expect(r.api?.routing).toMatchObject({ outcome: 'unknown', tried: [{ matched: 'unknown' }] });
    expect(r.answer).toMatchObject({ status: [200, 403], certainty: 'either' });
  });
});

describe('trace: the cache decision', () => {
  it('CachingDisabled never caches', () => {
    const r = t(mixed, '/api/x');
    expect(r.cache).toMatchObject({ known: true, cached: false, when: 'never', sharedAcrossUsers: false });
  });

  it('honouring Cache-Control with a per-user credential outside the key shares one user\'s response', () => {
    const config = buildConfig((c) => {
      apiOrigin(c).api.auth = 'cognito';
      c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 31536000, headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] }, gzip: true, brotli: true } };
    });
    const r = t(config, '/me', 'GET', ['Authorization: Bearer alice']);
    expect(r.cache).toMatchObject({ cached: true, when: 'if-origin-allows', sharedAcrossUsers: true, leakingInputs: ['authorization'] });
    // POST is not a cached method (fact 19).
    expect(t(config, '/me', 'POST', ['Authorization: Bearer alice']).cache.cached).toBe(false);
  });

  it('an existing cache policy apifront cannot see is unknown, not guessed', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.cache = { policyId: '11111111-2222-3333-4444-555555555555' };
    });
    expect(t(config, '/x').cache).toMatchObject({ known: false, cached: false });
    expect(t(config, '/x').originRequest.partlyUnknown).toBe(true);
  });
});

describe('trace: regressions of the disagreements it replaces', () => {
  it('AllViewer by ID forwards Host exactly as AllViewer by name (AF216 used to differ)', () => {
    const byName = buildConfig((c) => {
      c.domain.aliases = ['api.example.com'];
      const o = apiOrigin(c);
      o.api.customDomain = { name: 'api.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' };
      c.defaultBehavior.originRequest = { policy: 'AllViewer' };
    });
    const byId = structuredClone(byName);
    byId.defaultBehavior.originRequest = { policyId: MANAGED_ORIGIN_REQUEST_POLICIES.AllViewer };
    for (const config of [byName, byId]) {
      expect(t(config, 'https://api.example.com/x').originRequest.headers.host).toBe('api.example.com');
      expect(lint(config).filter((f) => f.rule === 'AF216')).toEqual([]);
    }
  });

  it('/api/** with strip prefix: the template has the function, and the trace strips what it strips', () => {
    const config = buildConfig((c) => {
      c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/**', stripPrefix: true }];
    });
    const fn = deriveSettings(config).functions[0];
    expect(fn?.stripPrefix).toBe('/api');
    expect(t(config, '/api/users').originRequest.url).toBe(`${REST_HOST}/prod/users`);
  });

  it('AllViewer on execute-api: the trace predicts the 403 that AF401 reports', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.originRequest = { policy: 'AllViewer' };
      apiOrigin(c).api.routes = [{ method: 'GET', path: '/users' }];
    });
    expect(lint(config).some((f) => f.rule === 'AF401')).toBe(true);
    const r = t(config, 'https://api.example.com/users');
    expect(r.originRequest.headers.host).toBe('api.example.com');
    expect(r.answer).toMatchObject({ status: 403, ruleId: 'AF401', by: 'api-gateway' });
  });
});

describe('trace: properties', () => {
  const segment = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '-', '_', '.'), minLength: 1, maxLength: 6 });
  const pathArb = fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => `/${s.join('/')}`);
  const queryArb = fc.option(fc.string({ unit: fc.constantFrom('a', '=', '&', '1'), maxLength: 8 }), { nil: undefined });

  it('upstream URL = origin + origin path + viewer path (+ query) without stripPrefix (property)', () => {
    fc.assert(
      fc.property(pathArb, queryArb, fc.constantFrom('', '/prod', '/v1/x'), (path, query, originPath) => {
        const config = structuredClone(mixed);
        apiOrigin(config).originPath = originPath;
        const r = t(config, `https://api.example.com${path}${query === undefined ? '' : `?${query}`}`);
        const assets = r.originRequest.originId === 'assets';
        const host = assets ? 'https://assets-bucket.s3.eu-west-1.amazonaws.com' : `${REST_HOST}${originPath}`;
        // The S3 origin has no origin request policy here: its query strings are not forwarded (fact 44).
        const q = assets ? '' : (query ?? '').split('&').filter(Boolean).join('&');
        expect(r.originRequest.url).toBe(`${host}${path}${q ? `?${q}` : ''}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('with stripPrefix, the upstream path is the origin path + the viewer path minus the literal prefix (property)', () => {
    const config = structuredClone(mixed);
    const b = config.behaviors[0];
    if (b) b.stripPrefix = true;
    fc.assert(
      fc.property(pathArb, (rest) => {
        const r = t(config, `/api${rest}`);
        expect(r.behavior.index).toBe(0);
        expect(r.originRequest.path).toBe(`/prod${rest}`);
      }),
      { numRuns: 500 },
    );
  });

  it('a route built from a template always matches its own template (property)', () => {
    const template = fc.array(fc.oneof(segment, fc.constant('{id}')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(template, segment, (parts, value) => {
        const path = `/${parts.join('/')}`;
        const concrete = `/${parts.map((p) => (p === '{id}' ? value : p)).join('/')}`;
        const config = buildConfig((c) => {
          apiOrigin(c).api.routes = [{ method: 'GET', path }];
        });
        const r = t(config, concrete);
        expect(r.originRequest.url).toBe(`${REST_HOST}/prod${concrete}`);
        expect(r.api?.route?.path).toBe(path);
      }),
      { numRuns: 500 },
    );
  });

  it('viewerPathFor inverts the trace for a behavior (property)', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.boolean(), (parts, strip) => {
        const config = structuredClone(mixed);
        const b = config.behaviors[0];
        if (!b) throw new Error('fixture');
        b.stripPrefix = strip;
        const apiPath = `/${parts.join('/')}`;
        const viewer = viewerPathFor(apiOrigin(config), { pattern: b.pathPattern, isDefault: false, behavior: b }, apiPath);
        if (viewer === null || !viewer.startsWith('/api/')) return; // not a path this behavior takes
        const r = t(config, viewer);
        expect(r.behavior.index).toBe(0);
        expect(r.api?.path).toBe(apiPath);
      }),
      { numRuns: 500 },
    );
  });

  it('traceVia follows a behavior CloudFront would not pick', () => {
    const m = firstMatch(mixed, '/api/x');
    const r = traceVia(mixed, m, { ...requestFor(mixed, '/api', 'POST'), query: 'a=1' });
    if (!r.ok) throw new Error(r.error);
    expect(r.trace.originRequest.url).toBe(`${REST_HOST}/prod/api?a=1`);
    expect(r.trace.methodAllowed).toBe(true);
    expect(r.trace.behavior.skipped).toEqual([]);
  });
});

describe('parseCurl', () => {
  it('reads method, headers, cookies and the URL as curl does', () => {
    const r = parseCurl(`curl -i -X POST -H 'Authorization: Bearer a b' -H "X-A: 1" -b 's=1' \\\n 'https://api.example.com/v1/x?q=1'`);
    expect(r).toEqual({
      ok: true,
      value: { method: 'POST', scheme: 'https', host: 'api.example.com', path: '/v1/x', query: 'q=1', headers: { authorization: 'Bearer a b', 'x-a': '1', cookie: 's=1' } },
    });
    expect(parseCurl('curl -d "{}" https://h.example.com/x')).toMatchObject({ ok: true, value: { method: 'POST' } });
    expect(parseCurl('curl -I https://h.example.com/')).toMatchObject({ ok: true, value: { method: 'HEAD' } });
  });

  it.each(['wget https://x.example.com/', 'curl -i', "curl 'https://x.example.com/"])('explains %j', (input) => {
    const r = parseCurl(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
  });
});
