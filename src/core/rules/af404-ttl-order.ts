import type { AnyBehavior } from '../model/schema';
import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

const TTL_FIELDS = ['minTtl', 'defaultTtl', 'maxTtl'] as const;
type TtlField = (typeof TTL_FIELDS)[number];
const CFN_NAMES: Record<TtlField, string> = { minTtl: 'MinTTL', defaultTtl: 'DefaultTTL', maxTtl: 'MaxTTL' };

/** The TTL holder of a behavior (a custom cache policy or legacy settings), with the key in the config. */
function ttlsOf(behavior: AnyBehavior): { key: 'custom' | 'legacy'; ttls: Partial<Record<TtlField, number>> } | undefined {
  if ('custom' in behavior.cache) return { key: 'custom', ttls: behavior.cache.custom };
  if ('legacy' in behavior.cache) return { key: 'legacy', ttls: behavior.cache.legacy };
  return undefined;
}

/** Negative values become 0 and fractions are rounded, then the given values are sorted ascending. */
function repairTtls(ttls: Partial<Record<TtlField, number>>): void {
  const present = TTL_FIELDS.filter((f) => typeof ttls[f] === 'number');
  const values = present.map((f) => Math.max(0, Math.round(ttls[f] ?? 0))).sort((a, b) => a - b);
  present.forEach((f, i) => {
    ttls[f] = values[i];
  });
}

/**
 * Why: TTLs are whole numbers >= 0 ordered MinTTL <= DefaultTTL <= MaxTTL (facts 35, 37); CloudFront
 * rejects anything else. Failing shape: `cache: { custom: { minTtl: 60, defaultTtl: 0, maxTtl: 3600 } }`.
 * Legacy behaviors are checked among the TTLs they set (absent ones take CloudFront's defaults).
 */
export const rule = defineRule({
  meta: {
    id: 'AF404',
    name: 'ttl-order',
    target: 'config',
    step: 'paths',
    title: 'TTLs must be whole numbers >= 0 with MinTTL <= DefaultTTL <= MaxTTL',
    description: 'A custom cache policy or a legacy behavior has a negative or fractional TTL, or TTLs out of order.',
    rationale:
      'CloudFront requires MinTTL <= DefaultTTL <= MaxTTL, each a whole number of seconds >= 0; a policy or behavior that breaks this is rejected and the stack fails.',
    howToFix: 'Reorder the values so that MinTTL <= DefaultTTL <= MaxTTL (one click), and use whole seconds >= 0.',
    facts: [35, 37],
    messages: {
      negative: {
        severity: 'error',
        text: (behavior: string, field: string, value: number) => `${behavior}: ${field} is ${value}; TTLs must be >= 0.`,
      },
      notWholeNumber: {
        severity: 'error',
        text: (behavior: string, field: string, value: number) => `${behavior}: ${field} is ${value}; TTLs are whole seconds.`,
      },
      unordered: {
        severity: 'error',
        text: (behavior: string, values: string) =>
          `${behavior}: the TTLs are not ordered (${values}); CloudFront needs MinTTL <= DefaultTTL <= MaxTTL. Reorder them.`,
      },
    },
    examples: {
      bad: 'cache: { custom: { minTtl: 300, defaultTtl: 60, maxTtl: 3600 } }',
      good: 'cache: { custom: { minTtl: 0, defaultTtl: 60, maxTtl: 3600 } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      const holder = ttlsOf(ref.behavior);
      if (!holder) continue;
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const base = [...ref.path, 'cache', holder.key];
      const fix = {
        label: 'Reorder the TTLs',
        apply: updateBehavior(ref.path, (b) => {
          const h = ttlsOf(b);
          if (h) repairTtls(h.ttls);
        }),
      };
      for (const field of TTL_FIELDS) {
        const value = holder.ttls[field];
        if (value === undefined) continue;
        if (value < 0) report({ messageId: 'negative', args: [label, CFN_NAMES[field], value], location: { configPath: [...base, field] }, fix });
        else if (!Number.isInteger(value)) report({ messageId: 'notWholeNumber', args: [label, CFN_NAMES[field], value], location: { configPath: [...base, field] }, fix });
      }
      const present = TTL_FIELDS.filter((f) => holder.ttls[f] !== undefined);
      const values = present.map((f) => holder.ttls[f] ?? 0);
      const ordered = values.every((v, i) => i === 0 || (values[i - 1] ?? 0) <= v);
      if (!ordered) {
        const shown = present.map((f) => `${CFN_NAMES[f]} ${holder.ttls[f]}`).join(', ');
        report({ messageId: 'unordered', args: [label, shown], location: { configPath: base }, fix });
      }
    }
  },
});
