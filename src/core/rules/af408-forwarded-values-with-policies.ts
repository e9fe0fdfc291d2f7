import { findOrigin } from '../model/derive';
import { behaviorLabel, legacyToPolicies, updateBehavior } from './af4xx-forwarding';
import { distributions, isIntrinsic, isRecord, templateLocation, type PropertyPath } from './template-helpers';
import { defineRule } from './types';

const BEHAVIOR_TTLS = ['MinTTL', 'DefaultTTL', 'MaxTTL'] as const;

/** The value as a literal object; undefined for anything else, including an intrinsic such as Fn::If. */
function literalObject(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && !isIntrinsic(value) ? value : undefined;
}

/**
 * Why: a cache behavior takes either a cache policy or legacy ForwardedValues (fact 56); CloudFront
 * rejects ForwardedValues next to a cache or origin request policy ("InvalidArgument: The parameter
 * ForwardedValues cannot be used when a cache policy is associated", facts 58, 59) and expects the
 * behavior TTLs gone with a policy (fact 57). Through CloudFormation, though, ForwardedValues next to a
 * CachePolicyId is accepted and ignored: cfn-lint's W3704 (AWS-maintained, citing the CFN
 * CacheBehavior page) says "silently ignored", and AWS's own serverless-patterns sam-webapp-cognito
 * template deploys with both. So in a template that pair is a warning; next to an origin request
 * policy alone it stays an error (fact 59).
 * Template failing shape: a CacheBehavior with both `CachePolicyId` and `ForwardedValues`, with
 * `CachePolicyId` and `DefaultTTL`, or with neither. Config failing shape: `cache: { legacy }` with an
 * `originRequest` policy.
 */
export const rule = defineRule({
  meta: {
    id: 'AF408',
    name: 'forwarded-values-with-policies',
    target: 'both',
    step: 'paths',
    title: 'Use either cache policies or ForwardedValues, never both',
    description:
      'A cache behavior has `ForwardedValues` together with a cache or origin request policy, or behavior-level TTLs together with a cache policy, or neither a cache policy nor `ForwardedValues`.',
    rationale:
      'Each cache behavior needs exactly one way of defining its cache key: a cache policy (recommended) or the deprecated ForwardedValues with behavior TTLs. The CloudFront API rejects ForwardedValues next to a cache policy, and also next to an origin request policy alone, with InvalidArgument; the TTLs belong to the cache policy once one is attached. CloudFormation accepts ForwardedValues next to a CachePolicyId and ignores it (cfn-lint W3704), so in a template that pair is a warning: its settings silently do nothing.',
    howToFix:
      'Use policies only: remove ForwardedValues and MinTTL/DefaultTTL/MaxTTL from the behavior and attach a cache policy (CachingDisabled for an API) plus an origin request policy (AllViewerExceptHostHeader).',
    facts: [56, 57, 58, 59, 60],
    messages: {
      forwardedValuesWithPolicy: {
        severity: 'error',
        text: (behavior: string, policies: string) =>
          `${behavior} has ForwardedValues (legacy settings) together with ${policies}; CloudFront rejects this with InvalidArgument. Use policies only.`,
      },
      forwardedValuesIgnored: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} has ForwardedValues (legacy settings) next to a CachePolicyId: CloudFormation ignores ForwardedValues then (cfn-lint W3704), so none of its settings apply, and the CloudFront API itself rejects the pair with InvalidArgument. Remove ForwardedValues.`,
      },
      ttlsWithCachePolicy: {
        severity: 'error',
        text: (behavior: string, ttl: string) =>
          `${behavior} sets ${ttl} on the behavior although it has a cache policy; the policy holds the TTLs. Remove ${ttl} from the behavior.`,
      },
      neitherPolicyNorForwardedValues: {
        severity: 'error',
        text: (behavior: string) =>
          `${behavior} has neither a CachePolicyId nor ForwardedValues; CloudFront needs one of them. Attach a cache policy (CachingDisabled for an API).`,
      },
    },
    examples: {
      bad: 'CacheBehaviors:\n  - PathPattern: /api/*\n    CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad\n    ForwardedValues: { QueryString: true }\n    DefaultTTL: 0',
      good: 'CacheBehaviors:\n  - PathPattern: /api/*\n    CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad  # CachingDisabled\n    OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac  # AllViewerExceptHostHeader',
    },
  },
  check({ config, template, derived }, report) {
    if (template) {
      for (const dist of distributions(template.template)) {
        const entries: { behavior: Record<string, unknown>; path: PropertyPath; label: string }[] = [];
        const defaultBehavior = literalObject(dist.config.DefaultCacheBehavior);
        if (defaultBehavior) {
          entries.push({ behavior: defaultBehavior, path: ['DistributionConfig', 'DefaultCacheBehavior'], label: `${dist.logicalId} DefaultCacheBehavior` });
        }
        const list = dist.config.CacheBehaviors;
        if (Array.isArray(list)) {
          list.forEach((item, i) => {
            const behavior = literalObject(item);
            if (!behavior) return;
            const pattern = typeof behavior.PathPattern === 'string' ? ` (${behavior.PathPattern})` : '';
            entries.push({ behavior, path: ['DistributionConfig', 'CacheBehaviors', i], label: `${dist.logicalId} CacheBehaviors[${i}]${pattern}` });
          });
        }
        for (const { behavior, path, label } of entries) {
          const hasCachePolicy = behavior.CachePolicyId !== undefined;
          const hasOriginRequestPolicy = behavior.OriginRequestPolicyId !== undefined;
          const hasForwardedValues = behavior.ForwardedValues !== undefined;
          if (hasForwardedValues && hasCachePolicy) {
            report({ messageId: 'forwardedValuesIgnored', args: [label], location: templateLocation(template, dist.logicalId, [...path, 'ForwardedValues']) });
          } else if (hasForwardedValues && hasOriginRequestPolicy) {
            const policies = [hasCachePolicy && 'a CachePolicyId', hasOriginRequestPolicy && 'an OriginRequestPolicyId'].filter(Boolean).join(' and ');
            report({ messageId: 'forwardedValuesWithPolicy', args: [label, policies], location: templateLocation(template, dist.logicalId, [...path, 'ForwardedValues']) });
          }
          if (hasCachePolicy) {
            for (const ttl of BEHAVIOR_TTLS) {
              if (behavior[ttl] !== undefined) report({ messageId: 'ttlsWithCachePolicy', args: [label, ttl], location: templateLocation(template, dist.logicalId, [...path, ttl]) });
            }
          }
          if (!hasCachePolicy && !hasForwardedValues) {
            report({ messageId: 'neitherPolicyNorForwardedValues', args: [label], location: templateLocation(template, dist.logicalId, path) });
          }
        }
      }
    }
    if (config) {
      // The config can express one of these shapes: legacy settings plus an origin request policy.
      for (const ref of derived.behaviors()) {
        const { cache, originRequest } = ref.behavior;
        if (!('legacy' in cache) || originRequest === null) continue;
        const origin = findOrigin(config, ref.behavior.originId);
        report({
          messageId: 'forwardedValuesWithPolicy',
          args: [behaviorLabel(ref.pattern, ref.isDefault), 'an origin request policy'],
          location: { configPath: [...ref.path, 'originRequest'] },
          fix: {
            label: 'Convert the legacy settings to a cache policy',
            mutate: updateBehavior(ref.path, (b) => {
              if ('legacy' in b.cache) Object.assign(b, legacyToPolicies(b.cache.legacy, b, origin));
            }),
          },
        });
      }
    }
  },
});
