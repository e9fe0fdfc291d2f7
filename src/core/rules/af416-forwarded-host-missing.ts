import { executeApiHost } from '../model/derive';
import { behaviorLabel, recommendedOriginRequest, updateBehavior } from './af4xx-forwarding';
import { forwardsHeader } from '../request/policies';
import { defineRule } from './types';

/** Route paths that usually build absolute URLs from the request host (redirects, OAuth callbacks). */
const ABSOLUTE_URL_ROUTE = /(?:^|[/_-])(?:callback|redirect|login|logout|signin|signout|sign-in|sign-out|oauth2?|authorize|sso)(?:$|[/_.{-])/i;

/**
 * Why: CloudFront rewrites Host to the origin's domain, so the API sees the execute-api host, never
 * the public one (fact 90). The fix copies Host into X-Forwarded-Host in a viewer-request function, but
 * that header only arrives when the behavior forwards it. Failing shapes: `forwardedHost: true` with
 * `originRequest: null` (or a policy that does not forward X-Forwarded-Host); or routes such as
 * `/auth/callback` (which build absolute redirect URLs) without `forwardedHost`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF416',
    name: 'forwarded-host-missing',
    target: 'config',
    step: 'paths',
    title: 'Let the API see the public host name when it needs it',
    description:
      '`forwardedHost` is on but the behavior does not forward `X-Forwarded-Host` to the API; or the API has routes that build absolute URLs (login, logout, OAuth callbacks, redirects) while it sees only its own execute-api host.',
    rationale:
      'CloudFront replaces Host with the origin\'s domain name, so redirects and links the API builds from Host point at the execute-api host instead of your domain. The usual remedy is a viewer-request function that copies Host into X-Forwarded-Host, and a behavior that forwards that header; the API must trust it only when the request came through CloudFront.',
    howToFix: 'Turn on "forwarded host" for the behavior and use AllViewerExceptHostHeader, which forwards X-Forwarded-Host.',
    facts: [90],
    messages: {
      forwardedHostNotForwarded: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} copies Host into X-Forwarded-Host, but does not forward X-Forwarded-Host to the API, so the API never sees it. Use the origin request policy AllViewerExceptHostHeader.`,
      },
      absoluteUrls: {
        severity: 'warning',
        text: (behavior: string, route: string, host: string) =>
          `${behavior}: the API has routes like ${route} that usually build absolute URLs, but it sees only ${host} as its host. Turn on "forwarded host" so it receives X-Forwarded-Host.`,
      },
    },
    examples: {
      bad: 'defaultBehavior: { forwardedHost: true, cache: { policy: CachingDisabled }, originRequest: null }',
      good: 'defaultBehavior: { forwardedHost: true, cache: { policy: CachingDisabled }, originRequest: { policy: AllViewerExceptHostHeader } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const legacy = 'legacy' in ref.behavior.cache;
      const forwardHeader = updateBehavior(ref.path, (b, c) => {
        if ('legacy' in b.cache) {
          if (forwardsHeader(b, 'X-Forwarded-Host') === false) b.cache.legacy.headers.push('X-Forwarded-Host');
        } else if (forwardsHeader(b, 'X-Forwarded-Host') === false) {
          b.originRequest = recommendedOriginRequest(c.origins.find((o) => o.id === b.originId), b.originRequest);
        }
      });
      if (ref.behavior.forwardedHost) {
        if (forwardsHeader(ref.behavior, 'X-Forwarded-Host') !== false) continue;
        report({
          messageId: 'forwardedHostNotForwarded',
          args: [label],
          location: { configPath: [...ref.path, legacy ? 'cache' : 'originRequest'] },
          fix: { label: legacy ? 'Forward X-Forwarded-Host' : 'Use AllViewerExceptHostHeader', apply: forwardHeader },
        });
        continue;
      }
      if (config.domain.aliases.length === 0) continue;
      // The API sees the viewer's host anyway when Host is forwarded (AF216's custom-domain form).
      if (forwardsHeader(ref.behavior, 'Host') !== false) continue;
      const route = ref.origin.api.routes.find((r) => ABSOLUTE_URL_ROUTE.test(r.path));
      if (!route) continue;
      const originHost = ref.origin.api.customDomain?.name ?? executeApiHost(ref.origin.api);
      const turnOn = updateBehavior(ref.path, (b) => {
        b.forwardedHost = true;
      });
      report({
        messageId: 'absoluteUrls',
        args: [label, route.path, originHost],
        location: { configPath: [...ref.path, 'forwardedHost'] },
        fix: { label: 'Turn on forwarded host (X-Forwarded-Host)', apply: (c) => forwardHeader(turnOn(c)) },
      });
    }
  },
});
