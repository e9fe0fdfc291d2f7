import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af603-alias-record-ttl';

const withRecord = (extra: Record<string, unknown>, aliasExtra: Record<string, unknown> = {}): TemplateInput => ({
  template: {
    Resources: {
      Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: {} } },
      Record: {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: 'Z0123456789ABCDEFGHIJ',
          Name: 'api.example.com',
          Type: 'A',
          AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] }, ...aliasExtra },
          ...extra,
        },
      },
    },
  },
});

testRule(rule, {
  valid: [
    { name: 'alias without TTL', template: withRecord({}) },
    { name: 'EvaluateTargetHealth false', template: withRecord({}, { EvaluateTargetHealth: false }) },
  ],
  invalid: [
    { name: 'TTL on an alias', template: withRecord({ TTL: '300' }), findings: [{ messageId: 'ttlOnAlias', path: 'Record.TTL' }] },
    {
      name: 'EvaluateTargetHealth true',
      template: withRecord({}, { EvaluateTargetHealth: true }),
      findings: [{ messageId: 'evaluateTargetHealth', path: 'Record.AliasTarget.EvaluateTargetHealth' }],
    },
  ],
});
