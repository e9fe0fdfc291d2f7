import type { CustomCachePolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af403-caching-disabled-cache-key';

const base: CustomCachePolicy = {
  minTtl: 0,
  defaultTtl: 0,
  maxTtl: 0,
  headers: { behavior: 'none', names: [] },
  cookies: { behavior: 'none', names: [] },
  queryStrings: { behavior: 'none', names: [] },
  gzip: false,
  brotli: false,
};
const custom = (patch: Partial<CustomCachePolicy>) =>
  buildConfig((c) => {
    c.defaultBehavior.cache = { custom: { ...structuredClone(base), ...patch } };
  });

testRule(rule, {
  valid: [
    { name: 'preset (managed CachingDisabled)', config: buildConfig() },
    { name: 'all-zero custom policy with an empty key', config: custom({}) },
    { name: 'MaxTTL 1 with query strings in the key', config: custom({ maxTtl: 1, queryStrings: { behavior: 'all', names: [] }, gzip: true }) },
  ],
  invalid: [
    { name: 'query strings in the key', output: { 'defaultBehavior.cache.custom.maxTtl': 1 }, config: custom({ queryStrings: { behavior: 'all', names: [] } }), findings: [{ messageId: 'cacheKeyWithCachingDisabled', path: 'defaultBehavior.cache.custom.maxTtl' }] },
    { name: 'Gzip on', output: { 'defaultBehavior.cache.custom.maxTtl': 1 }, config: custom({ gzip: true }), findings: [{ messageId: 'cacheKeyWithCachingDisabled', path: 'defaultBehavior.cache.custom.maxTtl' }] },
    {
      name: 'Authorization whitelisted and Brotli on', output: { 'defaultBehavior.cache.custom.maxTtl': 1 },
      config: custom({ headers: { behavior: 'whitelist', names: ['Authorization'] }, brotli: true }),
      findings: [{ messageId: 'cacheKeyWithCachingDisabled', path: 'defaultBehavior.cache.custom.maxTtl' }],
    },
  ],
});
