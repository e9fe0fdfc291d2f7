import type { ApiSettings } from '../model/schema';
import { behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { forwardsHeader, hasName } from '../request/policies';
import { credentialHeaderForAuth } from '../request/credentials';
import { defineRule } from './types';

const AUTH_NAMES: Record<ApiSettings['auth'], string> = {
  none: 'no',
  iam: 'IAM',
  cognito: 'a Cognito',
  lambda: 'a Lambda',
  jwt: 'a JWT',
  apiKey: 'an API-key',
};

/**
 * Why: CloudFront drops viewer headers that are neither in the cache key nor forwarded by the origin
 * request policy (fact 44), and removes Authorization by default (fact 46): CachingDisabled alone sends
 * the API no credential, so every call gets 401/403. Failing shape: an API with `auth: 'cognito'` and
 * `originRequest: null` or `{ policy: 'CORS-CustomOrigin' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF405',
    name: 'credential-not-forwarded',
    target: 'config',
    step: 'paths',
    title: 'Forward the header the API authenticates with',
    description:
      'The API needs `Authorization` (Cognito, Lambda or JWT authorizer) or `x-api-key` (API keys), but the API behavior forwards it neither through the cache key nor through an all-viewer origin request policy, and no origin custom header supplies it.',
    rationale:
      'CloudFront sends the origin only the viewer headers that are in the cache key or that the origin request policy forwards, and it strips Authorization unless it is in the cache key or all viewer headers are forwarded. The authorizer then never sees a credential and every call gets 401 or 403.',
    howToFix:
      'Use the managed origin request policy AllViewerExceptHostHeader (it forwards Authorization and x-api-key), or put the header in the cache key of a cache policy with MaxTTL >= 1.',
    facts: [44, 46, 154],
    messages: {
      credentialNotForwarded: {
        severity: 'error',
        text: (behavior: string, header: string, authorizer: string) =>
          `${behavior} does not forward ${header} to the API, which uses ${authorizer} authorizer: every call gets 401/403. Use the origin request policy AllViewerExceptHostHeader.`,
      },
    },
    examples: {
      bad: 'api: { auth: cognito, ... }\ndefaultBehavior: { cache: { policy: CachingDisabled }, originRequest: null }',
      good: 'api: { auth: cognito, ... }\ndefaultBehavior: { cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const header = credentialHeaderForAuth(ref.origin.api.auth);
      if (!header) continue;
      if (forwardsHeader(ref.behavior, header) !== false) continue;
      if (hasName(ref.origin.customHeaders.map((h) => h.name), header)) continue;
      const legacy = 'legacy' in ref.behavior.cache;
      report({
        messageId: 'credentialNotForwarded',
        args: [behaviorLabel(ref.pattern, ref.isDefault), header, AUTH_NAMES[ref.origin.api.auth]],
        location: { configPath: [...ref.path, legacy ? 'cache' : 'originRequest'] },
        fix: legacy
          ? {
              label: `Forward ${header} (add it to the legacy headers)`,
              apply: updateBehavior(ref.path, (b) => {
                if ('legacy' in b.cache) b.cache.legacy.headers.push(header);
              }),
            }
          : {
              label: 'Use AllViewerExceptHostHeader',
              apply: updateBehavior(ref.path, (b, c) => {
                b.originRequest = recommendedOriginRequest(c.origins.find((o) => o.id === b.originId), b.originRequest);
              }),
            },
      });
    }
  },
});
