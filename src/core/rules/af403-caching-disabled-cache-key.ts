import type { CustomCachePolicy } from '../model/schema';
import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

/** The cache-key parts that CloudFront refuses on a policy with caching disabled (fact 40). */
function keyItems(policy: CustomCachePolicy): string[] {
  const items: string[] = [];
  if (policy.headers.behavior !== 'none') items.push(`headers (${policy.headers.behavior})`);
  if (policy.cookies.behavior !== 'none') items.push(`cookies (${policy.cookies.behavior})`);
  if (policy.queryStrings.behavior !== 'none') items.push(`query strings (${policy.queryStrings.behavior})`);
  if (policy.gzip) items.push('Gzip');
  if (policy.brotli) items.push('Brotli');
  return items;
}

/**
 * Why: with MaxTTL 0 the cache key must be empty and compression off, or CloudFront rejects the
 * policy ("EnableAcceptEncodingGzip is invalid for policy with caching disabled", fact 40). Failing
 * shape: `cache: { custom: { maxTtl: 0, queryStrings: { behavior: 'all' } } }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF403',
    name: 'caching-disabled-cache-key',
    target: 'config',
    step: 'paths',
    title: 'A cache policy with caching disabled must have an empty cache key',
    description: 'A custom cache policy has MaxTTL 0 (caching disabled) but puts headers, cookies or query strings in the cache key, or turns on Gzip/Brotli.',
    rationale:
      'CloudFront rejects a cache policy whose TTLs are all 0 when it has cache-key items or compression flags; CloudFormation reports only "Invalid request provided: AWS::CloudFront::CachePolicy". To send headers, cookies or query strings to the origin without caching, use an origin request policy.',
    howToFix:
      'Use the managed CachingDisabled policy with an origin request policy (AllViewerExceptHostHeader for an API), or set MaxTTL to at least 1 so the cache key may hold items (responses are then cached only when the origin sends max-age).',
    facts: [40, 41],
    messages: {
      cacheKeyWithCachingDisabled: {
        severity: 'error',
        text: (behavior: string, items: string) =>
          `${behavior}: the custom cache policy has MaxTTL 0 (caching disabled) but its cache key has ${items}; CloudFront rejects such a policy. Use CachingDisabled + an origin request policy, or set MaxTTL >= 1.`,
      },
    },
    examples: {
      bad: 'cache: { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 0, queryStrings: { behavior: all }, gzip: true } }',
      good: 'cache: { policy: CachingDisabled }\noriginRequest: { policy: AllViewerExceptHostHeader }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      const cache = ref.behavior.cache;
      if (!('custom' in cache) || cache.custom.maxTtl !== 0) continue;
      const items = keyItems(cache.custom);
      if (items.length === 0) continue;
      report({
        messageId: 'cacheKeyWithCachingDisabled',
        args: [behaviorLabel(ref.pattern, ref.isDefault), items.join(', ')],
        location: { configPath: [...ref.path, 'cache', 'custom', 'maxTtl'] },
        fix: {
          label: 'Set MaxTTL to 1 (cache only when the origin says so)',
          apply: updateBehavior(ref.path, (b) => {
            if ('custom' in b.cache) b.cache.custom.maxTtl = Math.max(1, b.cache.custom.minTtl, b.cache.custom.defaultTtl);
          }),
        },
      });
    }
  },
});
