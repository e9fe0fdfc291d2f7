import { cloudFrontAliasTarget, isRecord, resolveBoolean, resolveString, route53Records, templateLocation } from './template-helpers';
import { defineRule } from './types';

/**
 * Why: alias records take their TTL from the target and must omit `TTL`; for CloudFront targets
 * `EvaluateTargetHealth` must be false (facts 133, 135).
 * Failing shapes: `{ AliasTarget: {...}, TTL: 300 }`, `AliasTarget: { EvaluateTargetHealth: true }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF603',
    name: 'alias-record-ttl',
    target: 'template',
    step: 'domain',
    title: 'Alias records: no TTL, no target health evaluation',
    description: 'An alias record must not set TTL, and an alias to CloudFront must not evaluate target health.',
    rationale:
      'Route 53 rejects a TTL on an alias record (it uses the target\'s TTL), and CloudFront targets do not support EvaluateTargetHealth; the record set fails to create.',
    howToFix: 'Remove TTL; set EvaluateTargetHealth to false (or omit it).',
    facts: [133, 135],
    messages: {
      ttlOnAlias: {
        severity: 'error',
        text: (name: string) => `Alias record ${name} sets TTL; alias records must omit it (Route 53 uses the target's TTL). Remove TTL.`,
      },
      evaluateTargetHealth: {
        severity: 'error',
        text: (name: string) => `Alias record ${name} points at CloudFront with EvaluateTargetHealth true; CloudFront targets require false. Set it to false.`,
      },
    },
    examples: {
      bad: 'RecordSet: { Type: A, TTL: 300, AliasTarget: { EvaluateTargetHealth: true, ... } }',
      good: 'RecordSet: { Type: A, AliasTarget: { EvaluateTargetHealth: false, ... } }',
    },
  },
  check({ template }, report) {
    if (!template) return;
    const t = template.template;
    for (const ref of route53Records(t)) {
      const alias = ref.record.AliasTarget;
      if (!isRecord(alias)) continue;
      const name = resolveString(t, ref.record.Name) ?? ref.logicalId;
      if (ref.record.TTL !== undefined) {
        report({ messageId: 'ttlOnAlias', args: [name], location: templateLocation(template, ref.logicalId, [...ref.path, 'TTL']) });
      }
      if (cloudFrontAliasTarget(t, ref.record) && resolveBoolean(t, alias.EvaluateTargetHealth) === true) {
        report({
          messageId: 'evaluateTargetHealth',
          args: [name],
          location: templateLocation(template, ref.logicalId, [...ref.path, 'AliasTarget', 'EvaluateTargetHealth']),
        });
      }
    }
  },
});
