import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af511-resource-name-length';

const withFunction = (name: unknown): TemplateInput => ({
  template: { Resources: { Fn: { Type: 'AWS::CloudFront::Function', Properties: { Name: name, AutoPublish: true } } } },
});

testRule(rule, {
  valid: [
    { name: 'a literal name within 64 characters', template: withFunction('orders-api-api-star') },
    { name: 'exactly 64 characters', template: withFunction('a'.repeat(64)) },
    { name: 'a name without the stack name (a parameter without default)', template: withFunction({ Ref: 'FunctionName' }) },
    {
      name: 'an Origin Access Control name with dots within 64 characters (a bucket domain, as the CloudFront console names it)',
      template: { template: { Resources: { Oac: { Type: 'AWS::CloudFront::OriginAccessControl', Properties: { OriginAccessControlConfig: { Name: 'site.s3.eu-west-1.amazonaws.com' } } } } } },
    },
    {
      name: 'a web ACL name of 100 characters',
      template: { template: { Resources: { Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Name: 'w'.repeat(100) } } } } },
    },
  ],
  invalid: [
    { name: '65 characters', template: withFunction('a'.repeat(65)), findings: [{ messageId: 'tooLong', path: 'Fn.Name' }] },
    { name: 'a dot in the name', template: withFunction('my.function'), findings: [{ messageId: 'badCharacters', path: 'Fn.Name' }] },
    {
      name: 'built from the stack name (any stack name over 55 characters breaks it)',
      template: withFunction({ 'Fn::Sub': '${AWS::StackName}-api-star' }),
      findings: [{ messageId: 'stackNameBudget', path: 'Fn.Name' }],
    },
    {
      name: 'an Origin Access Control name built from the stack name (corpus: innovator-island, 64 characters at most, fact 181)',
      template: {
        template: {
          Resources: {
            Oac: {
              Type: 'AWS::CloudFront::OriginAccessControl',
              Properties: { OriginAccessControlConfig: { Name: { 'Fn::Sub': '${AWS::StackName}-web-app-origin-access-control' }, OriginAccessControlOriginType: 's3' } },
            },
          },
        },
      },
      findings: [{ messageId: 'stackNameBudget', path: 'Oac.OriginAccessControlConfig.Name' }],
    },
    {
      name: 'an Origin Access Control name of 65 characters',
      template: { template: { Resources: { Oac: { Type: 'AWS::CloudFront::OriginAccessControl', Properties: { OriginAccessControlConfig: { Name: 'o'.repeat(65) } } } } } },
      findings: [{ messageId: 'tooLong', path: 'Oac.OriginAccessControlConfig.Name' }],
    },
    {
      name: 'a web ACL name built from the stack name',
      template: { template: { Resources: { Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Name: { 'Fn::Sub': '${AWS::StackName}-api-lockdown' } } } } } },
      findings: [{ messageId: 'stackNameBudget', path: 'Acl.Name' }],
    },
  ],
});
