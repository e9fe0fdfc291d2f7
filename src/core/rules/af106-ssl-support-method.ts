import { distributions, isRecord, resolveBoolean, resolveString, templateLocation } from './template-helpers';
import { defineRule } from './types';

/** Policies a `vip` certificate accepts unless AWS Support changed it (fact 100). */
const VIP_POLICIES = ['TLSv1', 'SSLv3'];

/**
 * Why: `vip` only works with TLSv1 or SSLv3 policies, and with the default certificate CloudFront
 * forces TLSv1 whatever policy is set (facts 97, 100).
 * Failing shapes: template `SslSupportMethod: vip` + `MinimumProtocolVersion: TLSv1.2_2021`;
 * config `certificate: { mode: 'none' }` + `minimumProtocolVersion: 'TLSv1.2_2021'`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF106',
    name: 'ssl-support-method',
    target: 'both',
    step: 'domain',
    title: 'SSL support method and TLS policy must fit the certificate',
    description:
      'A `vip` SSL support method cannot be combined with a TLSv1.2+ policy (template); a TLS policy given with the default certificate is ignored (config and template).',
    rationale:
      'With `vip` CloudFront accepts only the TLSv1 or SSLv3 policies unless AWS Support changes it; `sni-only` is the recommended method. With CloudFrontDefaultCertificate CloudFront always uses TLSv1, so a stricter policy there is a false sense of security.',
    howToFix: 'Use `sni-only`; with the default certificate drop the policy (one click in the wizard) or attach your own certificate.',
    facts: [97, 100],
    messages: {
      vipWithModernPolicy: {
        severity: 'error',
        text: (policy: string) =>
          `SslSupportMethod "vip" cannot be used with MinimumProtocolVersion ${policy} (vip allows only TLSv1 or SSLv3); use SslSupportMethod "sni-only".`,
      },
      ignoredWithDefaultCertificate: {
        severity: 'info',
        text: (policy: string) =>
          `TLS policy ${policy} is ignored with CloudFront's default certificate: CloudFront then always uses TLSv1. Attach your own certificate to enforce it, or drop the setting.`,
      },
    },
    examples: {
      bad: 'ViewerCertificate: { AcmCertificateArn: !Ref Cert, SslSupportMethod: vip, MinimumProtocolVersion: TLSv1.2_2021 }',
      good: 'ViewerCertificate: { AcmCertificateArn: !Ref Cert, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }',
    },
  },
  check({ config, template }, report) {
    if (config) {
      const policy = config.domain.minimumProtocolVersion;
      if (config.domain.certificate.mode === 'none' && policy !== null) {
        report({
          messageId: 'ignoredWithDefaultCertificate',
          args: [policy],
          location: { configPath: ['domain', 'minimumProtocolVersion'] },
          fix: {
            label: 'Drop the TLS policy',
            mutate: (c) => {
              c.domain.minimumProtocolVersion = null;
            },
          },
        });
      }
    }
    if (!template) return;
    for (const dist of distributions(template.template)) {
      const viewer = dist.config.ViewerCertificate;
      if (!isRecord(viewer)) continue;
      const policy = resolveString(template.template, viewer.MinimumProtocolVersion);
      if (policy === undefined) continue;
      const base = ['DistributionConfig', 'ViewerCertificate'];
      if (resolveString(template.template, viewer.SslSupportMethod) === 'vip' && !VIP_POLICIES.includes(policy)) {
        report({ messageId: 'vipWithModernPolicy', args: [policy], location: templateLocation(template, dist.logicalId, [...base, 'SslSupportMethod']) });
      }
      if (resolveBoolean(template.template, viewer.CloudFrontDefaultCertificate) === true) {
        report({
          messageId: 'ignoredWithDefaultCertificate',
          args: [policy],
          location: templateLocation(template, dist.logicalId, [...base, 'MinimumProtocolVersion']),
        });
      }
    }
  },
});
