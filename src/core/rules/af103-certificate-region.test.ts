import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af103-certificate-region';

const withArn = (arn: string) =>
  buildConfig((c) => {
    c.domain.certificate = { mode: 'existing', arn, names: [] };
  });

testRule(rule, {
  valid: [
    { name: 'us-east-1 ARN', config: withArn('arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666') },
    { name: 'certificate created by the template', config: buildConfig() },
  ],
  invalid: [
    { name: 'no ARN entered yet', config: withArn(''), findings: [{ messageId: 'empty', path: 'domain.certificate.arn', message: /^No certificate ARN yet: paste the ARN of an ACM certificate in us-east-1/ }] },
    {
      name: 'certificate in eu-west-1',
      config: withArn('arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666'),
      findings: [{ messageId: 'wrongRegion', path: 'domain.certificate.arn' }],
    },
    {
      name: 'an IAM server certificate ARN',
      config: withArn('arn:aws:iam::123456789012:server-certificate/my-cert'),
      findings: [{ messageId: 'malformed', path: 'domain.certificate.arn' }],
    },
  ],
});
