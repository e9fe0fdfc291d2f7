import type { ConfigPath } from '../model/parse';
import { CACHING_DISABLED, behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { cacheKeyHasHeader, cacheKeyOf } from '../request/policies';
import { credentialHeaderForAuth } from '../request/credentials';
import { defineRule, type Fix } from './types';

/** The one fix for a per-user response that can be cached: stop caching on that behavior. */
function disableCaching(path: ConfigPath): Fix {
  return {
    label: 'Disable caching (CachingDisabled + AllViewerExceptHostHeader)',
    mutate: updateBehavior(path, (b, c) => {
      b.cache = { ...CACHING_DISABLED };
      b.originRequest = recommendedOriginRequest(c.origins.find((o) => o.id === b.originId), b.originRequest);
    }),
  };
}

/**
 * Why: a cached response is served to every request with the same cache key (fact 43); when the
 * credential is not in the key, one caller's answer reaches another, or a caller without credentials
 * (fact 155). Failing shape: `auth: 'cognito'` with `cache: { policy: 'CachingOptimized' }` or a custom
 * policy with DefaultTTL > 0 that does not key on Authorization.
 */
export const rule = defineRule({
  meta: {
    id: 'AF406',
    name: 'authenticated-response-cached',
    target: 'config',
    step: 'paths',
    title: 'Do not cache an authenticated API without the credential in the cache key',
    description:
      'An API behavior of an API that authenticates callers (IAM, Cognito, Lambda, JWT or API keys) may cache responses (MinTTL or DefaultTTL > 0, including managed policies such as CachingOptimized) but its cache key does not hold the credential header; or, behind a user authorizer (IAM, Cognito, Lambda, JWT), it caches whatever the API marks cacheable (TTLs 0 / 0 / MaxTTL > 0, as "Honour the API\'s Cache-Control" does) without the credential in the key.',
    rationale:
      'CloudFront serves a cached response to every request with the same cache key. Without Authorization or x-api-key in the key, one caller\'s response is served to another caller, or to someone with no credentials at all.',
    howToFix:
      'Disable caching (managed CachingDisabled with AllViewerExceptHostHeader), or put the credential header in the cache policy\'s header whitelist so each caller gets their own cache entry; cache only public data otherwise.',
    facts: [43, 47, 155],
    messages: {
      cachedWithoutCredential: {
        severity: 'warning',
        text: (behavior: string, header: string, ttls: string) =>
          `${behavior} may cache API responses (${ttls}) but ${header} is not in the cache key: one caller's response can be served to another. Disable caching, or key on ${header}.`,
      },
      originMaxAgeShared: {
        severity: 'warning',
        text: (behavior: string, header: string, maxTtl: number) =>
          `${behavior} caches whatever the API marks cacheable (MaxTTL ${maxTtl}) but ${header} is not in the cache key: a per-user GET answered with Cache-Control max-age is served to other callers. Disable caching, key on ${header}, or make sure the API sends max-age only on public data.`,
      },
    },
    examples: {
      bad: 'api: { auth: jwt, ... }\ndefaultBehavior: { cache: { policy: CachingOptimized } }',
      good: 'api: { auth: jwt, ... }\ndefaultBehavior: { cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const auth = ref.origin.api.auth;
      const header = auth === 'iam' ? 'Authorization' : credentialHeaderForAuth(auth);
      if (!header) continue;
      const key = cacheKeyOf(ref.behavior.cache);
      if (!key || key.cachingDisabled) continue;
      if (cacheKeyHasHeader(key, header)) continue;
      if (key.minTtl <= 0 && key.defaultTtl <= 0) {
        // "Honour the API's Cache-Control": nothing is cached unless the API says so, but then for everyone.
        // API keys identify a client app rather than a user, so that case stays quiet.
        if (key.maxTtl > 0 && auth !== 'apiKey') {
          report({
            messageId: 'originMaxAgeShared',
            args: [behaviorLabel(ref.pattern, ref.isDefault), header, key.maxTtl],
            location: { configPath: [...ref.path, 'cache'] },
            fix: disableCaching(ref.path),
          });
        }
        continue;
      }
      const policy = key.managed ? `${key.managed}, ` : '';
      report({
        messageId: 'cachedWithoutCredential',
        args: [behaviorLabel(ref.pattern, ref.isDefault), header, `${policy}MinTTL ${key.minTtl}, DefaultTTL ${key.defaultTtl}`],
        location: { configPath: [...ref.path, 'cache'] },
        fix: disableCaching(ref.path),
      });
    }
  },
});
