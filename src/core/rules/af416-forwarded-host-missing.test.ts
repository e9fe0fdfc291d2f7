import type { ApiRoute, ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af416-forwarded-host-missing';

const withRoutes = (routes: ApiRoute[], mutate: (c: ApifrontConfig) => void = () => {}) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.routes = routes;
    mutate(c);
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'forwarded host with AllViewerExceptHostHeader', config: buildConfig((c) => (c.defaultBehavior.forwardedHost = true)) },
    {
      name: 'forwarded host with X-Forwarded-Host whitelisted',
      config: buildConfig((c) => {
        c.defaultBehavior.forwardedHost = true;
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'whitelist', names: ['x-forwarded-host'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
    },
    { name: 'ordinary routes', config: withRoutes([{ method: 'GET', path: '/orders/{id}' }, { method: 'POST', path: '/orders' }]) },
    { name: 'callback route with forwarded host on', config: withRoutes([{ method: 'GET', path: '/auth/callback' }], (c) => (c.defaultBehavior.forwardedHost = true)) },
    { name: 'callback route without an alias (the public host is the execute-api one anyway)', config: withRoutes([{ method: 'GET', path: '/auth/callback' }], (c) => (c.domain.aliases = [])) },
  ],
  invalid: [
    {
      name: 'forwarded host with no origin request policy', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.forwardedHost = true;
        c.defaultBehavior.originRequest = null;
      }),
      findings: [{ messageId: 'forwardedHostNotForwarded', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'forwarded host on legacy settings', output: { 'behaviors[0].cache.legacy.headers': ['X-Forwarded-Host'] },
      config: buildConfig((c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/app/*', forwardedHost: true, originRequest: null, cache: { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } } });
      }),
      findings: [{ messageId: 'forwardedHostNotForwarded', path: 'behaviors[0].cache' }],
    },
    {
      name: 'OAuth callback route without forwarded host', output: { 'defaultBehavior.forwardedHost': true },
      config: withRoutes([{ method: 'GET', path: '/orders' }, { method: 'GET', path: '/oauth2/callback' }]),
      findings: [{ messageId: 'absoluteUrls', path: 'defaultBehavior.forwardedHost' }],
    },
  ],
});
