import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af109-certificate-validation-zone';

testRule(rule, {
  valid: [
    { name: 'created certificate with a hosted zone', config: buildConfig() },
    {
      name: 'existing certificate without DNS',
      config: buildConfig((c) => {
        c.domain.certificate = { mode: 'existing', arn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', names: [] };
        c.domain.dns = { mode: 'none' };
      }),
    },
  ],
  invalid: [
    {
      name: 'created certificate without a hosted zone',
      config: buildConfig((c) => {
        c.domain.dns = { mode: 'none' };
      }),
      findings: [{ messageId: 'noHostedZone', path: 'domain.dns' }],
    },
  ],
});
