import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApifrontConfig } from '../model/schema';
import { rule } from './af508-lockdown-kind';
import type { TemplateInput } from './types';

const lockdown = (mode: 'waf' | 'authorizer', preset: 'api-only-rest' | 'api-only-http', mutate?: (c: ApifrontConfig) => void) =>
  buildConfig((c) => {
    const o = c.origins[0];
    if (o?.type === 'apigateway') Object.assign(o, { lockdown: mode, verifyHeader: { name: 'X-Origin-Verify' } });
    mutate?.(c);
  }, preset);

function restApi(policy: unknown): TemplateInput {
  return { template: { Resources: { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', Policy: policy } } } } };
}

const statement = (condition: Record<string, unknown>) => ({ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: condition });

testRule(rule, {
  valid: [
    { name: 'REST with WAF', config: lockdown('waf', 'api-only-rest') },
    { name: 'HTTP API with an authorizer', config: lockdown('authorizer', 'api-only-http') },
    { name: 'template: Referer trick is allowed', template: restApi({ Version: '2012-10-17', Statement: [statement({ StringNotEquals: { 'aws:Referer': 'secret' } })] }) },
    {
      name: 'template: association to a REST stage',
      template: { template: { Resources: { A: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: 'arn:aws:apigateway:eu-west-1::/restapis/a1/stages/prod' } } } } },
    },
  ],
  invalid: [
    { name: 'HTTP API with WAF', output: { 'origins[0].lockdown': 'authorizer' }, config: lockdown('waf', 'api-only-http'), findings: [{ messageId: 'wafOnHttpApi', path: 'origins[0].lockdown' }] },
    {
      name: 'HTTP API with WAF and JWT auth (no one-click fix)',
      config: lockdown('waf', 'api-only-http', (c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.api.auth = 'jwt';
      }),
      findings: [{ messageId: 'wafOnHttpApi', path: 'origins[0].lockdown' }],
    },
    {
      name: 'template: policy on a custom header (JSON string policy)',
      template: restApi(JSON.stringify({ Statement: [statement({ StringNotEquals: { 'aws:RequestHeader/X-Origin-Verify': 'secret' } })] })),
      findings: [{ messageId: 'policyTestsHeader', path: 'Api.Policy.Statement.0.Condition' }],
    },
    {
      name: 'template: bare header name as a key',
      template: restApi({ Statement: statement({ StringEquals: { 'X-Origin-Verify': 'secret' } }) }),
      findings: [{ messageId: 'policyTestsHeader', path: 'Api.Policy.Statement.Condition' }],
    },
    {
      name: 'template: web ACL on an HTTP API stage',
      template: { template: { Resources: { A: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}::/apis/${HttpApi}/stages/$default' } } } } } },
      findings: [{ messageId: 'wafAssociationOnHttpApi', path: 'A.ResourceArn' }],
    },
  ],
});
