import { cloudFrontAliasTarget, distributions, resolveBoolean, resolveString, route53Records, templateLocation } from './template-helpers';
import { defineRule } from './types';

const normalise = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/**
 * Why: with IPv6 enabled CloudFront answers AAAA, but Route 53 alias users only get IPv6 with a second,
 * AAAA alias record; an AAAA record without IPv6 resolves to nothing (facts 114, 136).
 * (apifront's renderer always writes A and AAAA with IPv6, so this runs on templates only.)
 * Failing shape: `IPV6Enabled: true` and only an A alias record for `api.example.com`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF602',
    name: 'ipv6-aaaa',
    target: 'template',
    step: 'domain',
    title: 'IPv6 needs an AAAA alias record',
    description: 'With IPv6 enabled every alias record name needs an AAAA alias besides the A one; an AAAA alias needs IPv6 enabled.',
    rationale:
      'An A alias only returns IPv4 addresses; IPv6-only or IPv6-preferring clients get nothing over IPv6 without the AAAA alias. Without IPV6Enabled, an AAAA alias to the distribution returns no addresses.',
    howToFix: 'Add an AAAA alias record with the same name and target (or drop the AAAA record / enable IPv6).',
    facts: [114, 136],
    messages: {
      missingAaaa: {
        severity: 'warning',
        text: (name: string) => `IPv6 is enabled but ${name} has only an A alias record; add an AAAA alias record with the same name and target.`,
      },
      aaaaWithoutIpv6: {
        severity: 'warning',
        text: (name: string, distribution: string) =>
          `${name} has an AAAA alias record, but distribution ${distribution} does not enable IPv6 (IPV6Enabled), so it resolves to nothing. Enable IPv6 or drop the AAAA record.`,
      },
    },
    examples: {
      bad: 'IPV6Enabled: true; RecordSet { Type: A, AliasTarget: ... } only',
      good: 'IPV6Enabled: true; RecordSet { Type: A, AliasTarget: ... } and RecordSet { Type: AAAA, AliasTarget: ... }',
    },
  },
  check({ template }, report) {
    if (!template) return;
    const t = template.template;
    const ipv6 = new Map(distributions(t).map((d) => [d.logicalId, resolveBoolean(t, d.config.IPV6Enabled)]));
    const records = route53Records(t).flatMap((ref) => {
      const target = cloudFrontAliasTarget(t, ref.record);
      const literal = resolveString(t, ref.record.Name);
      // A name known only at deploy time (`!Sub ${Stage}--${Domain}`) still pairs with a record
      // built from the same expression, so a missing AAAA is found either way.
      const name = literal !== undefined ? normalise(literal) : ref.record.Name !== undefined ? `expression ${JSON.stringify(ref.record.Name)}` : undefined;
      const type = resolveString(t, ref.record.Type);
      return target && target !== 'external' && name !== undefined && type !== undefined ? [{ ...ref, target, name, label: literal !== undefined ? normalise(literal) : `the record ${ref.logicalId}`, type }] : [];
    });
    for (const r of records) {
      const enabled = ipv6.get(r.target);
      const location = templateLocation(template, r.logicalId, [...r.path, 'Type']);
      if (r.type === 'A' && enabled === true) {
        const hasAaaa = records.some((o) => o.type === 'AAAA' && o.name === r.name && o.target === r.target);
        if (!hasAaaa) report({ messageId: 'missingAaaa', args: [r.label], location });
      } else if (r.type === 'AAAA' && enabled !== true && enabled !== undefined) {
        report({ messageId: 'aaaaWithoutIpv6', args: [r.label, r.target], location });
      }
    }
  },
});
