import type { CustomCachePolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af404-ttl-order';

const custom = (minTtl: number, defaultTtl: number, maxTtl: number) =>
  buildConfig((c) => {
    const policy: CustomCachePolicy = {
      minTtl,
      defaultTtl,
      maxTtl,
      headers: { behavior: 'none', names: [] },
      cookies: { behavior: 'none', names: [] },
      queryStrings: { behavior: 'none', names: [] },
      gzip: false,
      brotli: false,
    };
    c.defaultBehavior.cache = { custom: policy };
  });
const legacy = (ttls: { minTtl?: number; defaultTtl?: number; maxTtl?: number }) =>
  buildConfig((c) => {
    c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v1/*', originRequest: null, cache: { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, ...ttls } } });
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'equal TTLs', config: custom(0, 0, 0) },
    { name: 'ordered', config: custom(0, 60, 3600) },
    { name: 'legacy with only DefaultTTL', config: legacy({ defaultTtl: 0 }) },
    { name: 'legacy ordered', config: legacy({ minTtl: 0, defaultTtl: 5, maxTtl: 10 }) },
  ],
  invalid: [
    { name: 'MinTTL above DefaultTTL', output: { 'defaultBehavior.cache.custom.minTtl': 60, 'defaultBehavior.cache.custom.defaultTtl': 300 }, config: custom(300, 60, 3600), findings: [{ messageId: 'unordered', path: 'defaultBehavior.cache.custom' }] },
    { name: 'DefaultTTL above MaxTTL', output: { 'defaultBehavior.cache.custom.defaultTtl': 60, 'defaultBehavior.cache.custom.maxTtl': 600 }, config: custom(0, 600, 60), findings: [{ messageId: 'unordered', path: 'defaultBehavior.cache.custom' }] },
    {
      name: 'negative MinTTL that also breaks nothing else', output: { 'defaultBehavior.cache.custom.minTtl': 0 },
      config: custom(-1, 0, 1),
      findings: [{ messageId: 'negative', path: 'defaultBehavior.cache.custom.minTtl' }],
    },
    {
      name: 'negative DefaultTTL below MinTTL', output: { 'defaultBehavior.cache.custom.minTtl': 0, 'defaultBehavior.cache.custom.defaultTtl': 10 },
      config: custom(10, -5, 100),
      findings: [
        { messageId: 'negative', path: 'defaultBehavior.cache.custom.defaultTtl' },
        { messageId: 'unordered', path: 'defaultBehavior.cache.custom' },
      ],
    },
    { name: 'fractional MaxTTL', output: { 'defaultBehavior.cache.custom.maxTtl': 2 }, config: custom(0, 0, 1.5), findings: [{ messageId: 'notWholeNumber', path: 'defaultBehavior.cache.custom.maxTtl' }] },
    { name: 'legacy MinTTL above MaxTTL', output: { 'behaviors[0].cache.legacy.minTtl': 10, 'behaviors[0].cache.legacy.maxTtl': 100 }, config: legacy({ minTtl: 100, maxTtl: 10 }), findings: [{ messageId: 'unordered', path: 'behaviors[0].cache.legacy' }] },
  ],
});
