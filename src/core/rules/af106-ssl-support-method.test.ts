import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { CfnTemplate, TemplateInput } from './types';
import { rule } from './af106-ssl-support-method';

const distribution = (viewerCertificate: Record<string, unknown>): TemplateInput => {
  const template: CfnTemplate = {
    Resources: {
      Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, ViewerCertificate: viewerCertificate } } },
    },
  };
  return { template, locate: (path) => (path.join('.').endsWith('SslSupportMethod') ? { line: 12, column: 9 } : undefined) };
};

testRule(rule, {
  valid: [
    { name: 'config with a certificate and TLSv1.2_2021', config: buildConfig() },
    { name: 'template: sni-only with TLSv1.2_2021', template: distribution({ AcmCertificateArn: 'arn', SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' }) },
    { name: 'template: vip with TLSv1', template: distribution({ AcmCertificateArn: 'arn', SslSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1' }) },
    { name: 'template: default certificate, no policy', template: distribution({ CloudFrontDefaultCertificate: true }) },
  ],
  invalid: [
    {
      name: 'template: vip with TLSv1.2_2021',
      template: distribution({ AcmCertificateArn: 'arn', SslSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1.2_2021' }),
      findings: [{ messageId: 'vipWithModernPolicy', path: 'Distribution.DistributionConfig.ViewerCertificate.SslSupportMethod' }],
    },
    {
      name: 'template: policy with the default certificate',
      template: distribution({ CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2021' }),
      findings: [{ messageId: 'ignoredWithDefaultCertificate', path: 'Distribution.DistributionConfig.ViewerCertificate.MinimumProtocolVersion' }],
    },
    {
      name: 'config: policy with the default certificate', output: { 'domain.minimumProtocolVersion': null },
      config: buildConfig((c) => {
        c.domain = { aliases: [], certificate: { mode: 'none' }, minimumProtocolVersion: 'TLSv1.2_2021', dns: { mode: 'none' } };
      }),
      findings: [{ messageId: 'ignoredWithDefaultCertificate', path: 'domain.minimumProtocolVersion' }],
    },
  ],
});
