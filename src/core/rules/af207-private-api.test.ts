import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af207-private-api';

testRule(rule, {
  valid: [
    { name: 'Regional REST API', config: buildConfig() },
    {
      name: 'private HTTP API is AF217, not this rule',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.endpoint = 'private';
      }, 'api-only-http'),
    },
  ],
  invalid: [
    {
      name: 'private REST API',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.endpoint = 'private';
      }),
      findings: [{ messageId: 'privateApi', path: 'origins[0].api.endpoint' }],
    },
  ],
});
