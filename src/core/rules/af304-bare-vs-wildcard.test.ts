import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import type { ApiRoute } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { fixedBy, testRule } from '../testing/test-rule';
import { rule } from './af304-bare-vs-wildcard';

/** A site on S3 as the default behavior, the API under the given patterns. */
function siteAndApi(patterns: string[], routes: ApiRoute[]) {
  return buildConfig((c) => {
    const api = c.origins[0];
    if (api?.type === 'apigateway') api.api.routes = routes;
    c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
    c.behaviors = patterns.map((pathPattern) => ({ ...c.defaultBehavior, pathPattern }));
    c.defaultBehavior = { ...c.defaultBehavior, originId: 'site', methods: 'get-head' };
  });
}

const apiRoutes: ApiRoute[] = [
  { method: 'GET', path: '/api' },
  { method: 'GET', path: '/api/users' },
];

testRule(rule, {
  valid: [
    { name: 'both forms present', config: siteAndApi(['/api', '/api/*'], apiRoutes) },
    { name: 'wildcard form and no bare route', config: siteAndApi(['/api/*'], [{ method: 'GET', path: '/api/users' }]) },
    { name: 'bare form and no route below it', config: siteAndApi(['/api'], [{ method: 'GET', path: '/api' }]) },
    { name: 'routes unknown', config: siteAndApi(['/api/*'], []) },
    {
      name: 'the bare path reaches the same API through the default behavior',
      config: buildConfig((c) => {
        const api = c.origins[0];
        if (api?.type === 'apigateway') api.api.routes = apiRoutes;
        c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/*' }];
      }),
    },
  ],
  invalid: [
    {
      name: '/api/* while the API serves /api', output: { behaviors: siteAndApi(['/api', '/api/*'], []).behaviors },
      config: siteAndApi(['/api/*'], apiRoutes),
      findings: [{ messageId: 'bareNotMatched', path: 'behaviors[0].pathPattern' }],
    },
    {
      name: '/api/ (trailing slash) while the API serves /api', output: { behaviors: siteAndApi(['/api', '/api/'], []).behaviors },
      config: siteAndApi(['/api/'], [{ method: 'GET', path: '/api' }]),
      findings: [{ messageId: 'bareNotMatched', path: 'behaviors[0].pathPattern' }],
    },
    {
      name: '/api alone while the API has routes below it', output: { behaviors: siteAndApi(['/api', '/api/*'], []).behaviors },
      config: siteAndApi(['/api'], apiRoutes),
      findings: [{ messageId: 'childrenNotMatched', path: 'behaviors[0].pathPattern' }],
    },
    {
      name: 'parameter routes below the bare path', output: { behaviors: siteAndApi(['/api', '/api/*'], []).behaviors },
      config: siteAndApi(['/api'], [{ method: 'ANY', path: '/api/{id}' }]),
      findings: [{ messageId: 'childrenNotMatched', path: 'behaviors[0].pathPattern' }],
    },
  ],
});

describe('AF304 messages and fixes', () => {
  it('names the route and where the request goes instead', () => {
    const [f] = runRule(rule, { config: siteAndApi(['/api/*'], apiRoutes) });
    expect(f?.message).toContain('GET /api');
    expect(f?.message).toContain('the default behavior (origin site)');
    const fixed = fixedBy(f, siteAndApi(['/api/*'], apiRoutes));
    expect(fixed?.behaviors.map((b) => b.pathPattern)).toEqual(['/api', '/api/*']);
  });

  it('adds the wildcard form below the bare one', () => {
    const config = siteAndApi(['/api'], apiRoutes);
    const [f] = runRule(rule, { config });
    expect(f?.message).toContain('/api/users');
    expect(fixedBy(f, config)?.behaviors.map((b) => b.pathPattern)).toEqual(['/api', '/api/*']);
  });
});
