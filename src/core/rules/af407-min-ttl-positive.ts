import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

/**
 * Why: MinTTL > 0 makes CloudFront cache for at least that long even when the API answers
 * `Cache-Control: no-store` or `private` (fact 39), so per-user responses get cached. Failing shape:
 * an API behavior with `cache: { custom: { minTtl: 60 } }` or legacy `minTtl: 60`. Managed policies
 * (CachingOptimized has MinTTL 1) are AF415's.
 */
export const rule = defineRule({
  meta: {
    id: 'AF407',
    name: 'min-ttl-positive',
    target: 'config',
    step: 'paths',
    title: 'Keep MinTTL at 0 on API behaviors',
    description: 'A custom cache policy or legacy settings on an API behavior set MinTTL above 0.',
    rationale:
      'MinTTL is a floor: CloudFront caches for at least MinTTL seconds even when the API sends `Cache-Control: no-store`, `no-cache` or `private`. The API loses control over what may be cached, and per-user responses can be shared.',
    howToFix: 'Set MinTTL to 0 and let the API decide with Cache-Control (DefaultTTL and MaxTTL still apply).',
    facts: [39],
    messages: {
      minTtlPositive: {
        severity: 'warning',
        text: (behavior: string, minTtl: number) =>
          `${behavior}: MinTTL is ${minTtl}, so CloudFront caches API responses for at least ${minTtl} s even when the API says no-store or private. Set MinTTL to 0.`,
      },
    },
    examples: {
      bad: 'cache: { custom: { minTtl: 60, defaultTtl: 60, maxTtl: 3600, ... } }',
      good: 'cache: { custom: { minTtl: 0, defaultTtl: 60, maxTtl: 3600, ... } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const cache = ref.behavior.cache;
      const holder = 'custom' in cache ? { key: 'custom', minTtl: cache.custom.minTtl } : 'legacy' in cache ? { key: 'legacy', minTtl: cache.legacy.minTtl ?? 0 } : undefined;
      if (!holder || !(holder.minTtl > 0)) continue;
      report({
        messageId: 'minTtlPositive',
        args: [behaviorLabel(ref.pattern, ref.isDefault), holder.minTtl],
        location: { configPath: [...ref.path, 'cache', holder.key, 'minTtl'] },
        fix: {
          label: 'Set MinTTL to 0',
          apply: updateBehavior(ref.path, (b) => {
            if ('custom' in b.cache) b.cache.custom.minTtl = 0;
            else if ('legacy' in b.cache) b.cache.legacy.minTtl = 0;
          }),
        },
      });
    }
  },
});
