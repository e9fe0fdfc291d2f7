import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af501-web-acl';
import type { TemplateInput } from './types';

const withAcl = (arn: string | null) =>
  buildConfig((c) => {
    c.distribution.webAclArn = arn;
  });

function association(resourceArn: unknown): TemplateInput {
  return {
    template: {
      Resources: {
        Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true } } },
        Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Scope: 'REGIONAL' } },
        Assoc: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { WebACLArn: { 'Fn::GetAtt': ['Acl', 'Arn'] }, ResourceArn: resourceArn } },
      },
    },
  };
}

testRule(rule, {
  valid: [
    { name: 'no web ACL', config: withAcl(null) },
    { name: 'global ACL in us-east-1', config: withAcl('arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0a1b2c3d-1111-2222-3333-444455556666') },
    { name: 'template: association to a REST stage', template: association('arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod') },
  ],
  invalid: [
    { name: 'web ACL ARN not entered yet', config: withAcl(''), findings: [{ messageId: 'emptyArn', path: 'distribution.webAclArn', message: /^No web ACL ARN yet/ }] },
    {
      name: 'regional ACL in eu-west-1',
      config: withAcl('arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/0a1b2c3d-1111-2222-3333-444455556666'),
      findings: [{ messageId: 'notGlobal', path: 'distribution.webAclArn' }],
    },
    {
      name: 'regional ACL in us-east-1',
      config: withAcl('arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/0a1b2c3d-1111-2222-3333-444455556666'),
      findings: [{ messageId: 'notGlobal', path: 'distribution.webAclArn' }],
    },
    { name: 'WAF Classic ID', config: withAcl('0a1b2c3d-1111-2222-3333-444455556666'), findings: [{ messageId: 'classic', path: 'distribution.webAclArn' }] },
    { name: 'a name, not an ARN', config: withAcl('my-acl'), findings: [{ messageId: 'malformed', path: 'distribution.webAclArn' }] },
    {
      name: 'template: association built with Fn::Sub',
      template: association({ 'Fn::Sub': 'arn:aws:cloudfront::${AWS::AccountId}:distribution/${Dist}' }),
      findings: [{ messageId: 'association', path: 'Assoc.ResourceArn' }],
    },
    {
      name: 'template: association by literal ARN',
      template: association('arn:aws:cloudfront::123456789012:distribution/E1ABCDEF'),
      findings: [{ messageId: 'association', path: 'Assoc.ResourceArn' }],
    },
  ],
});
