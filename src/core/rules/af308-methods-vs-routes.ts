import { allowedMethods } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { firstMatch } from '../paths/match';
import { isCatchAllRoute, sampleApiPath } from '../paths/route';
import { viewerPathFor } from '../request';
import { defineRule } from './types';

/**
 * Why: a method the behavior does not allow gets a CloudFront 403 ("not configured to allow the HTTP
 * request method") and never falls through to another behavior (facts 20, 21); CORS preflights need
 * OPTIONS (fact 157). A route counts for a behavior when CloudFront would send its path through that
 * behavior. Failing shape: routes `[POST /users]` behind a behavior with `methods: get-head`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF308',
    name: 'methods-vs-routes',
    target: 'config',
    step: 'paths',
    title: 'Allow the methods the API\'s routes use',
    description:
      'An API behavior does not allow a method that one of the routes it serves uses, or the API has CORS on and the behavior does not allow OPTIONS. An ANY route (or `$default`) behind a GET/HEAD-only behavior is reported as info: it may serve only reads.',
    rationale:
      'CloudFront selects the behavior by path alone; when that behavior does not allow the request\'s method, CloudFront answers 403 "This distribution is not configured to allow the HTTP request method" itself, and browsers\' CORS preflights (OPTIONS) fail the same way.',
    howToFix: 'Allow all seven methods on API behaviors.',
    facts: [13, 20, 21, 157],
    messages: {
      routeMethodBlocked: {
        severity: 'warning',
        text: (behavior: string, methods: string, routes: string, allowed: string) =>
          `${behavior} allows only ${allowed}, but the API has ${routes}: CloudFront answers ${methods} requests with 403 before they reach the API. Allow all seven methods.`,
      },
      anyRouteLimited: {
        severity: 'info',
        text: (behavior: string, routes: string, allowed: string) =>
          `${behavior} allows only ${allowed}, but ${routes} takes any method: if the API answers other methods there (POST, PUT ...), CloudFront refuses them with 403. Allow all seven methods unless the route only serves reads.`,
      },
      corsNeedsOptions: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} does not allow OPTIONS, but the API has CORS on: browsers' preflight requests get a CloudFront 403. Allow all seven methods (or at least GET, HEAD, OPTIONS).`,
      },
    },
    examples: { bad: 'defaultBehavior: { methods: get-head }  # routes: POST /orders', good: 'defaultBehavior: { methods: all }' },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      const allowed: readonly string[] = allowedMethods(ref.behavior.methods);
      if (allowed.length === 7) continue;
      const label = ref.isDefault ? 'The default behavior' : `Behavior ${ref.pattern}`;
      const location = { configPath: [...ref.path, 'methods'] };
      const fix = {
        label: 'Allow all seven methods',
        mutate: (c: ApifrontConfig) => {
          const b = ref.isDefault ? c.defaultBehavior : c.behaviors[ref.path[1] as number];
          if (b) b.methods = 'all';
        },
      };
      const reachesBehavior = (template: string) => {
        if (isCatchAllRoute(template)) return true;
        const apiPath = sampleApiPath(template);
        const viewer = apiPath ? viewerPathFor(ref.origin, ref, apiPath) : null;
        if (!viewer) return false;
        const chosen = firstMatch(config, viewer);
        return chosen.path.join('.') === ref.path.join('.');
      };
      const blocked = ref.origin.api.routes.filter((r) => r.method !== 'ANY' && !allowed.includes(r.method) && reachesBehavior(r.path));
      if (blocked.length > 0) {
        const methods = [...new Set(blocked.map((r) => r.method))].join(', ');
        const routes = blocked
          .slice(0, 3)
          .map((r) => `${r.method} ${r.path}`)
          .join(', ');
        report({
          messageId: 'routeMethodBlocked',
          args: [label, methods, routes + (blocked.length > 3 ? ', ...' : ''), allowed.join(', ')],
          location,
          fix,
        });
      } else {
        // An ANY route (or the $default catch-all) may serve only reads, so this is a hint, not a warning.
        const anyRoutes = ref.origin.api.routes.filter((r) => r.method === 'ANY' && reachesBehavior(r.path));
        if (anyRoutes.length > 0) {
          const routes = anyRoutes.slice(0, 3).map((r) => `ANY ${r.path}`).join(', ') + (anyRoutes.length > 3 ? ', ...' : '');
          report({ messageId: 'anyRouteLimited', args: [label, routes, allowed.join(', ')], location, fix });
        }
        if (ref.origin.api.cors && !allowed.includes('OPTIONS')) report({ messageId: 'corsNeedsOptions', args: [label], location, fix });
      }
    }
  },
});
