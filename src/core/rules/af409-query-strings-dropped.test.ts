import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af409-query-strings-dropped';

const api = (patch: { usesQueryStrings?: boolean; usesCookies?: boolean }, mutate: (c: ApifrontConfig) => void) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') Object.assign(origin.api, patch);
    mutate(c);
  });
const legacy = (queryString: boolean) => ({ legacy: { headers: [], queryString, queryStringCacheKeys: [], cookies: { forward: 'none' as const, names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } });

testRule(rule, {
  valid: [
    { name: 'preset (AllViewerExceptHostHeader)', config: buildConfig() },
    { name: 'API without query strings, no origin request policy', config: api({ usesQueryStrings: false }, (c) => (c.defaultBehavior.originRequest = null)) },
    {
      name: 'query strings in the cache key',
      config: api({ usesQueryStrings: true }, (c) => {
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { policy: 'UseOriginCacheControlHeaders-QueryStrings' };
      }),
    },
    { name: 'legacy QueryString true', config: api({ usesQueryStrings: true }, (c) => { c.defaultBehavior.originRequest = null; c.defaultBehavior.cache = legacy(true); }) },
    { name: 'unknown origin request policy', config: api({ usesCookies: true }, (c) => (c.defaultBehavior.originRequest = { policyId: '01234567-89ab-cdef-0123-456789abcdef' })) },
  ],
  invalid: [
    {
      // Found by the fix property test: the fix kept this policy (it forwards every header with Host),
      // so query strings stayed dropped.
      name: 'custom-domain form that needs Host, all headers but no query strings (fix: AllViewer)',
      output: { 'defaultBehavior.originRequest': { policy: 'AllViewer' } },
      config: api({ usesQueryStrings: true }, (c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') {
          origin.api.customDomain = { name: 'api.example.com', regionalDomainName: 'd-abc123.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' };
        }
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'allViewer', names: [] }, cookies: { behavior: 'all', names: [] }, queryStrings: { behavior: 'none', names: [] } } };
      }),
      findings: [{ messageId: 'queryStringsDropped', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'CachingDisabled with no origin request policy', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: api({ usesQueryStrings: true }, (c) => (c.defaultBehavior.originRequest = null)),
      findings: [{ messageId: 'queryStringsDropped', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'cookies and query strings with CORS-CustomOrigin', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: api({ usesQueryStrings: true, usesCookies: true }, (c) => (c.defaultBehavior.originRequest = { policy: 'CORS-CustomOrigin' })),
      findings: [
        { messageId: 'queryStringsDropped', path: 'defaultBehavior.originRequest' },
        { messageId: 'cookiesDropped', path: 'defaultBehavior.originRequest' },
      ],
    },
    {
      name: 'legacy QueryString false', output: { 'defaultBehavior.cache.legacy.queryString': true },
      config: api({ usesQueryStrings: true }, (c) => { c.defaultBehavior.originRequest = null; c.defaultBehavior.cache = legacy(false); }),
      findings: [{ messageId: 'queryStringsDropped', path: 'defaultBehavior.cache' }],
    },
  ],
});
