import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApiSettings } from '../model/schema';
import { rule } from './af217-api-kind-features';

const withApi = (patch: Partial<ApiSettings>, preset: 'api-only-rest' | 'api-only-http') =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') Object.assign(origin.api, patch);
  }, preset);

testRule(rule, {
  valid: [
    { name: 'REST with API keys', config: withApi({ auth: 'apiKey' }, 'api-only-rest') },
    { name: 'HTTP with JWT', config: withApi({ auth: 'jwt' }, 'api-only-http') },
    { name: 'Regional REST with a raised integration timeout', config: withApi({ integrationTimeout: 90 }, 'api-only-rest') },
  ],
  invalid: [
    { name: 'API keys on an HTTP API', config: withApi({ auth: 'apiKey' }, 'api-only-http'), findings: [{ messageId: 'apiKeyOnHttp', path: 'origins[0].api.auth' }] },
    { name: 'JWT on a REST API', config: withApi({ auth: 'jwt' }, 'api-only-rest'), findings: [{ messageId: 'jwtOnRest', path: 'origins[0].api.auth' }] },
    { name: 'edge HTTP API', output: { 'origins[0].api.endpoint': 'regional' }, config: withApi({ endpoint: 'edge' }, 'api-only-http'), findings: [{ messageId: 'httpEndpoint', path: 'origins[0].api.endpoint' }] },
    { name: 'private HTTP API', output: { 'origins[0].api.endpoint': 'regional' }, config: withApi({ endpoint: 'private' }, 'api-only-http'), findings: [{ messageId: 'httpEndpoint', path: 'origins[0].api.endpoint' }] },
    {
      name: 'HTTP API behind an edge-optimized custom domain', output: { 'origins[0].api.customDomain.endpoint': 'regional' },
      config: withApi(
        { customDomain: { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'edge', originHost: 'name' } },
        'api-only-http',
      ),
      findings: [{ messageId: 'httpEdgeCustomDomain', path: 'origins[0].api.customDomain.endpoint' }],
    },
    {
      name: 'HTTP API with 60 s integration timeout',
      config: withApi({ integrationTimeout: 60 }, 'api-only-http'),
      findings: [{ messageId: 'timeoutAboveKindMax', path: 'origins[0].api.integrationTimeout' }],
    },
  ],
});
