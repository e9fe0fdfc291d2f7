import { executeApiHost, usesExecuteApiHost } from '../model/derive';
import { ALL_VIEWER_EXCEPT_HOST, CACHING_DISABLED, behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { cacheKeyOf, headerSources } from '../request/policies';
import { defineRule } from './types';

/**
 * Why: API Gateway routes by its own host name (SNI and Host); a viewer Host such as api.example.com
 * reaching an execute-api origin gets 403 (facts 87, 88). Failing shape: `originRequest: { policy:
 * 'AllViewer' }`, a custom policy forwarding all headers or naming Host, a cache key holding Host
 * (UseOriginCacheControlHeaders keys on Host, and all of the key is forwarded, fact 43), or legacy
 * `headers: ['*']` / `['Host']` - on an execute-api origin. The AF216 custom-domain forms are AF216's.
 */
export const rule = defineRule({
  meta: {
    id: 'AF401',
    name: 'host-forwarded',
    target: 'config',
    step: 'paths',
    title: 'Do not forward the viewer Host header to an execute-api origin',
    description:
      'An API behavior whose origin is the API\'s execute-api host forwards the viewer `Host` header: through the origin request policy (AllViewer, AllViewerAndCloudFrontHeaders-2022-06, HostHeaderOnly, a custom policy forwarding all headers or naming Host) or through the cache key (a custom or managed cache policy keyed on Host, legacy `Headers: ["*"]` or `Host`).',
    rationale:
      'API Gateway picks the API by the host name the request was sent to. CloudFront normally sets Host to the origin domain; when the viewer\'s Host (your alias) is forwarded instead, API Gateway does not recognise it and answers 403 Forbidden for every request. Everything in the cache key is also forwarded, so a cache policy keyed on Host has the same effect.',
    howToFix:
      'Use the managed origin request policy AllViewerExceptHostHeader (b689b0a8-53d0-40ab-baf2-68738e2966ac), made for API Gateway: it forwards every viewer header except Host. Take Host out of custom cache policies; if the backend needs the public host name, turn on "forwarded host" (X-Forwarded-Host).',
    facts: [4, 6, 7, 8, 9, 12, 43, 61, 87, 88, 89, 179],
    messages: {
      originRequestForwardsHost: {
        severity: 'error',
        text: (behavior: string, policy: string, host: string) =>
          `${behavior} forwards the viewer Host header to ${host} (${policy}); API Gateway answers 403 to a Host it does not own. Use the origin request policy AllViewerExceptHostHeader.`,
      },
      cacheKeyHasHost: {
        severity: 'error',
        text: (behavior: string, policy: string, host: string) =>
          `${behavior} has Host in its cache key (${policy}), and everything in the cache key is forwarded, so ${host} receives the viewer Host and answers 403. Remove Host from the cache key, or use CachingDisabled + AllViewerExceptHostHeader.`,
      },
    },
    examples: {
      bad: 'origins: [{ type: apigateway, api: { id: a1b2c3d4e5, region: eu-west-1, ... } }]\ndefaultBehavior: { originId: api, cache: { policy: CachingDisabled }, originRequest: { policy: AllViewer } }',
      good: 'defaultBehavior: { originId: api, cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      if (!usesExecuteApiHost(ref.origin)) continue;
      const { behavior, origin } = ref;
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const host = executeApiHost(origin.api);

      const sources = headerSources(behavior, 'Host');
      const viaPolicy = sources.find((src) => src.via === 'originRequest');
      if (viaPolicy) {
        report({
          messageId: 'originRequestForwardsHost',
          args: [label, viaPolicy.label, host],
          location: { configPath: [...ref.path, 'originRequest'] },
          fix: {
            label: 'Use AllViewerExceptHostHeader',
            apply: updateBehavior(ref.path, (b) => {
              b.originRequest = { ...ALL_VIEWER_EXCEPT_HOST };
            }),
          },
        });
      }

      const viaKey = sources.find((src) => src.via === 'cacheKey');
      if (viaKey) {
        const name = viaKey.label;
        const key = cacheKeyOf(behavior.cache);
        const removeHostOnly = key?.source === 'custom';
        report({
          messageId: 'cacheKeyHasHost',
          args: [label, name, host],
          location: { configPath: [...ref.path, 'cache'] },
          fix: removeHostOnly
            ? {
                label: 'Remove Host from the cache key',
                apply: updateBehavior(ref.path, (b) => {
                  if (!('custom' in b.cache)) return;
                  const headers = b.cache.custom.headers;
                  headers.names = headers.names.filter((n) => n.trim().toLowerCase() !== 'host');
                  if (headers.names.length === 0) headers.behavior = 'none';
                }),
              }
            : {
                label: 'Use CachingDisabled + AllViewerExceptHostHeader',
                apply: updateBehavior(ref.path, (b) => {
                  b.cache = { ...CACHING_DISABLED };
                  b.originRequest = { ...ALL_VIEWER_EXCEPT_HOST };
                }),
              },
        });
      }
    }
  },
});
