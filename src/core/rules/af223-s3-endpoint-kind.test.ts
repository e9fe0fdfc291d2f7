import type { ApifrontConfig, Origin } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af223-s3-endpoint-kind';
import type { TemplateInput } from './types';

const withOrigin = (origin: Origin) => buildConfig((c: ApifrontConfig) => void c.origins.push(origin));
const custom = (domainName: string, protocol: 'https-only' | 'http-only' = 'https-only'): Origin => ({ id: 'site', type: 'custom', domainName, originPath: '', protocol, readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
const s3 = (bucketDomainName: string): Origin => ({ id: 'site', type: 's3', bucketDomainName, originPath: '', customHeaders: [] });
const inTemplate = (origin: Record<string, unknown>): TemplateInput => ({
  template: { Resources: { Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Origins: [{ Id: 'site', ...origin }] } } } } },
});

testRule(rule, {
  valid: [
    { name: 'REST endpoint as an S3 origin', config: withOrigin(s3('site.s3.eu-west-1.amazonaws.com')) },
    { name: 'website endpoint as an HTTP custom origin', config: withOrigin(custom('site.s3-website-eu-west-1.amazonaws.com', 'http-only')) },
    { name: 'another custom origin', config: withOrigin(custom('www.example.org')) },
    { name: 'template: website endpoint as a custom origin', template: inTemplate({ DomainName: 'site.s3-website.eu-west-1.amazonaws.com', CustomOriginConfig: { OriginProtocolPolicy: 'http-only' } }) },
  ],
  invalid: [
    { name: 'website endpoint as an S3 origin', config: withOrigin(s3('site.s3-website-eu-west-1.amazonaws.com')), findings: [{ messageId: 'websiteAsS3', path: 'origins[1].bucketDomainName' }] },
    { name: 'REST endpoint as a custom origin', config: withOrigin(custom('site.s3.eu-west-1.amazonaws.com')), findings: [{ messageId: 'restAsCustom', path: 'origins[1].domainName' }] },
    {
      name: 'template: REST endpoint as a custom origin',
      template: inTemplate({ DomainName: 'site.s3.amazonaws.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }),
      findings: [{ messageId: 'restAsCustom', path: 'Dist.DistributionConfig.Origins.0.DomainName' }],
    },
    {
      name: 'template: website endpoint as an S3 origin',
      template: inTemplate({ DomainName: 'site.s3-website-us-east-1.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } }),
      findings: [{ messageId: 'websiteAsS3', path: 'Dist.DistributionConfig.Origins.0.DomainName' }],
    },
  ],
});
