import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { cacheKeyOf } from '../request/policies';
import { defineRule } from './types';

/**
 * Why: CloudFront compresses only what it caches: with caching disabled `Compress: true` does nothing
 * (fact 51). Failing shape: `compress: true` with `cache: { policy: 'CachingDisabled' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF410',
    name: 'compress-without-caching',
    target: 'config',
    step: 'paths',
    title: 'Compression has no effect with caching disabled',
    description: 'A behavior has `Compress: true` but its caching is disabled (CachingDisabled, MaxTTL 0, or legacy `Headers: ["*"]`).',
    rationale:
      'CloudFront edge compression works only when the cache policy enables Gzip/Brotli and has TTLs above 0. With caching disabled the setting is a no-op; compress at the API (API Gateway supports a minimum compression size) if responses are large.',
    howToFix: 'Turn Compress off on this behavior, or compress in the API.',
    facts: [51],
    messages: {
      compressNoEffect: {
        severity: 'info',
        text: (behavior: string) => `${behavior}: Compress is on but caching is disabled, so CloudFront does not compress anything. Turn it off, or compress in the API.`,
      },
    },
    examples: {
      bad: 'defaultBehavior: { cache: { policy: CachingDisabled }, compress: true }',
      good: 'defaultBehavior: { cache: { policy: CachingDisabled }, compress: false }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      if (!ref.behavior.compress) continue;
      const key = cacheKeyOf(ref.behavior.cache);
      if (!key?.cachingDisabled) continue;
      report({
        messageId: 'compressNoEffect',
        args: [behaviorLabel(ref.pattern, ref.isDefault)],
        location: { configPath: [...ref.path, 'compress'] },
        fix: { label: 'Turn Compress off', apply: updateBehavior(ref.path, (b) => { b.compress = false; }) },
      });
    }
  },
});
