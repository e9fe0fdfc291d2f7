import { presetConfig } from '../model/presets';
import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af222-s3-origin-access';
import type { TemplateInput } from './types';

const withSite = (access?: 'oac' | 'oai' | 'none') =>
  buildConfig((c: ApifrontConfig) => {
    c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [], ...(access ? { access } : {}) });
  });

const s3Template = (s3: Record<string, unknown>): TemplateInput => ({
  template: {
    Resources: {
      Dist: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: { DistributionConfig: { Origins: [{ Id: 'site', DomainName: 'site.s3.amazonaws.com', ...s3 }] } },
      },
    },
  },
});

testRule(rule, {
  valid: [
    { name: 'the Site + API preset (OAC)', config: presetConfig('site-and-api') },
    { name: 'an S3 origin without the field gets OAC', config: withSite() },
    { name: 'a legacy OAI is AF224, not this rule', config: withSite('oai') },
    { name: 'template with OAC', template: s3Template({ S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: { 'Fn::GetAtt': ['Oac', 'Id'] } }) },
    { name: 'template with an OAI', template: s3Template({ S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E2ABC' } }) },
  ],
  invalid: [
    {
      name: 'access none, bucket not entered yet: no empty brackets',
      output: { 'origins[1].access': 'oac' },
      config: buildConfig((c) => void c.origins.push({ id: 'site', type: 's3', bucketDomainName: '', originPath: '', customHeaders: [], access: 'none' })),
      findings: [{ messageId: 'noAccessControl', path: 'origins[1].access', message: /^S3 origin site has no Origin Access Control/ }],
    },
    { name: 'access none', output: { 'origins[1].access': 'oac' }, config: withSite('none'), findings: [{ messageId: 'noAccessControl', path: 'origins[1].access' }] },
    { name: 'template S3 origin without OAC or OAI', template: s3Template({ S3OriginConfig: { OriginAccessIdentity: '' } }), findings: [{ messageId: 'noAccessControl', path: 'Dist.DistributionConfig.Origins.0.S3OriginConfig' }] },
  ],
});
