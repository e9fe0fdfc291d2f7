import type { ApiSettings } from '../model/schema';
import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af405-credential-not-forwarded';

const withAuth = (auth: ApiSettings['auth'], mutate: (c: ApifrontConfig) => void = () => {}) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.auth = auth;
    mutate(c);
  });

testRule(rule, {
  valid: [
    { name: 'Cognito with the preset (AllViewerExceptHostHeader)', config: withAuth('cognito') },
    { name: 'no authorizer and no origin request policy', config: withAuth('none', (c) => (c.defaultBehavior.originRequest = null)) },
    {
      name: 'API key injected as an origin custom header',
      config: withAuth('apiKey', (c) => {
        c.defaultBehavior.originRequest = null;
        c.origins[0]?.customHeaders.push({ name: 'X-API-Key', value: 'not-a-real-key' });
      }),
    },
    {
      name: 'x-api-key named in a custom origin request policy',
      config: withAuth('apiKey', (c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'whitelist', names: ['x-api-key'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
    },
    {
      name: 'Authorization in the cache key',
      config: withAuth('jwt', (c) => {
        c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'whitelist', names: ['Authorization'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false } };
        c.defaultBehavior.originRequest = null;
      }, ),
    },
    { name: 'an unknown origin request policy ID', config: withAuth('lambda', (c) => (c.defaultBehavior.originRequest = { policyId: 'abcdef01-2345-6789-abcd-ef0123456789' })) },
  ],
  invalid: [
    {
      name: 'Cognito with CachingDisabled and no origin request policy', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: withAuth('cognito', (c) => (c.defaultBehavior.originRequest = null)),
      findings: [{ messageId: 'credentialNotForwarded', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'API keys with CORS-CustomOrigin', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: withAuth('apiKey', (c) => (c.defaultBehavior.originRequest = { policy: 'CORS-CustomOrigin' })),
      findings: [{ messageId: 'credentialNotForwarded', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'Lambda authorizer with an allExcept policy that drops Authorization', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: withAuth('lambda', (c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'allExcept', names: ['Host', 'Authorization'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
      findings: [{ messageId: 'credentialNotForwarded', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'JWT on an HTTP API with legacy settings that forward no headers', output: { 'defaultBehavior.cache.legacy.headers': ['Authorization'] },
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.auth = 'jwt';
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      }, 'api-only-http'),
      findings: [{ messageId: 'credentialNotForwarded', path: 'defaultBehavior.cache' }],
    },
  ],
});
