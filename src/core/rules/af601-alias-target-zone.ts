import { CLOUDFRONT_HOSTED_ZONE_ID } from '../model/constants';
import {
  cloudFrontAliasTarget,
  isParameterRef,
  isRecord,
  refName,
  resolveString,
  route53Records,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

export { CLOUDFRONT_HOSTED_ZONE_ID };

/**
 * Why: an alias record to CloudFront must use CloudFront's fixed hosted zone `Z2FDTNDATAQYW2` in
 * `AliasTarget.HostedZoneId`; the user's own zone ID there is the classic swap (facts 131, 140).
 * Failing shapes: template `AliasTarget: { HostedZoneId: Z0123..., DNSName: !GetAtt Distribution.DomainName }`
 * or `HostedZoneId: !Ref HostedZoneId` (an error when the record's own HostedZoneId is that same
 * parameter, a warning otherwise); config `dns.hostedZoneId: Z2FDTNDATAQYW2`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF601',
    name: 'alias-target-zone',
    target: 'both',
    step: 'domain',
    title: 'Alias records to CloudFront use hosted zone Z2FDTNDATAQYW2',
    description:
      "An alias record to the distribution must hard-code AliasTarget.HostedZoneId Z2FDTNDATAQYW2; your own zone ID belongs in the record's HostedZoneId.",
    rationale:
      'Route 53 resolves an alias through the target\'s hosted zone; for every CloudFront distribution that is Z2FDTNDATAQYW2. Any other value fails the record (or points nowhere); a parameter invites users to pass their own zone ID.',
    howToFix: `Hard-code AliasTarget.HostedZoneId ${CLOUDFRONT_HOSTED_ZONE_ID}, and put your own zone ID in the record's HostedZoneId.`,
    facts: [131, 140],
    messages: {
      wrongZone: {
        severity: 'error',
        text: (record: string, zone: string) =>
          `Alias record ${record} points at CloudFront with AliasTarget.HostedZoneId ${zone}; CloudFront targets always use ${CLOUDFRONT_HOSTED_ZONE_ID} (your own zone ID belongs in the record's HostedZoneId).`,
      },
      ownZone: {
        severity: 'error',
        text: (record: string, parameter: string) =>
          `Alias record ${record} uses parameter ${parameter} both as the record's own HostedZoneId and as AliasTarget.HostedZoneId: that is your zone, not CloudFront's. Set AliasTarget.HostedZoneId to ${CLOUDFRONT_HOSTED_ZONE_ID}; keep ${parameter} for the record's HostedZoneId.`,
      },
      zoneFromParameter: {
        severity: 'warning',
        text: (record: string, parameter: string) =>
          `Alias record ${record} takes AliasTarget.HostedZoneId from parameter ${parameter}; users tend to pass their own zone ID there. Hard-code ${CLOUDFRONT_HOSTED_ZONE_ID}.`,
      },
      cloudFrontZoneAsOwn: {
        severity: 'error',
        text: () =>
          `${CLOUDFRONT_HOSTED_ZONE_ID} is CloudFront's hosted zone, not yours: the records would be created in a zone you do not own. Enter the ID of your own hosted zone (Route 53 console, "Hosted zone ID").`,
      },
    },
    examples: {
      bad: 'AliasTarget: { HostedZoneId: !Ref HostedZoneId, DNSName: !GetAtt Distribution.DomainName }',
      good: `AliasTarget: { HostedZoneId: ${CLOUDFRONT_HOSTED_ZONE_ID}, DNSName: !GetAtt Distribution.DomainName }`,
    },
  },
  check({ config, template }, report) {
    if (config?.domain.dns.mode === 'route53' && config.domain.dns.hostedZoneId.trim() === CLOUDFRONT_HOSTED_ZONE_ID) {
      report({ messageId: 'cloudFrontZoneAsOwn', args: [], location: { configPath: ['domain', 'dns', 'hostedZoneId'] } });
    }
    if (!template) return;
    const t = template.template;
    for (const ref of route53Records(t)) {
      if (!cloudFrontAliasTarget(t, ref.record)) continue;
      const alias = ref.record.AliasTarget;
      if (!isRecord(alias)) continue;
      const name = resolveString(t, ref.record.Name) ?? ref.logicalId;
      const location = templateLocation(template, ref.logicalId, [...ref.path, 'AliasTarget', 'HostedZoneId']);
      if (isParameterRef(t, alias.HostedZoneId)) {
        const parameter = refName(alias.HostedZoneId) ?? '';
        // The same parameter as the record's (or its group's) own zone: the classic swap, certainly wrong.
        const ownZone = refName(ref.record.HostedZoneId) ?? refName(ref.group?.HostedZoneId);
        const byDefault = resolveString(t, alias.HostedZoneId);
        if (ownZone === parameter) report({ messageId: 'ownZone', args: [name, parameter], location });
        // A default other than CloudFront's zone is wrong as deployed; the right default may still be overridden.
        else if (byDefault !== undefined && byDefault !== CLOUDFRONT_HOSTED_ZONE_ID) report({ messageId: 'wrongZone', args: [name, byDefault], location });
        else report({ messageId: 'zoneFromParameter', args: [name, parameter], location });
        continue;
      }
      const zone = resolveString(t, alias.HostedZoneId);
      if (zone === undefined && alias.HostedZoneId !== undefined) continue; // another intrinsic: cannot judge
      if (zone !== CLOUDFRONT_HOSTED_ZONE_ID) report({ messageId: 'wrongZone', args: [name, zone ?? '(missing)'], location });
    }
  },
});
