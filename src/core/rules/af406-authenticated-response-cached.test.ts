import type { ApiSettings, ApifrontConfig, CustomCachePolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af406-authenticated-response-cached';

const withAuth = (auth: ApiSettings['auth'], mutate: (c: ApifrontConfig) => void) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.auth = auth;
    mutate(c);
  });
const customPolicy = (patch: Partial<CustomCachePolicy>): { custom: CustomCachePolicy } => ({
  custom: {
    minTtl: 0,
    defaultTtl: 60,
    maxTtl: 300,
    headers: { behavior: 'none', names: [] },
    cookies: { behavior: 'none', names: [] },
    queryStrings: { behavior: 'all', names: [] },
    gzip: false,
    brotli: false,
    ...patch,
  },
});

testRule(rule, {
  valid: [
    { name: 'Cognito with CachingDisabled', config: withAuth('cognito', () => {}) },
    { name: 'no auth with CachingOptimized (public data)', config: withAuth('none', (c) => (c.defaultBehavior.cache = { policy: 'CachingOptimized' })) },
    {
      name: 'JWT with Authorization in the cache key',
      config: withAuth('jwt', (c) => (c.defaultBehavior.cache = customPolicy({ headers: { behavior: 'whitelist', names: ['authorization'] } }))),
    },
    { name: 'API keys with a MaxTTL-only policy', config: withAuth('apiKey', (c) => (c.defaultBehavior.cache = customPolicy({ defaultTtl: 0, maxTtl: 60 }))) },
  ],
  invalid: [
    {
      name: 'Cognito with UseOriginCacheControlHeaders: a per-user answer with max-age is shared',
      output: { 'behaviors[0].cache': { policy: 'CachingDisabled' } },
      config: withAuth('cognito', (c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v1/*', cache: { policy: 'UseOriginCacheControlHeaders' } });
      }),
      findings: [{ messageId: 'originMaxAgeShared', path: 'behaviors[0].cache' }],
    },
    {
      name: "JWT with \"Honour the API's Cache-Control\" (TTLs 0 / 0 / 1 year, empty key)",
      output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: withAuth('jwt', (c) => (c.defaultBehavior.cache = customPolicy({ defaultTtl: 0, maxTtl: 31536000, queryStrings: { behavior: 'none', names: [] } }))),
      findings: [{ messageId: 'originMaxAgeShared', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'Cognito with CachingOptimized', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: withAuth('cognito', (c) => (c.defaultBehavior.cache = { policy: 'CachingOptimized' })),
      findings: [{ messageId: 'cachedWithoutCredential', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'API keys with a custom policy keyed on Authorization only', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: withAuth('apiKey', (c) => (c.defaultBehavior.cache = customPolicy({ headers: { behavior: 'whitelist', names: ['Authorization'] } }))),
      findings: [{ messageId: 'cachedWithoutCredential', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'Lambda authorizer with legacy settings and no TTLs (DefaultTTL 86400)', output: { 'behaviors[0].cache': { policy: 'CachingDisabled' }, 'behaviors[0].originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: withAuth('lambda', (c) => {
        c.behaviors.push({
          ...c.defaultBehavior,
          pathPattern: '/reports/*',
          originRequest: null,
          cache: { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] } } },
        });
      }),
      findings: [{ messageId: 'cachedWithoutCredential', path: 'behaviors[0].cache' }],
    },
  ],
});
