import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af218-origin-mtls';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a';
const domain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional' as const, originHost: 'name' as const };
const mtls = (patch: { arn?: string; customDomain?: boolean; disabled?: boolean }) =>
  buildConfig((c) => {
    const o = firstApiOrigin(c);
    o.lockdown = 'mtls';
    if (patch.arn !== undefined) o.clientCertificateArn = patch.arn;
    if (patch.customDomain) o.api.customDomain = { ...domain };
    o.api.executeApiEndpointDisabled = patch.disabled ?? false;
  });
const O = 'origins[0]';

testRule(rule, {
  valid: [
    { name: 'no mTLS', config: buildConfig() },
    { name: 'us-east-1 certificate, custom domain, execute-api disabled', config: mtls({ arn: CERT, customDomain: true, disabled: true }) },
  ],
  invalid: [
    {
      name: 'no certificate and no custom domain',
      config: mtls({}),
      findings: [
        { messageId: 'noCertificate', path: `${O}.clientCertificateArn` },
        { messageId: 'noCustomDomain', path: `${O}.api.customDomain` },
      ],
    },
    {
      name: 'a certificate from eu-west-1',
      config: mtls({ arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc', customDomain: true, disabled: true }),
      findings: [{ messageId: 'certificateRegion', path: `${O}.clientCertificateArn` }],
    },
    {
      name: 'execute-api endpoint left on',
      config: mtls({ arn: CERT, customDomain: true }),
      findings: [{ messageId: 'executeApiOpen', path: `${O}.api.executeApiEndpointDisabled` }],
    },
  ],
});
