import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiGatewayOrigin, ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { firstMatch } from './match';
import {
  apiPathOf,
  isCatchAllRoute,
  matchApiRoute,
  parseViewerUrl,
  route,
  routeCoversPrefix,
  routeVia,
  sampleApiPath,
  samplePathForPattern,
  viewerPathFor,
  type RouteOk,
} from './route';

const REST_HOST = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com';
const HTTP_HOST = 'https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com';

function apiOrigin(config: ApifrontConfig): ApiGatewayOrigin {
  const o = config.origins[0];
  if (o?.type !== 'apigateway') throw new Error('preset has an API origin first');
  return o;
}

function ok(result: ReturnType<typeof route>): RouteOk {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** REST preset plus an `/api/*` behavior and a static-site S3 origin. */
const mixed = buildConfig((c) => {
  c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets-bucket.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
  c.behaviors = [
    { ...c.defaultBehavior, pathPattern: '/api/*' },
    { ...c.defaultBehavior, pathPattern: '/static/*', originId: 'assets', methods: 'get-head' },
  ];
});

describe('route: behavior and upstream URL', () => {
  it('prepends the origin path and never strips the pattern (fact 33)', () => {
    const r = ok(route(mixed, 'https://api.example.com/api/users?limit=5#top'));
    expect(r.behaviorIndex).toBe(0);
    expect(r.behaviorPath).toEqual(['behaviors', 0]);
    expect(r.pattern).toBe('/api/*');
    expect(r.upstreamUrl).toBe(`${REST_HOST}/prod/api/users?limit=5`);
    expect(r.prefixStripped).toBe(false);
    expect(r.originType).toBe('apigateway');
  });

  it('falls back to the default behavior', () => {
    const r = ok(route(mixed, '/api'));
    expect(r.behaviorIndex).toBeNull();
    expect(r.behaviorPath).toEqual(['defaultBehavior']);
    expect(r.pattern).toBe('*');
    expect(r.upstreamUrl).toBe(`${REST_HOST}/prod/api`);
  });

  it('routes to a non-API origin without API details and checks methods', () => {
    const r = ok(route(mixed, '/static/app.js', 'post'));
    expect(r.originId).toBe('assets');
    expect(r.upstreamUrl).toBe('https://assets-bucket.s3.eu-west-1.amazonaws.com/static/app.js');
    expect(r.methodAllowed).toBe(false);
    expect(r.api).toBeUndefined();
    expect(ok(route(mixed, '/static/app.js', 'HEAD')).methodAllowed).toBe(true);
  });

  it('removes the literal prefix when stripPrefix is on', () => {
    const config = structuredClone(mixed);
    const b = config.behaviors[0];
    if (b) b.stripPrefix = true;
    const r = ok(route(config, '/api/users'));
    expect(r.upstreamUrl).toBe(`${REST_HOST}/prod/users`);
    expect(r.prefixStripped).toBe(true);
  });

  it('uses a custom domain and its base path instead of the stage (fact 67)', () => {
    const config = buildConfig((c) => {
      const o = apiOrigin(c);
      o.api.customDomain = { name: 'origin.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', basePath: 'v1', endpoint: 'regional', originHost: 'name' };
      o.api.routes = [{ method: 'GET', path: '/users' }];
    });
    const r = ok(route(config, '/users'));
    expect(r.upstreamUrl).toBe('https://origin.example.com/v1/users');
    expect(r.api?.outcome).toBe('ok');
    expect(r.api?.apiPath).toBe('/users');
  });

  it.each(['', '   ', 'api/users', 'ftp://host/x', 'wss://x.execute-api.eu-west-1.amazonaws.com/prod', '/a b', 'https:///x'])(
    'rejects %j with a clear message',
    (input) => {
      const r = route(mixed, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(15);
    },
  );

  it('parses full URLs and bare paths', () => {
    expect(parseViewerUrl('https://api.example.com')).toEqual({ path: '/', query: '' });
    expect(parseViewerUrl('http://h/a?b=c?d')).toEqual({ path: '/a', query: 'b=c?d' });
    expect(parseViewerUrl('/x#frag')).toEqual({ path: '/x', query: '' });
  });
});

describe('route: what API Gateway answers', () => {
  const rest = buildConfig((c) => {
    apiOrigin(c).api.routes = [
      { method: 'GET', path: '/users' },
      { method: 'GET', path: '/users/{id}' },
      { method: 'POST', path: '/users' },
      { method: 'ANY', path: '/files/{proxy+}' },
    ];
  });

  it('matches literal, parameter and greedy routes', () => {
    expect(ok(route(rest, '/users')).api).toMatchObject({ outcome: 'ok', matchedRoute: { method: 'GET', path: '/users' } });
    expect(ok(route(rest, '/users/42')).api).toMatchObject({ outcome: 'ok', matchedRoute: { path: '/users/{id}' } });
    expect(ok(route(rest, '/users', 'POST')).api?.matchedRoute).toEqual({ method: 'POST', path: '/users' });
    expect(ok(route(rest, '/files/a/b/c.txt', 'DELETE')).api).toMatchObject({ outcome: 'ok', matchedRoute: { path: '/files/{proxy+}' } });
  });

  it('REST: a missing route or method is 403 Missing Authentication Token (fact 66)', () => {
    const missing = ok(route(rest, '/orders')).api;
    expect(missing).toMatchObject({ outcome: 'missing-route', expectedStatus: 403, expectedBody: '{"message":"Missing Authentication Token"}' });
    const wrongMethod = ok(route(rest, '/users/42', 'DELETE')).api;
    expect(wrongMethod).toMatchObject({ outcome: 'method-not-allowed', expectedStatus: 403 });
    expect(ok(route(rest, '/files')).api?.outcome).toBe('missing-route'); // {proxy+} needs a segment
  });

  it('REST: an origin path without the stage never reaches a route', () => {
    const config = structuredClone(rest);
    apiOrigin(config).originPath = '';
    const r = ok(route(config, '/users'));
    expect(r.upstreamUrl).toBe(`${REST_HOST}/users`);
    expect(r.api?.outcome).toBe('missing-route');
    expect(r.api?.expectedStatus).toBe(403);
    expect(r.api?.explanation).toContain('/prod');
    // ...unless the viewer path itself carries the stage
    expect(ok(route(config, '/prod/users')).api?.outcome).toBe('ok');
  });

  it('HTTP API: $default stage has no stage segment and misses are 404 Not Found (facts 64, 65)', () => {
    const http = buildConfig((c) => {
      apiOrigin(c).api.routes = [{ method: 'GET', path: '/items' }];
    }, 'api-only-http');
    const hit = ok(route(http, '/items'));
    expect(hit.upstreamUrl).toBe(`${HTTP_HOST}/items`);
    expect(hit.api?.outcome).toBe('ok');
    expect(ok(route(http, '/nope')).api).toMatchObject({ outcome: 'missing-route', expectedStatus: 404, expectedBody: '{"message":"Not Found"}' });
  });

  it('HTTP API $default route catches everything', () => {
    const http = buildConfig((c) => {
      apiOrigin(c).api.routes = [{ method: 'GET', path: '/items' }, { method: 'ANY', path: '$default' }];
    }, 'api-only-http');
    expect(ok(route(http, '/items')).api?.matchedRoute?.path).toBe('/items');
    expect(ok(route(http, '/other', 'PUT')).api?.matchedRoute?.path).toBe('$default');
  });

  it('unknown routes give outcome unknown with the path API Gateway sees', () => {
    const r = ok(route(buildConfig(), '/users/7'));
    expect(r.api).toMatchObject({ routesKnown: false, outcome: 'unknown', apiPath: '/users/7' });
  });

  it('prefers literal routes over parameters and exact methods over ANY', () => {
    const routes = [
      { method: 'ANY' as const, path: '/users/{id}' },
      { method: 'GET' as const, path: '/users/{id}' },
      { method: 'GET' as const, path: '/users/me' },
    ];
    expect(matchApiRoute(routes, '/users/me', 'GET').route?.path).toBe('/users/me');
    expect(matchApiRoute(routes, '/users/7', 'GET').route).toEqual({ method: 'GET', path: '/users/{id}' });
    expect(matchApiRoute(routes, '/users/7', 'PATCH').route?.method).toBe('ANY');
  });
});

describe('route: properties', () => {
  const segment = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '-', '_', '.'), minLength: 1, maxLength: 6 });
  const pathArb = fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => `/${s.join('/')}`);
  const queryArb = fc.option(fc.string({ unit: fc.constantFrom('a', '=', '&', '1'), maxLength: 8 }), { nil: undefined });

  it('upstream URL = origin + origin path + viewer path (+ query) without stripPrefix (property)', () => {
    fc.assert(
      fc.property(pathArb, queryArb, fc.constantFrom('', '/prod', '/v1/x'), (path, query, originPath) => {
        const config = structuredClone(mixed);
        apiOrigin(config).originPath = originPath;
        const r = ok(route(config, `https://api.example.com${path}${query === undefined ? '' : `?${query}`}`));
        const host = r.originId === 'assets' ? 'https://assets-bucket.s3.eu-west-1.amazonaws.com' : `${REST_HOST}${originPath}`;
        expect(r.upstreamUrl).toBe(`${host}${path}${query ? `?${query}` : ''}`);
        expect(r.prefixStripped).toBe(false);
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
        const r = ok(route(config, `/api${rest}`));
        expect(r.behaviorIndex).toBe(0);
        expect(r.upstreamPath).toBe(`/prod${rest}`);
        expect(`/api${r.upstreamPath.slice('/prod'.length)}`).toBe(`/api${rest}`);
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
        const r = ok(route(config, concrete));
        expect(r.upstreamUrl).toBe(`${REST_HOST}/prod${concrete}`);
        expect(r.api?.outcome).toBe('ok');
      }),
      { numRuns: 500 },
    );
  });
});

describe('route helpers', () => {
  const restOrigin = apiOrigin(buildConfig());

  it('viewerPathFor inverts route for a behavior', () => {
    const config = structuredClone(mixed);
    const b = config.behaviors[0];
    if (!b) throw new Error('fixture');
    const ref = { pattern: b.pathPattern, behavior: b };
    expect(viewerPathFor(apiOrigin(config), ref, '/api/users')).toBe('/api/users');
    b.stripPrefix = true;
    expect(viewerPathFor(apiOrigin(config), ref, '/users')).toBe('/api/users');
    expect(viewerPathFor(apiOrigin(config), ref, '/')).toBe('/api');
    apiOrigin(config).originPath = '/other';
    expect(viewerPathFor(apiOrigin(config), ref, '/users')).toBeNull();
  });

  it('viewerPathFor agrees with route on generated API paths (property)', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.boolean(), (parts, strip) => {
        const config = structuredClone(mixed);
        const b = config.behaviors[0];
        if (!b) throw new Error('fixture');
        b.stripPrefix = strip;
        const apiPath = `/${parts.join('/')}`;
        const viewer = viewerPathFor(apiOrigin(config), { pattern: b.pathPattern, behavior: b }, apiPath);
        if (viewer === null || !viewer.startsWith('/api/')) return; // not a path this behavior takes
        const r = ok(route(config, viewer));
        expect(r.behaviorIndex).toBe(0);
        expect(r.api?.apiPath).toBe(apiPath);
      }),
      { numRuns: 500 },
    );
  });

  it('routeVia follows a behavior CloudFront would not pick', () => {
    const m = firstMatch(mixed, '/api/x');
    const r = ok(routeVia(mixed, m, '/api', 'a=1', 'post'));
    expect(r.upstreamUrl).toBe(`${REST_HOST}/prod/api?a=1`);
    expect(r.methodAllowed).toBe(true);
  });

  it('sample paths', () => {
    expect(sampleApiPath('/users/{id}/files/{proxy+}')).toBe('/users/example/files/example');
    expect(sampleApiPath('$default')).toBeNull();
    expect(samplePathForPattern('/api/*')).toBe('/api/users');
    expect(samplePathForPattern('/v?/*.json', 'orders')).toBe('/vx/orders.json');
    expect(samplePathForPattern('*')).toBe('/users');
  });

  it('route templates covering a prefix', () => {
    expect(routeCoversPrefix('/api/users', '/api')).toBe(true);
    expect(routeCoversPrefix('/{tenant}/users', '/api')).toBe(true);
    expect(routeCoversPrefix('/{proxy+}', '/api/v1')).toBe(true);
    expect(routeCoversPrefix('$default', '/api')).toBe(true);
    expect(routeCoversPrefix('/users', '/api')).toBe(false);
    expect(routeCoversPrefix('/api', '/api/v1')).toBe(false);
    expect(isCatchAllRoute('/{proxy+}')).toBe(true);
    expect(isCatchAllRoute('/users/{proxy+}')).toBe(false);
  });

  it('apiPathOf strips the stage or the base path', () => {
    expect(apiPathOf(restOrigin, '/prod/users')).toEqual({ path: '/users' });
    expect(apiPathOf(restOrigin, '/prod')).toEqual({ path: '/' });
    expect(apiPathOf(restOrigin, '/production/users').path).toBeNull();
  });
});
