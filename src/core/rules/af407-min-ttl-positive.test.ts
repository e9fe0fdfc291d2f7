import type { CustomCachePolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af407-min-ttl-positive';

const policy = (minTtl: number): { custom: CustomCachePolicy } => ({
  custom: {
    minTtl,
    defaultTtl: 60,
    maxTtl: 3600,
    headers: { behavior: 'none', names: [] },
    cookies: { behavior: 'none', names: [] },
    queryStrings: { behavior: 'all', names: [] },
    gzip: false,
    brotli: false,
  },
});

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'MinTTL 0', config: buildConfig((c) => (c.defaultBehavior.cache = policy(0))) },
    {
      name: 'MinTTL 60 on an S3 origin',
      config: buildConfig((c) => {
        c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/static/*', originId: 'assets', cache: policy(60) });
      }),
    },
  ],
  invalid: [
    { name: 'custom MinTTL 60', output: { 'defaultBehavior.cache.custom.minTtl': 0 }, config: buildConfig((c) => (c.defaultBehavior.cache = policy(60))), findings: [{ messageId: 'minTtlPositive', path: 'defaultBehavior.cache.custom.minTtl' }] },
    {
      name: 'legacy MinTTL 5', output: { 'defaultBehavior.cache.legacy.minTtl': 0 },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 5, defaultTtl: 5, maxTtl: 60 } };
      }),
      findings: [{ messageId: 'minTtlPositive', path: 'defaultBehavior.cache.legacy.minTtl' }],
    },
  ],
});
