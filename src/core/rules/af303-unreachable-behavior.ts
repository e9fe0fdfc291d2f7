import { compilePattern, patternIncludes } from '../paths/inclusion';
import type { ApifrontConfig, Behavior } from '../model/schema';
import { defineRule } from './types';

/** For each behavior, the first earlier behavior whose pattern matches every path it matches. */
function shadows(behaviors: readonly Pick<Behavior, 'pathPattern'>[]): (number | undefined)[] {
  const compiled = behaviors.map((b) => (b.pathPattern === '' ? undefined : compilePattern(b.pathPattern)));
  return compiled.map((narrower, j) => {
    if (!narrower) return undefined;
    for (let i = 0; i < j; i++) {
      const earlier = compiled[i];
      // Identical patterns are AF302's; a `*` behavior is AF302's too, but what it hides is reported here.
      if (!earlier || earlier.pattern === narrower.pattern) continue;
      if (patternIncludes(earlier, narrower)) return i;
    }
    return undefined;
  });
}

/**
 * The order after moving every behavior that `broaderIndex` hides right above it, narrowest first
 * (a moved behavior goes before any moved one that includes it), everything else in place.
 */
function reorder<T extends Pick<Behavior, 'pathPattern'>>(list: readonly T[], hiddenBy: readonly (number | undefined)[], broaderIndex: number): T[] {
  const group: T[] = [];
  for (const [k, item] of list.entries()) {
    if (hiddenBy[k] !== broaderIndex) continue;
    const at = group.findIndex((g) => patternIncludes(g.pathPattern, item.pathPattern));
    if (at === -1) group.push(item);
    else group.splice(at, 0, item);
  }
  const rest = list.filter((_, k) => hiddenBy[k] !== broaderIndex);
  const broader = list[broaderIndex];
  const at = broader === undefined ? 0 : rest.indexOf(broader);
  return [...rest.slice(0, at), ...group, ...rest.slice(at)];
}

/**
 * Why: behaviors are tried in order and the first match wins (fact 27), so a behavior listed after a
 * broader one is never used, and its (often stricter) settings never apply (fact 28). Decided by exact
 * glob inclusion (src/core/paths/inclusion.ts), not by a prefix guess.
 * Failing shape: `behaviors: [{ pathPattern: '/api/*' }, { pathPattern: '/api/admin/*' }]`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF303',
    name: 'unreachable-behavior',
    target: 'config',
    step: 'paths',
    title: 'A behavior after a broader one is never used',
    description: 'An earlier behavior\'s pattern matches every path a later behavior\'s pattern matches, so the later one can never be selected.',
    rationale:
      'CloudFront evaluates behaviors in list order and uses the first whose pattern matches; a more specific pattern listed after a broader one never matches anything, which silently bypasses its settings (for example a stricter cache or method setting for /api/admin/*).',
    howToFix: 'Move the more specific behavior above the broader one.',
    facts: [27, 28],
    messages: {
      unreachable: {
        severity: 'warning',
        text: (pattern: string, index: number, broader: string, broaderIndex: number) =>
          `Behavior ${index + 1} (${pattern}) is never used: behavior ${broaderIndex + 1} (${broader}) comes first and matches every path ${pattern} matches. Move ${pattern} above ${broader}.`,
      },
      equivalent: {
        severity: 'warning',
        text: (pattern: string, index: number, other: string, otherIndex: number) =>
          `Behavior ${index + 1} (${pattern}) is never used: behavior ${otherIndex + 1} (${other}) matches exactly the same paths and comes first. Remove one of them.`,
      },
    },
    examples: {
      bad: 'behaviors: [{ pathPattern: "/api/*" }, { pathPattern: "/api/admin/*" }]',
      good: 'behaviors: [{ pathPattern: "/api/admin/*" }, { pathPattern: "/api/*" }]',
    },
  },
  check({ config }, report) {
    if (!config) return;
    const hiddenBy = shadows(config.behaviors);
    const before = hiddenBy.filter((s) => s !== undefined).length;
    hiddenBy.forEach((broaderIndex, j) => {
      if (broaderIndex === undefined) return;
      const pattern = config.behaviors[j]?.pathPattern ?? '';
      const broader = config.behaviors[broaderIndex]?.pathPattern ?? '';
      const location = { configPath: ['behaviors', j, 'pathPattern'] };
      if (patternIncludes(pattern, broader)) {
        report({ messageId: 'equivalent', args: [pattern, j, broader, broaderIndex], location });
        return;
      }
      // Offer the move only when it really helps: fewer unreachable behaviors and none left at this place.
      const after = shadows(reorder(config.behaviors, hiddenBy, broaderIndex));
      const fixable = after[j] === undefined && after.filter((s) => s !== undefined).length < before;
      report({
        messageId: 'unreachable',
        args: [pattern, j, broader, broaderIndex],
        location,
        ...(fixable
          ? {
              fix: {
                label: `Move ${pattern} (and any other behavior ${broader} hides) above ${broader}`,
                mutate: (c: ApifrontConfig) => {
                  c.behaviors = reorder(c.behaviors, shadows(c.behaviors), broaderIndex);
                },
              },
            }
          : {}),
      });
    });
  },
});
