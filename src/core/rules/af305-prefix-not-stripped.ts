import { effectiveOriginPath } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { matchPattern, patternDirPrefix, strippablePrefix } from '../paths/match';
import { apiPathOf, isCatchAllRoute, routeCoversPrefix, sampleApiPath, samplePathForPattern } from '../paths/route';
import { functionRewritesOf, requestFor, traceVia } from '../request';
import { defineRule } from './types';

/**
 * Why: CloudFront never strips the matched pattern; it appends the whole viewer path to the origin
 * path (fact 33). `/api/*` in front of an API whose routes are `/users...` sends `/prod/api/users`,
 * and API Gateway answers 403 Missing Authentication Token (REST, fact 66) or 404 (HTTP API).
 * A custom domain's base path replaces the stage (fact 67). Failing shape: behavior `/api/*` ->
 * REST API with routes `[GET /users]`, `stripPrefix: false`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF305',
    name: 'prefix-not-stripped',
    target: 'config',
    step: 'paths',
    title: 'CloudFront does not strip a behavior\'s path prefix',
    description:
      'A prefixed behavior (`/api/*`) sends requests to an API whose routes do not start with that prefix (after the origin path or the custom domain\'s base path). Info with the exact upstream URL when the routes are unknown.',
    rationale:
      'CloudFront forwards the full viewer path after the origin path: with origin path /prod, /api/users reaches the API as /prod/api/users, so API Gateway looks for a route /api/users. If the routes are /users, every request gets 403 "Missing Authentication Token" (REST) or 404 "Not Found" (HTTP API).',
    howToFix:
      'Turn on "strip prefix" (a generated CloudFront Function removes the prefix), map the API under a custom-domain base path equal to the prefix, or give the routes the prefix.',
    facts: [33, 66, 67],
    messages: {
      routesLackPrefix: {
        severity: 'warning',
        text: (pattern: string, sample: string, upstream: string, apiPrefix: string, routes: string, status: string) =>
          `${pattern} sends ${sample} to ${upstream}: CloudFront does not strip ${apiPrefix}, and none of the API's routes (${routes}) start with ${apiPrefix}, so API Gateway answers ${status}. Turn on "strip prefix", use a custom-domain base path, or add the prefix to the routes.`,
      },
      prefixKept: {
        severity: 'info',
        text: (pattern: string, sample: string, upstream: string, apiPrefix: string) =>
          `${pattern} sends ${sample} to ${upstream}: CloudFront does not strip ${apiPrefix}, so the API's routes must start with ${apiPrefix}. If they do not, turn on "strip prefix".`,
      },
    },
    examples: {
      bad: 'behaviors: [{ pathPattern: "/api/*", originId: api }]  # routes: GET /users',
      good: 'behaviors: [{ pathPattern: "/api/*", originId: api, stripPrefix: true }]',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      if (ref.isDefault) continue;
      const index = ref.path[1] as number;
      const { origin, pattern } = ref;
      const strippable = strippablePrefix(pattern);
      if (functionRewritesOf(ref.behavior, pattern)?.stripPrefix) continue;
      const prefix = patternDirPrefix(pattern);
      if (prefix === '') continue;
      const target = apiPathOf(origin, `${effectiveOriginPath(origin)}${prefix}`);
      // A missing stage is the origin rules' finding; a prefix the stage or base path absorbs is fine.
      if (target.path === null || target.path === '/') continue;
      const apiPrefix = target.path;
      const { routes } = origin.api;
      if (routes.some((r) => routeCoversPrefix(r.path, apiPrefix))) continue;

      const firstRoute = routes.find((r) => !isCatchAllRoute(r.path));
      const routeTail = firstRoute ? (sampleApiPath(firstRoute.path) ?? '/').slice(1) : '';
      const fromRoute = routeTail ? samplePathForPattern(pattern, routeTail) : '';
      const sample = fromRoute && matchPattern(pattern, fromRoute) ? fromRoute : samplePathForPattern(pattern);
      const routed = traceVia(config, { ...ref, index }, requestFor(config, sample));
      if (!routed.ok) continue;
      const upstream = routed.trace.originRequest.url;
      const location = { configPath: [...ref.path, 'pathPattern'] };
      const fix = strippable
        ? {
            fix: {
              label: `Strip ${strippable} before forwarding`,
              apply: (c: ApifrontConfig) => {
                const b = c.behaviors[index];
                if (b) b.stripPrefix = true;
                return c;
              },
            },
          }
        : {};
      if (routes.length === 0) {
        report({ messageId: 'prefixKept', args: [pattern, sample, upstream, apiPrefix], location, ...fix });
        continue;
      }
      const shown = routes.slice(0, 3).map((r) => `${r.method} ${r.path}`).join(', ') + (routes.length > 3 ? ', ...' : '');
      const status = origin.api.kind === 'rest' ? '403 Missing Authentication Token' : '404 Not Found';
      report({ messageId: 'routesLackPrefix', args: [pattern, sample, upstream, apiPrefix, shown, status], location, ...fix });
    }
  },
});
