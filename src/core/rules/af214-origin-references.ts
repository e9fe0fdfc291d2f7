import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** `api` -> `api-2` (or `-3` ...), a name no other origin uses. */
function freeId(config: ApifrontConfig, id: string): string {
  const taken = new Set(config.origins.map((o) => o.id));
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

/**
 * Why: origin IDs must be unique and every behavior's TargetOriginId must name an origin of the same
 * distribution (facts 31, 81).
 * Failing shapes: two origins with ID `api`; a behavior with `originId: 'missing'`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF214',
    name: 'origin-references',
    target: 'config',
    step: 'origin',
    title: 'Unique origin IDs and valid behavior targets',
    description: 'Origin IDs must be unique, and every behavior must target an existing origin ID.',
    rationale:
      'CloudFront rejects a distribution with two origins of the same ID or a behavior whose TargetOriginId matches no origin.',
    howToFix: 'Rename the repeated origin (one click), or point the behavior at an existing origin.',
    facts: [31, 81],
    messages: {
      duplicateId: {
        severity: 'error',
        text: (id: string, renamed: string) => `Two origins have the ID "${id}"; origin IDs must be unique. Rename this one (for example to "${renamed}").`,
      },
      unknownOrigin: {
        severity: 'error',
        text: (pattern: string, id: string, known: string) =>
          `Behavior ${pattern} targets origin "${id}", which does not exist (origins: ${known}). Choose one of them.`,
      },
    },
    examples: {
      bad: "origins: [{ id: api }], behaviors: [{ pathPattern: '/v2/*', originId: api-v2 }]",
      good: "origins: [{ id: api }, { id: api-v2 }], behaviors: [{ pathPattern: '/v2/*', originId: api-v2 }]",
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    const seen = new Set<string>();
    config.origins.forEach((origin, i) => {
      if (!seen.has(origin.id)) {
        seen.add(origin.id);
        return;
      }
      const renamed = freeId(config, origin.id);
      report({
        messageId: 'duplicateId',
        args: [origin.id, renamed],
        location: { configPath: ['origins', i, 'id'] },
        fix: {
          label: `Rename to ${renamed}`,
          apply: (c) => {
            const next = structuredClone(c);
            const target = next.origins[i];
            if (target) target.id = renamed;
            return next;
          },
        },
      });
    });
    const known = [...seen].map((id) => `"${id}"`).join(', ');
    // derived.behaviors() lists the ordered behaviors by index, then the default one.
    derived.behaviors().forEach((ref, position) => {
      if (seen.has(ref.behavior.originId)) return;
      const only = config.origins.length === 1 ? config.origins[0] : undefined;
      report({
        messageId: 'unknownOrigin',
        args: [ref.isDefault ? 'default (*)' : ref.pattern, ref.behavior.originId, known],
        location: { configPath: [...ref.path, 'originId'] },
        ...(only
          ? {
              fix: {
                label: `Send it to origin ${only.id}`,
                apply: (c: ApifrontConfig) => {
                  const next = structuredClone(c);
                  const behavior = ref.isDefault ? next.defaultBehavior : next.behaviors[position];
                  if (behavior) behavior.originId = only.id;
                  return next;
                },
              },
            }
          : {}),
      });
    });
  },
});
