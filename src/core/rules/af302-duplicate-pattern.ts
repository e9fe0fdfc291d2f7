import { normalizePattern } from '../paths/match';
import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/**
 * Why: only the default behavior may match everything (facts 27, 29), and of two behaviors with the
 * same pattern the second is dead weight that CloudFront rejects as a duplicate. Patterns are compared
 * as CloudFront reads them: `api/*` and `/api/*` are the same (fact 25), `**` is `*`.
 * Failing shapes: `behaviors: [{ pathPattern: '*' }]`; `/api/*` twice.
 */
export const rule = defineRule({
  meta: {
    id: 'AF302',
    name: 'duplicate-pattern',
    target: 'config',
    step: 'paths',
    title: 'No catch-all or duplicate path patterns among the ordered behaviors',
    description: 'An ordered behavior uses the pattern `*`, or two ordered behaviors have the same pattern (a leading `/` does not make them differ).',
    rationale:
      'The default behavior is the one that matches every path and it is always evaluated last; CDK and CloudFront refuse `*` on an additional behavior. Two behaviors with the same pattern are rejected, and the second could never be used anyway because the first match wins.',
    howToFix: 'Move the catch-all settings into the default behavior; remove or change the duplicate.',
    facts: [27, 29],
    messages: {
      catchAll: {
        severity: 'error',
        text: (index: number, pattern: string) =>
          `Behavior ${index + 1} uses the pattern ${pattern}, which only the default behavior may have; put these settings in the default behavior instead.`,
      },
      duplicate: {
        severity: 'error',
        text: (pattern: string, index: number, firstIndex: number, firstPattern: string) =>
          `Behavior ${index + 1} (${pattern}) repeats the pattern of behavior ${firstIndex + 1} (${firstPattern}); CloudFront rejects duplicates and would never reach the second. Remove it or change its pattern.`,
      },
    },
    examples: { bad: 'behaviors: [{ pathPattern: "/api/*" }, { pathPattern: "api/*" }]', good: 'behaviors: [{ pathPattern: "/api/*" }, { pathPattern: "/static/*" }]' },
  },
  check({ config }, report) {
    if (!config) return;
    const seen = new Map<string, number>();
    config.behaviors.forEach(({ pathPattern }, i) => {
      if (pathPattern === '') return; // AF301
      const location = { configPath: ['behaviors', i, 'pathPattern'] };
      const key = normalizePattern(pathPattern);
      if (key === '*') {
        report({ messageId: 'catchAll', args: [i, pathPattern], location });
        return;
      }
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      report({
        messageId: 'duplicate',
        args: [pathPattern, i, first, config.behaviors[first]?.pathPattern ?? key],
        location,
        // Duplicates are never matched (first match wins), so removing them changes no routing.
        fix: {
          label: `Remove the later copies of ${pathPattern}`,
          mutate: (c: ApifrontConfig) => {
            c.behaviors = c.behaviors.filter((b, j) => j <= first || normalizePattern(b.pathPattern) !== key);
          },
        },
      });
    });
  },
});
