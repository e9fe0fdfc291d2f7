import { findOrigin } from '../model/derive';
import { behaviorLabel, legacyToPolicies, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

/**
 * Why: ForwardedValues and behavior-level TTLs are deprecated; AWS recommends cache and origin request
 * policies (fact 56), and a policy cannot sit next to them (facts 57-59). Failing shape: `cache: { legacy }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF412',
    name: 'legacy-forwarded-values',
    target: 'config',
    step: 'paths',
    title: 'Legacy ForwardedValues and behavior TTLs are deprecated',
    description: 'A behavior uses legacy cache settings (`ForwardedValues` with behavior-level MinTTL/DefaultTTL/MaxTTL) instead of policies.',
    rationale:
      'CloudFront still accepts ForwardedValues, but AWS deprecated it in favour of cache policies and origin request policies: newer features (managed policies, separate forwarding and cache key, response headers policies) need policies, and the two cannot be mixed on one behavior.',
    howToFix:
      'Convert to policies (one click): caching off becomes CachingDisabled + AllViewerExceptHostHeader; caching on becomes a custom cache policy with the same cache key and TTLs.',
    facts: [56, 57],
    messages: {
      legacyInUse: {
        severity: 'info',
        text: (behavior: string) => `${behavior} uses legacy ForwardedValues and behavior TTLs (deprecated). Convert them to a cache policy and an origin request policy.`,
      },
    },
    examples: {
      bad: 'cache: { legacy: { headers: [], queryString: true, minTtl: 0, defaultTtl: 0, maxTtl: 0 } }',
      good: 'cache: { policy: CachingDisabled }\noriginRequest: { policy: AllViewerExceptHostHeader }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      if (!('legacy' in ref.behavior.cache)) continue;
      const origin = findOrigin(config, ref.behavior.originId);
      report({
        messageId: 'legacyInUse',
        args: [behaviorLabel(ref.pattern, ref.isDefault)],
        location: { configPath: [...ref.path, 'cache'] },
        fix: {
          label: 'Convert to policies',
          apply: updateBehavior(ref.path, (b) => {
            if ('legacy' in b.cache) Object.assign(b, legacyToPolicies(b.cache.legacy, b, origin));
          }),
        },
      });
    }
  },
});
