import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af220-endpoint-access-strict';

const strict = (originHost: 'name' | 'regionalDomainName', mode: 'STRICT' | 'BASIC' = 'STRICT') =>
  buildConfig((c) => {
    firstApiOrigin(c).api.customDomain = {
      name: 'api-origin.example.com',
      regionalDomainName: 'd-abc123xyz0.execute-api.eu-west-1.amazonaws.com',
      basePath: '',
      endpoint: 'regional',
      originHost,
      endpointAccessMode: mode,
    };
  });

testRule(rule, {
  valid: [
    { name: 'STRICT with the domain name as origin', config: strict('name') },
    { name: 'BASIC with the regional target as origin', config: strict('regionalDomainName', 'BASIC') },
  ],
  invalid: [
    { name: 'STRICT with the regional target as origin', config: strict('regionalDomainName'), findings: [{ messageId: 'sniMismatch', path: 'origins[0].api.customDomain.originHost' }] },
  ],
});
