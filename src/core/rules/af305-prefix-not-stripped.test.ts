import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import type { ApiRoute, ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af305-prefix-not-stripped';

function apiConfig(pattern: string, routes: ApiRoute[], mutate?: (c: ApifrontConfig) => void, preset: 'api-only-rest' | 'api-only-http' = 'api-only-rest') {
  return buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.routes = routes;
    c.behaviors = [{ ...c.defaultBehavior, pathPattern: pattern }];
    mutate?.(c);
  }, preset);
}

const users: ApiRoute[] = [
  { method: 'GET', path: '/users' },
  { method: 'GET', path: '/users/{id}' },
];

testRule(rule, {
  valid: [
    { name: 'routes carry the prefix', config: apiConfig('/api/*', [{ method: 'GET', path: '/api/users' }]) },
    { name: 'a parameter segment can carry the prefix', config: apiConfig('/api/*', [{ method: 'GET', path: '/{tenant}/users' }]) },
    { name: 'a greedy proxy takes every path', config: apiConfig('/api/*', [{ method: 'ANY', path: '/{proxy+}' }]) },
    {
      name: 'stripPrefix on',
      config: apiConfig('/api/*', users, (c) => {
        const b = c.behaviors[0];
        if (b) b.stripPrefix = true;
      }),
    },
    {
      name: 'the prefix is the REST stage itself (origin path empty)',
      config: apiConfig('/prod/*', users, (c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.originPath = '';
      }),
    },
    {
      name: 'custom domain base path absorbs nothing but routes carry /api',
      config: apiConfig('/api/*', [{ method: 'GET', path: '/api/users' }], (c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.api.customDomain = { name: 'o.example.com', regionalDomainName: '', basePath: 'v1', endpoint: 'regional', originHost: 'name' };
      }),
    },
    { name: 'the default behavior has no prefix', config: buildConfig() },
    {
      name: 'a non-API origin',
      config: apiConfig('/static/*', users, (c) => {
        c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'b.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        const b = c.behaviors[0];
        if (b) b.originId = 'site';
      }),
    },
  ],
  invalid: [
    { name: 'routes lack the prefix', output: { 'behaviors[0].stripPrefix': true }, config: apiConfig('/api/*', users), findings: [{ messageId: 'routesLackPrefix', path: 'behaviors[0].pathPattern' }] },
    { name: 'routes unknown', output: { 'behaviors[0].stripPrefix': true }, config: apiConfig('/api/*', []), findings: [{ messageId: 'prefixKept', path: 'behaviors[0].pathPattern' }] },
    { name: 'HTTP API', output: { 'behaviors[0].stripPrefix': true }, config: apiConfig('/api/v1/*', users, undefined, 'api-only-http'), findings: [{ messageId: 'routesLackPrefix', path: 'behaviors[0].pathPattern' }] },
    {
      name: 'not strippable (no fix offered)',
      config: apiConfig('/api/*.json', users),
      findings: [{ messageId: 'routesLackPrefix', path: 'behaviors[0].pathPattern' }],
    },
  ],
});

describe('AF305 messages', () => {
  it('names the sample path and the exact upstream URL', () => {
    const [f] = runRule(rule, { config: apiConfig('/api/*', []) });
    expect(f?.message).toContain('/api/* sends /api/users to https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/api/users');
    expect(f?.severity).toBe('info');
  });

  it('builds the sample from a route and names the status', () => {
    const [f] = runRule(rule, { config: apiConfig('/api/*', users) });
    expect(f?.message).toContain('sends /api/users to https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/api/users');
    expect(f?.message).toContain('403 Missing Authentication Token');
    expect(f?.fix).toBeDefined();
    const [g] = runRule(rule, { config: apiConfig('/api/*.json', users) });
    expect(g?.message).toContain('sends /api/users.json');
    expect(g?.fix).toBeUndefined();
  });
});
