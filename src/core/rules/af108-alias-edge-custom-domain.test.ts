import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af108-alias-edge-custom-domain';

const withCustomDomain = (name: string, endpoint: 'edge' | 'regional') =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.api.customDomain = { name, regionalDomainName: 'd-abc123.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint, originHost: 'regionalDomainName' };
  });

testRule(rule, {
  valid: [
    { name: 'no custom domain', config: buildConfig() },
    { name: 'Regional custom domain with the alias name', config: withCustomDomain('api.example.com', 'regional') },
    { name: 'edge custom domain with another name', config: withCustomDomain('api-origin.example.com', 'edge') },
  ],
  invalid: [
    {
      name: 'edge custom domain named like the alias',
      config: withCustomDomain('API.example.com', 'edge'),
      findings: [{ messageId: 'aliasIsEdgeCustomDomain', path: 'domain.aliases[0]' }],
    },
  ],
});
