import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af224-legacy-oai';
import type { TemplateInput } from './types';

const withSite = (extra: Record<string, unknown>) =>
  buildConfig((c: ApifrontConfig) => void c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [], ...extra }));
const inTemplate = (origin: Record<string, unknown>): TemplateInput => ({
  template: { Resources: { Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Origins: [{ Id: 'site', DomainName: 'site.s3.amazonaws.com', ...origin }] } } } } },
});

testRule(rule, {
  valid: [
    { name: 'OAC', config: withSite({ access: 'oac' }) },
    { name: 'template with OAC', template: inTemplate({ S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: 'E1OAC' }) },
  ],
  invalid: [
    { name: 'config OAI', config: withSite({ access: 'oai', oaiId: 'E2ABCDEF123456' }), findings: [{ messageId: 'legacyOai', path: 'origins[1].access' }] },
    {
      name: 'template OAI',
      template: inTemplate({ S3OriginConfig: { OriginAccessIdentity: { 'Fn::Sub': 'origin-access-identity/cloudfront/${Oai}' } } }),
      findings: [{ messageId: 'legacyOai', path: 'Dist.DistributionConfig.Origins.0.S3OriginConfig.OriginAccessIdentity' }],
    },
  ],
});
