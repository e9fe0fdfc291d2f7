import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af417-duplicate-cors';

const cors = (apiCors: boolean, mutate: (c: ApifrontConfig) => void) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.cors = apiCors;
    mutate(c);
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'API answers CORS, no response headers policy', config: cors(true, () => {}) },
    { name: 'API answers CORS, security headers only', config: cors(true, (c) => (c.defaultBehavior.responseHeaders = { policy: 'SecurityHeadersPolicy' })) },
    { name: 'CORS only at CloudFront', config: cors(false, (c) => (c.defaultBehavior.responseHeaders = { policy: 'CORS-With-Preflight' })) },
  ],
  invalid: [
    { name: 'SimpleCORS on a CORS API', output: { 'defaultBehavior.responseHeaders': null }, config: cors(true, (c) => (c.defaultBehavior.responseHeaders = { policy: 'SimpleCORS' })), findings: [{ messageId: 'corsTwice', path: 'defaultBehavior.responseHeaders' }] },
    {
      name: 'CORS-and-SecurityHeadersPolicy by ID on a CORS API', output: { 'defaultBehavior.responseHeaders': { policy: 'SecurityHeadersPolicy' } },
      config: cors(true, (c) => (c.defaultBehavior.responseHeaders = { policyId: 'e61eb60c-9c35-4d20-a928-2b84e02af89c' })),
      findings: [{ messageId: 'corsTwice', path: 'defaultBehavior.responseHeaders' }],
    },
  ],
});
