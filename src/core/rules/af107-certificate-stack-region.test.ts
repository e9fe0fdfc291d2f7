import { testRule } from '../testing/test-rule';
import type { CfnTemplate } from './types';
import { rule } from './af107-certificate-stack-region';

const template: CfnTemplate = {
  Resources: {
    Certificate: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'api.example.com', ValidationMethod: 'DNS' } },
    Distribution: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: { DistributionConfig: { ViewerCertificate: { AcmCertificateArn: { Ref: 'Certificate' }, SslSupportMethod: 'sni-only' } } },
    },
  },
};
const regionalCertOnly: CfnTemplate = {
  Parameters: { CertificateArn: { Type: 'String' } },
  Resources: {
    ApiCertificate: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'api-origin.example.com' } },
    Distribution: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: { DistributionConfig: { ViewerCertificate: { AcmCertificateArn: { Ref: 'CertificateArn' } } } },
    },
  },
};

testRule(rule, {
  valid: [
    { name: 'deployed to us-east-1', template: { template, region: 'us-east-1' } },
    { name: 'a certificate the distribution does not use', template: { template: regionalCertOnly, region: 'eu-west-1' } },
  ],
  invalid: [
    {
      name: 'Region unknown: an info that the stack must deploy to us-east-1 (corpus: aws-cloudfront-multiple-origins)',
      template: { template },
      findings: [{ messageId: 'certificateRegionUnknown', path: 'Certificate' }],
    },
    {
      name: 'created certificate in eu-west-1',
      template: { template, region: 'eu-west-1', locate: () => ({ line: 3, column: 3 }) },
      findings: [{ messageId: 'certificateOutsideUsEast1', path: 'Certificate' }],
    },
  ],
});
