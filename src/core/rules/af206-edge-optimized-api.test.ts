import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af206-edge-optimized-api';

testRule(rule, {
  valid: [
    { name: 'Regional REST API', config: buildConfig() },
    {
      name: 'Regional custom domain of an edge API',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        origin.api.endpoint = 'edge';
        origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' };
      }),
    },
  ],
  invalid: [
    {
      name: 'edge-optimized REST API whose ID is not entered yet: named by its origin',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') Object.assign(origin.api, { endpoint: 'edge', id: '' });
      }),
      findings: [{ messageId: 'edgeApi', path: 'origins[0].api.endpoint', message: /^REST API behind origin \S+ is edge-optimized/ }],
    },
    {
      name: 'edge-optimized REST API',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.endpoint = 'edge';
      }),
      findings: [{ messageId: 'edgeApi', path: 'origins[0].api.endpoint' }],
    },
    {
      name: 'edge-optimized custom domain',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'edge', originHost: 'name' };
      }),
      findings: [{ messageId: 'edgeCustomDomain', path: 'origins[0].api.customDomain.endpoint' }],
    },
  ],
});
