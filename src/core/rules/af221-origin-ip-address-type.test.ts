import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af221-origin-ip-address-type';

const origin = (ipAddressType: 'ipv4' | 'ipv6' | 'dualstack', api?: 'ipv4' | 'dualstack') =>
  buildConfig((c) => {
    const o = firstApiOrigin(c);
    o.ipAddressType = ipAddressType;
    if (api) o.api.ipAddressType = api;
  });

testRule(rule, {
  valid: [
    { name: 'not set', config: buildConfig() },
    { name: 'dualstack to an IPv4 API', config: origin('dualstack') },
    { name: 'ipv6 to a dual-stack API', config: origin('ipv6', 'dualstack') },
  ],
  invalid: [
    { name: 'ipv6 to an IPv4-only API', config: origin('ipv6'), findings: [{ messageId: 'ipv6ToIpv4Api', path: 'origins[0].ipAddressType' }] },
    {
      name: 'ipv6 to an IPv4-only custom domain of a dual-stack API',
      config: buildConfig((c) => {
        const o = firstApiOrigin(c);
        o.ipAddressType = 'ipv6';
        o.api.ipAddressType = 'dualstack';
        o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' };
      }),
      findings: [{ messageId: 'ipv6ToIpv4Api', path: 'origins[0].ipAddressType' }],
    },
  ],
});
