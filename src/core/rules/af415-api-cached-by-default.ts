import { CACHING_DISABLED, behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { LEGACY_DEFAULT_TTL, cacheKeyOf } from '../request/policies';
import { defineRule } from './types';

/**
 * Why: CachingOptimized caches for 24 h by default and keys on nothing an API varies on (fact 2); legacy
 * settings without TTLs get DefaultTTL 86400 (fact 37). Either way one caller's answer is replayed to
 * others for a day, and MinTTL 1 overrides `no-store` (fact 39). Failing shape: an API behavior with
 * `cache: { policy: 'CachingOptimized' }` or `cache: { legacy: { ... no defaultTtl } }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF415',
    name: 'api-cached-by-default',
    target: 'config',
    step: 'paths',
    title: 'Do not cache API responses by default',
    description:
      'An API behavior caches by default: the managed CachingOptimized policy (up to 24 h by default, no query strings or credentials in the key), a custom cache policy with DefaultTTL above 0, or legacy ForwardedValues without TTLs (CloudFront then uses DefaultTTL 86400).',
    rationale:
      'CachingOptimized is made for static files: it caches for a day when the API sends no Cache-Control, ignores query strings and forwards no Authorization, and its MinTTL of 1 s overrides no-store. Legacy settings without TTLs behave the same way with DefaultTTL 86400. API responses end up stale and shared between callers.',
    howToFix: 'Use CachingDisabled + AllViewerExceptHostHeader (the console\'s API Gateway preset), or set explicit TTLs of 0 and cache selected routes on purpose.',
    facts: [2, 13, 37, 38, 39],
    messages: {
      cachingOptimized: {
        severity: 'warning',
        text: (behavior: string, policy: string) =>
          `${behavior} uses ${policy}, which caches API responses for 24 h when the API sends no Cache-Control and forwards no query strings or credentials. Use CachingDisabled + AllViewerExceptHostHeader.`,
      },
      customDefaultTtl: {
        severity: 'warning',
        text: (behavior: string, ttl: number) =>
          `${behavior} uses a custom cache policy with DefaultTTL ${ttl} s, so CloudFront caches API responses for ${ttl} s when the API sends no Cache-Control, and serves them to every caller with the same cache key. Set DefaultTTL to 0 and cache selected routes on purpose (the API's Cache-Control still applies).`,
      },
      legacyDefaultTtl: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} uses legacy settings without DefaultTTL, so CloudFront caches API responses for ${LEGACY_DEFAULT_TTL} s when the API sends no Cache-Control. Use CachingDisabled + AllViewerExceptHostHeader, or set TTLs of 0.`,
      },
    },
    examples: {
      bad: 'defaultBehavior: { originId: api, cache: { policy: CachingOptimized } }',
      good: 'defaultBehavior: { originId: api, cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const key = cacheKeyOf(ref.behavior.cache);
      if (!key) continue;
      const cache = ref.behavior.cache;
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const fix = {
        label: 'Use CachingDisabled + AllViewerExceptHostHeader',
        mutate: updateBehavior(ref.path, (b, c) => {
          b.cache = { ...CACHING_DISABLED };
          b.originRequest = recommendedOriginRequest(c.origins.find((o) => o.id === b.originId), b.originRequest);
        }),
      };
      const location = { configPath: [...ref.path, 'cache'] };
      if (key.managed === 'CachingOptimized' || key.managed === 'CachingOptimizedForUncompressedObjects') {
        report({ messageId: 'cachingOptimized', args: [label, key.managed], location, fix });
      } else if ('legacy' in cache && cache.legacy.defaultTtl === undefined && !key.cachingDisabled) {
        report({ messageId: 'legacyDefaultTtl', args: [label], location, fix });
      } else if ('custom' in cache && cache.custom.defaultTtl > 0 && cache.custom.maxTtl > 0) {
        // Fact 38: DefaultTTL applies when the origin sends no Cache-Control / Expires.
        report({ messageId: 'customDefaultTtl', args: [label, cache.custom.defaultTtl], location: { configPath: [...ref.path, 'cache', 'custom', 'defaultTtl'] }, fix });
      }
    }
  },
});
