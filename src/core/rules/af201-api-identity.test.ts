import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApiSettings } from '../model/schema';
import { rule } from './af201-api-identity';

const withApi = (patch: Partial<ApiSettings>) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    Object.assign(origin.api, patch);
  });

testRule(rule, {
  valid: [
    { name: 'REST preset', config: buildConfig() },
    { name: 'HTTP preset', config: buildConfig(undefined, 'api-only-http') },
    {
      name: 'custom domain with a valid host',
      config: withApi({ customDomain: { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' } }),
    },
    { name: 'GovCloud Region', config: withApi({ region: 'us-gov-west-1' }) },
  ],
  invalid: [
    {
      name: 'custom origin without a domain name yet',
      config: buildConfig((c) => void c.origins.push({ id: 'legacy', type: 'custom', domainName: '', originPath: '', protocol: 'https-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] })),
      findings: [{ messageId: 'emptyHost', path: 'origins[1].domainName', message: 'Origin "legacy" has no domain name yet: enter the host name CloudFront connects to (no scheme, path or port).' }],
    },
    {
      name: 'ID and Region not entered yet: said plainly, no quoted empty value',
      config: withApi({ id: '', region: ' ' }),
      findings: [
        { messageId: 'emptyApiId', path: 'origins[0].api.id', message: /^No API ID yet/ },
        { messageId: 'emptyRegion', path: 'origins[0].api.region', message: /^No Region yet/ },
      ],
    },
    {
      name: 'invoke URL pasted into the ID field',
      config: withApi({ id: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod' }),
      findings: [{ messageId: 'badApiId', path: 'origins[0].api.id' }],
    },
    { name: 'Region name instead of code', config: withApi({ region: 'Ireland' }), findings: [{ messageId: 'badRegion', path: 'origins[0].api.region' }] },
    {
      name: 'WebSocket API',
      config: withApi({ id: 'wss://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod' }),
      findings: [{ messageId: 'webSocket', path: 'origins[0].api.id' }],
    },
    {
      name: 'Regional target host left empty',
      config: withApi({ customDomain: { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' } }),
      findings: [{ messageId: 'emptyHost', path: 'origins[0].api.customDomain.regionalDomainName' }],
    },
    {
      name: 'custom origin with a URL as domain',
      config: buildConfig((c) => {
        c.origins.push({ id: 'site', type: 'custom', domainName: 'https://www.example.org', originPath: '', protocol: 'https-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
      }),
      findings: [{ messageId: 'badHost', path: 'origins[1].domainName' }],
    },
  ],
});
