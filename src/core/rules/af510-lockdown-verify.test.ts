import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApifrontConfig } from '../model/schema';
import { rule } from './af510-lockdown-verify';

type Api = Extract<ApifrontConfig['origins'][number], { type: 'apigateway' }>;
const origin = (patch: Partial<Api>, auth: Api['api']['auth'] = 'none', preset: 'api-only-rest' | 'api-only-http' = 'api-only-rest') =>
  buildConfig((c) => {
    const o = c.origins[0];
    if (o?.type !== 'apigateway') return;
    Object.assign(o, patch);
    o.api.auth = auth;
  }, preset);

testRule(rule, {
  valid: [
    { name: 'no lock-down', config: origin({}) },
    { name: 'WAF with a verify header', config: origin({ lockdown: 'waf', verifyHeader: { name: 'X-Origin-Verify' } }) },
    { name: 'HTTP API authorizer with Lambda auth', config: origin({ lockdown: 'authorizer', verifyHeader: { name: 'X-Origin-Verify' } }, 'lambda', 'api-only-http') },
  ],
  invalid: [
    { name: 'WAF without a verify header', output: { 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } }, config: origin({ lockdown: 'waf' }), findings: [{ messageId: 'noVerifyHeader', path: 'origins[0].verifyHeader' }] },
    { name: 'empty header name', output: { 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } }, config: origin({ lockdown: 'waf', verifyHeader: { name: ' ' } }), findings: [{ messageId: 'noVerifyHeader', path: 'origins[0].verifyHeader' }] },
    {
      name: 'HTTP API with JWT auth and an authorizer lock-down',
      config: origin({ lockdown: 'authorizer', verifyHeader: { name: 'X-Origin-Verify' } }, 'jwt', 'api-only-http'),
      findings: [{ messageId: 'authorizerConflict', path: 'origins[0].lockdown' }],
    },
  ],
});
