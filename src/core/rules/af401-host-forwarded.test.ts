import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af401-host-forwarded';

const siteOrigin = { id: 'site', type: 'custom' as const, domainName: 'www.example.org', originPath: '', protocol: 'https-only' as const, readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] };

testRule(rule, {
  valid: [
    { name: 'REST preset: CachingDisabled + AllViewerExceptHostHeader', config: buildConfig() },
    { name: 'HTTP preset', config: buildConfig(undefined, 'api-only-http') },
    {
      name: 'custom policy forwarding all headers except Host',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'allExcept', names: ['host'] }, cookies: { behavior: 'all', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
    },
    {
      name: 'AllViewer on a non-API origin',
      config: buildConfig((c) => {
        c.origins.push(siteOrigin);
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/site/*', originId: 'site', originRequest: { policy: 'AllViewer' } });
      }),
    },
    {
      name: 'AllViewer on the custom-domain form that needs Host (AF216 territory)',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') return;
        origin.api.customDomain = { name: 'api.example.com', regionalDomainName: 'd-abc123.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' };
        c.defaultBehavior.originRequest = { policy: 'AllViewer' };
      }),
    },
    {
      name: 'unknown policy ID',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { policyId: '11111111-2222-3333-4444-555555555555' };
      }),
    },
    {
      name: 'legacy headers without Host',
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { legacy: { headers: ['Authorization'], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
        c.defaultBehavior.originRequest = null;
      }),
    },
  ],
  invalid: [
    {
      name: 'AllViewer', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { policy: 'AllViewer' };
      }),
      findings: [{ messageId: 'originRequestForwardsHost', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'AllViewerAndCloudFrontHeaders-2022-06 given by ID on an ordered behavior', output: { 'behaviors[0].originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v1/*', originRequest: { policyId: '33f36d7e-f396-46d9-90e0-52428a34d9dc' } });
      }),
      findings: [{ messageId: 'originRequestForwardsHost', path: 'behaviors[0].originRequest' }],
    },
    {
      name: 'HostHeaderOnly', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { policy: 'HostHeaderOnly' };
      }),
      findings: [{ messageId: 'originRequestForwardsHost', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'custom origin request policy whitelisting host (lower case)', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'whitelist', names: ['host', 'x-api-key'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
      findings: [{ messageId: 'originRequestForwardsHost', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'custom origin request policy with allViewer headers', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'allViewer', names: [] }, cookies: { behavior: 'all', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
      findings: [{ messageId: 'originRequestForwardsHost', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'managed UseOriginCacheControlHeaders keys on Host', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { policy: 'UseOriginCacheControlHeaders' };
      }),
      findings: [{ messageId: 'cacheKeyHasHost', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'custom cache policy naming Host', output: { 'defaultBehavior.cache.custom.headers': { behavior: 'none', names: [] } },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'whitelist', names: ['Host'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] }, gzip: false, brotli: false } };
      }),
      findings: [{ messageId: 'cacheKeyHasHost', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'legacy Headers ["*"]', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' }, 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { legacy: { headers: ['*'], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'all', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
        c.defaultBehavior.originRequest = null;
      }),
      findings: [{ messageId: 'cacheKeyHasHost', path: 'defaultBehavior.cache' }],
    },
    {
      name: 'HTTP API with AllViewer and a Host-keyed cache policy',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { policy: 'AllViewer' };
        c.defaultBehavior.cache = { policy: 'UseOriginCacheControlHeaders-QueryStrings' };
      }, 'api-only-http'),
      findings: [
        { messageId: 'originRequestForwardsHost', path: 'defaultBehavior.originRequest', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } } },
        { messageId: 'cacheKeyHasHost', path: 'defaultBehavior.cache', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' }, 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } } },
      ],
    },
  ],
});
