import type { ApifrontConfig } from '../model/schema';
import { normalizePattern, strippablePrefix } from '../paths/match';
import { defineRule } from './types';

/** The literal text of a route template, parameters left out: `/Users/{id}` -> `/Users/`. */
const routeLiterals = (path: string) => path.replace(/\{[^}]*\}/g, '');

/**
 * Why: path patterns are case-sensitive (fact 23), and so are API Gateway routes; `/API/*` in front of
 * routes `/api/...` forwards `/API/users`, which no route matches. Only the part of the pattern that
 * reaches the API counts (a stripped prefix does not). Failing shape: `/Api/*` with routes `/api/users`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF306',
    name: 'pattern-case',
    target: 'config',
    step: 'paths',
    title: 'Path patterns are case-sensitive',
    description: 'A behavior\'s path pattern has upper-case letters while all of its API\'s routes are lower-case.',
    rationale:
      'CloudFront matches patterns case-sensitively and forwards the path as the viewer wrote it; API Gateway routes are case-sensitive too, so `/Api/users` neither matches a lower-case pattern nor a lower-case route.',
    howToFix: 'Write the pattern in the same case as the routes.',
    facts: [23],
    messages: {
      upperCase: {
        severity: 'warning',
        text: (pattern: string, lower: string) =>
          `${pattern} has upper-case letters, but the API's routes are all lower-case and matching is case-sensitive: use ${lower}.`,
      },
    },
    examples: { bad: 'behaviors: [{ pathPattern: "/Api/*" }]  # routes: GET /api/users', good: 'behaviors: [{ pathPattern: "/api/*" }]' },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      if (ref.isDefault) continue;
      const { routes } = ref.origin.api;
      if (routes.length === 0 || routes.some((r) => /[A-Z]/.test(routeLiterals(r.path)))) continue;
      // A strip-prefix pattern is `/<literal>/*` or `/<literal>`: none of its letters reach the API.
      if (ref.behavior.stripPrefix && strippablePrefix(ref.pattern)) continue;
      if (!/[A-Z]/.test(ref.pattern)) continue;
      const index = ref.path[1] as number;
      const lower = ref.pattern.toLowerCase();
      const taken = config.behaviors.some((b, j) => j !== index && normalizePattern(b.pathPattern) === normalizePattern(lower));
      report({
        messageId: 'upperCase',
        args: [ref.pattern, lower],
        location: { configPath: [...ref.path, 'pathPattern'] },
        ...(taken
          ? {}
          : {
              fix: {
                label: `Change the pattern to ${lower}`,
                apply: (c: ApifrontConfig) => {
                  const b = c.behaviors[index];
                  if (b) b.pathPattern = lower;
                  return c;
                },
              },
            }),
      });
    }
  },
});
