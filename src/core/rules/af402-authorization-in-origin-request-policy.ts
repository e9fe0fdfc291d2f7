import { findOrigin } from '../model/derive';
import { behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

/**
 * Why: CloudFront refuses an origin request policy that names Authorization (HTTP 400, fact 46);
 * Authorization is forwarded only through the cache key or an all-viewer policy. Failing shape:
 * `originRequest: { custom: { headers: { behavior: 'whitelist', names: ['Authorization'] } } }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF402',
    name: 'authorization-in-origin-request-policy',
    target: 'config',
    step: 'paths',
    title: 'Authorization cannot be named in an origin request policy',
    description: 'A custom origin request policy lists `Authorization` among the headers it forwards by name.',
    rationale:
      'CloudFront does not allow Authorization in an origin request policy\'s header list and rejects the policy with HTTP 400 ("The parameter Headers contains Authorization that is not allowed"), so the stack fails to deploy. Authorization reaches the origin only when it is in the cache key or when the policy forwards all viewer headers.',
    howToFix:
      'Use the managed origin request policy AllViewerExceptHostHeader (it forwards Authorization for every method), or put Authorization in a cache policy header whitelist (with MaxTTL >= 1) if responses are to be cached per caller.',
    facts: [46, 49],
    messages: {
      authorizationNamed: {
        severity: 'error',
        text: (behavior: string, name: string) =>
          `${behavior}: the origin request policy names "${name}"; CloudFront rejects that with HTTP 400. Use AllViewerExceptHostHeader, or put Authorization in the cache key.`,
      },
    },
    examples: {
      bad: 'originRequest: { custom: { headers: { behavior: whitelist, names: [Authorization, X-Request-Id] } } }',
      good: 'originRequest: { policy: AllViewerExceptHostHeader }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      const setting = ref.behavior.originRequest;
      if (!setting || !('custom' in setting)) continue;
      const headers = setting.custom.headers;
      if (headers.behavior !== 'whitelist' && headers.behavior !== 'allViewerAndWhitelistCloudFront') continue;
      headers.names.forEach((name, i) => {
        if (name.trim().toLowerCase() !== 'authorization') return;
        const origin = findOrigin(config, ref.behavior.originId);
        report({
          messageId: 'authorizationNamed',
          args: [behaviorLabel(ref.pattern, ref.isDefault), name],
          location: { configPath: [...ref.path, 'originRequest', 'custom', 'headers', 'names', i] },
          fix: {
            label: 'Use AllViewerExceptHostHeader',
            apply: updateBehavior(ref.path, (b) => {
              b.originRequest = recommendedOriginRequest(origin, null);
            }),
          },
        });
      });
    }
  },
});
