import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af415-api-cached-by-default';

const custom = (ttls: { minTtl: number; defaultTtl: number; maxTtl: number }) =>
  buildConfig((c) => {
    c.defaultBehavior.cache = {
      custom: { ...ttls, headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false },
    };
  });

const legacy = (ttls: { minTtl?: number; defaultTtl?: number; maxTtl?: number }) =>
  buildConfig((c) => {
    c.defaultBehavior.originRequest = null;
    c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, ...ttls } };
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'legacy with explicit TTL 0', config: legacy({ minTtl: 0, defaultTtl: 0, maxTtl: 0 }) },
    { name: 'legacy with MaxTTL 0 only', config: legacy({ maxTtl: 0 }) },
    { name: 'custom policy with DefaultTTL 0 (the API decides with Cache-Control)', config: custom({ minTtl: 0, defaultTtl: 0, maxTtl: 3600 }) },
    {
      name: 'CachingOptimized on an S3 origin',
      config: buildConfig((c) => {
        c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/static/*', originId: 'assets', cache: { policy: 'CachingOptimized' }, originRequest: null });
      }),
    },
  ],
  invalid: [
    { name: 'CachingOptimized', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } }, config: buildConfig((c) => (c.defaultBehavior.cache = { policy: 'CachingOptimized' })), findings: [{ messageId: 'cachingOptimized', path: 'defaultBehavior.cache' }] },
    {
      name: 'CachingOptimizedForUncompressedObjects by ID, with AllViewer kept for the AF216 form', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.customDomain = { name: 'api.example.com', regionalDomainName: 'd-abc123.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' };
        c.defaultBehavior.originRequest = { policy: 'AllViewer' };
        c.defaultBehavior.cache = { policyId: 'b2884449-e4de-46a7-ac36-70bc7f1ddd6d' };
      }),
      findings: [{ messageId: 'cachingOptimized', path: 'defaultBehavior.cache' }],
    },
    { name: 'legacy without TTLs', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' }, 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } }, config: legacy({}), findings: [{ messageId: 'legacyDefaultTtl', path: 'defaultBehavior.cache' }] },
    {
      name: 'custom policy with DefaultTTL 10800 (serverless-patterns cloudfront-apigw-http-api)',
      output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: custom({ minTtl: 0, defaultTtl: 10800, maxTtl: 10800 }),
      findings: [{ messageId: 'customDefaultTtl', path: 'defaultBehavior.cache.custom.defaultTtl' }],
    },
  ],
});
