import { behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { forwardsCookie, forwardsQueryString } from '../request/policies';
import { defineRule } from './types';

/**
 * Why: CloudFront forwards only the query strings and cookies that are in the cache key or the origin
 * request policy (fact 44); CachingDisabled alone forwards none. Failing shape: an API with
 * `usesQueryStrings: true` behind `cache: { policy: 'CachingDisabled' }, originRequest: null`, or
 * legacy `queryString: false`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF409',
    name: 'query-strings-dropped',
    target: 'config',
    step: 'paths',
    title: 'Forward the query strings and cookies the API reads',
    description:
      'The API reads query strings (or cookies) but its API behavior forwards none: for example CachingDisabled with no origin request policy, or legacy `QueryString: false`.',
    rationale:
      'Viewer query strings and cookies that are neither in the cache key nor forwarded by the origin request policy are removed before the request reaches the API. The API then sees `/orders` instead of `/orders?page=2` and answers as if no parameters were sent.',
    howToFix:
      'Use the managed origin request policy AllViewerExceptHostHeader (all query strings and cookies), or put them in the cache key; with legacy settings, set QueryString to true / forward the cookies.',
    facts: [44],
    messages: {
      queryStringsDropped: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} forwards no query strings, but the API reads them: CloudFront removes them before the request reaches the API. Use the origin request policy AllViewerExceptHostHeader.`,
      },
      cookiesDropped: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} forwards no cookies, but the API reads them: CloudFront removes them before the request reaches the API. Use the origin request policy AllViewerExceptHostHeader.`,
      },
    },
    examples: {
      bad: 'api: { usesQueryStrings: true, ... }\ndefaultBehavior: { cache: { policy: CachingDisabled }, originRequest: null }',
      good: 'api: { usesQueryStrings: true, ... }\ndefaultBehavior: { cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const { api } = ref.origin;
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const legacy = 'legacy' in ref.behavior.cache;
      const location = { configPath: [...ref.path, legacy ? 'cache' : 'originRequest'] };
      const useAllViewer = updateBehavior(ref.path, (b, c) => {
        b.originRequest = recommendedOriginRequest(c.origins.find((o) => o.id === b.originId), b.originRequest);
      });
      if (api.usesQueryStrings && forwardsQueryString(ref.behavior) === false) {
        report({
          messageId: 'queryStringsDropped',
          args: [label],
          location,
          fix: legacy
            ? { label: 'Forward query strings (QueryString: true)', apply: updateBehavior(ref.path, (b) => { if ('legacy' in b.cache) b.cache.legacy.queryString = true; }) }
            : { label: 'Use AllViewerExceptHostHeader', apply: useAllViewer },
        });
      }
      if (api.usesCookies && forwardsCookie(ref.behavior) === false) {
        report({
          messageId: 'cookiesDropped',
          args: [label],
          location,
          fix: legacy
            ? { label: 'Forward all cookies', apply: updateBehavior(ref.path, (b) => { if ('legacy' in b.cache) b.cache.legacy.cookies = { forward: 'all', names: [] }; }) }
            : { label: 'Use AllViewerExceptHostHeader', apply: useAllViewer },
        });
      }
    }
  },
});
