import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { cacheKeyHasHeader, cacheKeyOf } from '../request/policies';
import { defineRule } from './types';

/** The request headers a CORS preflight answer depends on (fact 158). */
export const PREFLIGHT_HEADERS = ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers'] as const;

/**
 * Why: OPTIONS answers are cached apart from GET/HEAD (fact 19), but a preflight answer depends on
 * Origin and the Access-Control-Request-* headers; without them in the key one site's CORS answer is
 * served to another (fact 158), and cached OPTIONS break Authorization-based checks (fact 48). Failing
 * shape: `cachedMethods: 'get-head-options'` with a caching policy that does not key on those headers.
 */
export const rule = defineRule({
  meta: {
    id: 'AF411',
    name: 'options-cached-without-cors-key',
    target: 'config',
    step: 'paths',
    title: 'Do not cache OPTIONS without the CORS headers in the cache key',
    description:
      'An API behavior caches OPTIONS responses (OPTIONS in the cached methods and caching not disabled) without `Origin`, `Access-Control-Request-Method` and `Access-Control-Request-Headers` in the cache key.',
    rationale:
      'A CORS preflight answer is specific to the requesting site and the method and headers it asks for. When OPTIONS responses are cached without those headers in the cache key, the first site\'s answer is served to every other site, and browsers block their calls.',
    howToFix: 'Cache only GET and HEAD on API behaviors, or put Origin, Access-Control-Request-Method and Access-Control-Request-Headers in the cache key.',
    facts: [19, 48, 158],
    messages: {
      optionsCachedWithoutCorsKey: {
        severity: 'warning',
        text: (behavior: string, missing: string) =>
          `${behavior} caches OPTIONS responses but ${missing} not in the cache key: one site's CORS answer can be served to another. Cache only GET and HEAD, or key on the CORS request headers.`,
      },
    },
    examples: {
      bad: 'defaultBehavior: { methods: all, cachedMethods: get-head-options, cache: { policy: CachingOptimized } }',
      good: 'defaultBehavior: { methods: all, cachedMethods: get-head, cache: { policy: CachingDisabled } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      if (ref.behavior.cachedMethods !== 'get-head-options') continue;
      const key = cacheKeyOf(ref.behavior.cache);
      if (!key || key.cachingDisabled) continue;
      const missing = PREFLIGHT_HEADERS.filter((h) => !cacheKeyHasHeader(key, h));
      if (missing.length === 0) continue;
      report({
        messageId: 'optionsCachedWithoutCorsKey',
        args: [behaviorLabel(ref.pattern, ref.isDefault), `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'}`],
        location: { configPath: [...ref.path, 'cachedMethods'] },
        fix: { label: 'Cache only GET and HEAD', apply: updateBehavior(ref.path, (b) => { b.cachedMethods = 'get-head'; }) },
      });
    }
  },
});
